import Foundation
import Yams

/// Turns the YAML of a service definition into a `ServiceDefinition`, collecting every problem with its line and column.
public struct DefinitionParser {
    var problems: [DefinitionProblem] = []

    public init() {}

    public static func parse(yaml: String) throws(DefinitionProblems) -> ServiceDefinition {
        var parser = DefinitionParser()
        let definition = parser.parseDocument(yaml)
        let problems = parser.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard problems.isEmpty, let definition else { throw DefinitionProblems(problems) }
        return definition
    }

    // MARK: Document

    mutating func parseDocument(_ yaml: String) -> ServiceDefinition? {
        let root: Node
        do {
            // Every scalar is read as text here (numbers and flags are parsed by the checks that take them), so the
            // basic resolver, which tags nothing, will do: the default one matches each scalar against several regular
            // expressions and took two thirds of the time for a service of 1,000 questions (docs/performance.md).
            guard let node = try Yams.compose(yaml: yaml, .basic) else {
                report(at: nil, "the file is empty: a service definition needs format, slug, title, summary, start, sections and confirmation")
                return nil
            }
            root = node
        } catch let error as YamlError {
            problems.append(YAMLSyntaxMessage.problem(from: error))
            return nil
        } catch {
            report(at: nil, "could not read the YAML: \(error)")
            return nil
        }
        guard let map = mapping(root, "the service definition") else { return nil }
        let top = Keys(map, node: root, context: "the service definition")
        checkKeys(top, allowed: ["format", "slug", "reference_prefix", "title", "summary", "start", "sections", "computed", "check_answers", "confirmation", "workflow", "scheduling", "notifications"])

        if let format = top["format"] {
            if format.string != "1" { report(at: format, "format must be 1 (the only version of the format so far)") }
        } else {
            reportMissing("format", in: top)
        }
        let slug = requiredString(top, "slug", pattern: "^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$",
                                  patternMessage: "slug must be 3 to 60 lower-case letters, digits and hyphens, like hardship-fund")
        let prefix = requiredString(top, "reference_prefix", pattern: "^[A-Z]{2,4}$",
                                    patternMessage: "reference_prefix must be 2 to 4 capital letters, like HRD")
        let title = requiredText(top, "title")
        let summary = requiredText(top, "summary")

        var startBody: LocalisedText?
        var beforeYouStart: LocalisedText?
        if let startNode = top["start"], let startMap = mapping(startNode, "start") {
            let start = Keys(startMap, node: startNode, context: "start")
            checkKeys(start, allowed: ["body", "before_you_start"])
            startBody = requiredText(start, "body")
            beforeYouStart = optionalText(start, "before_you_start")
        } else if top["start"] == nil {
            reportMissing("start", in: top)
        }

        var checkTitle = DefinitionDefaults.checkAnswersTitle
        var declaration: LocalisedText?
        if let checkNode = top["check_answers"], let checkMap = mapping(checkNode, "check_answers") {
            let check = Keys(checkMap, node: checkNode, context: "check_answers")
            checkKeys(check, allowed: ["title", "declaration"])
            if let custom = optionalText(check, "title") { checkTitle = custom }
            declaration = optionalText(check, "declaration")
        }

        var confirmationTitle: LocalisedText?
        var whatHappensNext: LocalisedText?
        if let confNode = top["confirmation"], let confMap = mapping(confNode, "confirmation") {
            let conf = Keys(confMap, node: confNode, context: "confirmation")
            checkKeys(conf, allowed: ["title", "what_happens_next"])
            confirmationTitle = requiredText(conf, "title")
            whatHappensNext = requiredText(conf, "what_happens_next")
        } else if top["confirmation"] == nil {
            reportMissing("confirmation", in: top)
        }

        var sections: [Section] = []
        if let sectionsNode = top["sections"] {
            sections = parseSections(sectionsNode)
        } else {
            reportMissing("sections", in: top)
        }
        let computed = top["computed"].map { parseComputed($0, sections: sections) } ?? []
        checkReferences(sections)
        checkComparisons(sections)
        let workflow = top["workflow"].map { parseWorkflow($0) } ?? .standard
        let scheduling = top["scheduling"].flatMap { parseScheduling($0, workflow: workflow) }
        checkAppointments(&sections, scheduling: scheduling)
        let notifications = top["notifications"].map { parseNotifications($0, sections: sections) } ?? ServiceNotifications()

        guard let slug, let prefix, let title, let summary, let startBody, let confirmationTitle, let whatHappensNext else {
            return nil
        }
        var definition = ServiceDefinition(
            slug: slug, referencePrefix: prefix, title: title, summary: summary,
            startBody: startBody, beforeYouStart: beforeYouStart, sections: sections,
            checkAnswersTitle: checkTitle, declaration: declaration,
            confirmationTitle: confirmationTitle, whatHappensNext: whatHappensNext, workflow: workflow,
            scheduling: scheduling, notifications: notifications
        )
        definition.computed = computed
        return definition
    }

