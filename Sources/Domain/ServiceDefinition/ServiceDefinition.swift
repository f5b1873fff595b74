import Foundation

/// One published version of a service: what the citizen is asked, in what order, and what they are told.
public struct ServiceDefinition: Sendable, Equatable {
    public var slug: String
    public var referencePrefix: String
    public var title: LocalisedText
    public var summary: LocalisedText
    public var startBody: LocalisedText
    public var beforeYouStart: LocalisedText?
    public var sections: [Section]
    public var checkAnswersTitle: LocalisedText
    public var declaration: LocalisedText?
    public var confirmationTitle: LocalisedText
    public var whatHappensNext: LocalisedText
    /// How its cases are worked; the standard workflow unless the definition declares one.
    public var workflow: Workflow
    /// How its jobs on site are scheduled, if it has any.
    public var scheduling: Scheduling?
    /// Message templates per event, and whether the citizen chooses email, text or both.
    public var notifications: ServiceNotifications
    /// Values worked out from answers (an age, a total, a count), for conditions and check-answers.
    public var computed: [ComputedValue] = []

    /// Every page in file order, with the section it belongs to.
    public let pages: [Page]
    private let pageIndexByID: [String: Int]
    /// Each question asked once (not on a repeating page), by id.
    private let questionByID: [String: Question]
    /// The `show_when` of the section each page is in, where its section has one.
    private let sectionConditionByPage: [String: Condition]

    public init(
        slug: String, referencePrefix: String, title: LocalisedText, summary: LocalisedText,
        startBody: LocalisedText, beforeYouStart: LocalisedText?, sections: [Section],
        checkAnswersTitle: LocalisedText, declaration: LocalisedText?,
        confirmationTitle: LocalisedText, whatHappensNext: LocalisedText, workflow: Workflow = .standard,
        scheduling: Scheduling? = nil, notifications: ServiceNotifications = ServiceNotifications()
    ) {
        self.notifications = notifications
        self.workflow = workflow
        self.scheduling = scheduling
        self.slug = slug
        self.referencePrefix = referencePrefix
        self.title = title
        self.summary = summary
        self.startBody = startBody
        self.beforeYouStart = beforeYouStart
        self.sections = sections
        self.checkAnswersTitle = checkAnswersTitle
        self.declaration = declaration
        self.confirmationTitle = confirmationTitle
        self.whatHappensNext = whatHappensNext
        self.pages = sections.flatMap(\.pages)
        var index: [String: Int] = [:]
        for (position, page) in pages.enumerated() where index[page.id] == nil { index[page.id] = position }
        self.pageIndexByID = index
        var questions: [String: Question] = [:]
        for page in pages where page.repeatGroup == nil {
            for question in page.questions where questions[question.id] == nil { questions[question.id] = question }
        }
        self.questionByID = questions
        var sectionConditions: [String: Condition] = [:]
        for section in sections {
            guard let condition = section.showWhen else { continue }
            for page in section.pages { sectionConditions[page.id] = condition }
        }
        self.sectionConditionByPage = sectionConditions
    }

    public func computedValue(_ id: String) -> ComputedValue? { computed.first { $0.id == id } }

    /// A question asked once in the service (not one on a repeating page).
    public func question(_ id: String) -> Question? { questionByID[id] }

    /// The `show_when` of the section holding the page, if it has one.
    public func sectionCondition(of pageID: String) -> Condition? { sectionConditionByPage[pageID] }

    public func page(_ id: String) -> Page? {
        pageIndexByID[id].map { pages[$0] }
    }

    public func pagePosition(_ id: String) -> Int? { pageIndexByID[id] }

    public func section(of page: Page) -> Section? {
        sections.first { $0.pages.contains { $0.id == page.id } }
    }
}

public struct Section: Sendable, Equatable {
    public var id: String
    public var title: LocalisedText
    public var pages: [Page]
    /// When false, every page of the section is skipped.
    public var showWhen: Condition?

    public init(id: String, title: LocalisedText, pages: [Page], showWhen: Condition? = nil) {
        self.id = id
        self.title = title
        self.pages = pages
        self.showWhen = showWhen
    }
}

