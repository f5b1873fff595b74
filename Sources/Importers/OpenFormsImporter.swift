import Domain
import Foundation
import ZIPFoundation

/// Reads an Open Forms export ZIP: `forms.json` (the form), `formSteps.json` (its steps in order),
/// `formDefinitions.json` (each step's Form.io configuration) and `formLogic.json` (its rules; a step marked not
/// applicable by a simple `==` trigger becomes the pages' `show_when`).
enum OpenFormsImporter {
    static let source = "Open Forms"

    static func read(_ bytes: [UInt8]) throws(ImportError) -> ImportResult {
        let files = try unzip(bytes)
        let forms = try requiredDocument("forms.json", in: files)
        let steps = try requiredDocument("formSteps.json", in: files)
        let definitions = try requiredDocument("formDefinitions.json", in: files)
        let logic = try document("formLogic.json", in: files, required: false)

        let form = forms[0]
        guard form.isObject else {
            throw ImportError(forms.location, "forms.json must list the exported form (a list holding one JSON object)")
        }
        let title = form["translations"]["en"]["name"].text ?? form["name"].text ?? form["internal_name"].text ?? "Imported form"
        var draft = DefinitionDraft(title: title)
        readForm(form, into: &draft)

        var definitionsByReference: [String: JSONCursor] = [:]
        for definition in try definitions.requireItems("formDefinitions.json") {
            for reference in [definition["url"].text, definition["uuid"].text].compactMap({ $0 }) {
                definitionsByReference[reference] = definition
                definitionsByReference[lastPathComponent(reference)] = definition
            }
        }
        var stepList = try steps.requireItems("formSteps.json")
        if stepList.isEmpty { throw ImportError(steps.location, "formSteps.json lists no steps: the form has no questions to import") }
        if stepList.allSatisfy({ $0["index"].int != nil }) { stepList.sort { ($0["index"].int ?? 0) < ($1["index"].int ?? 0) } }

        var mapper = FormioMapper()
        /// Each step's pages (a range of `mapper.pages`), by the step's uuid, for the logic rules.
        var stepPages: [String: Range<Int>] = [:]
        var stepNames: [String: String] = [:]
        var notApplicable: Set<String> = []
        for step in stepList {
            let reference = try step["form_definition"].requireText("the step's form_definition")
            guard let definition = definitionsByReference[reference] ?? definitionsByReference[lastPathComponent(reference)] else {
                throw ImportError(step["form_definition"].location, "the step's form definition \(reference) is not in formDefinitions.json")
            }
            let configuration = definition["configuration"]
            let components = try configuration["components"].requireItems("the form definition's configuration.components")
            let name = step["name"].text ?? definition["name"].text ?? step["slug"].text ?? "Step"
            let start = mapper.pages.count
            mapper.addGroup(title: name, key: step["slug"].text ?? definition["slug"].text, components: components, condition: nil)
            let uuid = step["uuid"].text ?? reference
            stepPages[uuid] = start..<mapper.pages.count
            stepNames[uuid] = name
            if let url = step["url"].text { stepPages[lastPathComponent(url)] = start..<mapper.pages.count }
            if step["is_applicable"].bool == false { notApplicable.insert(uuid) }
            if start == mapper.pages.count {
                mapper.note(step.location, "the step “\(name)” has no fields the platform can ask; it was left out")
            }
        }
        mapper.finish(at: steps.location)
        if let rules = logic?.items {
            for rule in rules { readRule(rule, stepPages: stepPages, stepNames: stepNames, notApplicable: notApplicable, into: &mapper) }
        }
        for uuid in notApplicable where stepPages[uuid].map({ !$0.isEmpty }) ?? false {
            let range = stepPages[uuid] ?? 0..<0
            if mapper.pages[range].allSatisfy({ $0.showWhen == nil }) {
                mapper.note("formSteps.json", "the step “\(stepNames[uuid] ?? uuid)” starts not applicable and no rule this importer can read makes it applicable; it is always asked")
            }
        }
        return try FormioImporter.assemble(&draft, mapper, source: source, at: definitions.location)
    }

    private static func lastPathComponent(_ reference: String) -> String {
        reference.split(separator: "/").last.map(String.init) ?? reference
    }

    // MARK: The ZIP

