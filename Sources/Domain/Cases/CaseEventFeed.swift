import Foundation

/// One line of a case's timeline with its place in the feed: ids only grow, so a system that polls asks for the
/// events after the last id it saw.
public struct CaseFeedEvent: Sendable, Equatable {
    public var id: Int64
    public var reference: String
    public var serviceSlug: String
    public var kind: CaseEventKind
    /// The kind as stored, so a kind this version does not know still reaches the partner by name.
    public var kindName: String
    public var detail: [String: JSONValue]
    public var actor: String?
    public var at: Date

    public init(id: Int64, reference: String, serviceSlug: String, kindName: String, detail: [String: JSONValue], actor: String?, at: Date) {
        self.id = id
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.kind = CaseEventKind(rawValue: kindName) ?? .other
        self.kindName = kindName
        self.detail = detail
        self.actor = actor
        self.at = at
    }
}

/// Case events for systems outside the back office. Views (someone opened the case) stay out: they are the
/// council's record of who read personal data, not news about the case.
public protocol CaseEventFeed: Sendable {
    /// Up to `limit` events with ids above `after`, oldest first, of cases of `services` (nil: every service).
    func events(after: Int64, services: Set<String>?, limit: Int) async throws -> [CaseFeedEvent]
    /// One case's events, oldest first.
    func events(reference: String) async throws -> [CaseFeedEvent]
}
