import Domain
import Hummingbird

/// A case in the hands of someone known to be allowed to work on it: a member of staff on the case page, or an API
/// client. Status changes take either, so the workflow's rules are applied once, the same way, for both.
protocol CaseInHand: Sendable {
    var record: CaseRecord { get }
    var service: PublishedService { get }
    /// The workflow roles they act with for this case.
    var roles: Set<StaffRole> { get }
    /// Who the timeline and the audit trail name: `staff:3`, `api-client:7`.
    var actor: Actor { get }
}

extension CaseInHand {
    var workflow: Workflow { service.definition.workflow }
}

/// A case, its service version and the member of staff about to work on it, once they are known to be allowed to.
struct OpenedCase: CaseInHand {
    let staff: StaffMember
    let record: CaseRecord
    let service: PublishedService

    /// The roles this member of staff holds for the case's service (council-wide roles included).
    var roles: Set<StaffRole> {
        Set(staff.grants.filter { $0.serviceSlug == nil || $0.serviceSlug == record.serviceSlug }.map(\.role))
    }

    var actor: Actor { .staff(staff.id) }

    enum Lookup: Sendable {
        case opened(OpenedCase)
        case notFound
        /// The case exists but belongs to a service this person does not handle; the attempt is on the audit trail.
        case forbidden
    }

    /// Finds the case and checks `staff` may handle its service, recording a refusal in the audit trail.
    static func open(_ reference: String, by staff: StaffMember, services: AppServices, context: AppRequestContext) async throws -> Lookup {
        guard let record = try await services.cases.record(reference: reference),
              let service = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion) else {
            return .notFound
        }
        guard staff.access.mayHandleCases(of: record.serviceSlug) else {
            try await services.identity.record(context, .staffCaseAccessDenied, subject: "submission:\(reference)")
            return .forbidden
        }
        return .opened(OpenedCase(staff: staff, record: record, service: service))
    }
}
