import Domain

/// The template context for one question: its values, its error and how it is drawn.
enum QuestionView {
    static func context(
        _ question: Question, fields: [String: [String]], errors: [FieldError], isHeading: Bool,
        language: Language, currentFile: FileReference? = nil
    ) -> [String: Any] {
        let id = question.id
        let mine = errors.filter { $0.questionID == id }
        var context: [String: Any] = [
            "id": id,
            "name": id,
            "label": question.label.text(language),
            "isHeading": isHeading,
            "optional": !question.required,
        ]
        if let hint = question.hint { context["hint"] = hint.text(language) }
        if let first = mine.first { context["error"] = first.message }
        var describedBy: [String] = []
        if question.hint != nil { describedBy.append("\(id)-hint") }
        if !mine.isEmpty { describedBy.append("\(id)-error") }
        if !describedBy.isEmpty { context["describedBy"] = describedBy.joined(separator: " ") }
        let value = fields[id]?.first ?? ""

        switch question.type {
        case .text, .email, .phone, .postcode, .number, .decimal:
            context["isInput"] = true
            context["value"] = value
            context["inputType"] = ["email": "email", "phone": "tel"][question.type.rawValue] ?? "text"
            switch question.type {
            case .email:
                context["autocomplete"] = "email"
                context["noSpellcheck"] = true
                context["widthClass"] = "width-20"
            case .phone:
                context["autocomplete"] = "tel"
                context["widthClass"] = "width-20"
            case .postcode:
                context["autocomplete"] = "postal-code"
                context["widthClass"] = "width-10"
            case .number:
                context["inputmode"] = "numeric"
                context["widthClass"] = "width-5"
                if let suffix = question.suffix { context["suffix"] = suffix.text(language) }
            case .decimal:
                context["inputmode"] = "decimal"
                context["widthClass"] = "width-10"
                if question.money { context["prefix"] = "£" }
            default:
                context["widthClass"] = ""
                if let autocomplete = question.autocomplete { context["autocomplete"] = autocomplete }
            }
        case .longText:
            context["isTextarea"] = true
            context["value"] = value
        case .choice where question.displayAsSelect:
            context["isSelect"] = true
            context["options"] = options(question, selected: fields[id] ?? [], language: language)
        case .choice, .yesNo:
            context["isFieldset"] = true
            context["isRadios"] = true
            context["isChoiceGroup"] = true
            context["inline"] = question.type == .yesNo
            context["options"] = options(question, selected: fields[id] ?? [], language: language)
        case .choices:
            context["isFieldset"] = true
            context["isCheckboxes"] = true
            context["isChoiceGroup"] = true
            context["options"] = options(question, selected: fields[id] ?? [], language: language)
        case .date:
            context["isFieldset"] = true
            context["isDate"] = true
            context["autocompleteDate"] = question.pastOnly && question.id.contains("birth")
            for part in ["day", "month", "year"] {
                context[part] = fields["\(id)-\(part)"]?.first ?? ""
                context["\(part)Error"] = mine.contains { $0.part == part || ($0.part == nil) }
            }
        case .address:
            context["isFieldset"] = true
            context["isAddress"] = true
            for part in ["line1", "line2", "town", "postcode"] {
                context[part] = fields["\(id)-\(part)"]?.first ?? ""
                context["\(part)Error"] = mine.contains { $0.part == part }
            }
        case .location:
            context["isFieldset"] = true
            context["isLocation"] = true
            for part in ["latitude", "longitude", "description"] {
                context[part] = fields["\(id)-\(part)"]?.first ?? ""
                context["\(part)Error"] = mine.contains { $0.part == part }
            }
        case .file:
            context["isFile"] = true
            context["accept"] = question.fileTypes.flatMap { type in type.extensions.map { ".\($0)" } }.joined(separator: ",")
            if let currentFile { context["currentFile"] = currentFile.filename }
        }
        return context
    }

    /// Radio, checkbox and select options; the first input gets the question's id so the error summary can link to it.
    private static func options(_ question: Question, selected: [String], language: Language) -> [[String: Any]] {
        let choices: [Option] = question.type == .yesNo
            ? [Option(value: "yes", label: LocalisedText("Yes", gaelic: "Tha")), Option(value: "no", label: LocalisedText("No", gaelic: "Chan eil"))]
            : question.options
        return choices.enumerated().map { index, option in
            var context: [String: Any] = [
                "inputID": index == 0 ? question.id : "\(question.id)-\(index + 1)",
                "name": question.id,
                "value": option.value,
                "label": option.label.text(language),
                "checked": selected.contains(option.value),
            ]
            if let hint = option.hint { context["hint"] = hint.text(language) }
            return context
        }
    }

    /// The anchor of an error as it appears on the page (radios link to their first input).
    static func anchor(_ error: FieldError) -> String { error.anchor }
}

/// A body text as template blocks.
enum BlocksView {
    static func context(_ text: LocalisedText?, _ language: Language) -> [String: Any]? {
        guard let text else { return nil }
        let blocks: [[String: Any]] = TextBlock.blocks(from: text.text(language)).map { block in
            switch block {
            case .paragraph(let paragraph): ["paragraph": paragraph]
            case .bullets(let items): ["hasBullets": true, "bullets": items]
            }
        }
        return ["blocks": blocks]
    }
}
