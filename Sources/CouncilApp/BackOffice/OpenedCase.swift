import Domain
import Hummingbird

/// A case, its service version and the member of staff about to work on it, once they are known to be allowed to.
struct OpenedCase: Sendable {
    let staff: StaffMember
    let record: CaseRecord
    let service: PublishedService
    var workflow: Workflow { service.definition.workflow }

    /// The roles this member of staff holds for the case's service (council-wide roles included).
    var roles: Set<StaffRole> {
        Set(staff.grants.filter { $0.serviceSlug == nil || $0.serviceSlug == record.serviceSlug }.map(\.role))
    }

    var actor: String { "staff:\(staff.id)" }

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
            try await services.identity.record(context, "staff.case-access-denied", subject: "submission:\(reference)")
            return .forbidden
        }
        return .opened(OpenedCase(staff: staff, record: record, service: service))
    }
}
