import Domain
import Foundation

/// Reads a GOV.UK Forms form document (the v2 JSON the forms-api and forms-runner exchange): one page per step,
/// routing conditions as `next` rules and exit pages, Welsh text kept aside in notes.
enum GOVUKFormsImporter {
    static let source = "GOV.UK Forms"

    static func read(_ bytes: [UInt8]) throws(ImportError) -> ImportResult {
        let root = try JSONCursor.parse(bytes)
        try root.requireObject("a GOV.UK Forms form document")
        if let language = root["language"].text, language != "en" {
            throw ImportError(root["language"].location, "this is the \(language == "cy" ? "Welsh" : language) version of the form; import the English form document (language en): its Welsh text is kept aside in the notes")
        }
        var reader = GOVUKFormsReader(root: root)
        try reader.readSteps()
        reader.readRouting()
        reader.readFormDetails()
        return reader.finish()
    }
}

/// One step of the form document and what it became.
private struct ImportedStep {
    var id: String
    var cursor: JSONCursor
    var pages: [Page]
    /// The question a routing condition on this step tests, with the source's answer values → the option values.
    var routedQuestion: Question?
    var optionValues: [String: String] = [:]
    var repeats: Bool
}

private struct GOVUKFormsReader {
    let root: JSONCursor
    var draft: DefinitionDraft
    var pageIDs = IdentifierMaker(reserved: ["start", "confirmation", "submit", "print", "save", NextRule.checkAnswers])
    var questionIDs = IdentifierMaker()
    var steps: [ImportedStep] = []
    static let noneOfTheAbove = "none-of-the-above"

    init(root: JSONCursor) {
        self.root = root
        draft = DefinitionDraft(title: "Imported form")
    }

    mutating func note(_ location: String, _ message: String) { draft.note(location, message) }

