import Domain
import Foundation

/// Turns Form.io components (a Form.io form, or the configuration of an Open Forms step) into pages: a group of
/// components (a wizard panel, a fieldset, an Open Forms step) becomes a page, a conditional field a page of its own
/// with `show_when` (the definition's conditions are on pages), an edit grid or data grid a repeating page.
struct FormioMapper {
    /// A question made, under its Form.io key, for the conditions that test it.
    struct Field {
        var question: Question
        var pageIndex: Int
        var repeating: Bool
        /// The Form.io option values → the question's option values.
        var optionValues: [String: String]
    }

    var notes: [ImportNote] = []
    var pageIDs = IdentifierMaker(reserved: ["start", "confirmation", "submit", "print", "save", NextRule.checkAnswers])
    var questionIDs = IdentifierMaker()
    var pages: [Page] = []
    var fields: [String: Field] = [:]
    /// Text from content components waiting for the next page, which shows it above its questions.
    var pendingBody: [String] = []
    /// The title of the group the pending text came from, for an information page made of it.
    var pendingTitle: String?

    mutating func note(_ location: String, _ message: String) { notes.append(ImportNote(location, message)) }

    private enum Entry {
        case field(Question, JSONCursor, options: [String: String], conditions: [JSONCursor])
        case content(String, JSONCursor)
        case grid(JSONCursor, conditions: [JSONCursor])
    }

    private static let layoutTypes: Set<String> = ["panel", "fieldset", "well", "container", "columns", "table", "tabs", "form"]

    // MARK: Groups and pages

    /// Adds the pages of one group of components; `condition` is the group's own (a panel's `conditional`).
    mutating func addGroup(title: String?, key: String?, components: [JSONCursor], condition: JSONCursor?) {
        let groupCondition = condition.flatMap { self.condition(of: $0) }
        var entries: [Entry] = []
        for component in components { flatten(component, conditions: [], into: &entries) }
        var current: [Question] = []
        var currentFields: [(String, Question, [String: String])] = []
        var first = true

        /// The group's first page is named after the group, the others after their first question (or grid).
        func pageID(_ name: String?, _ mapper: inout FormioMapper) -> String {
            defer { first = false }
            if first, let key, !key.isEmpty { return mapper.pageIDs.make(key, fallback: title ?? "page") }
            return mapper.pageIDs.make(name ?? title ?? "page", fallback: "page")
        }

        /// A declaration's label sits beside its tick box, so its page needs a heading of its own.
        func titleDeclaration(_ page: inout Page) {
            if page.title == nil, page.questions.count == 1, page.questions[0].type == .declaration {
                page.title = title.map { LocalisedText($0) } ?? LocalisedText("Declaration", gaelic: "Dearbhadh")
            }
        }

        func close(_ mapper: inout FormioMapper) {
            guard !current.isEmpty else { return }
            var page = Page(id: pageID(current.first?.id, &mapper), questions: current, showWhen: groupCondition)
            if current.count > 1 { page.title = LocalisedText(title ?? "Your answers") }
            titleDeclaration(&page)
            mapper.emit(&page, registering: currentFields, repeating: false)
            current = []
            currentFields = []
        }

        for entry in entries {
            switch entry {
            case .content(let text, _):
                close(&self)
                pendingBody.append(text)
            case .field(let question, let cursor, let options, let conditions):
                // A conditional field starts a page of its own, after the fields before it (which it may test).
                if !conditions.isEmpty { close(&self) }
                let own = conditions.compactMap { self.condition(of: $0) }
                if own.isEmpty {
                    current.append(question)
                    currentFields.append((cursor["key"].text ?? question.id, question, options))
                    continue
                }
                let all = (groupCondition.map { [$0] } ?? []) + own
                var page = Page(id: pageID(question.id, &self), questions: [question], showWhen: all.count == 1 ? all[0] : .all(all))
                titleDeclaration(&page)
                emit(&page, registering: [(cursor["key"].text ?? question.id, question, options)], repeating: false)
            case .grid(let grid, let conditions):
                close(&self)
                let own = conditions.compactMap { self.condition(of: $0) }
                let all = (groupCondition.map { [$0] } ?? []) + own
                addGrid(grid, id: pageID(grid["key"].text ?? grid["label"].text, &self), showWhen: all.isEmpty ? nil : all.count == 1 ? all[0] : .all(all))
            }
        }
        close(&self)
        guard !pendingBody.isEmpty else { return }
        // A group of text alone (a wizard panel, a fieldset or an Open Forms step of guidance) is an information page
        // of its own; a loose content component (no group) stays the text of the next page.
        if first, title != nil || key != nil {
            var page = Page(id: pageID(title, &self), title: title.map { LocalisedText($0) } ?? LocalisedText("Information", gaelic: "Fiosrachadh"),
                            showWhen: groupCondition)
            emit(&page, registering: [], repeating: false)
        } else if title != nil {
            pendingTitle = title
        }
    }

