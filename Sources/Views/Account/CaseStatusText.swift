import Domain

/// Case statuses and events in the citizen's words. Internal events (notes, views, assignments) are not shown.
public enum CaseStatusText {
    public static func name(_ status: String, workflow: Workflow?, _ language: Language) -> String {
        if let label = (workflow ?? .standard).state(status)?.label { return label.text(language) }
        return status.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ").capitalized
    }

    /// The line the citizen's progress table shows for `event`, or nil for an event only staff see.
    public static func event(_ event: CaseEvent, workflow: Workflow, _ language: Language) -> String? {
        guard case .object(let detail)? = try? JSONText.parse(Array(event.detail.utf8)) else { return nil }
        let text = { (key: String) in detail[key]?.stringValue ?? "" }
        switch CaseEventKind(rawValue: event.kind) {
        case .statusChanged:
            let status = text("status")
            if status == workflow.initialState, detail["from"] == nil { return Phrase.accountEventReceived(language) }
            let state = workflow.state(status)
            var line = (state?.citizenText ?? state?.label)?.text(language) ?? name(status, workflow: workflow, language)
            if !text("reason").isEmpty { line += " " + text("reason") }
            return line
        case .message: return Phrase.accountEventMessage(language) + " " + text("text")
        case .informationRequested: return Phrase.accountEventAsked(language) + " " + text("question")
        case .informationSupplied: return Phrase.accountEventReplied(language) + " " + text("answer")
        default: return nil
        }
    }
}
