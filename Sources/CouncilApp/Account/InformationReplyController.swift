import Domain
import Foundation
import Hummingbird
import Views

/// The applicant's answer to "we need more information": from their account, or through the one-time link sent to
/// someone who applied without one. The reply goes on the case's timeline and the case returns to the officers.
struct InformationReplyController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.group("account/requests/{reference}/reply").add(middleware: CitizenOnlyMiddleware()).post(use: replyFromAccount)
        router.get("reply/{token}", use: replyPage)
        router.post("reply/{token}", use: replyWithLink)
    }

    /// The question the case is waiting on, if it is waiting for the applicant.
    func openQuestion(_ reference: String) async throws -> (record: CaseRecord, question: String)? {
        guard let record = try await services.cases.record(reference: reference), record.status == "awaiting-information" else { return nil }
        let timeline = try await services.cases.timeline(reference: reference)
        let question = timeline.last { $0.kind == .informationRequested }?.detail["question"]?.stringValue ?? ""
        return (record, question)
    }

    /// Where the case goes once the applicant has answered: the workflow's first move out of waiting.
    func returnState(_ record: CaseRecord) async throws -> String? {
        let definition = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion)?.definition
        return definition?.workflow.transitions.first { $0.from.contains(record.status) && !(definition?.workflow.state($0.to)?.isFinal ?? true) }?.to
    }

    /// The reply form, for the request page and the link page.
    static func form(_ page: inout PageParts, action: String, csrf: String, question: String, errors: [FieldError], context: AppRequestContext) {
        page.subheading(context.text("We need more information", "Feumaidh sinn barrachd fiosrachaidh"))
        page.inset(question)
        page.formStart(action: action, csrf: csrf)
        page.textarea("answer", label: context.text("Your answer", "Am freagairt agad"), errors: errors, rows: 5)
        page.button(context.text("Send answer", "Cuir am freagairt"))
        page.formEnd()
    }

    private func save(_ answer: String, _ record: CaseRecord, actor: Actor) async throws {
        let backTo = try await returnState(record)
        _ = try await services.cases.apply(.supplyInformation(answer: answer, backTo: backTo), to: record.reference, actor: actor, at: services.identity.now())
    }

    private func missingAnswer(_ context: AppRequestContext) -> FieldError {
        FieldError(questionID: "answer", message: context.text("Enter your answer", "Cuir a-steach am freagairt agad"), code: "required")
    }

    @Sendable func replyFromAccount(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let citizen = context.citizen else { throw RedirectError(location: "/account/sign-in") }
        let reference = try context.parameters.require("reference")
        guard try await services.identity.citizens.request(reference: reference, of: citizen.id) != nil else { throw HTTPError(.notFound) }
        let (form, _) = try await pages.postedForm(request, context)
        let answer = form.value("answer").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let open = try await openQuestion(reference) else { return .seeOther("/account/requests/\(reference)") }
        guard !answer.isEmpty else { return .seeOther("/account/requests/\(reference)?error=answer") }
        try await save(answer, open.record, actor: .citizen(citizen.id))
        return .seeOther("/account/requests/\(reference)?replied=1")
    }

    @Sendable func replyPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let link = try await services.identity.peek(token, .supplyInformation), let open = try await openQuestion(link.payload) else {
            return AccountSignInController(services: services).expiredLink(context, path: "/reply", again: ("Council services", "/"))
        }
        let (session, cookie) = try await pages.browserSession(request, context)
        return replyForm(context, open, token: token, csrf: session.csrfToken, errors: []).setting(cookie)
    }

    private func replyForm(_ context: AppRequestContext, _ open: (record: CaseRecord, question: String), token: String, csrf: String, errors: [FieldError]) -> Response {
        let title = context.text("Send the information we asked for", "Cuir am fiosrachadh a dh’iarr sinn")
        return pages.page(context, path: "/reply", title: title, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title, caption: open.record.reference)
            Self.form(&page, action: "/reply/\(token)", csrf: csrf, question: open.question, errors: errors, context: context)
        }
    }

    @Sendable func replyWithLink(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let (form, session) = try await pages.postedForm(request, context)
        guard let link = try await services.identity.peek(token, .supplyInformation), let open = try await openQuestion(link.payload) else {
            return AccountSignInController(services: services).expiredLink(context, path: "/reply", again: ("Council services", "/"))
        }
        let answer = form.value("answer").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !answer.isEmpty else { return replyForm(context, open, token: token, csrf: session.csrfToken, errors: [missingAnswer(context)]) }
        guard try await services.identity.consume(token, .supplyInformation) != nil else {
            return AccountSignInController(services: services).expiredLink(context, path: "/reply", again: ("Council services", "/"))
        }
        try await save(answer, open.record, actor: .applicant)
        let title = context.text("Thank you: we have your answer", "Tapadh leibh: fhuair sinn am freagairt agad")
        return pages.page(context, path: "/reply", title: title) { page in
            page.panel(title: title, body: context.text("Your reference is", "Seo an àireamh-iomraidh agad"), emphasis: open.record.reference)
        }
    }
}
