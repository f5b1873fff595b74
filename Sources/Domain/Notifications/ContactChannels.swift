/// How a citizen asked to be told about their request, where the service lets them choose.
public enum ChannelChoice: String, Sendable, CaseIterable {
    case email, sms, both
}

/// Where one message goes: an email address, a phone number for a text, or both.
public struct MessageDestinations: Sendable, Equatable {
    public var email: String?
    public var phone: String?

    public init(email: String?, phone: String?) {
        self.email = email
        self.phone = phone
    }

    public var isEmpty: Bool { email == nil && phone == nil }

    /// The citizen's choice applied to the addresses the case has. A chosen channel without an address (or texts,
    /// when no text template is configured) falls back to the other, so the citizen is still told; without a choice,
    /// email when there is an address, else a text.
    public static func chosen(_ choice: ChannelChoice?, email: String?, phone: String?, canText: Bool) -> MessageDestinations {
        let email = email.flatMap { $0.isEmpty ? nil : $0 }
        let phone = canText ? phone.flatMap { $0.isEmpty ? nil : $0 } : nil
        switch choice {
        case .both?: return MessageDestinations(email: email, phone: phone)
        case .sms?: return phone.map { MessageDestinations(email: nil, phone: $0) } ?? MessageDestinations(email: email, phone: nil)
        case .email?, nil: return email.map { MessageDestinations(email: $0, phone: nil) } ?? MessageDestinations(email: nil, phone: phone)
        }
    }
}

extension ServiceNotifications {
    /// The citizen's choice of channels, read from the answer to the service's channel question.
    public func choice(in answers: Answers) -> ChannelChoice? {
        guard let id = channelQuestion, case .text(let value)? = answers[id] else { return nil }
        return ChannelChoice(rawValue: value)
    }
}
