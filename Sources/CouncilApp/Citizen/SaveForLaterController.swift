import Domain
import Foundation
import Hummingbird
import Views

/// "Save and come back later": a signed-in citizen's answers are already saved to their account; anyone else gets
/// a one-time link by email that brings the journey back into whichever browser opens it.
struct SaveForLaterController {
    let services: AppServices
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }

    static let resumeLifetime: TimeInterval = 7 * 24 * 3600

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("services/{slug}/save", use: savePage)
        router.post("services/{slug}/save", use: sendLink)
        router.get("resume/{token}", use: resume)
    }

    private func journey(_ request: Request, _ context: AppRequestContext) async throws -> ActiveJourney {
        let slug = try context.parameters.require("slug")
        guard let journey = try await JourneyLookup(services: services).active(request, slug: slug),
              journey.state.submittedReference == nil else { throw RedirectError(location: "/services/\(slug)") }
        return journey
    }

    @Sendable func savePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let journey = try await journey(request, context)
        if let citizen = context.citizen {
            var state = journey.state
            state.citizenID = citizen.id
            try await services.journeys.save(state)
            services.count(.saved, journey, language: context.language)
            return savePage(context, journey, state: .savedToAccount)
        }
        return savePage(context, journey, state: .askEmail(email: "", csrfToken: journey.session.csrfToken))
    }

    private func savePage(_ context: AppRequestContext, _ journey: ActiveJourney, state: SaveForLaterPage.State,
                          errors: [FieldError] = []) -> Response {
        let slug = journey.definition.slug
        let layout = PageLayout(
            language: context.language, path: "/services/\(slug)/save", title: SaveForLaterPage.title(state)(context.language),
            backLink: "/services/\(slug)/start", errors: errors, headerLinks: context.headerLinks
        )
        return SaveForLaterPage(layout: layout.model, serviceName: journey.definition.title.text(context.language), slug: slug,
                                state: state, errors: errors)
            .response(status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func emailForm(_ context: AppRequestContext, _ journey: ActiveJourney, email: String, errors: [FieldError]) -> Response {
        savePage(context, journey, state: .askEmail(email: email, csrfToken: journey.session.csrfToken), errors: errors)
    }

    @Sendable func sendLink(_ request: Request, context: AppRequestContext) async throws -> Response {
        let journey = try await journey(request, context)
        let form = try await FormBody.parse(request, context: context, limit: 64 * 1024)
        try form.requireToken(journey.session.csrfToken)
        let email = EmailAddress.normalised(form.value("email"))
        if let problem = context.emailProblem(email) { return emailForm(context, journey, email: form.value("email"), errors: [problem]) }
        guard try await identity.messageLimiter.allows(recipient: email, context) else {
            return emailForm(context, journey, email: form.value("email"), errors: [context.tooManyMessages()]).limited()
        }
        let slug = journey.definition.slug
        let link = try await identity.newLink(.resumeJourney, subjectID: nil, payload: "\(journey.session.idHash) \(slug)",
                                              lifetime: Self.resumeLifetime, path: "/resume")
        try await identity.emails.enqueue(OutgoingEmail(
            to: email, subject: "Continue your form: \(journey.definition.title.text(.en))",
            body: "Use this link to carry on where you left off:\n\n\(link)\n\nIt works once and expires in 7 days. Anyone with the link can see your answers, so do not forward it.",
            template: "resume-journey"
        ))
        try await identity.record(context, .journeySavedForLater, subject: "service:\(slug)")
        services.count(.saved, journey, language: context.language)
        return .seeOther("/account/check-email?for=resume")
    }

    @Sendable func resume(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let link = try await identity.consume(token, .resumeJourney) else {
            return context.expiredLink(path: "/resume", next: .councilServices)
        }
        let parts = link.payload.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw HTTPError(.notFound) }
        let (session, cookie) = try await pages.browserSession(request, context)
        guard try await identity.citizens.moveJourney(slug: parts[1], citizenID: nil, fromSession: parts[0], toSession: session.idHash) else {
            return context.expiredLink(path: "/resume", next: .councilServices)
        }
        return Response.found("/services/\(parts[1])/start").setting(cookie)
    }
}
