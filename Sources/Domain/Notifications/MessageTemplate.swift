import Foundation

/// A message template's text, read once when the definition is parsed: literal text and `((field))` placeholders.
public struct TemplateText: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        case literal(String)
        case field(PersonalisationField)
    }

    public let source: String
    public let parts: [Part]

    /// Splits `source` at `((name))` placeholders; names that are not fields are reported in `unknown` and kept as text.
    public init(_ source: String, unknown: inout [String]) {
        self.source = source
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(source)
        while let open = rest.range(of: "((") {
            guard let close = rest[open.upperBound...].range(of: "))") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            literal += rest[..<open.lowerBound]
            if let field = PersonalisationField(name: name) {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.field(field))
            } else {
                unknown.append(name)
                literal += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// A built-in text, known to use only real fields.
    init(builtIn source: String) {
        var unknown: [String] = []
        self.init(source, unknown: &unknown)
        assert(unknown.isEmpty, "built-in template uses unknown fields \(unknown)")
    }

    public var fields: [PersonalisationField] {
        parts.compactMap { if case .field(let field) = $0 { field } else { nil } }
    }
}

/// A template text per language; a missing Gaelic text falls back to English.
public struct LocalisedTemplate: Sendable, Equatable {
    public var translations: [Language: TemplateText]

    public init(translations: [Language: TemplateText]) { self.translations = translations }

    init(builtIn english: String, gaelic: String) {
        translations = [.en: TemplateText(builtIn: english), .gd: TemplateText(builtIn: gaelic)]
    }

    public func text(_ language: Language) -> TemplateText? { translations[language] ?? translations[.en] }

    public var fields: [PersonalisationField] { translations.values.flatMap(\.fields) }
}

/// One event's message: an email (subject and body) and a text message, and optionally templates kept in Notify.
public struct MessageTemplate: Sendable, Equatable {
    public var emailSubject: LocalisedTemplate
    public var emailBody: LocalisedTemplate
    public var sms: LocalisedTemplate
    /// Notify template ids to send instead of the platform's generic `((subject))`/`((body))` templates.
    public var notifyEmailTemplate: String?
    public var notifySMSTemplate: String?

    public init(emailSubject: LocalisedTemplate, emailBody: LocalisedTemplate, sms: LocalisedTemplate,
                notifyEmailTemplate: String? = nil, notifySMSTemplate: String? = nil) {
        self.emailSubject = emailSubject
        self.emailBody = emailBody
        self.sms = sms
        self.notifyEmailTemplate = notifyEmailTemplate
        self.notifySMSTemplate = notifySMSTemplate
    }

    /// The answers any of its texts use: only these leave the platform with the message.
    public var answerFields: [String] {
        var seen: Set<String> = []
        return (emailSubject.fields + emailBody.fields + sms.fields).compactMap { field in
            guard case .answer(let id) = field, seen.insert(id).inserted else { return nil }
            return id
        }
    }
}

/// The `notifications:` section of a service: its templates per event, and the question that chooses channels.
public struct ServiceNotifications: Sendable, Equatable {
    /// Templates the definition declares; events it leaves out use `MessageTemplate.builtIn`.
    public var templates: [NotificationEvent: MessageTemplate]
    /// A `choice` question whose answer (`email`, `sms` or `both`) says how the citizen wants to be told.
    public var channelQuestion: String?

    public init(templates: [NotificationEvent: MessageTemplate] = [:], channelQuestion: String? = nil) {
        self.templates = templates
        self.channelQuestion = channelQuestion
    }

    public func template(_ event: NotificationEvent) -> MessageTemplate {
        templates[event] ?? MessageTemplate.builtIn(event)
    }
}
