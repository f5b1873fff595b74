import Foundation

/// Where GOV.UK Notify says a message has got to. Notify calls back (and answers a status query) with these.
public enum DeliveryStatus: String, Sendable, CaseIterable {
    /// Accepted by Notify, not yet handed on.
    case created
    /// Handed to the email or text provider.
    case sending
    /// Text messages abroad: waiting for the provider.
    case pending
    /// Text messages abroad: sent, no receipt will come.
    case sent
    case delivered
    /// The address or number does not exist: trying again will not help.
    case permanentFailure = "permanent-failure"
    /// The inbox was full or the phone off for days.
    case temporaryFailure = "temporary-failure"
    /// Notify or its provider failed.
    case technicalFailure = "technical-failure"

    /// Whether Notify will report nothing more about the message.
    public var isFinal: Bool {
        switch self {
        case .created, .sending, .pending: false
        case .sent, .delivered, .permanentFailure, .temporaryFailure, .technicalFailure: true
        }
    }

    public var isFailure: Bool {
        self == .permanentFailure || self == .temporaryFailure || self == .technicalFailure
    }

    /// How an officer reads it on the case timeline.
    public var phrase: String {
        switch self {
        case .created, .sending, .pending: "being sent"
        case .sent: "sent (no receipt for this number)"
        case .delivered: "delivered"
        case .permanentFailure: "not delivered: the address or number does not exist"
        case .temporaryFailure: "not delivered: the inbox was full or the phone was off"
        case .technicalFailure: "not delivered: the notification service failed"
        }
    }
}

/// A message Notify accepted, as recorded when it was sent.
public struct SentMessage: Sendable, Equatable {
    /// Notify's id for the message.
    public var notificationID: String
    /// The case (or account email) the message belongs to: the job's reference.
    public var reference: String
    public var jobID: Int64
    /// `email` or `sms`.
    public var channel: String
    /// Masked (`a***@example.com`): enough for an officer to tell which address, no more.
    public var recipient: String
    public var sentAt: Date

    public init(notificationID: String, reference: String, jobID: Int64, channel: String, recipient: String, sentAt: Date) {
        self.notificationID = notificationID
        self.reference = reference
        self.jobID = jobID
        self.channel = channel
        self.recipient = recipient
        self.sentAt = sentAt
    }
}

/// What Notify reported about one message: from its callback or from a status query.
public struct DeliveryReceipt: Sendable, Equatable {
    public var notificationID: String
    public var status: DeliveryStatus
    /// When the message reached its final status (`completed_at`), else when Notify reported it.
    public var at: Date

    public init(notificationID: String, status: DeliveryStatus, at: Date) {
        self.notificationID = notificationID
        self.status = status
        self.at = at
    }
}

/// The record of messages sent through Notify and what became of them.
public protocol DeliveryLog: Sendable {
    func recordSent(_ messages: [SentMessage]) async throws
    /// The channels (`email`, `sms`) a job's message already went by, on an earlier attempt.
    func channelsSent(jobID: Int64) async throws -> Set<String>
    /// Records a receipt: updates the message's status and, when a case's message reaches a final status, adds it to
    /// the case's timeline. Returns false when the message is unknown or already had that status (a repeated callback).
    func record(_ receipt: DeliveryReceipt, now: Date) async throws -> Bool
    /// Messages sent before `sentBefore` with no final status yet, not checked since `checkedBefore`: the oldest first.
    func awaitingStatus(sentBefore: Date, sentAfter: Date, checkedBefore: Date, limit: Int) async throws -> [SentMessage]
    func markChecked(_ notificationIDs: [String], at: Date) async throws
    /// A case's timeline entry for a message that could not be sent at all (Notify refused it, or every retry failed).
    func recordUndeliverable(reference: String, channel: String, recipient: String, reason: String, at: Date) async throws
}

/// Addresses and numbers shown to staff without spelling them out.
public enum RecipientMask {
    /// `alex@example.com` → `a***@example.com`; `07700900982` → `*******0982`.
    public static func mask(_ recipient: String) -> String {
        if let at = recipient.firstIndex(of: "@") {
            let local = recipient[..<at]
            return "\(local.prefix(1))***\(recipient[at...])"
        }
        let digits = recipient.filter { !$0.isWhitespace }
        return String(repeating: "*", count: max(0, digits.count - 4)) + digits.suffix(4)
    }
}
