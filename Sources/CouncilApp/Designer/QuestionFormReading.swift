import Domain
import Foundation
import Views

/// The question editor's form read into edits, each problem kept as an error on its field (in the author's words: "Enter
/// a whole number for Most characters"); and a question written out as that form's fields.
struct QuestionFormReading {
    let form: FormBody
    let question: Question
    let language: Language
    private(set) var errors: [FieldError] = []

    init(form: FormBody, question: Question, language: Language) {
        self.form = form
        self.question = question
        self.language = language
    }

    mutating func edits() -> [DefinitionEdit] {
        let id = question.id
        var edits: [DefinitionEdit] = []
        let label = DesignerEditorSupport.text(value("label", .en), value("label", .gd))
        if let label { edits.append(.setQuestionLabel(id: id, label)) } else {
            fail(DesignerQuestionForm.text("label", .en), Phrase.designerEnterQuestionLabel(language), code: "required")
        }
        edits.append(.setQuestionHint(id: id, DesignerEditorSupport.text(value("hint", .en), value("hint", .gd))))
        edits.append(.setRequired(id: id, form.value(DesignerQuestionForm.required) != "no"))
        edits.append(.setQuestionSettings(id: id, settings()))
        for kind in DesignerQuestionForm.errorKinds(for: question.type) {
            let message = DesignerEditorSupport.text(form.value(DesignerQuestionForm.error(kind, .en)), form.value(DesignerQuestionForm.error(kind, .gd)))
            edits.append(.setErrorMessage(question: id, kind, message))
        }
        if [.choice, .choices].contains(question.type) { edits += optionEdits() }
        return edits
    }

    // MARK: Settings

    private mutating func settings() -> QuestionSettings {
        var settings = QuestionSettings(question)
        for setting in DesignerQuestionForm.settings(for: question.type) {
            let text = form.value(setting.rawValue)
            let name = QuestionTypeWords.setting(setting)(language)
            switch setting {
            case .minLength: settings.minLength = whole(text, setting, name)
            case .maxLength: settings.maxLength = whole(text, setting, name)
            case .minSelected: settings.minSelected = whole(text, setting, name)
            case .maxSelected: settings.maxSelected = whole(text, setting, name)
            case .places: settings.places = whole(text, setting, name) ?? 2
            case .maxSizeMB: settings.maxFileMB = whole(text, setting, name) ?? 10
            case .minimum: settings.minimum = number(text, setting, name)
            case .maximum: settings.maximum = number(text, setting, name)
            case .pattern: settings.pattern = text.isEmpty ? nil : text
            case .autocomplete: settings.autocomplete = text.isEmpty ? nil : text
            case .visit: settings.visitKind = text.isEmpty ? nil : text
            case .suffix: settings.suffix = DesignerEditorSupport.text(value("suffix", .en), value("suffix", .gd))
            case .money: settings.money = text == "yes"
            case .past: settings.pastOnly = text == "yes"
            case .future: settings.futureOnly = text == "yes"
            case .display:
                switch text {
                case "", "radios": settings.displayAsSelect = false
                case "select": settings.displayAsSelect = true
                default: fail(setting.rawValue, Phrase.designerDisplayChoice(name)(language))
                }
            case .types:
                let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
                let types = names.compactMap(FileType.init(rawValue:))
                if names.isEmpty { settings.fileTypes = FileType.allCases } else if types.count == names.count { settings.fileTypes = types } else {
                    fail(setting.rawValue, Phrase.designerFileTypes(FileType.allCases.map(\.rawValue).joined(separator: ", "))(language))
                }
            }
        }
        return settings
    }

    private mutating func whole(_ text: String, _ setting: QuestionSetting, _ name: String) -> Int? {
        guard !text.isEmpty else { return nil }
        guard let number = Int(text), number >= 0 else {
            fail(setting.rawValue, Phrase.designerWholeNumber(name)(language))
            return nil
        }
        return number
    }

