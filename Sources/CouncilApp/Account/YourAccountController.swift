import Domain
import Foundation
import Hummingbird
import Views

/// The signed-in citizen's pages: their requests and unfinished forms, adding an earlier request, and settings.
struct YourAccountController {
    let services: AppServices
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let account = router.group("account").add(middleware: CitizenOnlyMiddleware())
        account.get(use: home)
        account.get("requests/add", use: claimPage)
        account.post("requests/add", use: claim)
        account.get("requests/{reference}", use: request)
        account.get("continue/{slug}", use: continueJourney)
    }

    private func citizen(_ context: AppRequestContext) throws -> CitizenAccount {
        guard let citizen = context.citizen else { throw RedirectError(location: "/account/sign-in") }
        return citizen
    }

    // MARK: Your requests

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        let citizen = try citizen(context)
        let requests = try await identity.citizens.requests(of: citizen.id)
        let saved = try await identity.citizens.savedJourneys(of: citizen.id)
        var titles: [String: String] = [:]
        var workflows: [String: Workflow] = [:]
        for service in try await services.catalogue.current() {
            titles[service.slug] = service.definition.title.text(context.language)
            workflows[service.slug] = service.definition.workflow
        }
        let title = context.text("Your account", "An cunntas agad")
        return pages.page(context, path: "/account", title: title) { page in
            page.heading(title, caption: citizen.email)
            if request.uri.queryParameters.get("confirmed") == "1" {
                page.notice(context.text("Your email address is confirmed and you are signed in.", "Tha an seòladh puist-d agad air a dhearbhadh agus tha thu air clàradh a-steach."))
            }
            if !saved.isEmpty {
                page.subheading(context.text("Continue where you left off", "Lean air adhart far an do stad thu"))
                page.links(saved.map { journey in
                    let name = titles[journey.slug] ?? journey.slug
                    return (text: "\(name) – " + context.text("saved", "air a shàbhaladh") + " \(DisplayDate.dayAndTime(journey.updatedAt))",
                            href: "/account/continue/\(journey.slug)")
                })
            }
            page.subheading(context.text("Your requests", "Na h-iarrtasan agad"))
            if requests.isEmpty {
                page.paragraph(context.text("You have not made any requests while signed in yet.", "Cha do rinn thu iarrtas fhad ’s a bha thu air clàradh a-steach fhathast."))
            } else {
                page.table(
                    caption: context.text("Newest first", "As ùire an toiseach"),
                    headers: [context.text("Reference", "Àireamh-iomraidh"), context.text("Service", "Seirbheis"),
                              context.text("Sent", "Air a chur"), context.text("Status", "Inbhe")],
                    rows: requests.map { summary in [
                        (summary.reference, "/account/requests/\(summary.reference)"),
                        (titles[summary.serviceSlug] ?? summary.serviceTitle, nil),
                        (DisplayDate.day(summary.submittedAt), nil),
                        (CaseStatusText.name(summary.status, workflow: workflows[summary.serviceSlug], context), nil),
                    ] }
                )
            }
            page.link(context.text("Add a request you made without signing in", "Cuir ris iarrtas a rinn thu gun chlàradh a-steach"), href: "/account/requests/add")
            page.subheading(context.text("Your details", "Am fiosrachadh agad"))
            page.links([
                (context.text("Change your email address", "Atharraich an seòladh puist-d agad"), "/account/change-email"),
                (context.text("Change your password", "Atharraich am facal-faire agad"), "/account/change-password"),
                (context.text("Sign out on every device", "Clàraich a-mach air gach uidheam"), "/account/sign-out"),
                (context.text("Delete your account", "Sguab às an cunntas agad"), "/account/delete"),
            ])
        }
    }

    @Sendable func request(_ request: Request, context: AppRequestContext) async throws -> Response {
        let citizen = try citizen(context)
        let reference = try context.parameters.require("reference")
        // Someone else's reference gets the same answer as one that does not exist.
        guard let stored = try await identity.citizens.request(reference: reference, of: citizen.id) else { throw HTTPError(.notFound) }
        let events = try await identity.citizens.caseEvents(reference: reference)
        try await identity.record(context, .citizenRequestViewed, subject: "submission:\(reference)")
        let service = try await services.catalogue.version(slug: stored.serviceSlug, version: stored.serviceVersion)
        let open = try await InformationReplyController(services: services).openQuestion(reference)
        let (session, cookie) = open == nil ? (nil, nil) : try await pages.browserSession(request, context)
        let language = context.language
        let serviceTitle = service?.definition.title.text(language) ?? stored.serviceSlug
        var sectionsHTML = ""
        if let definition = service?.definition {
            let answers = AnswerCoding.answers(from: stored.answers, definition: definition)
            let route = definition.pages.filter { page in
                page.repeatGroup != nil ? stored.answers[page.id] != nil : page.questions.contains { stored.answers[$0.id] != nil }
            }
            let sections = JourneyController(services: services).summarySections(definition, route: route, answers: answers, language: language, changeBase: nil)
            sectionsHTML = AnswerSectionsHTML.render(sections)
        }
        let replyErrors = request.uri.queryParameters.get("error") == "answer"
            ? [FieldError(questionID: "answer", message: context.text("Enter your answer", "Cuir a-steach am freagairt agad"), code: "required")] : []
        let workflow = service?.definition.workflow ?? .standard
        return pages.page(context, path: "/account/requests/\(reference)", title: "\(serviceTitle): \(reference)", errors: replyErrors,
                          back: "/account", cookies: [cookie]) { page in
            page.heading(serviceTitle, caption: reference)
            if request.uri.queryParameters.get("replied") == "1" {
                page.notice(context.text("Thank you: we have your answer.", "Tapadh leibh: fhuair sinn am freagairt agad."))
            }
            if let open, let session {
                InformationReplyController.form(&page, action: "/account/requests/\(reference)/reply", csrf: session.csrfToken,
                                                question: open.question, errors: replyErrors, context: context)
            }
            page.summaryList([
                (context.text("Reference", "Àireamh-iomraidh"), reference, nil),
                (context.text("Sent", "Air a chur"), DisplayDate.dayAndTime(stored.submittedAt), nil),
                (context.text("Status", "Inbhe"), CaseStatusText.name(stored.status, workflow: workflow, context), nil),
            ])
            page.table(
                caption: context.text("Progress", "Adhartas"),
                headers: [context.text("Date", "Ceann-latha"), context.text("What happened", "Na thachair")],
                rows: events.reversed().compactMap { event in
                    CaseStatusText.event(event, workflow: workflow, context).map { [(DisplayDate.dayAndTime(event.at), nil), ($0, nil)] }
                }
            )
            page.subheading(context.text("Your answers", "Na freagairtean agad"))
            page.raw(sectionsHTML)
        }
    }

    // MARK: Adding an earlier request

    @Sendable func claimPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context)
        return claimForm(context, csrf: session.csrfToken, fields: [:], errors: []).setting(cookie)
    }

    private func claimForm(_ context: AppRequestContext, csrf: String, fields: [String: String], errors: [FieldError], status: HTTPResponse.Status? = nil) -> Response {
        let title = context.text("Add a request to your account", "Cuir iarrtas ris a’ chunntas agad")
        return pages.page(context, path: "/account/requests/add", title: title, errors: errors, back: "/account",
                          status: status ?? (errors.isEmpty ? .ok : .unprocessableContent)) { page in
            page.heading(title)
            page.paragraph(context.text("If you sent a form without signing in, you can add it here. You need its reference and the email address you gave on the form."))
            page.formStart(action: "/account/requests/add", csrf: csrf)
            page.input("reference", label: context.text("Reference", "Àireamh-iomraidh"), value: fields["reference"] ?? "",
                       hint: context.text("For example, HRD-7K3D-9Q2P"), autocomplete: "off", errors: errors, width: "width-10")
            page.input("email", label: context.text("Email address you gave on the form"), type: "email", value: fields["email"] ?? "",
                       autocomplete: "email", errors: errors)
            page.button(context.text("Add request", "Cuir ris an t-iarrtas"))
            page.formEnd()
        }
    }

    @Sendable func claim(_ request: Request, context: AppRequestContext) async throws -> Response {
        let citizen = try citizen(context)
        let (form, session) = try await pages.postedForm(request, context)
        let reference = form.value("reference").uppercased().filter { !$0.isWhitespace }
        let email = EmailAddress.normalised(form.value("email"))
        let fields = ["reference": form.value("reference"), "email": form.value("email")]
        var errors: [FieldError] = []
        if reference.isEmpty { errors.append(FieldError(questionID: "reference", message: context.text("Enter the reference"), code: "required")) }
        if let problem = context.emailProblem(email) { errors.append(problem) }
        guard errors.isEmpty else { return claimForm(context, csrf: session.csrfToken, fields: fields, errors: errors) }

        // Guessing references and addresses is throttled like guessing passwords.
        let key = "claim:\(citizen.id)"
        let since = identity.now().addingTimeInterval(-identity.throttle.window)
        let failures = try await identity.attempts.failures(key: key, since: since)
        if let until = identity.throttle.lockedUntil(failures: failures.count, earliest: failures.earliest, limit: 10, now: identity.now()) {
            let minutes = SignInThrottlePolicy.minutes(until: until, now: identity.now())
            return claimForm(context, csrf: session.csrfToken, fields: fields, errors: [FieldError(
                questionID: "reference", message: context.text("You have tried too many times. Try again in \(minutes) minute\(minutes == 1 ? "" : "s")"), code: "throttled"
            )], status: .tooManyRequests)
        }
        guard try await identity.citizens.claim(reference: reference, email: email, for: citizen.id) else {
            try await identity.attempts.recordFailure(keys: [key], at: identity.now())
            try await identity.record(context, .citizenRequestClaimFailed, subject: "submission:\(reference)")
            return claimForm(context, csrf: session.csrfToken, fields: fields, errors: [FieldError(questionID: "reference", message: context.text(
                "We could not find a request with that reference and email address that is not already in an account"
            ))])
        }
        try await identity.record(context, .citizenRequestClaimed, subject: "submission:\(reference)")
        return .seeOther("/account/requests/\(reference)")
    }

    // MARK: Continue where you left off

    @Sendable func continueJourney(_ request: Request, context: AppRequestContext) async throws -> Response {
        let citizen = try citizen(context)
        let slug = try context.parameters.require("slug")
        let (session, cookie) = try await pages.browserSession(request, context)
        guard try await identity.citizens.moveJourney(slug: slug, citizenID: citizen.id, fromSession: nil, toSession: session.idHash) else {
            throw HTTPError(.notFound)
        }
        return Response.found("/services/\(slug)/start").setting(cookie)
    }
}

