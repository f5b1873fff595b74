import Views
import Domain
import Foundation
import Hummingbird

/// The citizen journey: list of services, start page, one page per question, check answers, confirmation.
struct JourneyController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/", use: index)
        let service = router.group("services/{slug}")
        service.get(use: startPage)
        service.get("start", use: begin)
        service.get("check-answers", use: checkAnswers)
        service.post("check-answers", use: submit)
        service.get("confirmation", use: confirmation)
        service.get("confirmation/print", use: printableRecord)
        service.get("{page}", use: showPage)
        service.post("{page}", use: answerPage)
        service.get("{page}/{item}", use: showItem)
        service.post("{page}/{item}", use: answerItem)
        service.get("{page}/{item}/remove", use: confirmRemoval)
        service.post("{page}/{item}/remove", use: removeItem)
    }

    // MARK: Catalogue and start

    @Sendable func index(_ request: Request, context: AppRequestContext) async throws -> Response {
        let language = context.language
        // Open services only; internal ones for staff, signed-in-only ones for signed-in citizens.
        let open = try await services.catalogue.openServices(staff: context.staff != nil, citizen: context.citizen != nil)
        let list = open.map { service in
            ServiceListPage.Entry(title: service.definition.title.text(language), summary: service.definition.summary.text(language),
                                  url: "/services/\(service.slug)")
        }
        let layout = PageLayout(language: language, path: "/", title: Phrase.services(language), headerLinks: context.headerLinks)
        return ServiceListPage(layout: layout.model, services: list).response()
    }

    @Sendable func startPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let service = try await currentService(request, context)
        let definition = service.definition
        let language = context.language
        let layout = PageLayout(
            language: language, path: "/services/\(service.slug)", title: definition.title.text(language),
            serviceName: nil, backLink: "/", headerLinks: context.headerLinks
        )
        return StartPage(
            layout: layout.model, title: definition.title.text(language), body: definition.startBody.text(language),
            beforeYouStart: definition.beforeYouStart?.text(language), startURL: "/services/\(service.slug)/start"
        ).response()
    }

    /// Starts a journey on the current version, or resumes the one in progress.
    @Sendable func begin(_ request: Request, context: AppRequestContext) async throws -> Response {
        let service = try await currentService(request, context)
        let found = try await sessionAndJourney(request, slug: service.slug)
        if let found, let state = found.journey, state.submittedReference == nil,
           let started = try await services.catalogue.version(slug: service.slug, version: state.version) {
            let existing = Active(session: found.session, state: state, service: started, today: services.today())
            return .found(url(existing, for: existing.walk.ending))
        }
        let session: WebSession
        var cookie: Cookie?
        if let found {
            session = found.session
        } else {
            (session, cookie) = try await services.browserSessions.start(language: context.language)
        }
        let prefilled = context.citizen.map { Prefill.answers(for: service.definition, account: $0) } ?? [:]
        try await services.journeys.save(JourneyState(
            sessionHash: session.idHash, slug: service.slug, version: service.version, answers: prefilled, citizenID: context.citizen?.id
        ))
        services.count(.started, service: service, channel: .online, language: context.language)
        guard let first = JourneyRoute(service.definition, today: services.today()).firstPage else { throw HTTPError(.notFound) }
        var response = Response.found("/services/\(service.slug)/\(first.id)")
        if let cookie { response.setCookie(cookie) }
        return response
    }

    // MARK: Question pages

    @Sendable func showPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (journey, page) = try await journeyAndPage(request, context)
        if let redirect = guardReachable(journey, page, isPost: false) { return redirect }
        services.count(page.isExit ? .exit : .view, journey, detail: page.id, language: context.language)
        if page.isExit { return try renderExit(journey, page, context) }
        if page.repeatGroup != nil { return try await showRepeatSummary(request, context, journey, page) }
        var fields: [String: [String]] = [:]
        let answers = journey.answers
        for question in page.questions {
            fields.merge(AnswerCoding.formFields(for: question, answers[question.id])) { $1 }
        }
        var errors: [FieldError] = []
        // Sent back from check answers because the date chosen can no longer be booked.
        if let question = page.appointmentQuestion, let refused = request.uri.queryParameters.get("refused") {
            let refusal: BookingRefusal = refused == "full" ? .full : .notOffered
            errors.append(FieldError(questionID: question.id, message: refusal.message(context.language), code: "not_available"))
        }
        return try await renderPage(journey, page, fields: fields, errors: errors, context: context, request: request,
                                    appointment: appointmentChoices(journey, page, context))
    }

    /// The dates and slots an appointment question on `page` can offer now.
    func appointmentChoices(_ journey: Active, _ page: Page, _ context: AppRequestContext) async throws -> AppointmentChoices? {
        guard page.appointmentQuestion != nil else { return nil }
        return try await AppointmentBooking(services: services).choices(journey.definition, journey.answers, language: context.language)
    }

    @Sendable func answerPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (journey, page) = try await journeyAndPage(request, context)
        if let redirect = guardReachable(journey, page, isPost: true) { return redirect }
        let form = try await FormBody.parse(request, context: context, limit: services.maxBodySize)
        try form.requireToken(journey.session.csrfToken)
        if page.isExit { return .seeOther(url(journey, for: journey.walk.ending)) }
        if page.repeatGroup != nil { return try await answerRepeatSummary(request, context, journey, page, form) }

        let validator = QuestionValidator(language: context.language, today: services.today())
        var stored = journey.state.answers
        var errors: [FieldError] = []
        var newUploads: [NewUpload] = []
        // The answers so far, with this page's as they are read: a required_when may test a question above it.
        var answersSoFar = journey.answers
        for asked in page.questions {
            if asked.type == .file, form.input.files[asked.id] == nil, stored[asked.id] != nil {
                continue // Keep the file uploaded earlier.
            }
            var question = asked
            question.required = journey.route.isRequired(asked, answersSoFar)
            answersSoFar.values.removeValue(forKey: asked.id)
            switch validator.validate(question, form.input) {
            case .answered(let answer):
                stored[question.id] = answer.json
                answersSoFar.values[question.id] = answer
            case .blank: stored.removeValue(forKey: question.id)
            case .invalid(let problems): errors += problems
            case .newFile(let file):
                let reference = FileReference(id: Token.random(), filename: file.filename, contentType: file.contentType, size: file.data.count)
                newUploads.append(NewUpload(reference: reference, file: file))
                stored[question.id] = Answer.file(reference).json
            }
        }
        if errors.isEmpty, let question = page.appointmentQuestion, let value = stored[question.id],
           let chosen = AnswerCoding.storedAnswer(for: question, value), case .appointment(let appointment) = chosen,
           let refusal = try await AppointmentBooking(services: services).refusal(appointment, journey.definition, journey.answers, capacity: true) {
            errors.append(FieldError(questionID: question.id, message: refusal.message(context.language), code: "not_available"))
        }
        if !errors.isEmpty {
            services.countErrors(errors, journey, language: context.language)
            return try renderPage(journey, page, fields: form.input.fields, errors: errors, context: context, request: request,
                                  status: .unprocessableContent, appointment: try await appointmentChoices(journey, page, context))
        }
        for upload in newUploads { try await services.uploads.store(upload, sessionHash: journey.session.idHash) }
        var state = journey.state
        state.answers = stored
        state.completed.insert(page.id)
        state.citizenID = context.citizen?.id
        try await services.journeys.save(state)
        if !journey.state.completed.contains(page.id) { services.count(.page, journey, detail: page.id, language: context.language) }
        return .seeOther(nextURL(journey.replacing(state), after: page, changing: form.value("change") == "1"))
    }

    // MARK: Shared steps

    /// The current version of the service in the address, once the gate has let this person in.
    func currentService(_ request: Request, _ context: AppRequestContext) async throws -> PublishedService {
        let slug = try context.parameters.require("slug")
        guard let service = try await ServiceGate(services: services).admit(request, context, slug: slug).current else {
            throw HTTPError(.notFound)
        }
        return service
    }

    /// The journey and the page named in the address; with no journey, back to the start page.
    func journeyAndPage(_ request: Request, _ context: AppRequestContext) async throws -> (Active, Page) {
        let slug = try context.parameters.require("slug")
        let pageID = try context.parameters.require("page")
        try await ServiceGate(services: services).admit(request, context, slug: slug)
        guard let journey = try await active(request, slug: slug) else {
            throw RedirectError(location: "/services/\(slug)")
        }
        if journey.state.submittedReference != nil {
            throw RedirectError(location: "/services/\(slug)/confirmation")
        }
        guard let page = journey.definition.page(pageID) else { throw HTTPError(.notFound) }
        return (journey, page)
    }

    /// A page may be shown only if the answers given so far lead to it: no skipping ahead, no pages branching hides.
    func guardReachable(_ journey: Active, _ page: Page, isPost: Bool) -> Response? {
        let walk = journey.walk
        if walk.pageIDs.contains(page.id) { return nil }
        switch walk.ending {
        case .incomplete(let next) where next.id == page.id: return nil
        case .exit(let exit) where exit.id == page.id: return nil
        default:
            let location = url(journey, for: walk.ending)
            return isPost ? .seeOther(location) : .found(location)
        }
    }

    func url(_ journey: Active, for ending: JourneyRoute.Ending) -> String {
        let base = "/services/\(journey.definition.slug)"
        switch ending {
        case .checkAnswers: return "\(base)/check-answers"
        case .exit(let page), .incomplete(let page): return "\(base)/\(page.id)"
        }
    }

    /// After a page: where its rules lead; when changing an answer from check-answers, back there unless a new page now needs answering.
    func nextURL(_ journey: Active, after page: Page, changing: Bool) -> String {
        let walk = journey.walk
        if changing { return url(journey, for: walk.ending) }
        switch journey.route.destination(after: page, journey.answers) {
        case .checkAnswers: return url(journey, for: walk.ending)
        case .page(let id): return "/services/\(journey.definition.slug)/\(id)"
        }
    }

    /// The page before this one on the route, for the back link.
    func backLink(_ journey: Active, before pageID: String) -> String {
        let base = "/services/\(journey.definition.slug)"
        let pages = journey.walk.pages
        if let index = pages.firstIndex(where: { $0.id == pageID }) {
            return index == 0 ? base : "\(base)/\(pages[index - 1].id)"
        }
        return pages.last.map { "\(base)/\($0.id)" } ?? base
    }

    func layout(_ journey: Active, _ context: AppRequestContext, request: Request, title: String, back: String?, errors: [FieldError] = []) -> PageLayout {
        let definition = journey.definition
        let change = request.uri.queryParameters.get("change") == "1"
        return PageLayout(
            language: context.language, path: request.uri.path, title: title,
            serviceName: definition.title.text(context.language), serviceURL: "/services/\(definition.slug)",
            backLink: back, errors: errors, keepQuery: change ? "change=1&" : "", headerLinks: context.headerLinks
        )
    }

    func renderPage(
        _ journey: Active, _ page: Page, fields: [String: [String]], errors: [FieldError], context: AppRequestContext,
        request: Request, status: HTTPResponse.Status = .ok, appointment: AppointmentChoices? = nil
    ) throws -> Response {
        let language = context.language
        let definition = journey.definition
        let change = request.uri.queryParameters.get("change") == "1" || fields["change"]?.first == "1"
        var currentFiles: [String: FileReference] = [:]
        if page.hasFileUpload {
            for question in page.questions where question.type == .file {
                if case .file(let file)? = journey.answers[question.id] { currentFiles[question.id] = file }
            }
        }
        let section = definition.sections.count > 1 ? definition.section(of: page)?.title.text(language) : nil
        let back = change ? "/services/\(definition.slug)/check-answers" : backLink(journey, before: page.id)
        // The title repeats the h1, including the "(optional)" the label gets when the question is the heading.
        var title = page.heading.text(language)
        if page.questionIsHeading, page.questions.first?.required == false { title += " " + (Phrase.optional(language)) }
        let layout = layout(journey, context, request: request, title: title, back: back, errors: errors)
        return QuestionPage(
            layout: layout.model, action: "/services/\(definition.slug)/\(page.id)", csrfToken: journey.session.csrfToken,
            change: change, sectionTitle: section, heading: page.questionIsHeading ? nil : page.heading.text(language),
            body: page.body, questions: page.questions.map { asked in
                // "(optional)" follows the answers given so far; one that a required_when makes required is not marked.
                var question = asked
                question.required = journey.route.isRequired(asked, journey.answers)
                return question
            }, questionIsHeading: page.questionIsHeading, fields: fields, errors: errors,
            currentFiles: currentFiles, appointment: appointment, saveURL: "/services/\(definition.slug)/save"
        ).response(status: status)
    }

    func renderExit(_ journey: Active, _ page: Page, _ context: AppRequestContext) throws -> Response {
        let language = context.language
        let base = "/services/\(journey.definition.slug)"
        let layout = PageLayout(
            language: language, path: "\(base)/\(page.id)", title: page.heading.text(language),
            serviceName: journey.definition.title.text(language), serviceURL: base,
            backLink: journey.walk.pages.last.map { "\(base)/\($0.id)" } ?? base, headerLinks: context.headerLinks
        )
        return ExitPage(layout: layout.model, heading: page.heading.text(language), body: page.body?.text(language), startURL: base)
            .response()
    }
}

/// Thrown where a handler decides the citizen belongs on another page; turned into a redirect by the error middleware.
struct RedirectError: Error {
    var location: String
}