    private mutating func emit(_ page: inout Page, registering made: [(key: String, question: Question, options: [String: String])], repeating: Bool) {
        if !pendingBody.isEmpty {
            page.body = LocalisedText(pendingBody.joined(separator: "\n\n"))
            pendingBody = []
            pendingTitle = nil
        }
        for field in made {
            fields[field.key] = Field(question: field.question, pageIndex: pages.count, repeating: repeating, optionValues: field.options)
        }
        pages.append(page)
    }

    /// Text left over after the last page becomes an information page, shown before check-answers.
    mutating func finish(at location: String) {
        guard !pendingBody.isEmpty else { return }
        var page = Page(id: pageIDs.make("information", fallback: "information"), title: pendingTitle.map { LocalisedText($0) }
                        ?? LocalisedText("Before you send your answers", gaelic: "Mus cuir thu na freagairtean agad"))
        pendingTitle = nil
        emit(&page, registering: [], repeating: false)
        note(location, "the text after the last question became an information page\(pages.last?.title.map { " (“\($0.english)”)" } ?? ""), shown before check-answers; if it is meant for after sending, move it to confirmation.what_happens_next")
    }

    private mutating func addGrid(_ grid: JSONCursor, id: String, showWhen: Condition?) {
        var entries: [Entry] = []
        for component in grid["components"].items ?? [] { flatten(component, conditions: [], into: &entries) }
        var questions: [Question] = []
        var made: [(key: String, question: Question, options: [String: String])] = []
        for entry in entries {
            switch entry {
            case .field(let question, let cursor, let options, let conditions):
                if question.type == .file {
                    note(cursor.location, "a file upload inside a repeating group was left out (a repeating page cannot ask for files)")
                    continue
                }
                if !conditions.isEmpty {
                    note(cursor["conditional"].location, "a condition on a field inside a repeating group was not carried (conditions inside repeating groups are not in the definition format yet); the field is always asked")
                }
                questions.append(question)
                made.append((cursor["key"].text ?? question.id, question, options))
            case .content(_, let cursor):
                note(cursor.location, "text inside a repeating group was not carried")
            case .grid(let inner, _):
                note(inner.location, "a repeating group inside a repeating group was not carried")
            }
        }
        guard !questions.isEmpty else {
            note(grid.location, "the repeating group has no fields the platform can ask; it was left out")
            return
        }
        let label = grid["label"].text ?? "Items"
        let required = grid["validate"]["required"].bool ?? false
        var minimum = grid["validate"]["minLength"].int ?? (required ? 1 : 0)
        var maximum = grid["validate"]["maxLength"].int ?? 50
        if maximum > 50 || maximum < 1 {
            note(grid["validate"]["maxLength"].location, "a repeating group holds at most 50 items here; the limit became 50")
            maximum = 50
        } else if grid["validate"]["maxLength"].isMissing {
            note(grid.location, "Form.io sets no limit to the rows of \(grid["type"].text ?? "the grid") “\(label)”; it became a repeating page of up to 50 items")
        }
        minimum = min(max(minimum, 0), maximum)
        let group = RepeatGroup(
            min: minimum, max: maximum, itemName: LocalisedText("item", gaelic: "nì"),
            addAnother: LocalisedText("Do you need to add another item?", gaelic: "A bheil feum agad air nì eile a chur ris?"),
            summaryTitle: LocalisedText(label))
        var page = Page(id: id, title: LocalisedText(label), questions: questions, showWhen: showWhen, repeatGroup: group)
        emit(&page, registering: made, repeating: true)
    }