/// Case statuses and events in the citizen's words. Internal events (notes, views, assignments) are not shown.
enum CaseStatusText {
    static func name(_ status: String, workflow: Workflow?, _ context: AppRequestContext) -> String {
        if let label = (workflow ?? .standard).state(status)?.label { return label.text(context.language) }
        return status.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ").capitalized
    }

    static func event(_ event: CaseEvent, workflow: Workflow, _ context: AppRequestContext) -> String? {
        guard case .object(let detail)? = try? JSONText.parse(Array(event.detail.utf8)) else { return nil }
        let text = { (key: String) in detail[key]?.stringValue ?? "" }
        switch CaseEventKind(rawValue: event.kind) {
        case .statusChanged:
            let status = text("status")
            if status == workflow.initialState, detail["from"] == nil {
                return context.text("We received your request", "Fhuair sinn an t-iarrtas agad")
            }
            let state = workflow.state(status)
            var line = (state?.citizenText ?? state?.label)?.text(context.language) ?? name(status, workflow: workflow, context)
            if !text("reason").isEmpty { line += " " + text("reason") }
            return line
        case .message: return context.text("Message from the council:", "Teachdaireachd bhon chomhairle:") + " " + text("text")
        case .informationRequested: return context.text("We asked:", "Dh’fhaighnich sinn:") + " " + text("question")
        case .informationSupplied: return context.text("You replied:", "Fhreagair thu:") + " " + text("answer")
        default: return nil
        }
    }
}
