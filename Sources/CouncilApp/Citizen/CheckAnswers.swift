import Views
import Crypto
import Domain
import Foundation
import Hummingbird

/// Check your answers, submit, and the confirmation with the reference.
extension JourneyController {
    /// Only the answers the route uses: answers to pages that a changed answer now skips are not sent.
    func answersOnRoute(_ journey: Active, _ walk: JourneyRoute.Walk) -> [String: JSONValue] {
        var kept: [String: JSONValue] = [:]
        for page in walk.pages {
            let keys = page.repeatGroup != nil ? [page.id] : page.questions.map(\.id)
            for key in keys { if let value = journey.state.answers[key] { kept[key] = value } }
        }
        return kept
    }

    /// Binds the submit button to the answers the citizen was shown; keyed by the session's secret so it cannot be forged.
    func digest(_ answers: [String: JSONValue], key: String) -> String {
        let data = Data(JSONText.serialize(answers).utf8)
        let code = HMAC<SHA256>.authenticationCode(for: data, using: SymmetricKey(data: Data(key.utf8)))
        return Data(code).base64EncodedString()
    }

    @Sendable func checkAnswers(_ request: Request, context: AppRequestContext) async throws -> Response {
        let journey = try await journeyForSummary(request, context, submitting: false)
        let walk = journey.walk
        guard case .checkAnswers = walk.ending else { return .found(url(journey, for: walk.ending)) }
        let notice = request.uri.queryParameters.get("changed") == "1" ? Phrase.answersChanged(context.language) : nil
        return try renderCheckAnswers(request, context, journey, walk, errors: [], notice: notice)
    }

    private func renderCheckAnswers(
        _ request: Request, _ context: AppRequestContext, _ journey: Active, _ walk: JourneyRoute.Walk,
        errors: [FieldError], notice: String?, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let language = context.language
        let definition = journey.definition
        let base = "/services/\(definition.slug)"
        let back = walk.pages.last.map { "\(base)/\($0.id)" } ?? base
        let layout = layout(journey, context, request: request, title: definition.checkAnswersTitle.text(language), back: back, errors: errors)
        return CheckAnswersPage(
            layout: layout.model, heading: definition.checkAnswersTitle.text(language), notice: notice,
            sections: AnswerSummary.sections(definition, route: walk.pages, answers: journey.answers, language: language, changeBase: base,
                                             computed: journey.route.computedValues(journey.answers)),
            declaration: definition.declaration?.text(language), action: "\(base)/check-answers", csrfToken: journey.session.csrfToken,
            digest: digest(answersOnRoute(journey, walk), key: journey.session.csrfToken), errors: errors
        ).response(status: status)
    }