    // MARK: Components

    private mutating func flatten(_ component: JSONCursor, conditions: [JSONCursor], into entries: inout [Entry]) {
        guard component.isObject else {
            note(component.location, "this component is not a JSON object; it was left out")
            return
        }
        let type = component["type"].text ?? ""
        let hasCondition = Self.hasCondition(component)
        let conditions = hasCondition ? conditions + [component] : conditions
        // A tab of `tabs` has components but no type of its own.
        if Self.layoutTypes.contains(type) || (type.isEmpty && component["components"].items != nil) {
            for child in Self.children(of: component) { flatten(child, conditions: conditions, into: &entries) }
            return
        }
        switch type {
        case "editgrid", "datagrid":
            entries.append(.grid(component, conditions: conditions))
        case "content", "htmlelement":
            let html = component["html"].string ?? component["content"].string ?? ""
            let text = PlainText.fromHTML(html)
            if !text.isEmpty { entries.append(.content(text, component)) }
            if hasCondition { note(component["conditional"].location, "a condition on text was not carried; the text is always shown") }
        case "button":
            if component["action"].text ?? "submit" != "submit" {
                note(component.location, "the button “\(component["label"].text ?? "")” was not carried: the platform shows its own buttons")
            }
        default:
            if component["hidden"].bool == true || type == "hidden" {
                note(component.location, "the hidden field \(component["key"].text ?? "") was not carried (nothing is asked for it)")
                return
            }
            if let (question, options) = question(from: component, type: type) {
                entries.append(.field(question, component, options: options, conditions: conditions))
            }
        }
    }

    private static func children(of component: JSONCursor) -> [JSONCursor] {
        var children = component["components"].items ?? []
        for column in component["columns"].items ?? [] { children += column["components"].items ?? [] }
        for row in component["rows"].items ?? [] {
            for cell in row.items ?? [] { children += cell["components"].items ?? [] }
        }
        return children
    }

    static func hasCondition(_ component: JSONCursor) -> Bool {
        let conditional = component["conditional"]
        if conditional["when"].text != nil || !(conditional["conditions"].items ?? []).isEmpty { return true }
        if let json = conditional["json"].value, json != .null, json != .string(""), json != .object([:]) { return true }
        return component["customConditional"].text != nil
    }

    private mutating func question(from component: JSONCursor, type: String) -> (Question, [String: String])? {
        let key = component["key"].text ?? ""
        let label = component["label"].text ?? key
        let validate = component["validate"]
        var question = Question(id: questionIDs.make(key, fallback: label), type: .text, label: LocalisedText(label.isEmpty ? "Answer" : label))
        question.required = validate["required"].bool ?? false
        if let hint = component["description"].text ?? component["tooltip"].text { question.hint = LocalisedText(PlainText.fromHTML(hint)) }
        var options: [String: String] = [:]
        let location = component.location

        switch type {
        case "textfield", "bsn", "iban", "licenseplate", "url", "time", "phoneNumber", "email", "textarea", "password":
            readText(&question, component, type: type)
        case "number":
            question.type = .number
            if let places = component["decimalLimit"].int, places > 0 {
                question.type = .decimal
                question.places = min(places, 6)
            }
            readRange(&question, validate)
        case "currency":
            question.type = .decimal
            let currency = component["currency"].text ?? "GBP"
            if currency.uppercased() == "GBP" { question.money = true } else {
                question.places = 2
                note(location, "the \(currency) amount “\(label)” became a number with 2 decimal places (amounts in pounds show £; others show no currency)")
            }
            readRange(&question, validate)
        case "select", "radio", "selectboxes":
            guard readOptions(&question, component, type: type, options: &options) else { return (question, [:]) }
        case "checkbox":
            // A required tick box must be ticked: a declaration. An optional one is a yes or no answer.
            if question.required {
                question.type = .declaration
            } else {
                question.type = .yesNo
                note(location, "the optional tick box “\(label)” became a yes/no question (a tick box here is a declaration, which must be ticked)")
            }
        case "day", "datetime", "date":
            question.type = .date
            if type == "datetime", component["enableTime"].bool ?? true {
                note(location, "“\(label)” asked for a date and time; only the date is asked")
            }
        case "file":
            readFile(&question, component)
        case "address", "addressNL":
            question.type = .address
        case "postcode":
            question.type = .postcode
        case "map":
            question.type = .location
        default:
            note(location, "the \(type.isEmpty ? "untyped" : type) component “\(label)” has no counterpart in the definition format; it was left out")
            return nil
        }
        readMessages(&question, component)
        return (question, options)
    }