    private static func unzip(_ bytes: [UInt8]) throws(ImportError) -> [String: [UInt8]] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ImportError("", "this is not a ZIP file; an Open Forms export is the ZIP that “Export” downloads from the form's admin page")
        }
        var files: [String: [UInt8]] = [:]
        for entry in archive where entry.type == .file {
            // Only the small JSON documents are read; anything large is not an Open Forms export.
            guard entry.uncompressedSize < 50 * 1024 * 1024 else {
                throw ImportError(entry.path, "this file is too large (\(entry.uncompressedSize / 1024 / 1024) MB) for an Open Forms export")
            }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw ImportError(entry.path, "this file in the ZIP could not be read (\(error))")
            }
            files[(entry.path as NSString).lastPathComponent] = [UInt8](data)
        }
        return files
    }

    /// A JSON list in the ZIP; nil when it is not there and not required.
    private static func document(_ name: String, in files: [String: [UInt8]], required: Bool) throws(ImportError) -> JSONCursor? {
        guard let bytes = files[name] else {
            guard required else { return nil }
            throw ImportError(name, "the ZIP has no \(name); an Open Forms export holds forms.json, formSteps.json, formDefinitions.json and formLogic.json")
        }
        let cursor = try JSONCursor.parse(bytes, prefix: "\(name): ")
        _ = try cursor.requireItems(name)
        return cursor
    }

    private static func requiredDocument(_ name: String, in files: [String: [UInt8]]) throws(ImportError) -> JSONCursor {
        guard let cursor = try document(name, in: files, required: true) else { throw ImportError(name, "the ZIP has no \(name)") }
        return cursor
    }

    // MARK: The form

    private static func readForm(_ form: JSONCursor, into draft: inout DefinitionDraft) {
        if let explanation = form["explanation_template"].text {
            draft.startBody = PlainText.fromHTML(explanation)
        }
        if let confirmation = form["submission_confirmation_template"].text {
            draft.whatHappensNext = PlainText.fromHTML(confirmation)
        }
        if let backends = form["authentication_backends"].items?.compactMap(\.text), !backends.isEmpty {
            draft.note(form["authentication_backends"].location, "sign-in with \(backends.joined(separator: ", ")) was not carried: the service is open to everyone (set its audience in the designer)")
        }
        if let payment = form["payment_backend"].text {
            draft.note(form["payment_backend"].location, "payment by \(payment) was not carried: the platform takes no payments")
        }
        if let translations = form["translations"].value?.objectValue {
            let others = translations.keys.filter { $0 != "en" }.sorted()
            if !others.isEmpty {
                draft.note(form["translations"].location, "the form's texts in \(others.joined(separator: ", ")) were kept aside: the English (or the form's own texts) were imported")
            }
        }
        if form["confirmation_email_template"].isObject {
            draft.note(form["confirmation_email_template"].location, "the confirmation email was not carried: the platform sends its own (change it under notifications)")
        }
    }

    // MARK: Logic

    private static func readRule(_ rule: JSONCursor, stepPages: [String: Range<Int>], stepNames: [String: String],
                                 notApplicable: Set<String>, into mapper: inout FormioMapper) {
        let actions = rule["actions"].items ?? []
        let stepActions = actions.filter { ["step-not-applicable", "step-applicable"].contains($0["action"]["type"].text ?? "") }
        for action in actions where !stepActions.contains(where: { $0.path == action.path }) {
            let type = action["action"]["type"].text ?? "unknown"
            mapper.note(action.location, "the logic action \(type) was not carried: the definition format decides which pages are shown and where the journey goes, nothing else")
        }
        guard !stepActions.isEmpty else { return }
        let condition = trigger(rule["json_logic_trigger"], into: &mapper)
        for action in stepActions {
            let reference = action["form_step_uuid"].text ?? action["form_step"].text.map(lastPathComponent) ?? ""
            guard let range = stepPages[reference] ?? stepPages[lastPathComponent(reference)] else {
                mapper.note(action.location, "the step this action names is not in formSteps.json; it was not carried")
                continue
            }
            guard let condition, !range.isEmpty else { continue }
            guard condition.questionIDs.allSatisfy({ id in mapper.fields.values.contains { $0.question.id == id && $0.pageIndex < range.lowerBound } }) else {
                mapper.note(rule["json_logic_trigger"].location, "the rule tests an answer given on or after the step “\(stepNames[reference] ?? reference)”, so it cannot decide whether that step is shown; it was not carried")
                continue
            }
            let shown: Condition = action["action"]["type"].text == "step-applicable" ? condition : .not(condition)
            for index in range {
                let existing = mapper.pages[index].showWhen
                mapper.pages[index].showWhen = existing.map { .all([$0, shown]) } ?? shown
            }
        }
    }

    /// A JSON-Logic trigger `{"==": [{"var": KEY}, VALUE]}` (either way round; `!=` too) as a condition.
    private static func trigger(_ trigger: JSONCursor, into mapper: inout FormioMapper) -> Condition? {
        guard let object = trigger.value?.objectValue, object.count == 1, let (operation, operands) = object.first,
              operation == "==" || operation == "!=", let pair = operands.arrayValue, pair.count == 2 else {
            mapper.note(trigger.location, "only simple triggers (a field == a value) are carried; this rule was not")
            return nil
        }
        let variable = pair.firstIndex { $0.objectValue?["var"] != nil }
        guard let variable, let key = pair[variable].objectValue?["var"]?.stringValue else {
            mapper.note(trigger.location, "only simple triggers (a field == a value) are carried; this rule was not")
            return nil
        }
        let value = JSONCursor(pair[1 - variable], prefix: trigger.prefix, path: "\(trigger.path).\(operation)[\(1 - variable)]")
        var test: Condition?
        // Open Forms writes a ticked box of a selectboxes field as {"var": "field.option"} == true.
        if let dot = key.lastIndex(of: "."), mapper.fields[key] == nil, value.value == .bool(true) {
            let option = JSONCursor(.string(String(key[key.index(after: dot)...])), prefix: value.prefix, path: value.path)
            test = mapper.compare(String(key[..<dot]), operation: "isEqual", value: option, at: trigger)
        } else {
            test = mapper.compare(key, operation: "isEqual", value: value, at: trigger)
        }
        guard let test else { return nil }
        return operation == "==" ? test : .not(test)
    }
}