public struct Page: Sendable, Equatable {
    public var id: String
    public var title: LocalisedText?
    public var body: LocalisedText?
    public var questions: [Question]
    public var showWhen: Condition?
    public var next: [NextRule]
    public var isExit: Bool
    public var repeatGroup: RepeatGroup?

    public init(
        id: String, title: LocalisedText? = nil, body: LocalisedText? = nil, questions: [Question] = [],
        showWhen: Condition? = nil, next: [NextRule] = [], isExit: Bool = false, repeatGroup: RepeatGroup? = nil
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.questions = questions
        self.showWhen = showWhen
        self.next = next
        self.isExit = isExit
        self.repeatGroup = repeatGroup
    }

    /// The page heading: its title, or the label of its only question.
    public var heading: LocalisedText {
        title ?? questions.first?.label ?? LocalisedText("")
    }

    /// A page with one question and no title shows the question label as the page heading.
    public var questionIsHeading: Bool { title == nil && questions.count == 1 }

    /// Guidance or a warning with Continue and no question; check-answers shows nothing for it.
    public var isInformation: Bool { !isExit && questions.isEmpty && repeatGroup == nil }

    public var hasFileUpload: Bool { questions.contains { $0.type == .file } }

    public var appointmentQuestion: Question? { questions.first { $0.type == .appointment } }
}

/// A page answered once per item (household members, items for collection).
public struct RepeatGroup: Sendable, Equatable {
    public var min: Int
    public var max: Int
    public var itemName: LocalisedText
    public var addAnother: LocalisedText
    public var summaryTitle: LocalisedText

    public init(min: Int, max: Int, itemName: LocalisedText, addAnother: LocalisedText, summaryTitle: LocalisedText) {
        self.min = min
        self.max = max
        self.itemName = itemName
        self.addAnother = addAnother
        self.summaryTitle = summaryTitle
    }
}

public struct NextRule: Sendable, Equatable {
    public static let checkAnswers = "check-answers"
    public var when: Condition?
    public var goto: String

    public init(when: Condition?, goto: String) {
        self.when = when
        self.goto = goto
    }
}

public indirect enum Condition: Sendable, Equatable {
    case equals(question: String, value: String)
    case oneOf(question: String, values: [String])
    case greaterThan(question: String, value: Decimal)
    case lessThan(question: String, value: Decimal)
    case answered(question: String, Bool)
    /// A test of a date answer: before or after a fixed day, or how many years or days it is from today.
    case date(question: String, DateTest)
    /// The postcode (of a postcode or address question) is in one of these districts (`PA34`) or areas (`PA`).
    case postcodeIn(question: String, [String])
    /// How many items a repeating page has.
    case itemCount(page: String, NumberBound)
    /// At least one item of a repeating page meets the condition, read against that item's answers.
    case anyItem(page: String, Condition)
    /// The repeating page has items, and every one meets the condition.
    case everyItem(page: String, Condition)
    case all([Condition])
    case any([Condition])
    case not(Condition)

    /// The questions this condition reads.
    public var questionIDs: [String] {
        switch self {
        case .equals(let q, _), .oneOf(let q, _), .greaterThan(let q, _), .lessThan(let q, _), .answered(let q, _),
             .date(let q, _), .postcodeIn(let q, _): [q]
        case .itemCount, .anyItem, .everyItem: []
        case .all(let conditions), .any(let conditions): conditions.flatMap(\.questionIDs)
        case .not(let condition): condition.questionIDs
        }
    }

    /// The repeating pages this condition reads, each with the condition its items are tested against (if any).
    public var itemTests: [(page: String, inner: Condition?)] {
        switch self {
        case .itemCount(let page, _): [(page, nil)]
        case .anyItem(let page, let inner), .everyItem(let page, let inner): [(page, inner)]
        case .all(let conditions), .any(let conditions): conditions.flatMap(\.itemTests)
        case .not(let condition): condition.itemTests
        default: []
        }
    }
}

/// What a date condition asks of the date. Years and days are counted to the council's today, so an age is
/// `yearsAgo` of a date of birth (whole years: 16 on the sixteenth birthday).
public enum DateTest: Sendable, Equatable {
    case before(CalendarDay)
    case after(CalendarDay)
    case yearsAgo(NumberBound)
    case daysAgo(NumberBound)
    case daysFromToday(NumberBound)
}

