import Foundation
import Yams

/// A definition written as canonical YAML, with the line each of its elements starts on.
public struct WrittenDefinition: Sendable, Equatable {
    public let yaml: String
    public let lines: DefinitionLineMap
}

/// Writes a `ServiceDefinition` as canonical YAML of format 1, which `DefinitionParser` reads back to an equal
/// definition. Keys holding their default are left out, so the file reads like one written by hand; the same
/// definition always gives the same bytes.
///
/// Each element is written by one function below (`service`, `section`, `page`, `question`, …): a new key of the
/// format is added there, next to the keys around it.
public enum DefinitionWriter {
    public static func write(_ definition: ServiceDefinition) throws -> WrittenDefinition {
        let yaml = try self.yaml(definition)
        return WrittenDefinition(yaml: yaml, lines: try DefinitionLineMap(yaml: yaml))
    }

    public static func yaml(_ definition: ServiceDefinition) throws -> String {
        // Unlimited width keeps each text on one line, as authors write them; block scalars keep their own lines.
        try Yams.serialize(node: service(definition), indent: 2, width: -1, allowUnicode: true, lineBreak: .ln)
    }

    // MARK: Elements

    static func service(_ definition: ServiceDefinition) -> Node {
        var map = YAMLMapping()
        map["format"] = .plain("1")
        map["slug"] = .text(definition.slug)
        map["reference_prefix"] = .text(definition.referencePrefix)
        map["title"] = .localised(definition.title)
        map["summary"] = .localised(definition.summary)
        var start = YAMLMapping()
        start["body"] = .localised(definition.startBody)
        start["before_you_start"] = definition.beforeYouStart.map(Node.localised)
        map["start"] = start.node()
        map["sections"] = .list(definition.sections.map(section))
        if !definition.computed.isEmpty { map["computed"] = .list(definition.computed.map(computed)) }
        var check = YAMLMapping()
        if definition.checkAnswersTitle != DefinitionDefaults.checkAnswersTitle { check["title"] = .localised(definition.checkAnswersTitle) }
        check["declaration"] = definition.declaration.map(Node.localised)
        map["check_answers"] = check.nodeIfAny()
        var confirmation = YAMLMapping()
        confirmation["title"] = .localised(definition.confirmationTitle)
        confirmation["what_happens_next"] = .localised(definition.whatHappensNext)
        map["confirmation"] = confirmation.node()
        if definition.workflow != .standard { map["workflow"] = workflow(definition.workflow) }
        map["scheduling"] = definition.scheduling.map(scheduling)
        if definition.notifications != ServiceNotifications() { map["notifications"] = notifications(definition.notifications) }
        return map.node()
    }

    static func section(_ section: Section) -> Node {
        var map = YAMLMapping()
        map["id"] = .text(section.id)
        map["title"] = .localised(section.title)
        map["show_when"] = section.showWhen.map(condition)
        map["pages"] = .list(section.pages.map(page))
        return map.node()
    }

    static func computed(_ value: ComputedValue) -> Node {
        var map = YAMLMapping()
        map["id"] = .text(value.id)
        map["label"] = .localised(value.label)
        switch value.formula {
        case .yearsSince(let question): map["years_since"] = .text(question)
        case .sum(let questions): map["sum"] = .flowList(questions)
        case .itemSum(let page, let question):
            var sum = YAMLMapping()
            sum["items"] = .text(page)
            sum["question"] = .text(question)
            map["sum"] = sum.node(style: .flow)
        case .count(let page): map["count"] = .text(page)
        }
        if value.money { map["money"] = .flag(true) }
        return map.node()
    }

    static func page(_ page: Page) -> Node {
        var map = YAMLMapping()
        map["id"] = .text(page.id)
        if page.isExit { map["exit"] = .flag(true) }
        map["title"] = page.title.map(Node.localised)
        map["body"] = page.body.map(Node.localised)
        map["show_when"] = page.showWhen.map(condition)
        map["repeat"] = page.repeatGroup.map(repeatGroup)
        // An exit or information page has no questions key; any other page needs one, so an empty list is written for
        // the parser to refuse.
        if !page.questions.isEmpty || (!page.isExit && page.body == nil) { map["questions"] = .list(page.questions.map(question)) }
        if !page.next.isEmpty { map["next"] = .list(page.next.map(nextRule)) }
        return map.node()
    }

    static func repeatGroup(_ group: RepeatGroup) -> Node {
        var map = YAMLMapping()
        if group.min != DefinitionDefaults.repeatMinimum { map["min"] = .number(group.min) }
        if group.max != DefinitionDefaults.repeatMaximum { map["max"] = .number(group.max) }
        if group.itemName != DefinitionDefaults.repeatItemName { map["item_name"] = .localised(group.itemName) }
        if group.addAnother != DefinitionDefaults.repeatAddAnother(itemName: group.itemName) { map["add_another"] = .localised(group.addAnother) }
        if group.summaryTitle != DefinitionDefaults.repeatSummaryTitle { map["summary_title"] = .localised(group.summaryTitle) }
        // `repeat: {}` is a page repeated with every default.
        return map.node(style: map.isEmpty ? .flow : .block)
    }

