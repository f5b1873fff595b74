import Foundation

/// A back-office or partner system that wants to hear about events, signed with a secret it shares with us.
public struct WebhookSubscription: Sendable, Equatable {
    public var id: Int64
    public var url: String
    /// Only this service's events; nil for every service.
    public var serviceSlug: String?
    /// Event names (`submission.created`, `case.status_changed`); empty means every event.
    public var events: Set<String>
    public var secret: String
    public var active: Bool

    public init(id: Int64, url: String, serviceSlug: String?, events: Set<String>, secret: String, active: Bool) {
        self.id = id
        self.url = url
        self.serviceSlug = serviceSlug
        self.events = events
        self.secret = secret
        self.active = active
    }

    public func wants(event: String, service: String?) -> Bool {
        active && (events.isEmpty || events.contains(event)) && (serviceSlug == nil || serviceSlug == service)
    }

    public static let knownEvents = ["submission.created", "case.status_changed"]
}

/// One attempt to deliver an event to a subscription.
public struct WebhookDelivery: Sendable, Equatable {
    public var event: String
    public var reference: String
    public var statusCode: Int?
    public var error: String?
    public var at: Date
    public var milliseconds: Int

    public init(event: String, reference: String, statusCode: Int?, error: String?, at: Date, milliseconds: Int) {
        self.event = event
        self.reference = reference
        self.statusCode = statusCode
        self.error = error
        self.at = at
        self.milliseconds = milliseconds
    }
}

public protocol WebhookRepository: Sendable {
    func create(url: String, serviceSlug: String?, events: Set<String>, secret: String) async throws -> WebhookSubscription
    func subscription(id: Int64) async throws -> WebhookSubscription?
    func all() async throws -> [WebhookSubscription]
    func setActive(id: Int64, active: Bool) async throws
    /// Queues one `webhook` job per subscription that wants the event (a retry of one never re-sends to another).
    func fanOut(event: String, service: String?, reference: String, body: String, key: String) async throws -> Int
    func record(_ delivery: WebhookDelivery, subscriptionID: Int64) async throws
    func deliveries(subscriptionID: Int64, limit: Int) async throws -> [WebhookDelivery]
}
