import Yams

/// The `notifications:` section: message templates per event and the question that lets the citizen choose channels.
extension DefinitionParser {
    static let templateParts = ["email_subject", "email_body", "sms"]

    mutating func parseNotifications(_ node: Node, sections: [Section]) -> ServiceNotifications {
        guard let map = mapping(node, "notifications") else { return ServiceNotifications() }
        let keys = Keys(map, node: node, context: "notifications")
        let events = NotificationEvent.allCases.map(\.rawValue)
        for entry in keys.entries where entry.key != "channel_question" && NotificationEvent(rawValue: entry.key) == nil {
            let suggestion = Self.closest(entry.key, in: Set(events + ["channel_question"])).map { " (did you mean \($0)?)" } ?? ""
            report(at: entry.keyNode, "unknown event \(entry.key) in notifications; the events are \(events.joined(separator: ", "))\(suggestion)")
        }
        var notifications = ServiceNotifications()
        let questions = Dictionary(sections.flatMap(\.pages).flatMap { page in page.questions.map { ($0.id, (question: $0, repeated: page.repeatGroup != nil)) } },
                                   uniquingKeysWith: { first, _ in first })
        for event in NotificationEvent.allCases {
            guard let eventNode = keys[event.rawValue], let eventMap = mapping(eventNode, "notifications.\(event.rawValue)") else { continue }
            let parts = Keys(eventMap, node: eventNode, context: "notifications.\(event.rawValue)")
            checkKeys(parts, allowed: Set(Self.templateParts + ["notify_email_template", "notify_sms_template"]))
            var template = MessageTemplate.builtIn(event)
            if let subject = templateText(parts, "email_subject", event: event, questions: questions) { template.emailSubject = subject }
            if let body = templateText(parts, "email_body", event: event, questions: questions) { template.emailBody = body }
            if let sms = templateText(parts, "sms", event: event, questions: questions) { template.sms = sms }
            template.notifyEmailTemplate = notifyTemplateID(parts, "notify_email_template")
            template.notifySMSTemplate = notifyTemplateID(parts, "notify_sms_template")
            notifications.templates[event] = template
        }
        if let choiceNode = keys["channel_question"], let id = string(choiceNode, "channel_question") {
            checkChannelQuestion(id, at: choiceNode, questions: questions.mapValues(\.question), repeated: questions.filter(\.value.repeated).map(\.key))
            notifications.channelQuestion = id
        }
        return notifications
    }

    private mutating func notifyTemplateID(_ keys: Keys, _ key: String) -> String? {
        guard keys[key] != nil else { return nil }
        return requiredString(keys, key, pattern: Self.notifyIDPattern, patternMessage: Self.notifyIDMessage)
    }

    static let notifyIDPattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    static let notifyIDMessage = "a Notify template id looks like f33517ff-2a88-4f6e-b855-c550268ce08a (copy it from the template's page in Notify)"

    /// One template text in its languages, with every `((field))` checked; nil when absent or wrong.
    private mutating func templateText(_ keys: Keys, _ key: String, event: NotificationEvent,
                                       questions: [String: (question: Question, repeated: Bool)]) -> LocalisedTemplate? {
        guard let node = keys[key] else { return nil }
        let what = "\(key) of \(event.rawValue)"
        var texts: [(Language, String, Node)] = []
        switch node {
        case .scalar(let scalar):
            texts.append((.en, scalar.string, node))
        case .mapping(let map):
            for (languageNode, textNode) in map {
                let code = languageNode.string ?? ""
                guard let language = Language(rawValue: code) else {
                    report(at: languageNode, "unknown language \(code) in \(what); use en or gd")
                    continue
                }
                if let text = string(textNode, "\(what).\(code)") { texts.append((language, text, textNode)) }
            }
            if !texts.contains(where: { $0.0 == .en }) {
                report(at: node, "\(what) needs an English text (en)")
                return nil
            }
        default:
            report(at: node, "\(what) must be a text, or a mapping of languages (en, gd) to texts")
            return nil
        }
        var translations: [Language: TemplateText] = [:]
        for (language, source, textNode) in texts {
            if source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                report(at: textNode, "\(what) cannot be empty")
                continue
            }
            var unknown: [String] = []
            let text = TemplateText(source, unknown: &unknown)
            let known = PersonalisationField.named.keys.sorted().joined(separator: ", ")
            for name in unknown {
                report(at: textNode, "unknown personalisation field ((\(name))) in \(what); use \(known) or answers.QUESTION-ID")
            }
            for field in text.fields {
                if case .answer(let id) = field {
                    if let found = questions[id] {
                        if found.repeated { report(at: textNode, "((answers.\(id))) in \(what): question \(id) is on a repeating page, so it has no single answer") }
                    } else {
                        report(at: textNode, "((answers.\(id))) in \(what) names question \(id), which is not in this service")
                    }
                } else if !event.fields.contains(field) {
                    report(at: textNode, "((\(field.name))) is always empty in a \(event.rawValue) message; it can use \(event.fields.map(\.name).joined(separator: ", ")) and answers")
                }
            }
            translations[language] = text
        }
        return translations[.en] == nil ? nil : LocalisedTemplate(translations: translations)
    }

    /// The channel question must be a choice of `email`, `sms` and `both`, asked once, with somewhere to send each.
    private mutating func checkChannelQuestion(_ id: String, at node: Node, questions: [String: Question], repeated: [String]) {
        guard let question = questions[id] else {
            report(at: node, "channel_question names question \(id), which is not in this service")
            return
        }
        guard question.type == .choice, !repeated.contains(id) else {
            report(at: node, "channel_question \(id) must be a choice question (type: choice) on a page that is not repeated")
            return
        }
        let values = question.options.map(\.value)
        let allowed = ChannelChoice.allCases.map(\.rawValue)
        for value in values where !allowed.contains(value) {
            report(at: node, "the options of channel_question \(id) must have the values email, sms or both, not \(value)")
        }
        let types = Set(questions.values.map(\.type))
        if values.contains(where: { $0 == "email" || $0 == "both" }), !types.contains(.email) {
            report(at: node, "channel_question \(id) offers email, but the service asks for no email address (a question of type email)")
        }
        if values.contains(where: { $0 == "sms" || $0 == "both" }), !types.contains(.phone) {
            report(at: node, "channel_question \(id) offers text messages, but the service asks for no phone number (a question of type phone)")
        }
    }
}