    static func question(_ question: Question) -> Node {
        let defaults = Question(id: question.id, type: question.type, label: question.label)
        var map = YAMLMapping()
        map["id"] = .text(question.id)
        map["type"] = .text(question.type.rawValue)
        map["label"] = .localised(question.label)
        map["hint"] = question.hint.map(Node.localised)
        if let requiredWhen = question.requiredWhen {
            map["required_when"] = condition(requiredWhen)
        } else if !question.required {
            map["required"] = .flag(false)
        }
        map["min_length"] = question.minLength.map(Node.number)
        map["max_length"] = question.maxLength.map(Node.number)
        map["pattern"] = question.pattern.map(Node.text)
        map["autocomplete"] = question.autocomplete.map(Node.text)
        map["min"] = question.minimum.map(Node.decimal)
        map["max"] = question.maximum.map(Node.decimal)
        if question.money { map["money"] = .flag(true) }
        // Money always has two places, so `places` is written only for other decimals.
        if !question.money, question.places != defaults.places { map["places"] = .number(question.places) }
        map["suffix"] = question.suffix.map(Node.localised)
        if question.pastOnly { map["past"] = .flag(true) }
        if question.futureOnly { map["future"] = .flag(true) }
        if question.displayAsSelect { map["display"] = .text("select") }
        map["min_selected"] = question.minSelected.map(Node.number)
        map["max_selected"] = question.maxSelected.map(Node.number)
        if question.maxFileBytes != defaults.maxFileBytes { map["max_size_mb"] = .number(question.maxFileBytes / (1024 * 1024)) }
        if question.fileTypes != defaults.fileTypes { map["types"] = .flowList(question.fileTypes.map(\.rawValue)) }
        map["nearby_reports"] = question.nearbyReports.map(Node.number)
        if question.type == .appointment {
            map["visit"] = question.visitKind.map(Node.text)
        } else if !question.options.isEmpty {
            // An appointment's options are its service's time slots, filled in by the parser; not written.
            map["options"] = .list(question.options.map(option))
        }
        let errors = ErrorKind.allCases.compactMap { kind in question.errors[kind].map { (kind.rawValue, $0) } }
        if !errors.isEmpty {
            var errorMap = YAMLMapping()
            for (key, text) in errors { errorMap[key] = .localised(text) }
            map["errors"] = errorMap.node()
        }
        return map.node()
    }

    static func option(_ option: Option) -> Node {
        var map = YAMLMapping()
        map["value"] = .text(option.value)
        map["label"] = .localised(option.label)
        map["hint"] = option.hint.map(Node.localised)
        if option.exclusive { map["exclusive"] = .flag(true) }
        return map.node()
    }

    static func nextRule(_ rule: NextRule) -> Node {
        var map = YAMLMapping()
        map["when"] = rule.when.map(condition)
        map["goto"] = .text(rule.goto)
        return map.node()
    }

    /// A single test is written on one line, `{question: size, equals: large}`; all and any list theirs below.
    static func condition(_ condition: Condition) -> Node {
        var map = YAMLMapping()
        switch condition {
        case .all(let parts):
            map["all"] = .list(parts.map(self.condition))
            return map.node()
        case .any(let parts):
            map["any"] = .list(parts.map(self.condition))
            return map.node()
        case .not(let inner):
            map["not"] = self.condition(inner)
            return map.node(style: inner.isSingleTest ? .flow : .block)
        case .equals(let question, let value):
            map["question"] = .text(question)
            map["equals"] = .text(value)
        case .oneOf(let question, let values):
            map["question"] = .text(question)
            map["one_of"] = .flowList(values)
        case .greaterThan(let question, let value):
            map["question"] = .text(question)
            map["greater_than"] = .decimal(value)
        case .lessThan(let question, let value):
            map["question"] = .text(question)
            map["less_than"] = .decimal(value)
        case .answered(let question, let flag):
            map["question"] = .text(question)
            map["answered"] = .flag(flag)
        case .date(let question, let test):
            map["question"] = .text(question)
            switch test {
            case .before(let day): map["before"] = .text(day.iso)
            case .after(let day): map["after"] = .text(day.iso)
            case .yearsAgo(let bound): map["years_ago"] = Self.bound(bound)
            case .daysAgo(let bound): map["days_ago"] = Self.bound(bound)
            case .daysFromToday(let bound): map["days_from_today"] = Self.bound(bound)
            }
        case .postcodeIn(let question, let places):
            map["question"] = .text(question)
            map["postcode_in"] = .flowList(places)
        case .itemCount(let page, let bound):
            map["items"] = .text(page)
            map["count"] = Self.bound(bound)
        case .anyItem(let page, let inner), .everyItem(let page, let inner):
            map["items"] = .text(page)
            if case .anyItem = condition { map["any"] = self.condition(inner) } else { map["every"] = self.condition(inner) }
            return map.node(style: inner.isSingleTest ? .flow : .block)
        }
        return map.node(style: .flow)
    }

    static func bound(_ bound: NumberBound) -> Node {
        var map = YAMLMapping()
        switch bound {
        case .atLeast(let value): map["at_least"] = .number(value)
        case .atMost(let value): map["at_most"] = .number(value)
        case .moreThan(let value): map["more_than"] = .number(value)
        case .lessThan(let value): map["less_than"] = .number(value)
        }
        return map.node(style: .flow)
    }
}

extension Condition {
    var isSingleTest: Bool {
        switch self {
        case .all, .any: false
        case .not(let inner): inner.isSingleTest
        default: true
        }
    }
}
