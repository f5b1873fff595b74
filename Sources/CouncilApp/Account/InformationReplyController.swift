import Domain
import Foundation
import Hummingbird
import Views

/// The applicant's answer to "we need more information": from their account, or through the one-time link sent to
/// someone who applied without one. The reply goes on the case's timeline and the case returns to the officers.
struct InformationReplyController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var informationRequests: OpenInformationRequests { OpenInformationRequests(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.signedInCitizen("account/requests/{reference}/reply").post(use: replyFromAccount)
        router.get("reply/{token}", use: replyPage)
        router.post("reply/{token}", use: replyWithLink)
    }

    @Sendable func replyFromAccount(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let reference = try context.parameters.require("reference")
        guard try await services.identity.citizens.request(reference: reference, of: context.citizen.id) != nil else { throw HTTPError(.notFound) }
        let (form, _) = try await pages.postedForm(request, context.site)
        let answer = form.value("answer").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let open = try await informationRequests.openQuestion(reference) else { return .seeOther("/account/requests/\(reference)") }
        guard !answer.isEmpty else { return .seeOther("/account/requests/\(reference)?error=answer") }
        try await informationRequests.save(answer, open.record, actor: context.actor)
        return .seeOther("/account/requests/\(reference)?replied=1")
    }

    @Sendable func replyPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let link = try await services.identity.peek(token, .supplyInformation),
              let open = try await informationRequests.openQuestion(link.payload) else {
            return context.expiredLink(path: "/reply", next: .councilServices)
        }
        let (session, cookie) = try await pages.browserSession(request, context)
        return replyForm(context, open, token: token, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func replyForm(_ context: AppRequestContext, _ open: (record: CaseRecord, question: String), token: String, csrf: String,
                           errors: [FieldError] = []) -> InformationReplyPage {
        InformationReplyPage(
            layout: context.accountLayout(title: Phrase.replyTitle(context.language), path: "/reply", errors: errors),
            csrfToken: csrf, token: token, reference: open.record.reference, question: open.question, errors: errors
        )
    }

    @Sendable func replyWithLink(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let (form, session) = try await pages.postedForm(request, context)
        guard let link = try await services.identity.peek(token, .supplyInformation),
              let open = try await informationRequests.openQuestion(link.payload) else {
            return context.expiredLink(path: "/reply", next: .councilServices)
        }
        let answer = form.value("answer").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !answer.isEmpty else {
            let missing = AccountMessages.required("answer", .accountEnterAnswer, context.language)
            return replyForm(context, open, token: token, csrf: session.csrfToken, errors: [missing]).response(status: .unprocessableContent)
        }
        guard try await services.identity.consume(token, .supplyInformation) != nil else {
            return context.expiredLink(path: "/reply", next: .councilServices)
        }
        try await informationRequests.save(answer, open.record, actor: .applicant)
        return InformationReplySentPage(
            layout: context.accountLayout(title: Phrase.replySentTitle(context.language), path: "/reply"),
            reference: open.record.reference
        ).response()
    }
}