    private mutating func number(_ text: String, _ setting: QuestionSetting, _ name: String) -> Decimal? {
        guard !text.isEmpty else { return nil }
        guard text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }), let number = Decimal(string: text, locale: Locale(identifier: "en_GB")) else {
            fail(setting.rawValue, Phrase.designerNumber(name)(language))
            return nil
        }
        return number
    }

    // MARK: Options

    /// Rows of existing options (by position) whose value was emptied are removed, whose text changed are set; blank
    /// rows filled in are added, with the value typed (made into an id) or one made from the text.
    private mutating func optionEdits() -> [DefinitionEdit] {
        let id = question.id
        var removals: [DefinitionEdit] = [], changes: [DefinitionEdit] = [], additions: [DefinitionEdit] = []
        var taken = Set(question.options.map(\.value))
        let lastRow = form.input.fields.keys.compactMap(Self.optionRow).max() ?? -1
        for row in 0...max(lastRow, question.options.count - 1) where row >= 0 {
            let value = form.value(DesignerQuestionForm.option(row, "value"))
            let english = form.value(DesignerQuestionForm.option(row, "label.en"))
            let label = DesignerEditorSupport.text(english, form.value(DesignerQuestionForm.option(row, "label.gd")))
            if row < question.options.count {
                let option = question.options[row]
                if value.isEmpty { removals.append(.removeOption(question: id, value: option.value)); continue }
                guard let label else { fail(DesignerQuestionForm.option(row, "label.en"), Phrase.designerOptionNeedsLabel(row + 1)(language)); continue }
                if value != option.value {
                    fail(DesignerQuestionForm.option(row, "value"), Phrase.designerOptionValueFixed(row + 1)(language))
                    continue
                }
                if label != option.label { changes.append(.setOption(question: id, value: option.value, label: label, hint: option.hint)) }
            } else if let label {
                guard !value.isEmpty else { additions.append(.addOption(question: id, label: label)); taken.insert(DefinitionIDs.unique(from: label, fallback: "option", taken: taken)); continue }
                // An option's value is made from the text it is added with: adding it under the value typed keeps that value.
                let made = DefinitionIDs.unique(from: LocalisedText(value), fallback: "option", taken: taken)
                taken.insert(made)
                additions += [.addOption(question: id, label: LocalisedText(value)), .setOption(question: id, value: made, label: label, hint: nil)]
            } else if !value.isEmpty {
                fail(DesignerQuestionForm.option(row, "label.en"), Phrase.designerOptionNeedsLabel(row + 1)(language))
            }
        }
        return removals + changes + additions
    }

    static func optionRow(_ name: String) -> Int? {
        guard name.hasPrefix("options.") else { return nil }
        return name.split(separator: ".").dropFirst().first.flatMap { Int($0) }
    }

    private func value(_ key: String, _ language: Language) -> String { form.value(DesignerQuestionForm.text(key, language)) }

    private mutating func fail(_ field: String, _ message: String, code: String = "invalid") {
        errors.append(FieldError(questionID: field, message: message, code: code))
    }

    // MARK: The question as form fields

    static func fields(of question: Question) -> [String: String] {
        var fields: [String: String] = [:]
        func put(_ key: String, _ text: LocalisedText?) {
            fields[DesignerQuestionForm.text(key, .en)] = text?.translations[.en] ?? ""
            fields[DesignerQuestionForm.text(key, .gd)] = text?.translations[.gd] ?? ""
        }
        put("label", question.label)
        put("hint", question.hint)
        fields[DesignerQuestionForm.required] = question.required ? "yes" : "no"
        let settings = QuestionSettings(question)
        for setting in DesignerQuestionForm.settings(for: question.type) {
            let key = setting.rawValue
            switch setting {
            case .minLength: fields[key] = settings.minLength.map(String.init) ?? ""
            case .maxLength: fields[key] = settings.maxLength.map(String.init) ?? ""
            case .minSelected: fields[key] = settings.minSelected.map(String.init) ?? ""
            case .maxSelected: fields[key] = settings.maxSelected.map(String.init) ?? ""
            case .places: fields[key] = String(settings.places)
            case .maxSizeMB: fields[key] = String(settings.maxFileMB)
            case .minimum: fields[key] = settings.minimum.map { "\($0)" } ?? ""
            case .maximum: fields[key] = settings.maximum.map { "\($0)" } ?? ""
            case .pattern: fields[key] = settings.pattern ?? ""
            case .autocomplete: fields[key] = settings.autocomplete ?? ""
            case .visit: fields[key] = settings.visitKind ?? ""
            case .suffix: put("suffix", settings.suffix)
            case .money: fields[key] = settings.money ? "yes" : ""
            case .past: fields[key] = settings.pastOnly ? "yes" : ""
            case .future: fields[key] = settings.futureOnly ? "yes" : ""
            case .display: fields[key] = settings.displayAsSelect ? "select" : "radios"
            case .types: fields[key] = settings.fileTypes.map(\.rawValue).joined(separator: ", ")
            }
        }
        for kind in ErrorKind.allCases {
            fields[DesignerQuestionForm.error(kind, .en)] = question.errors[kind]?.translations[.en] ?? ""
            fields[DesignerQuestionForm.error(kind, .gd)] = question.errors[kind]?.translations[.gd] ?? ""
        }
        for (row, option) in question.options.enumerated() {
            fields[DesignerQuestionForm.option(row, "value")] = option.value
            fields[DesignerQuestionForm.option(row, "label.en")] = option.label.translations[.en] ?? ""
            fields[DesignerQuestionForm.option(row, "label.gd")] = option.label.translations[.gd] ?? ""
        }
        return fields
    }
}
