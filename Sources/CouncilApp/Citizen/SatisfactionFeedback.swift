import Domain
import Foundation
import Hummingbird
import Views

/// The optional satisfaction question on the confirmation page: once per journey, a few per session an hour.
extension JourneyController {
    /// Marks, in the journey, that its feedback was given (not a page id: those have no slash).
    static let feedbackMarker = "confirmation/feedback"
    /// Feedback one browser session may send in an hour, across all its journeys.
    static let feedbackPerSession = MessageLimits.Rule(limit: 10, window: 3600)

    func satisfactionForm(_ journey: Active, rating: String = "", comment: String = "", errors: [FieldError] = []) -> SatisfactionForm? {
        // The agent's confirmation for a caller asks no satisfaction question: the caller was not the one served online.
        guard journey.state.assisted == nil else { return nil }
        return SatisfactionForm(action: "/services/\(journey.definition.slug)/confirmation/feedback", csrfToken: journey.session.csrfToken,
                                rating: rating, comment: comment, errors: errors)
    }

    @Sendable func giveFeedback(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard let journey = try await active(request, slug: slug), let reference = journey.state.submittedReference,
              journey.state.assisted == nil else {
            throw RedirectError(location: "/services/\(slug)")
        }
        let form = try await FormBody.parse(request, context: context, limit: 64 * 1024)
        try form.requireToken(journey.session.csrfToken)
        let base = "/services/\(slug)"
        if journey.state.completed.contains(Self.feedbackMarker) { return .seeOther("\(base)/confirmation/feedback") }
        let language = context.language
        let chosen = form.value("rating")
        let comment = form.value("comment").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        let rating = SatisfactionRating(formValue: chosen)
        if rating == nil { errors.append(FieldError(questionID: "rating", message: Phrase.feedbackChooseRating(language), code: "required")) }
        if comment.count > FeedbackEntry.commentLimit {
            errors.append(FieldError(questionID: "comment", message: Phrase.feedbackTooLong(FeedbackEntry.commentLimit)(language), code: "too_long"))
        }
        var status: HTTPResponse.Status = .unprocessableContent
        if errors.isEmpty {
            let key = LimitedKey("feedback:" + journey.session.idHash, Self.feedbackPerSession)
            let counts = try await services.identity.messageLimiter.counter.increment([key], at: services.clock.now())
            if counts.first.map({ $0 > key.rule.limit }) ?? false {
                errors.append(FieldError(questionID: "rating", message: Phrase.feedbackTooMany(language), code: "limited"))
                status = .tooManyRequests
            }
        }
        guard errors.isEmpty, let rating else {
            return confirmationPage(journey, reference: reference, request: request, context: context,
                                    feedback: satisfactionForm(journey, rating: chosen, comment: form.value("comment"), errors: errors))
                .response(status: status)
        }
        try await services.feedback.record(FeedbackEntry(
            serviceSlug: slug, version: journey.service.version, day: services.today(), rating: rating,
            comment: comment.isEmpty ? nil : comment, language: language, at: services.clock.now()
        ))
        var state = journey.state
        state.completed.insert(Self.feedbackMarker)
        try await services.journeys.save(state)
        return .seeOther("\(base)/confirmation/feedback")
    }

    @Sendable func feedbackThanks(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard let journey = try await active(request, slug: slug), journey.state.submittedReference != nil else {
            throw RedirectError(location: "/services/\(slug)")
        }
        let base = "/services/\(slug)"
        guard journey.state.completed.contains(Self.feedbackMarker) else { return .found("\(base)/confirmation") }
        let language = context.language
        let layout = PageLayout(language: language, path: request.uri.path, title: Phrase.feedbackThanksTitle(language),
                                serviceName: journey.definition.title.text(language), serviceURL: base, backLink: "\(base)/confirmation",
                                headerLinks: context.headerLinks)
        return FeedbackThanksPage(layout: layout.model, confirmationURL: "\(base)/confirmation").response()
    }
}