    // MARK: Sections and pages

    private var seenPageIDs: [String: Node] = [:]
    private var seenQuestionIDs: [String: Node] = [:]
    /// Where each page id and question id appeared, for checks that need the order of the file.
    private(set) var pageOrder: [String] = []
    var questionPage: [String: String] = [:]
    /// Each appointment question's node, and its `visit` node (or `job`, its old name), for the checks made once
    /// `scheduling` is read.
    var appointmentSites: [(questionID: String, node: Node, kindNode: Node?, kindKey: String)] = []
    private var conditionSites: [(pageID: String, condition: Condition, node: Node, isNextRule: Bool)] = []
    /// Each `required_when`, for the check that it reads only answers given before its question.
    private var requiredWhenSites: [(questionID: String, pageID: String, condition: Condition, node: Node)] = []
    private var questionOrder: [String] = []
    private var gotoSites: [(pageID: String, target: String, node: Node)] = []
    /// Every equals, one_of, greater_than and less_than, with each value's node, for the checks against the question.
    var comparisonSites: [(questionID: String, test: String, values: [(value: String, node: Node)])] = []

    mutating func parseSections(_ node: Node) -> [Section] {
        guard let list = sequence(node, "sections") else { return [] }
        if list.isEmpty { report(at: node, "sections must list at least one section") }
        var sections: [Section] = []
        var sectionIDs: [String: Node] = [:]
        var firstPageNode: Node?
        for item in list {
            guard let map = mapping(item, "a section") else { continue }
            let keys = Keys(map, node: item, context: "section")
            checkKeys(keys, allowed: ["id", "title", "pages", "show_when"])
            let id = requiredString(keys, "id", pattern: Self.idPattern, patternMessage: Self.idMessage)
            if let id, let here = keys["id"] {
                if let earlier = sectionIDs[id] {
                    report(at: here, "section id \(id) is used twice (first at line \(earlier.mark?.line ?? 0))")
                } else {
                    sectionIDs[id] = here
                }
            }
            let title = requiredText(keys, "title")
            var pages: [Page] = []
            if let pagesNode = keys["pages"], let pageList = sequence(pagesNode, "pages") {
                if pageList.isEmpty { report(at: pagesNode, "section \(id ?? "") must have at least one page") }
                if firstPageNode == nil { firstPageNode = pageList.first }
                for pageNode in pageList {
                    if let page = parsePage(pageNode) { pages.append(page) }
                }
            } else if keys["pages"] == nil {
                reportMissing("pages", in: keys)
            }
            var showWhen: Condition?
            if let showNode = keys["show_when"], let condition = parseCondition(showNode) {
                showWhen = condition
                // Read like a show_when on the section's first page: only answers given before the section.
                if let firstPage = pages.first { conditionSites.append((firstPage.id, condition, showNode, false)) }
                if sections.isEmpty, id != nil {
                    report(at: showNode, "the first section is always shown, so it cannot have show_when; put the condition on a later section")
                }
            }
            if let id, let title { sections.append(Section(id: id, title: title, pages: pages, showWhen: showWhen)) }
        }
        if let first = sections.first?.pages.first, first.repeatGroup != nil || first.isExit || first.showWhen != nil,
           let firstNode = firstPageNode {
            report(at: firstNode, "the first page of a service must be an ordinary page that is always shown (not an exit, repeating or conditional page)")
        }
        return sections
    }

