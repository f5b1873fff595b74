import Domain
import Foundation
import Hummingbird
import Views

/// The signed-in citizen's pages: their requests and unfinished forms, adding an earlier request, and settings.
struct YourAccountController {
    let services: AppServices
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }
    var informationRequests: OpenInformationRequests { OpenInformationRequests(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let account = router.signedInCitizen("account")
        account.get(use: home)
        account.get("requests/add", use: claimPage)
        account.post("requests/add", use: claim)
        account.get("requests/{reference}", use: request)
        account.get("continue/{slug}", use: continueJourney)
    }

    // MARK: Your requests

    @Sendable func home(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let requests = try await identity.citizens.requests(of: context.citizen.id)
        let saved = try await identity.citizens.savedJourneys(of: context.citizen.id)
        var titles: [String: String] = [:]
        var workflows: [String: Workflow] = [:]
        for service in try await services.catalogue.current() {
            titles[service.slug] = service.definition.title.text(context.language)
            workflows[service.slug] = service.definition.workflow
        }
        return AccountHomePage(
            layout: context.layout(title: Phrase.yourAccount(context.language), path: "/account"),
            email: context.citizen.email,
            justConfirmed: request.uri.queryParameters.get("confirmed") == "1",
            savedForms: saved.map { .init(slug: $0.slug, serviceTitle: titles[$0.slug] ?? $0.slug, savedAt: $0.updatedAt) },
            requests: requests.map { summary in
                .init(reference: summary.reference, serviceTitle: titles[summary.serviceSlug] ?? summary.serviceTitle,
                      sentAt: summary.submittedAt,
                      status: CaseStatusText.name(summary.status, workflow: workflows[summary.serviceSlug], context.language))
            }
        ).response()
    }

    @Sendable func request(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let reference = try context.parameters.require("reference")
        // Someone else's reference gets the same answer as one that does not exist.
        guard let stored = try await identity.citizens.request(reference: reference, of: context.citizen.id) else { throw HTTPError(.notFound) }
        let events = try await identity.citizens.caseEvents(reference: reference)
        try await identity.record(context.site, .citizenRequestViewed, subject: "submission:\(reference)")
        let service = try await services.catalogue.version(slug: stored.serviceSlug, version: stored.serviceVersion)
        let open = try await informationRequests.openQuestion(reference)
        let (session, cookie) = open == nil ? (nil, nil) : try await pages.browserSession(request, context.site)
        let language = context.language
        let serviceTitle = service?.definition.title.text(language) ?? stored.serviceSlug
        var answerSections: [AnswerSection] = []
        if let definition = service?.definition {
            let answers = AnswerCoding.answers(from: stored.answers, definition: definition)
            let route = definition.pages.filter { page in
                page.repeatGroup != nil ? stored.answers[page.id] != nil : page.questions.contains { stored.answers[$0.id] != nil }
            }
            let sections = AnswerSummary.sections(definition, route: route, answers: answers, language: language, changeBase: nil)
            answerSections = sections
        }
        let replyErrors = request.uri.queryParameters.get("error") == "answer"
            ? [AccountMessages.required("answer", .accountEnterAnswer, language)] : []
        let workflow = service?.definition.workflow ?? .standard
        return AccountRequestPage(
            layout: context.layout(title: AccountRequestPage.title(serviceTitle: serviceTitle, reference: reference),
                                   path: "/account/requests/\(reference)", errors: replyErrors, back: "/account"),
            serviceTitle: serviceTitle, reference: reference, sentAt: stored.submittedAt,
            status: CaseStatusText.name(stored.status, workflow: workflow, language),
            progress: events.reversed().compactMap { event in
                CaseStatusText.event(event, workflow: workflow, language).map { .init(at: event.at, text: $0) }
            },
            replyReceived: request.uri.queryParameters.get("replied") == "1",
            openQuestion: open.flatMap { open in session.map { .init(question: open.question, csrfToken: $0.csrfToken) } },
            replyErrors: replyErrors, answers: answerSections
        ).response(cookies: [cookie])
    }

    // MARK: Adding an earlier request

    @Sendable func claimPage(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return claimForm(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func claimForm(_ context: CitizenRequestContext, csrf: String, form: FormBody? = nil, errors: [FieldError] = []) -> ClaimRequestPage {
        ClaimRequestPage(
            layout: context.layout(title: Phrase.accountClaimTitle(context.language), path: "/account/requests/add", errors: errors, back: "/account"),
            csrfToken: csrf, reference: form?.value("reference") ?? "", email: form?.value("email") ?? "", errors: errors
        )
    }

    @Sendable func claim(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let citizen = context.citizen
        let language = context.language
        let (form, session) = try await pages.postedForm(request, context.site)
        let reference = form.value("reference").uppercased().filter { !$0.isWhitespace }
        let email = EmailAddress.normalised(form.value("email"))
        var errors: [FieldError] = []
        if reference.isEmpty { errors.append(AccountMessages.required("reference", .accountEnterReference, language)) }
        if let problem = AccountMessages.emailProblem(email, language) { errors.append(problem) }
        guard errors.isEmpty else {
            return claimForm(context, csrf: session.csrfToken, form: form, errors: errors).response(status: .unprocessableContent)
        }

        // Guessing references and addresses is throttled like guessing passwords.
        let key = "claim:\(citizen.id)"
        let since = identity.now().addingTimeInterval(-identity.throttle.window)
        let failures = try await identity.attempts.failures(key: key, since: since)
        if let until = identity.throttle.lockedUntil(failures: failures.count, earliest: failures.earliest, limit: 10, now: identity.now()) {
            let minutes = SignInThrottlePolicy.minutes(until: until, now: identity.now())
            let throttled = FieldError(questionID: "reference", message: Phrase.accountTooManyTries(minutes: minutes)(language), code: "throttled")
            return claimForm(context, csrf: session.csrfToken, form: form, errors: [throttled]).response(status: .tooManyRequests)
        }
        guard try await identity.citizens.claim(reference: reference, email: email, for: citizen.id) else {
            try await identity.attempts.recordFailure(keys: [key], at: identity.now())
            try await identity.record(context.site, .citizenRequestClaimFailed, subject: "submission:\(reference)")
            let notFound = FieldError(questionID: "reference", message: Phrase.accountClaimNotFound(language))
            return claimForm(context, csrf: session.csrfToken, form: form, errors: [notFound]).response(status: .unprocessableContent)
        }
        try await identity.record(context.site, .citizenRequestClaimed, subject: "submission:\(reference)")
        return .seeOther("/account/requests/\(reference)")
    }

    // MARK: Continue where you left off

    @Sendable func continueJourney(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let (session, cookie) = try await pages.browserSession(request, context.site)
        guard try await identity.citizens.moveJourney(slug: slug, citizenID: context.citizen.id, fromSession: nil, toSession: session.idHash) else {
            throw HTTPError(.notFound)
        }
        return Response.found("/services/\(slug)/start").setting(cookie)
    }
}