/// A bound on a whole number: `at_least: 16`, `less_than: 28`.
public enum NumberBound: Sendable, Equatable {
    case atLeast(Int), atMost(Int), moreThan(Int), lessThan(Int)

    public func holds(_ value: Int) -> Bool {
        switch self {
        case .atLeast(let limit): value >= limit
        case .atMost(let limit): value <= limit
        case .moreThan(let limit): value > limit
        case .lessThan(let limit): value < limit
        }
    }
}

public enum QuestionType: String, Sendable, CaseIterable {
    case text, longText = "long_text", number, decimal, email, phone, postcode, date
    case choice, choices, yesNo = "yes_no", address, file, location
    /// A date and time slot from those the service's `scheduling` has room for.
    case appointment
    /// One tick box that must be ticked ("I confirm the information I have given is true").
    case declaration
    /// A National Insurance number, stored as `QQ123456C`.
    case niNumber = "ni_number"
}

public struct Option: Sendable, Equatable {
    public var value: String
    public var label: LocalisedText
    public var hint: LocalisedText?
    /// "None of these": shown after an "or", and cannot be chosen with any other option.
    public var exclusive: Bool

    public init(value: String, label: LocalisedText, hint: LocalisedText? = nil, exclusive: Bool = false) {
        self.value = value
        self.label = label
        self.hint = hint
        self.exclusive = exclusive
    }
}

/// The checks a question can fail, each with a default message that a definition may override.
public enum ErrorKind: String, Sendable, CaseIterable {
    case required, tooShort = "too_short", tooLong = "too_long", pattern
    case tooSmall = "too_small", tooLarge = "too_large", invalid
    /// An exclusive option ("None of these") chosen together with another.
    case exclusive
}

public struct Question: Sendable, Equatable {
    public var id: String
    public var type: QuestionType
    public var label: LocalisedText
    public var hint: LocalisedText?
    public var required: Bool
    public var minLength: Int?
    public var maxLength: Int?
    public var minimum: Decimal?
    public var maximum: Decimal?
    public var pattern: String?
    public var money: Bool
    public var places: Int
    public var suffix: LocalisedText?
    public var autocomplete: String?
    public var options: [Option]
    public var displayAsSelect: Bool
    public var minSelected: Int?
    public var maxSelected: Int?
    public var pastOnly: Bool
    public var futureOnly: Bool
    public var maxFileBytes: Int
    public var fileTypes: [FileType]
    public var errors: [ErrorKind: LocalisedText]
    /// For an appointment: the kind of job it books.
    public var visitKind: String?
    /// Required only when this holds (`required_when`); otherwise the question is optional.
    public var requiredWhen: Condition?
    /// For a location: show the open reports of this service within this many metres before going on (`nearby_reports`).
    public var nearbyReports: Int? = nil

    public init(id: String, type: QuestionType, label: LocalisedText) {
        self.id = id
        self.type = type
        self.label = label
        self.hint = nil
        self.required = true
        self.minLength = nil
        self.maxLength = nil
        self.minimum = nil
        self.maximum = nil
        self.pattern = nil
        self.money = false
        self.places = 2
        self.suffix = nil
        self.autocomplete = nil
        self.options = []
        self.displayAsSelect = false
        self.minSelected = nil
        self.maxSelected = nil
        self.pastOnly = false
        self.futureOnly = false
        self.maxFileBytes = 10 * 1024 * 1024
        self.fileTypes = FileType.allCases
        self.errors = [:]
        self.visitKind = nil
        self.requiredWhen = nil
    }

    /// The longest answer accepted, for types that take free text.
    public var effectiveMaxLength: Int {
        if let maxLength { return maxLength }
        switch type {
        case .longText: return 5000
        case .email: return 254
        default: return 200
        }
    }

    public func option(_ value: String) -> Option? { options.first { $0.value == value } }
}

public enum FileType: String, Sendable, CaseIterable {
    case pdf, jpg, png, docx, txt

    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpg: "image/jpeg"
        case .png: "image/png"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .txt: "text/plain"
        }
    }

    public var extensions: [String] {
        switch self {
        case .jpg: ["jpg", "jpeg"]
        default: [rawValue]
        }
    }
}