    mutating func parsePage(_ node: Node) -> Page? {
        guard let map = mapping(node, "a page") else { return nil }
        let keys = Keys(map, node: node, context: "page")
        checkKeys(keys, allowed: ["id", "title", "body", "questions", "show_when", "next", "exit", "repeat"])
        guard let id = requiredString(keys, "id", pattern: Self.idPattern, patternMessage: Self.idMessage) else { return nil }
        if id == NextRule.checkAnswers || Self.reservedPageIDs.contains(id) {
            report(at: keys["id"], "page id \(id) is reserved; choose another")
        }
        if let earlier = seenPageIDs[id], let here = keys["id"] {
            report(at: here, "page id \(id) is used twice (first at line \(earlier.mark?.line ?? 0))")
        } else if let here = keys["id"] {
            seenPageIDs[id] = here
        }
        pageOrder.append(id)

        var page = Page(id: id)
        page.title = optionalText(keys, "title")
        page.body = optionalText(keys, "body")
        if let exitNode = keys["exit"] {
            guard let flag = boolean(exitNode, "exit") else { return nil }
            page.isExit = flag
        }
        if let showNode = keys["show_when"], let condition = parseCondition(showNode) {
            page.showWhen = condition
            conditionSites.append((id, condition, showNode, false))
        }
        if let nextNode = keys["next"], let rules = sequence(nextNode, "next") {
            for ruleNode in rules {
                guard let ruleMap = mapping(ruleNode, "a next rule") else { continue }
                let rule = Keys(ruleMap, node: ruleNode, context: "next rule")
                checkKeys(rule, allowed: ["when", "goto"])
                var condition: Condition?
                if let whenNode = rule["when"], let parsed = parseCondition(whenNode) {
                    condition = parsed
                    conditionSites.append((id, parsed, whenNode, true))
                }
                if let target = requiredString(rule, "goto"), let targetNode = rule["goto"] {
                    page.next.append(NextRule(when: condition, goto: target))
                    gotoSites.append((id, target, targetNode))
                }
            }
        }
        if let repeatNode = keys["repeat"] {
            page.repeatGroup = parseRepeat(repeatNode)
        }

        if page.isExit {
            if page.title == nil { reportMissing("title", in: keys, why: "an exit page needs a title") }
            if keys["questions"] != nil { report(at: keys["questions"], "an exit page cannot have questions") }
            if page.repeatGroup != nil { report(at: keys["repeat"], "an exit page cannot repeat") }
            return page
        }
        if let questionsNode = keys["questions"], let list = sequence(questionsNode, "questions") {
            if list.isEmpty { report(at: questionsNode, "page \(id) must have at least one question") }
            for questionNode in list {
                if let question = parseQuestion(questionNode, pageID: id) { page.questions.append(question) }
            }
            if page.title == nil, list.count == 1, page.questions.first?.type == .declaration {
                reportMissing("title", in: keys, why: "page \(id) asks for a declaration, whose label sits beside its tick box, so the page needs a title for its heading")
            }
            if page.title == nil, list.count > 1 {
                reportMissing("title", in: keys, why: "page \(id) has several questions, so it needs a title for its heading")
            }
            if page.repeatGroup != nil, page.questions.contains(where: { $0.type == .file }) {
                report(at: questionsNode, "a repeating page cannot ask for file uploads")
            }
        } else if keys["questions"] == nil {
            if page.body == nil {
                reportMissing("questions", in: keys, why: "page \(id) needs questions, or a body to be an information page, or exit: true")
            } else {
                // An information page: guidance or a warning, then Continue; nothing of it is shown in check-answers.
                if page.title == nil { reportMissing("title", in: keys, why: "information page \(id) has no questions, so it needs a title for its heading") }
                if page.repeatGroup != nil { report(at: keys["repeat"], "information page \(id) has no questions, so it cannot repeat; add questions or remove repeat") }
            }
        }
        return page
    }

