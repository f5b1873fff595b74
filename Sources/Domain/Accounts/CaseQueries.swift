import Foundation

/// A case as the back-office lists show it.
public struct CaseSummary: Sendable, Equatable {
    public var reference: String
    public var serviceSlug: String
    public var status: String
    public var createdAt: Date

    public init(reference: String, serviceSlug: String, status: String, createdAt: Date) {
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.status = status
        self.createdAt = createdAt
    }
}

/// Reading cases and counts for the staff areas.
public protocol CaseQueries: Sendable {
    /// The newest cases of the given services (nil: every service), optionally only in the given statuses.
    func cases(services: Set<String>?, statuses: [String]?, limit: Int) async throws -> [CaseSummary]
    func countsByServiceAndStatus() async throws -> [(slug: String, status: String, count: Int)]
    func submissionsByChannel() async throws -> [(channel: String, count: Int)]
    /// A caller's requests, found by exact reference, by the email address given, or by postcode (full or district), in
    /// the given services (nil: every service).
    func find(_ text: String, services: Set<String>?, limit: Int) async throws -> [CaseSummary]
}