    /// Sends the request: re-validates every answer along the route, then makes it durable before confirming.
    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let journey = try await journeyForSummary(request, context, submitting: true)
        let form = try await FormBody.parse(request, context: context, limit: services.maxBodySize)
        try form.requireToken(journey.session.csrfToken)
        let walk = journey.walk
        guard case .checkAnswers = walk.ending else { return .seeOther(url(journey, for: walk.ending)) }
        let answers = answersOnRoute(journey, walk)
        let base = "/services/\(journey.definition.slug)"
        guard form.value("answers_digest") == digest(answers, key: journey.session.csrfToken) else {
            return .seeOther("\(base)/check-answers?changed=1")
        }
        // A form entered for a caller is sent only by the member of staff who started it, still signed in.
        let assisted = journey.state.assisted
        if let assisted, assisted.staffID != context.staff?.id {
            throw RedirectError(location: "/staff/sign-in?return=\(ReturnPath.encode("\(base)/check-answers"))")
        }
        var state = journey.state
        state.answers = answers
        let sending = SubmitAnswers.Request(
            definition: journey.definition, version: journey.service.version, answers: answers, channel: assisted?.channel ?? .online,
            language: context.language, fileSource: .stored, completing: state
        )
        let citizenID = context.citizen?.id
        let outcome = try await services.submitAnswers(sending) { submission in
            guard let assisted else {
                submission.citizenID = citizenID
                return
            }
            submission.enteredByStaffID = assisted.staffID
            submission.contactEmail = submission.contactEmail ?? assisted.callerEmail
            submission.contactPhone = submission.contactPhone ?? assisted.callerPhone
            if submission.caseIndex.searchText.count < CaseIndex.searchTextLimit, let email = assisted.callerEmail {
                submission.caseIndex.searchText += " " + email
            }
        }
        switch outcome {
        case .recorded:
            return .seeOther("\(base)/confirmation")
        case .invalid(let problems):
            // Only possible if a page was never properly answered; send the citizen to fix it rather than lose the request.
            let errors = problems.map { error -> FieldError in
                var linked = error
                let page = journey.definition.pages.first { page in page.id == error.questionID || page.questions.contains { $0.id == error.questionID } }
                linked.part = nil
                linked.questionID = page.map { "\($0.id)" } ?? error.questionID
                return linked
            }
            return try renderCheckAnswers(request, context, journey, walk, errors: errors, notice: nil, status: .unprocessableContent)
        case .notBookable(let problems):
            return .seeOther(appointmentPage(journey, problems.first?.questionID ?? "", refused: "not-offered"))
        case .fullyBooked(let questionID):
            // Someone else took the last place between the date page and now: choose again.
            return .seeOther(appointmentPage(journey, questionID, refused: "full"))
        }
    }

    /// The page of the appointment question `problem` is about, to choose again (then back to check answers).
    private func appointmentPage(_ journey: Active, _ questionID: String, refused: String) -> String {
        let page = journey.definition.pages.first { $0.questions.contains { $0.id == questionID } }
        return "/services/\(journey.definition.slug)/\(page?.id ?? "check-answers")?change=1&refused=\(refused)"
    }

    /// The journey at check answers. A service that closed meanwhile gets its "closed" page, which says the answers
    /// were not sent; when submitting, a submission limit is counted afresh.
    private func journeyForSummary(_ request: Request, _ context: AppRequestContext, submitting: Bool) async throws -> Active {
        let slug = try context.parameters.require("slug")
        try await ServiceGate(services: services).admit(request, context, slug: slug, submitting: submitting)
        guard let journey = try await active(request, slug: slug) else { throw RedirectError(location: "/services/\(slug)") }
        if journey.state.submittedReference != nil { throw RedirectError(location: "/services/\(slug)/confirmation") }
        return journey
    }

    private func submittedJourney(_ request: Request, _ context: AppRequestContext) async throws -> (Active, String) {
        let slug = try context.parameters.require("slug")
        guard let journey = try await active(request, slug: slug), let reference = journey.state.submittedReference else {
            throw RedirectError(location: "/services/\(slug)")
        }
        return (journey, reference)
    }

    @Sendable func confirmation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (journey, reference) = try await submittedJourney(request, context)
        let language = context.language
        let definition = journey.definition
        let base = "/services/\(definition.slug)"
        // The agent who sent a caller's form gets the reference to read out and the way back to work, in the staff frame.
        if let assisted = journey.state.assisted, let staff = context.staff, staff.id == assisted.staffID {
            let layout = try StaffRequestContext(context: context).layout(title: Phrase.assistedSentTitle(language), path: request.uri.path)
            return AssistedConfirmationPage(
                layout: layout, serviceName: definition.title.text(language), reference: reference, callerEmail: assisted.callerEmail,
                whatHappensNext: definition.whatHappensNext.text(language), printURL: "\(base)/confirmation/print"
            ).response()
        }
        let feedback = journey.state.completed.contains(Self.feedbackMarker) ? nil : satisfactionForm(journey)
        return confirmationPage(journey, reference: reference, request: request, context: context, feedback: feedback).response()
    }

    /// The citizen's confirmation, with the satisfaction question as given (or its thanks, once answered).
    func confirmationPage(_ journey: Active, reference: String, request: Request, context: AppRequestContext,
                          feedback: SatisfactionForm?) -> ConfirmationPage {
        let language = context.language
        let definition = journey.definition
        let base = "/services/\(definition.slug)"
        let layout = PageLayout(language: language, path: "\(base)/confirmation", title: definition.confirmationTitle.text(language),
                                serviceName: definition.title.text(language), serviceURL: base, errors: feedback?.errors ?? [],
                                headerLinks: context.headerLinks)
        return ConfirmationPage(
            layout: layout.model, title: definition.confirmationTitle.text(language), reference: reference,
            whatHappensNext: definition.whatHappensNext.text(language), printURL: "\(base)/confirmation/print", startAgainURL: "\(base)/start",
            feedback: feedback, feedbackGiven: journey.state.completed.contains(Self.feedbackMarker)
        )
    }

    /// A plain record of what was sent, from the stored submission, to print or save.
    @Sendable func printableRecord(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (journey, reference) = try await submittedJourney(request, context)
        guard let stored = try await services.submissions.submission(reference: reference) else { throw HTTPError(.notFound) }
        let language = context.language
        let definition = journey.definition
        let answers = AnswerCoding.answers(from: stored.answers, definition: definition)
        let route = definition.pages.filter { page in
            page.repeatGroup != nil ? stored.answers[page.id] != nil : page.questions.contains { stored.answers[$0.id] != nil }
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        formatter.dateFormat = "d MMMM yyyy, HH:mm"
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/London") ?? .gmt, from: stored.submittedAt)
        let submittedOn = language == .gd
            ? AnswerDisplay.date(year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, .gd) + String(format: ", %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
            : formatter.string(from: stored.submittedAt)
        let base = "/services/\(definition.slug)"
        let layout = PageLayout(language: language, path: request.uri.path, title: "\(definition.title.text(language)): \(reference)",
                                serviceName: definition.title.text(language), serviceURL: base, backLink: "\(base)/confirmation",
                                headerLinks: context.headerLinks)
        return PrintableRecordPage(
            layout: layout.model, serviceTitle: definition.title.text(language), reference: reference, submittedOn: submittedOn,
            sections: AnswerSummary.sections(definition, route: route, answers: answers, language: language, changeBase: nil),
            whatHappensNext: definition.whatHappensNext.text(language)
        ).response()
    }
}