    /// The English text of a translatable field (a string, or `{"en": …, "cy": …}`), noting any Welsh (also
    /// `KEY_cy`) kept aside.
    mutating func english(_ parent: JSONCursor, _ key: String) -> String? {
        let field = parent[key]
        var englishText = field.text
        if let translations = field.value?.objectValue {
            englishText = translations["en"]?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines)
            if let welsh = translations["cy"]?.stringValue, !welsh.isEmpty { keepWelsh(field.location, welsh) }
        }
        if let welsh = parent["\(key)_cy"].text { keepWelsh(parent["\(key)_cy"].location, welsh) }
        return englishText.flatMap { $0.isEmpty ? nil : $0 }
    }

    mutating func keepWelsh(_ location: String, _ welsh: String) {
        note(location, "Welsh text kept aside (the platform's languages are English and Gaelic; the English was imported): “\(welsh)”")
    }

    mutating func plain(_ markdown: String, at location: String) -> String {
        let converted = PlainText.fromMarkdown(markdown)
        if converted.simplified { note(location, "Markdown headings, links and emphasis became plain text (links are written out after their words)") }
        return converted.text
    }

    // MARK: Steps

    mutating func readSteps() throws(ImportError) {
        let stepsCursor = root["steps"]
        var list = try stepsCursor.requireItems("steps (the form's questions)")
        if list.isEmpty { throw ImportError(stepsCursor.location, "steps is empty: the form has no questions to import") }
        if list.allSatisfy({ $0["position"].int != nil }) {
            list.sort { ($0["position"].int ?? 0) < ($1["position"].int ?? 0) }
        }
        if let name = english(root, "name") { draft.title = name } else {
            note(root["name"].location, "the form has no name; it was called “Imported form”")
        }
        for step in list {
            try step.requireObject("a step")
            guard let id = step["id"].text else { throw ImportError(step["id"].location, "the step has no id") }
            let type = try step["type"].requireText("the step's type")
            guard type == "question_page" || type == "question" else {
                throw ImportError(step["type"].location, "unknown step type \(type); a GOV.UK Forms step is a question_page or a question")
            }
            steps.append(try readQuestionStep(step, id: id))
        }
    }

    mutating func readQuestionStep(_ step: JSONCursor, id: String) throws(ImportError) -> ImportedStep {
        let data = step["data"].isObject ? step["data"] : step
        let label = english(data, "question_text")
        guard let label else { throw ImportError(data["question_text"].location, "the question has no question_text") }
        let answerType = try data["answer_type"].requireText("answer_type")
        let settings = data["answer_settings"]
        let optional = data["is_optional"].bool ?? false
        let pageID = pageIDs.make(label, fallback: "question-\(id)")
        var question = Question(id: questionIDs.claim(pageID) ? pageID : questionIDs.make(label, fallback: pageID), type: .text, label: LocalisedText(label))
        question.hint = english(data, "hint_text").map { LocalisedText($0) }
        question.required = !optional
        var page = Page(id: pageID)
        if let heading = english(data, "page_heading") { page.title = LocalisedText(heading) }
        if let guidance = english(data, "guidance_markdown") {
            page.body = LocalisedText(plain(guidance, at: data["guidance_markdown"].location))
        }
        var imported = ImportedStep(id: id, cursor: step, pages: [], repeats: data["is_repeatable"].bool ?? false)
        var extraPages: [Page] = []
        let typeLocation = data["answer_type"].location

        switch answerType {
        case "text":
            question.type = settings["input_type"].text == "long_text" ? .longText : .text
        case "number":
            question.type = .decimal
            question.minimum = 0
            note(typeLocation, "a GOV.UK Forms number became a decimal number of 0 or more with up to 2 decimal places; make it a whole number (type number) if fractions make no sense")
        case "email":
            question.type = .email
        case "phone_number":
            question.type = .phone
        case "national_insurance_number":
            question.type = .niNumber
        case "organisation_name":
            question.type = .text
            question.autocomplete = "organization"
        case "address":
            readAddress(&question, settings, at: settings.location)
        case "date":
            question.type = .date
            if settings["input_type"].text == "date_of_birth" {
                question.pastOnly = true
                question.autocomplete = nil
            }
        case "name":
            let parts = readName(question, settings)
            if parts.count > 1 {
                page.title = page.title ?? question.label
                page.questions = parts
            } else {
                question = parts[0]
            }
        case "selection":
            extraPages = readSelection(&question, &imported, data: data, settings: settings, optional: optional)
        case "file":
            question.type = .file
            question.maxFileBytes = 7 * 1024 * 1024
            note(typeLocation, "a file upload keeps GOV.UK Forms' 7 MB limit; the platform accepts PDF, JPG, PNG, DOCX and TXT")
        default:
            throw ImportError(typeLocation, "unknown answer_type \(answerType); GOV.UK Forms answer types are address, date, email, file, name, national_insurance_number, number, organisation_name, phone_number, selection and text")
        }
        if page.questions.isEmpty { page.questions = [question] }
        if imported.repeats {
            if page.questions.contains(where: { $0.type == .file }) {
                imported.repeats = false
                note(data["is_repeatable"].location, "a repeating file upload is asked once (a repeating page cannot ask for files)")
            } else {
                page.title = page.title ?? question.label
                page.repeatGroup = RepeatGroup(
                    min: optional ? 0 : 1, max: 50, itemName: LocalisedText("answer", gaelic: "freagairt"),
                    addAnother: LocalisedText("Do you need to add another answer?", gaelic: "A bheil feum agad air freagairt eile a chur ris?"),
                    summaryTitle: LocalisedText("Your answers", gaelic: "Na freagairtean agad"))
                note(data["is_repeatable"].location, "the repeatable question became a repeating page of up to 50 answers")
            }
        }
        imported.pages = [page] + extraPages
        return imported
    }

    mutating func readAddress(_ question: inout Question, _ settings: JSONCursor, at location: String) {
        let kinds = settings["input_type"]
        if kinds["international_address"].bool == true {
            question.type = .longText
            question.maxLength = 500
            note(location, "an address that may be outside the UK became a long text (the address question takes UK addresses with a postcode)")
        } else {
            question.type = .address
        }
    }

    mutating func readName(_ question: Question, _ settings: JSONCursor) -> [Question] {
        var parts: [(String, String, String)] = []
        if settings["title_needed"].bool == true { parts.append(("title", "Title", "honorific-prefix")) }
        switch settings["input_type"].text {
        case "first_and_last_name":
            parts += [("first-name", "First name", "given-name"), ("last-name", "Last name", "family-name")]
        case "first_middle_and_last_name":
            parts += [("first-name", "First name", "given-name"), ("middle-names", "Middle names", "additional-name"), ("last-name", "Last name", "family-name")]
        default:
            var whole = question
            whole.autocomplete = "name"
            if parts.isEmpty { return [whole] }
            whole.label = LocalisedText("Full name")
            whole.id = questionIDs.make("\(question.id)-full-name", fallback: "full-name")
            return parts.map { makePart(question, $0) } + [whole]
        }
        return parts.map { makePart(question, $0) }
    }

    private mutating func makePart(_ question: Question, _ part: (id: String, label: String, autocomplete: String)) -> Question {
        var made = Question(id: questionIDs.make("\(question.id)-\(part.id)", fallback: part.id), type: .text, label: LocalisedText(part.label))
        made.required = part.id == "middle-names" || part.id == "title" ? false : question.required
        made.autocomplete = part.autocomplete
        return made
    }

    mutating func readSelection(_ question: inout Question, _ imported: inout ImportedStep, data: JSONCursor, settings: JSONCursor, optional: Bool) -> [Page] {
        let onlyOne = settings["only_one_option"].bool ?? false
        question.type = onlyOne ? .choice : .choices
        var values = IdentifierMaker(maximumLength: 40)
        for (index, option) in (settings["selection_options"].items ?? []).enumerated() {
            guard let name = english(option, "name") else {
                note(option.location, "an option without a name was left out")
                continue
            }
            let sourceValue = option["value"].text ?? name
            let value = values.make(sourceValue, fallback: "option-\(index + 1)")
            question.options.append(Option(value: value, label: LocalisedText(name)))
            imported.optionValues[name.lowercased()] = value
            imported.optionValues[sourceValue.lowercased()] = value
        }
        if onlyOne, question.options.count > 30 { question.displayAsSelect = true }
        var extraPages: [Page] = []
        if optional {
            // In GOV.UK Forms an optional selection offers "None of the above": an answer is still needed.
            question.required = true
            let none = values.make(GOVUKFormsReader.noneOfTheAbove, fallback: "none")
            // Ticked with another box it would contradict them: exclusive, as in GOV.UK Forms.
            question.options.append(Option(value: none, label: LocalisedText("None of the above", gaelic: "Chan eil gin dhiubh sin"),
                                           exclusive: question.type == .choices))
            for alias in ["none of the above", ":none_of_the_above", "none_of_the_above"] { imported.optionValues[alias] = none }
            let follow = settings["none_of_the_above_question"]
            if follow.isObject, let text = english(follow, "question_text") {
                let pageID = pageIDs.make("\(question.id)-other", fallback: "other-answer")
                var other = Question(id: questionIDs.claim(pageID) ? pageID : questionIDs.make(pageID, fallback: "other"), type: .text, label: LocalisedText(text))
                other.required = !(follow["is_optional"].bool ?? false)
                extraPages.append(Page(id: pageID, questions: [other], showWhen: .equals(question: question.id, value: none)))
                note(follow.location, "the question asked after “None of the above” became its own page, shown when that option is chosen")
            }
        }
        if question.options.count < 2 {
            let location = settings["selection_options"].location
            note(location, "a selection needs at least two options; this one became a text question")
            question.type = .text
            question.options = []
            imported.optionValues = [:]
        } else {
            imported.routedQuestion = question
        }
        return extraPages
    }

    // MARK: Routing

    mutating func readRouting() {
        let index = Dictionary(steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (position, step) in steps.enumerated() {
            var conditional: [NextRule] = []
            var always: [NextRule] = []
            var exits: [Page] = []
            for condition in step.cursor["routing_conditions"].items ?? [] {
                let owner = condition["routing_page_id"].text.flatMap { index[$0] } ?? position
                guard owner == position else {
                    note(condition.location, "this routing condition belongs to step \(condition["routing_page_id"].text ?? "?"), not the step it is listed under; it was left out")
                    continue
                }
                if let errors = condition["validation_errors"].items, !errors.isEmpty {
                    let names = errors.compactMap { $0["name"].text ?? $0.text }.joined(separator: ", ")
                    note(condition.location, "GOV.UK Forms marks this route as broken (\(names)); it was left out")
                    continue
                }
                let checkPosition = condition["check_page_id"].text.flatMap { index[$0] } ?? position
                let answer = condition["answer_value"].text
                var when: Condition?
                if let answer {
                    guard let rule = routeCondition(answer, check: checkPosition, routing: position, at: condition) else { continue }
                    when = rule
                } else if checkPosition == position {
                    note(condition.location, "this routing condition has no answer_value, so it can never apply; it was left out")
                    continue
                }
                let heading = english(condition, "exit_page_heading")
                let markdown = english(condition, "exit_page_markdown")
                if heading != nil || markdown != nil {
                    let title = heading ?? "You cannot continue with this form"
                    let exitID = pageIDs.make(title, fallback: "exit")
                    let body = markdown.map { plain($0, at: condition["exit_page_markdown"].location) }
                    exits.append(Page(id: exitID, title: LocalisedText(title), body: body.map { LocalisedText($0) }, isExit: true))
                    append(NextRule(when: when, goto: exitID), conditional: &conditional, always: &always)
                    continue
                }
                if condition["skip_to_end"].bool == true, condition["goto_page_id"].isMissing {
                    append(NextRule(when: when, goto: NextRule.checkAnswers), conditional: &conditional, always: &always)
                    continue
                }
                guard let targetID = condition["goto_page_id"].text else {
                    note(condition.location, "this routing condition says neither where to go (goto_page_id) nor to skip to the end; it was left out")
                    continue
                }
                guard let target = index[targetID] else {
                    note(condition["goto_page_id"].location, "goto_page_id \(targetID) is not a step of this form; the route was left out")
                    continue
                }
                guard target > position else {
                    note(condition["goto_page_id"].location, "this route goes back to an earlier question; a journey here can only move forward, so it was left out")
                    continue
                }
                if when == nil {
                    note(condition.location, "the secondary skip (after this question, go to “\(steps[target].pages[0].heading.english)”) became a rule that always applies on this page")
                }
                append(NextRule(when: when, goto: steps[target].pages[0].id), conditional: &conditional, always: &always)
            }
            steps[position].pages[0].next = conditional + always
            steps[position].pages.insert(contentsOf: exits, at: 1)
        }
    }

    private func append(_ rule: NextRule, conditional: inout [NextRule], always: inout [NextRule]) {
        if rule.when == nil { always.append(rule) } else { conditional.append(rule) }
    }

    mutating func routeCondition(_ answer: String, check: Int, routing: Int, at condition: JSONCursor) -> Condition? {
        guard check <= routing else {
            note(condition["check_page_id"].location, "this route tests a question asked later; it was left out")
            return nil
        }
        let checked = steps[check]
        guard let question = checked.routedQuestion else {
            note(condition["check_page_id"].location, "routes can only test a selection question; this one was left out")
            return nil
        }
        guard !checked.repeats else {
            note(condition["check_page_id"].location, "routes cannot test a repeating question; this one was left out")
            return nil
        }
        guard let value = checked.optionValues[answer.lowercased()] else {
            note(condition["answer_value"].location, "answer_value “\(answer)” is not an option of “\(question.label.english)”; the route was left out")
            return nil
        }
        return .equals(question: question.id, value: value)
    }

    // MARK: The rest of the form

    mutating func readFormDetails() {
        if let declaration = english(root, "declaration_markdown") ?? english(root, "declaration_text") {
            let key = root["declaration_markdown"].isMissing ? "declaration_text" : "declaration_markdown"
            // GOV.UK Forms shows it above "Agree and submit": the check-answers declaration, which sending agrees to.
            draft.declaration = plain(declaration, at: root[key].location)
        }
        if let next = english(root, "what_happens_next_markdown") ?? english(root, "what_happens_next_text") {
            let key = root["what_happens_next_markdown"].isMissing ? "what_happens_next_text" : "what_happens_next_markdown"
            draft.whatHappensNext = plain(next, at: root[key].location)
        }
        if let payment = english(root, "payment_url") {
            note(root["payment_url"].location, "the payment link (\(payment)) was not carried: the platform takes no payments; tell citizens how to pay in what happens next")
        }
        var support: [String] = []
        if let email = english(root, "support_email") { support.append("email \(email)") }
        if let phone = english(root, "support_phone") { support.append("phone \(phone.replacingOccurrences(of: "\n", with: ", "))") }
        if let url = english(root, "support_url") { support.append("\(english(root, "support_url_text") ?? "online") at \(url)") }
        if !support.isEmpty {
            note("support_email", "the contact details for help (\(support.joined(separator: "; "))) were not carried: the platform shows the council's own contact details")
        }
        if let privacy = english(root, "privacy_policy_url") {
            note(root["privacy_policy_url"].location, "the privacy notice link (\(privacy)) was not carried: the platform links its own privacy notice")
        }
        if let email = root["submission_email"].text {
            note(root["submission_email"].location, "answers were emailed to \(email); here each submission becomes a case in the back office")
        }
        if let languages = root["available_languages"].items?.compactMap(\.text), languages.contains("cy") {
            note(root["available_languages"].location, "the form is also in Welsh: only the English was imported (Welsh texts are kept in these notes)")
        }
    }

    func finish() -> ImportResult {
        var draft = draft
        draft.sections = [Section(id: "questions", title: LocalisedText(draft.title), pages: steps.flatMap(\.pages))]
        return draft.result(source: GOVUKFormsImporter.source)
    }
}