    mutating func parseRepeat(_ node: Node) -> RepeatGroup? {
        guard let map = mapping(node, "repeat") else { return nil }
        let keys = Keys(map, node: node, context: "repeat")
        checkKeys(keys, allowed: ["min", "max", "item_name", "add_another", "summary_title"])
        let minimum = keys["min"].flatMap { integer($0, "min") } ?? DefinitionDefaults.repeatMinimum
        let maximum = keys["max"].flatMap { integer($0, "max") } ?? DefinitionDefaults.repeatMaximum
        if minimum < 0 { report(at: keys["min"], "min cannot be negative") }
        let maxRange = DefinitionLimits.repeatMaximum
        if !maxRange.contains(maximum) { report(at: keys["max"], "max must be between \(maxRange.lowerBound) and \(maxRange.upperBound)") }
        if minimum > maximum { report(at: keys["min"] ?? node, "min (\(minimum)) is more than max (\(maximum))") }
        let itemName = optionalText(keys, "item_name") ?? DefinitionDefaults.repeatItemName
        let addAnother = optionalText(keys, "add_another") ?? DefinitionDefaults.repeatAddAnother(itemName: itemName)
        let summaryTitle = optionalText(keys, "summary_title") ?? DefinitionDefaults.repeatSummaryTitle
        return RepeatGroup(min: minimum, max: maximum, itemName: itemName, addAnother: addAnother, summaryTitle: summaryTitle)
    }

    // MARK: Questions

    static let questionKeys: [QuestionType: Set<String>] = [
        .text: ["min_length", "max_length", "pattern", "autocomplete"],
        .longText: ["min_length", "max_length"],
        .number: ["min", "max", "suffix"],
        .decimal: ["min", "max", "money", "places"],
        .email: [], .phone: [], .postcode: [], .yesNo: [], .address: [], .location: ["nearby_reports"],
        .date: ["past", "future"],
        .choice: ["options", "display"],
        .choices: ["options", "min_selected", "max_selected"],
        .file: ["max_size_mb", "types"],
        .appointment: ["visit", "job"],
        .declaration: [], .niNumber: [],
    ]