    private mutating func readText(_ question: inout Question, _ component: JSONCursor, type: String) {
        let validate = component["validate"]
        switch type {
        case "textarea": question.type = .longText
        case "email": question.type = .email
        case "phoneNumber": question.type = .phone
        default: question.type = .text
        }
        if [.text, .longText].contains(question.type) {
            question.minLength = validate["minLength"].int.flatMap { $0 > 0 ? $0 : nil }
            question.maxLength = validate["maxLength"].int.flatMap { $0 > 0 ? $0 : nil }
            if let low = question.minLength, let high = question.maxLength, low > high { question.minLength = nil }
        }
        if question.type == .text, let pattern = validate["pattern"].text {
            if (try? NSRegularExpression(pattern: "^(?:\(pattern))$")) != nil { question.pattern = pattern } else {
                note(validate["pattern"].location, "the pattern \(pattern) is not a regular expression the platform can read; it was left out")
            }
        }
        if let mask = component["inputMask"].text {
            note(component["inputMask"].location, "the input mask \(mask) was not carried\(question.type == .phone ? " (UK phone numbers are checked as they are typed)" : "")")
        }
        if ["bsn", "iban", "licenseplate", "url", "time"].contains(type) {
            note(component.location, "the \(type) field “\(question.label.english)” became a text question; its own checks were not carried")
        }
        if type == "password" {
            note(component.location, "the password field “\(question.label.english)” became an ordinary text question: its answer will be shown to staff")
        }
    }

    private mutating func readRange(_ question: inout Question, _ validate: JSONCursor) {
        question.minimum = validate["min"].decimal
        question.maximum = validate["max"].decimal
        if question.type == .number, [question.minimum, question.maximum].contains(where: { $0.map { Int("\($0)") == nil } ?? false }) {
            question.type = .decimal
        }
        if let low = question.minimum, let high = question.maximum, low > high {
            note(validate.location, "min is more than max; both were left out")
            question.minimum = nil
            question.maximum = nil
        }
    }

    private mutating func readOptions(_ question: inout Question, _ component: JSONCursor, type: String, options: inout [String: String]) -> Bool {
        let multiple = type == "selectboxes" || (type == "select" && component["multiple"].bool == true)
        question.type = multiple ? .choices : .choice
        question.displayAsSelect = type == "select" && !multiple
        let source = component["dataSrc"].text ?? "values"
        let list = type == "select" ? component["data"]["values"] : component["values"]
        if type == "select", source != "values" {
            note(component["dataSrc"].location, "the options of “\(question.label.english)” come from \(source), which the platform cannot fetch; it became a text question")
            question.type = .text
            question.displayAsSelect = false
            return false
        }
        var values = IdentifierMaker(maximumLength: 60)
        var used: Set<String> = []
        for option in list.items ?? [] {
            let raw = option["value"].string ?? ""
            guard let label = option["label"].text ?? option["value"].text else { continue }
            var value = raw.trimmingCharacters(in: .whitespaces)
            if value.isEmpty || used.contains(value) { value = values.make(label, fallback: "option") }
            used.insert(value)
            _ = values.claim(value)
            question.options.append(Option(value: value, label: LocalisedText(label)))
            options[raw] = value
        }
        if question.options.count < 2 {
            note(list.location, "“\(question.label.english)” offers fewer than two options; it became a text question")
            question.type = .text
            question.options = []
            question.displayAsSelect = false
            options = [:]
            return false
        }
        if multiple {
            question.minSelected = component["validate"]["minSelectedCount"].int
            question.maxSelected = component["validate"]["maxSelectedCount"].int
        }
        return true
    }

