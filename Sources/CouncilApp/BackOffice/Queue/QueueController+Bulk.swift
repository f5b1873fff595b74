import Domain
import Foundation
import Hummingbird
import Views

/// POST /backoffice/bulk: one action applied to each ticked case, each through the same rules and the same
/// repository call as on the case page, so every case gets its own timeline event; then what happened to each.
extension QueueController {
    @Sendable func bulk(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let language = context.language
        let (form, session) = try await pages.postedForm(request, context.site)
        let back = Self.safeReturn(form.value("return"))
        let action: BulkAction
        switch BulkAction.read(form, language: language) {
        case .success(let read): action = read
        case .failure(let error):
            let scope = try await QueueScope.load(context.staff, services: services, language: language)
            var fields: [String: String] = [:]
            for name in ["action", "bulk-status", "reason", "note"] { fields[name] = form.value(name) }
            return try await render(QueueFilters(address: back, language: language), scope, context, csrf: session.csrfToken, errors: [error],
                                    bulkFields: fields)
        }
        var outcomes: [BulkOutcome] = []
        for reference in action.references {
            outcomes.append(try await apply(action, to: reference, context))
        }
        return BulkOutcomePage(
            layout: context.layout(title: Phrase.boSelectedCases(language), path: "/backoffice/bulk", back: back),
            changed: outcomes.compactMap { outcome in outcome.done.map { BulkOutcomePage.Line(reference: outcome.reference, text: $0) } },
            notChanged: outcomes.compactMap { outcome in outcome.refusal.map { BulkOutcomePage.Line(reference: outcome.reference, text: $0) } },
            backAddress: back
        ).response()
    }

    private func apply(_ action: BulkAction, to reference: String, _ context: StaffRequestContext) async throws -> BulkOutcome {
        let language = context.language
        let staff = context.staff
        let opened: OpenedCase
        switch try await OpenedCase.open(reference, by: staff, services: services, context: context.site) {
        case .opened(let found): opened = found
        case .notFound: return .refused(reference, Phrase.boNoSuchCase(language))
        case .forbidden: return .refused(reference, Phrase.boNotYourService(language))
        }
        let now = services.identity.now()
        switch action.kind {
        case .assignToMe:
            // As on the case page: cases go to case officers only, who can move them on.
            guard opened.roles.contains(.caseOfficer) else { return .refused(reference, Phrase.boOnlyOfficerTakes(language)) }
            _ = try await services.cases.apply(.assign(staffID: staff.id, name: staff.email), to: reference, actor: opened.actor, at: now)
            return .done(reference, Phrase.boAssignedToYou(language))
        case .note:
            _ = try await services.cases.apply(.note(action.note), to: reference, actor: opened.actor, at: now)
            return .done(reference, Phrase.boNoteAdded(language))
        case .status:
            let label = opened.workflow.state(action.status)?.label.text(language) ?? action.status
            switch try await CaseStatusChange(services: services).move(opened, to: action.status, reason: action.reason) {
            case .moved: return .done(reference, Phrase.boStatusChangedTo(label)(language))
            case .refused(_, let message): return .refused(reference, message)
            case .overtaken: return .refused(reference, Phrase.boOvertaken(language))
            }
        }
    }

    /// Where to go back to: the list the form came from, never another site or another area.
    static func safeReturn(_ address: String) -> String {
        address.hasPrefix("/backoffice?") || address == "/backoffice" ? address : "/backoffice"
    }
}