    mutating func parseQuestion(_ node: Node, pageID: String) -> Question? {
        guard let map = mapping(node, "a question") else { return nil }
        let keys = Keys(map, node: node, context: "question")
        guard let id = requiredString(keys, "id", pattern: Self.idPattern, patternMessage: Self.idMessage) else { return nil }
        if let earlier = seenQuestionIDs[id], let here = keys["id"] {
            report(at: here, "question id \(id) is used twice (first at line \(earlier.mark?.line ?? 0))")
        } else if let here = keys["id"] {
            seenQuestionIDs[id] = here
            questionPage[id] = pageID
            questionOrder.append(id)
        }
        let label = requiredText(keys, "label")
        guard let typeName = requiredString(keys, "type") else { return nil }
        guard let type = QuestionType(rawValue: typeName) else {
            report(at: keys["type"], "unknown question type \(typeName); use one of \(QuestionType.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        let common: Set<String> = ["id", "type", "label", "hint", "required", "required_when", "errors"]
        checkKeys(keys, allowed: common.union(Self.questionKeys[type] ?? []), forWhat: "a \(type.rawValue) question")

        var question = Question(id: id, type: type, label: label ?? LocalisedText(id))
        question.hint = optionalText(keys, "hint")
        if let whenNode = keys["required_when"] {
            if type == .declaration {
                report(at: whenNode, "a declaration must always be ticked, so it cannot have required_when; put the declaration on a page with show_when instead")
            } else if keys["required"] != nil {
                report(at: whenNode, "a question has required or required_when, not both: with required_when it is required only when the condition holds, and optional otherwise")
            } else if let condition = parseCondition(whenNode) {
                question.requiredWhen = condition
                question.required = false
                requiredWhenSites.append((id, pageID, condition, whenNode))
            }
        }
        if let requiredNode = keys["required"], let flag = boolean(requiredNode, "required") {
            question.required = flag
            if type == .declaration, !flag {
                report(at: requiredNode, "a declaration must always be ticked, so it cannot have required: false; for an optional agreement use a yes_no or choices question")
            }
        }
        question.minLength = keys["min_length"].flatMap { integer($0, "min_length") }
        question.maxLength = keys["max_length"].flatMap { integer($0, "max_length") }
        if let minLength = question.minLength, let maxLength = question.maxLength, minLength > maxLength {
            report(at: keys["min_length"], "min_length (\(minLength)) is more than max_length (\(maxLength))")
        }
        question.minimum = keys["min"].flatMap { decimal($0, "min") }
        question.maximum = keys["max"].flatMap { decimal($0, "max") }
        if let minimum = question.minimum, let maximum = question.maximum, minimum > maximum {
            report(at: keys["min"], "min (\(minimum)) is more than max (\(maximum))")
        }
        if type == .number {
            for key in ["min", "max"] {
                if let valueNode = keys[key], let value = decimal(valueNode, key), Int("\(value)") == nil {
                    report(at: valueNode, "\(key) of a number question must be a whole number")
                }
            }
        }
        if let patternNode = keys["pattern"], let pattern = string(patternNode, "pattern") {
            if (try? NSRegularExpression(pattern: "^(?:\(pattern))$")) == nil {
                report(at: patternNode, "pattern is not a valid regular expression")
            } else {
                question.pattern = pattern
            }
        }
        if let moneyNode = keys["money"], let flag = boolean(moneyNode, "money") { question.money = flag }
        if let placesNode = keys["places"], let places = integer(placesNode, "places") {
            let range = DefinitionLimits.decimalPlaces
            if range.contains(places) { question.places = places } else { report(at: placesNode, "places must be between \(range.lowerBound) and \(range.upperBound)") }
        }
        if question.money { question.places = 2 }
        question.suffix = optionalText(keys, "suffix")
        if let autocompleteNode = keys["autocomplete"] { question.autocomplete = string(autocompleteNode, "autocomplete") }
        if let pastNode = keys["past"], let flag = boolean(pastNode, "past") { question.pastOnly = flag }
        if let futureNode = keys["future"], let flag = boolean(futureNode, "future") { question.futureOnly = flag }
        if question.pastOnly && question.futureOnly { report(at: keys["future"], "a date cannot be both past and future") }
        if let displayNode = keys["display"], let display = string(displayNode, "display") {
            switch display {
            case "radios": question.displayAsSelect = false
            case "select": question.displayAsSelect = true
            default: report(at: displayNode, "display must be radios or select")
            }
        }
        question.minSelected = keys["min_selected"].flatMap { integer($0, "min_selected") }
        question.maxSelected = keys["max_selected"].flatMap { integer($0, "max_selected") }
        if type == .choice || type == .choices {
            if let optionsNode = keys["options"] {
                question.options = parseOptions(optionsNode, questionType: type)
            } else {
                reportMissing("options", in: keys, why: "a \(type.rawValue) question needs options")
            }
        }
        if let sizeNode = keys["max_size_mb"], let size = integer(sizeNode, "max_size_mb") {
            let sizes = DefinitionLimits.fileSizeMB
            if sizes.contains(size) { question.maxFileBytes = size * 1024 * 1024 } else {
                report(at: sizeNode, "max_size_mb must be a whole number between \(sizes.lowerBound) and \(sizes.upperBound)")
            }
        }
        if let nearbyNode = keys["nearby_reports"], let metres = integer(nearbyNode, "nearby_reports") {
            let range = DefinitionLimits.nearbyReportsMetres
            if range.contains(metres) { question.nearbyReports = metres } else {
                report(at: nearbyNode, "nearby_reports must be a distance in whole metres between \(range.lowerBound) and \(range.upperBound), for example nearby_reports: 50")
            }
        }
        if let typesNode = keys["types"], let list = sequence(typesNode, "types") {
            var types: [FileType] = []
            for item in list {
                guard let name = string(item, "a file type") else { continue }
                if let fileType = FileType(rawValue: name.lowercased()) { types.append(fileType) } else {
                    report(at: item, "unknown file type \(name); use any of \(FileType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            if !types.isEmpty { question.fileTypes = types }
        }
        if type == .appointment {
            // `job:` is the old name of `visit:`, still read.
            let kindKey = keys["visit"] == nil && keys["job"] != nil ? "job" : "visit"
            question.visitKind = keys[kindKey].flatMap { string($0, kindKey) }
            appointmentSites.append((id, node, keys[kindKey], kindKey))
        }
        if let errorsNode = keys["errors"], let errorsMap = mapping(errorsNode, "errors") {
            let errorKeys = Keys(errorsMap, node: errorsNode, context: "errors")
            checkKeys(errorKeys, allowed: Set(ErrorKind.allCases.map(\.rawValue)))
            for kind in ErrorKind.allCases {
                if let text = optionalText(errorKeys, kind.rawValue) { question.errors[kind] = text }
            }
        }
        return question
    }

    mutating func parseOptions(_ node: Node, questionType: QuestionType) -> [Option] {
        guard let list = sequence(node, "options") else { return [] }
        var exclusiveNodes: [Node] = []
        if list.count < DefinitionLimits.minimumOptions { report(at: node, "a choice needs at least \(DefinitionLimits.minimumOptions) options") }
        var options: [Option] = []
        var seen: Set<String> = []
        for item in list {
            guard let map = mapping(item, "an option") else { continue }
            let keys = Keys(map, node: item, context: "option")
            checkKeys(keys, allowed: ["value", "label", "hint", "exclusive"])
            guard let value = requiredString(keys, "value"), let label = requiredText(keys, "label") else { continue }
            if !seen.insert(value).inserted { report(at: keys["value"], "option value \(value) is used twice") }
            var option = Option(value: value, label: label, hint: optionalText(keys, "hint"))
            if let exclusiveNode = keys["exclusive"], let flag = boolean(exclusiveNode, "exclusive") {
                option.exclusive = flag
                if flag { exclusiveNodes.append(exclusiveNode) }
            }
            options.append(option)
        }
        checkExclusive(options, nodes: exclusiveNodes, questionType: questionType)
        return options
    }

    // MARK: Conditions

    mutating func parseCondition(_ node: Node) -> Condition? {
        guard let map = mapping(node, "a condition") else { return nil }
        let keys = Keys(map, node: node, context: "condition")
        if keys["items"] != nil { return parseItemCondition(keys, node) }
        if let allNode = keys["all"] ?? keys["any"] {
            if keys["all"] != nil, keys["any"] != nil {
                report(at: node, "a condition can have all or any, not both; put one inside the other")
                return nil
            }
            checkKeys(keys, allowed: ["all", "any"])
            guard let list = sequence(allNode, "a list of conditions") else { return nil }
            let parts = list.compactMap { parseCondition($0) }
            if parts.isEmpty { report(at: allNode, "all/any must list at least one condition") }
            return keys["all"] != nil ? .all(parts) : .any(parts)
        }
        if let notNode = keys["not"] {
            checkKeys(keys, allowed: ["not"])
            return parseCondition(notNode).map { .not($0) }
        }
        checkKeys(keys, allowed: Self.conditionTests.union(["question"]))
        guard let question = requiredString(keys, "question") else { return nil }
        let tests = Self.conditionTestOrder.filter { keys[$0] != nil }
        guard tests.count == 1 else {
            let names = Self.conditionTestOrder
            report(at: node, "a condition needs exactly one of \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "")")
            return nil
        }
        let test = tests[0]
        guard let testNode = keys[test] else { return nil }
        switch test {
        case "before", "after", "years_ago", "days_ago", "days_from_today":
            guard let dateTest = parseDateTest(test, testNode) else { return nil }
            comparisonSites.append((question, test, [(test, testNode)]))
            return .date(question: question, dateTest)
        case "postcode_in":
            guard let places = parsePostcodePlaces(testNode) else { return nil }
            comparisonSites.append((question, test, [(test, testNode)]))
            return .postcodeIn(question: question, places)
        case "equals":
            guard let value = string(testNode, "equals") else { return nil }
            comparisonSites.append((question, test, [(value, testNode)]))
            return .equals(question: question, value: value)
        case "one_of":
            guard let list = sequence(testNode, "one_of") else { return nil }
            let values = list.compactMap { item in string(item, "a value").map { ($0, item) } }
            comparisonSites.append((question, test, values))
            return .oneOf(question: question, values: values.map(\.0))
        case "greater_than", "less_than":
            guard let value = decimal(testNode, test) else { return nil }
            comparisonSites.append((question, test, [("\(value)", testNode)]))
            return test == "less_than" ? .lessThan(question: question, value: value) : .greaterThan(question: question, value: value)
        default: return boolean(testNode, "answered").map { .answered(question: question, $0) }
        }
    }

    /// Conditions may only read answers already given, and every goto must name a later page, so routes cannot loop.
    mutating func checkReferences(_ sections: [Section]) {
        let position = Dictionary(pageOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for site in conditionSites {
            for questionID in site.condition.questionIDs {
                guard let page = questionPage[questionID] else {
                    report(at: site.node, "condition refers to question \(questionID), which is not in this service")
                    continue
                }
                // A next rule may read its own page's answers; show_when only earlier ones, as the page is not yet shown.
                if let asked = position[page], let here = position[site.pageID], asked > here || (asked == here && !site.isNextRule) {
                    let sameOrLater = asked == here ? "on the same page" : "on a later page"
                    report(at: site.node, "condition on page \(site.pageID) refers to question \(questionID), which is asked \(sameOrLater); conditions can only use answers already given")
                }
            }
        }
        let repeated = Set(sections.flatMap(\.pages).filter { $0.repeatGroup != nil }.flatMap { $0.questions.map(\.id) })
        for site in conditionSites {
            for questionID in site.condition.questionIDs where repeated.contains(questionID) {
                report(at: site.node, "condition refers to question \(questionID) on a repeating page; conditions can only use questions answered once")
            }
        }
        let questionPosition = Dictionary(questionOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for site in requiredWhenSites {
            if let page = sections.flatMap(\.pages).first(where: { $0.id == site.pageID }), page.repeatGroup != nil {
                report(at: site.node, "required_when cannot be used on a repeating page yet; make the question required or optional")
                continue
            }
            for questionID in site.condition.questionIDs {
                guard questionPage[questionID] != nil else {
                    report(at: site.node, "required_when refers to question \(questionID), which is not in this service")
                    continue
                }
                if repeated.contains(questionID) {
                    report(at: site.node, "required_when refers to question \(questionID) on a repeating page; it can only use questions answered once")
                } else if let asked = questionPosition[questionID], let here = questionPosition[site.questionID], asked >= here {
                    report(at: site.node, "required_when of \(site.questionID) refers to \(questionID), which is asked \(asked == here ? "by this question itself" : "after it"); it can only use answers given before this question (on earlier pages, or above it on its page)")
                }
            }
        }
        checkItemConditions(conditionSites.map { ($0.pageID, $0.condition, $0.node, $0.isNextRule) }, sections: sections, pagePosition: position)
        checkItemConditions(requiredWhenSites.map { ($0.pageID, $0.condition, $0.node, false) }, sections: sections, pagePosition: position)
        for site in gotoSites where site.target != NextRule.checkAnswers {
            guard let target = position[site.target] else {
                report(at: site.node, "goto names page \(site.target), which is not in this service")
                continue
            }
            if let here = position[site.pageID], target <= here {
                report(at: site.node, "goto from page \(site.pageID) to \(site.target) goes backwards; a journey can only move forward")
            }
        }
    }

    // MARK: Reading nodes

    static let conditionTestOrder = ["equals", "one_of", "greater_than", "less_than", "answered", "before", "after",
                                     "years_ago", "days_ago", "days_from_today", "postcode_in"]
    static var conditionTests: Set<String> { Set(conditionTestOrder) }
    static let idPattern = "^[a-z0-9][a-z0-9-]*$"
    static let idMessage = "ids use lower-case letters, digits and hyphens, like date-of-birth"
    static let reservedPageIDs: Set<String> = ["start", "confirmation", "submit", "print", "save"]

    /// A mapping's keys with their nodes, remembering the mapping for "missing key" messages.
    struct Keys {
        var entries: [(key: String, keyNode: Node, value: Node)]
        var node: Node
        var context: String

        init(_ mapping: Node.Mapping, node: Node, context: String) {
            entries = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
            self.node = node
            self.context = context
        }

        subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }
    }

    mutating func checkKeys(_ keys: Keys, allowed: Set<String>, forWhat: String? = nil) {
        var seen: Set<String> = []
        for entry in keys.entries {
            if !seen.insert(entry.key).inserted {
                report(at: entry.keyNode, "\(entry.key) appears twice in \(keys.context)")
            } else if !allowed.contains(entry.key) {
                let suggestion = Self.closest(entry.key, in: allowed).map { " (did you mean \($0)?)" } ?? ""
                report(at: entry.keyNode, "unknown key \(entry.key) in \(forWhat ?? keys.context)\(suggestion)")
            }
        }
    }

    static func closest(_ word: String, in candidates: Set<String>) -> String? {
        candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return row[b.count]
    }

    mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
        if case .mapping(let map) = node { return map }
        report(at: node, "\(what) must be a mapping of keys to values")
        return nil
    }

    mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        if case .sequence(let list) = node { return Array(list) }
        report(at: node, "\(what) must be a list")
        return nil
    }

    mutating func string(_ node: Node, _ what: String) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        report(at: node, "\(what) must be a single value, not a list or mapping")
        return nil
    }

    mutating func boolean(_ node: Node, _ what: String) -> Bool? {
        switch string(node, what)?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        case nil: return nil
        default:
            report(at: node, "\(what) must be true or false")
            return nil
        }
    }

    mutating func integer(_ node: Node, _ what: String) -> Int? {
        guard let text = string(node, what) else { return nil }
        if let value = Int(text) { return value }
        report(at: node, "\(what) must be a whole number")
        return nil
    }

    mutating func decimal(_ node: Node, _ what: String) -> Decimal? {
        guard let text = string(node, what) else { return nil }
        if text.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil, let value = Decimal(string: text) {
            return value
        }
        report(at: node, "\(what) must be a number")
        return nil
    }

    mutating func requiredString(_ keys: Keys, _ key: String, pattern: String? = nil, patternMessage: String? = nil) -> String? {
        guard let node = keys[key] else {
            reportMissing(key, in: keys)
            return nil
        }
        guard let value = string(node, key) else { return nil }
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            report(at: node, "\(key) cannot be empty")
            return nil
        }
        if let pattern, value.range(of: pattern, options: .regularExpression) == nil {
            report(at: node, patternMessage ?? "\(key) is not in the right format")
            return nil
        }
        return value
    }

    mutating func requiredText(_ keys: Keys, _ key: String) -> LocalisedText? {
        guard keys[key] != nil else {
            reportMissing(key, in: keys)
            return nil
        }
        return optionalText(keys, key)
    }

    mutating func optionalText(_ keys: Keys, _ key: String) -> LocalisedText? {
        guard let node = keys[key] else { return nil }
        switch node {
        case .scalar(let scalar):
            guard !scalar.string.isEmpty else {
                report(at: node, "\(key) cannot be empty")
                return nil
            }
            return LocalisedText(scalar.string)
        case .mapping(let map):
            var translations: [Language: String] = [:]
            for (languageNode, textNode) in map {
                let code = languageNode.string ?? ""
                guard let language = Language(rawValue: code) else {
                    report(at: languageNode, Self.unknownLanguage(code, in: key, map))
                    continue
                }
                if let text = string(textNode, "\(key).\(code)") { translations[language] = text }
            }
            guard translations[.en] != nil else {
                report(at: node, "\(key) needs an English text (en)")
                return nil
            }
            return LocalisedText(translations: translations)
        default:
            report(at: node, "\(key) must be a text, or a mapping of languages (en, gd) to texts")
            return nil
        }
    }

    /// In `{en: Yes, please}` YAML reads "please" as a second key: say that the comma needs quotes, not that
    /// "please" is a language.
    static func unknownLanguage(_ code: String, in key: String, _ map: Node.Mapping) -> String {
        // The word after the comma becomes a key with no value, right after a language's key. (Yams does not keep
        // whether a mapping was written {…}, so that cannot be asked.)
        let pairs = Array(map)
        guard let index = pairs.firstIndex(where: { $0.key.string == code }), index > 0, pairs[index].value.string?.isEmpty ?? true,
              let previous = pairs[index - 1].key.string, Language(rawValue: previous) != nil,
              let previousText = pairs[index - 1].value.string else {
            return "unknown language \(code) in \(key); use en or gd"
        }
        let whole = previousText + ", " + code
        return "\(key) has a comma in its text, so \(code) was read as a language: text with a comma must be in quotes, like \(previous): \"\(whole)\""
    }

    mutating func reportMissing(_ key: String, in keys: Keys, why: String? = nil) {
        report(at: keys.node, why.map { "\($0): missing \(key)" } ?? "\(keys.context) is missing \(key)")
    }

    mutating func report(at node: Node?, _ message: String) {
        let mark = node?.mark
        problems.append(DefinitionProblem(line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }
}
