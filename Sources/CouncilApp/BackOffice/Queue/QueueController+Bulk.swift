import Domain
import Foundation
import Hummingbird
import Views

/// POST /backoffice/bulk: one action applied to each ticked case, each through the same rules and the same
/// repository call as on the case page, so every case gets its own timeline event; then what happened to each.
extension QueueController {
    @Sendable func bulk(_ request: Request, context: AppRequestContext) async throws -> Response {
        let staff = try staff(context)
        let (form, session) = try await pages.postedForm(request, context)
        let back = Self.safeReturn(form.value("return"))
        let action: BulkAction
        switch BulkAction.read(form) {
        case .success(let read): action = read
        case .failure(let error):
            let scope = try await QueueScope.load(staff, services: services)
            var fields: [String: String] = [:]
            for name in ["action", "bulk-status", "reason", "note"] { fields[name] = form.value(name) }
            return try await render(QueueFilters(address: back), scope, context, csrf: session.csrfToken, errors: [error], bulkFields: fields)
        }
        var outcomes: [BulkOutcome] = []
        for reference in action.references {
            outcomes.append(try await apply(action, to: reference, by: staff, context))
        }
        return pages.page(context, path: "/backoffice/bulk", title: "Selected cases", back: back) { page in
            let done = outcomes.filter { $0.done != nil }
            let refused = outcomes.filter { $0.refusal != nil }
            page.heading("Selected cases", caption: "\(done.count) of \(outcomes.count) changed")
            if !done.isEmpty {
                page.table(caption: "Changed", headers: ["Case", "What was done"], rows: done.map { outcome in
                    [(outcome.reference, "/backoffice/cases/\(outcome.reference)"), (outcome.done ?? "", nil)]
                })
            }
            if !refused.isEmpty {
                page.table(caption: "Not changed", headers: ["Case", "Why not"], rows: refused.map { outcome in
                    [(outcome.reference, "/backoffice/cases/\(outcome.reference)"), (outcome.refusal ?? "", nil)]
                })
            }
            page.link("Back to the list", href: back)
        }
    }

    private func apply(_ action: BulkAction, to reference: String, by staff: StaffMember, _ context: AppRequestContext) async throws -> BulkOutcome {
        let opened: OpenedCase
        switch try await OpenedCase.open(reference, by: staff, services: services, context: context) {
        case .opened(let found): opened = found
        case .notFound: return .refused(reference, "There is no case with this reference")
        case .forbidden: return .refused(reference, "You do not handle cases of this service")
        }
        let now = services.identity.now()
        switch action.kind {
        case .assignToMe:
            // As on the case page: cases go to case officers only, who can move them on.
            guard opened.roles.contains(.caseOfficer) else { return .refused(reference, "Only a case officer can take on a case") }
            _ = try await services.cases.apply(.assign(staffID: staff.id, name: staff.email), to: reference, actor: opened.actor, at: now)
            return .done(reference, "Assigned to you")
        case .note:
            _ = try await services.cases.apply(.note(action.note), to: reference, actor: opened.actor, at: now)
            return .done(reference, "Note added")
        case .status:
            let label = opened.workflow.state(action.status)?.label.text(.en) ?? action.status
            switch try await CaseStatusChange(services: services).move(opened, to: action.status, reason: action.reason) {
            case .moved: return .done(reference, "Status changed to \(label)")
            case .refused(_, let message): return .refused(reference, message)
            case .overtaken: return .refused(reference, CaseText.overtaken)
            }
        }
    }

    /// Where to go back to: the list the form came from, never another site or another area.
    static func safeReturn(_ address: String) -> String {
        address.hasPrefix("/backoffice?") || address == "/backoffice" ? address : "/backoffice"
    }
}