    private mutating func readFile(_ question: inout Question, _ component: JSONCursor) {
        question.type = .file
        var types: [FileType] = []
        var unknown: [String] = []
        let patterns = (component["filePattern"].text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            + (component["file"]["type"].items ?? []).compactMap { $0.text?.lowercased() }
        for pattern in patterns where !pattern.isEmpty && pattern != "*" {
            switch pattern {
            case ".pdf", "pdf", "application/pdf": types.append(.pdf)
            case ".jpg", ".jpeg", "jpg", "image/jpeg": types.append(.jpg)
            case ".png", "png", "image/png": types.append(.png)
            case "image/*": types += [.jpg, .png]
            case ".docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document": types.append(.docx)
            case ".txt", "txt", "text/plain": types.append(.txt)
            default: unknown.append(pattern)
            }
        }
        if !types.isEmpty {
            var seen: Set<FileType> = []
            question.fileTypes = types.filter { seen.insert($0).inserted }
        }
        if !unknown.isEmpty {
            note(component.location, "the file types \(unknown.joined(separator: ", ")) are not accepted by the platform (it takes PDF, JPG, PNG, DOCX and TXT)")
        }
        if let size = (component["fileMaxSize"].text ?? component["maxFileSize"].text).flatMap(Self.megabytes) {
            let limited = min(max(size, 1), 20)
            if limited != size { note(component["fileMaxSize"].location, "a file may be at most 20 MB here; the limit became \(limited) MB") }
            question.maxFileBytes = limited * 1024 * 1024
        }
        if component["multiple"].bool == true || (component["maxNumberOfFiles"].int ?? 1) > 1 {
            note(component.location, "“\(question.label.english)” took several files; one file is asked for")
        }
    }

    /// "10MB", "500KB", "1GB" → whole megabytes, rounded up.
    static func megabytes(_ text: String) -> Int? {
        let upper = text.uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Double)] = [("GB", 1024), ("MB", 1), ("KB", 1.0 / 1024), ("B", 1.0 / 1024 / 1024)]
        for (unit, factor) in units where upper.hasSuffix(unit) {
            guard let number = Double(upper.dropLast(unit.count)) else { return nil }
            return Int((number * factor).rounded(.up))
        }
        return nil
    }

    private mutating func readMessages(_ question: inout Question, _ component: JSONCursor) {
        let label = question.label.english
        func text(_ raw: String) -> LocalisedText {
            LocalisedText(raw.replacingOccurrences(of: #"\{\{\s*field\s*\}\}"#, with: label, options: .regularExpression))
        }
        let kinds: [(String, ErrorKind)] = [("required", .required), ("minLength", .tooShort), ("maxLength", .tooLong),
                                            ("min", .tooSmall), ("max", .tooLarge), ("pattern", .pattern)]
        for (key, kind) in kinds {
            if let message = component["errors"][key].text { question.errors[kind] = text(message) }
        }
        if let custom = component["validate"]["customMessage"].text, question.errors.isEmpty {
            question.errors[.required] = text(custom)
            note(component["validate"]["customMessage"].location, "the custom error message is shown when “\(label)” is left empty; the other checks use the platform's messages")
        }
    }

    // MARK: Conditions

    /// A component's (or panel's) condition as a definition condition, or nil with a note when it cannot be carried.
    mutating func condition(of component: JSONCursor) -> Condition? {
        let conditional = component["conditional"]
        let label = component["label"].text ?? component["title"].text ?? component["key"].text ?? ""
        if let json = conditional["json"].value, json != .null, json != .string(""), json != .object([:]) {
            note(conditional["json"].location, "the JSON Logic condition on “\(label)” was not carried; it is always shown")
            return nil
        }
        if component["customConditional"].text != nil {
            note(component["customConditional"].location, "the JavaScript condition on “\(label)” was not carried; it is always shown")
            return nil
        }
        let show = conditional["show"].bool ?? true
        if let key = conditional["when"].text {
            guard let test = compare(key, operation: "isEqual", value: conditional["eq"], at: conditional) else { return nil }
            return show ? test : .not(test)
        }
        guard let parts = conditional["conditions"].items, !parts.isEmpty else { return nil }
        var tests: [Condition] = []
        for part in parts {
            guard let key = part["component"].text,
                  let test = compare(key, operation: part["operator"].text ?? "isEqual", value: part["value"], at: part) else { return nil }
            tests.append(test)
        }
        let combined = tests.count == 1 ? tests[0] : conditional["conjunction"].text == "any" ? .any(tests) : .all(tests)
        return show ? combined : .not(combined)
    }

    /// `key OPERATION value` on a question already asked.
    mutating func compare(_ key: String, operation: String, value: JSONCursor, at location: JSONCursor) -> Condition? {
        let field = fields[key] ?? key.split(separator: ".").last.flatMap { fields[String($0)] }
        guard let field else {
            note(location.location, "the condition tests \(key), which is not asked before this point; it was not carried and the field is always shown")
            return nil
        }
        guard !field.repeating else {
            note(location.location, "the condition tests \(key) inside a repeating group, which conditions cannot use; it was not carried")
            return nil
        }
        let question = field.question
        let raw: String
        switch value.value {
        case .bool(let flag)?: raw = flag ? "true" : "false"
        default: raw = value.string ?? ""
        }
        switch operation {
        case "isEmpty": return .answered(question: question.id, false)
        case "isNotEmpty": return .answered(question: question.id, true)
        case "isEqual", "isNotEqual":
            guard let equal = equals(question, field, raw, at: location) else { return nil }
            return operation == "isEqual" ? equal : .not(equal)
        case "greaterThan", "lessThan":
            guard [.number, .decimal].contains(question.type), let number = value.decimal else {
                note(location.location, "the condition compares \(key) as a number, but it is not a number question; it was not carried")
                return nil
            }
            return operation == "greaterThan" ? .greaterThan(question: question.id, value: number) : .lessThan(question: question.id, value: number)
        default:
            note(location.location, "the condition operator \(operation) has no counterpart in the definition format; it was not carried")
            return nil
        }
    }

    private mutating func equals(_ question: Question, _ field: Field, _ raw: String, at location: JSONCursor) -> Condition? {
        if raw.isEmpty { return .answered(question: question.id, false) }
        switch question.type {
        case .choice, .choices:
            guard let value = field.optionValues[raw] else {
                note(location.location, "the condition tests for \(raw), which is not an option of “\(question.label.english)”; it was not carried")
                return nil
            }
            return .equals(question: question.id, value: value)
        case .yesNo:
            return .equals(question: question.id, value: ["true", "yes", "1"].contains(raw.lowercased()) ? "yes" : "no")
        case .declaration:
            // A declaration is always ticked once answered.
            return .answered(question: question.id, ["true", "yes", "1"].contains(raw.lowercased()))
        case .number, .decimal:
            guard let number = Decimal(string: raw) else {
                note(location.location, "the condition compares the number \(question.id) with \(raw), which is not a number; it was not carried")
                return nil
            }
            // Equal as numbers, whatever the decimal places typed.
            return .all([.answered(question: question.id, true), .not(.lessThan(question: question.id, value: number)),
                         .not(.greaterThan(question: question.id, value: number))])
        default:
            return .equals(question: question.id, value: raw)
        }
    }
}
