import Foundation

/// A file accepted with a submission, to be stored in the same transaction.
public struct NewUpload: Sendable, Equatable {
    public var reference: FileReference
    public var file: UploadedFile

    public init(reference: FileReference, file: UploadedFile) {
        self.reference = reference
        self.file = file
    }
}

/// A whole set of answers that passed every check along the route the answers themselves decide.
public struct ValidatedSubmission: Sendable {
    public var answers: Answers
    public var newUploads: [NewUpload]
    public var route: [Page]
}

/// Validates a complete set of answers for a service, page by page along the route they decide.
///
/// Used for the JSON API and, on "Submit", for the HTML journey's stored answers: the server never trusts that the
/// pages were visited in order. Answers to questions the route does not reach are errors, not silently kept.
public struct SubmissionValidator: Sendable {
    public enum FileSource: Sendable {
        /// Files arrive inside the answers, base64-encoded (the API).
        case inline
        /// Files were uploaded earlier and the answers hold references to them (the HTML journey).
        case stored
    }

    public let definition: ServiceDefinition
    public let questions: QuestionValidator
    public let fileSource: FileSource

    public init(definition: ServiceDefinition, language: Language, today: CalendarDay, fileSource: FileSource) {
        self.definition = definition
        self.questions = QuestionValidator(language: language, today: today)
        self.fileSource = fileSource
    }

    private var language: Language { questions.language }

    public func validate(_ body: [String: JSONValue]) -> Result<ValidatedSubmission, ValidationErrors> {
        let route = JourneyRoute(definition, today: questions.today)
        var answers = Answers()
        var uploads: [NewUpload] = []
        var errors: [FieldError] = []
        var used: Set<String> = []
        var pages: [Page] = []
        var current = route.firstPage

        while let page = current, pages.count <= definition.pages.count {
            if page.isExit {
                let trigger = pages.last?.questions.first?.id ?? page.id
                let prefix = language == .gd ? "Leis na freagairtean seo chan urrainn dhut an t-seirbheis seo a chleachdadh" : "These answers mean the service cannot be used"
                errors.append(FieldError(questionID: trigger, message: "\(prefix): \(page.heading.text(language))", code: "not_eligible"))
                break
            }
            pages.append(page)
            if page.repeatGroup != nil {
                used.insert(page.id)
                validateRepeating(page, body[page.id], into: &answers, uploads: &uploads, errors: &errors)
            } else {
                for asked in page.questions {
                    used.insert(asked.id)
                    var question = asked
                    question.required = route.isRequired(asked, answers)
                    switch outcome(question, body[question.id], uploads: &uploads) {
                    case .answered(let answer): answers.values[question.id] = answer
                    case .invalid(let problems): errors += problems
                    case .blank, .newFile: break
                    }
                }
            }
            switch route.destination(after: page, answers) {
            case .checkAnswers: current = nil
            case .page(let id): current = definition.page(id)
            }
        }

        let allQuestionIDs = Set(definition.pages.flatMap { page in page.repeatGroup == nil ? page.questions.map(\.id) : [page.id] })
        for key in body.keys.sorted() where !used.contains(key) {
            let applies = allQuestionIDs.contains(key)
            let message = applies
                ? (language == .gd ? "Chan eil a’ cheist seo a’ buntainn ris na freagairtean eile agad" : "This question does not apply, given the other answers; leave it out")
                : (language == .gd ? "Chan eil ceist leis an ainm seo san t-seirbheis seo" : "There is no question with this id in this service")
            errors.append(FieldError(questionID: key, message: message, code: applies ? "not_applicable" : "unknown_field"))
        }
        if !errors.isEmpty { return .failure(ValidationErrors(errors)) }
        return .success(ValidatedSubmission(answers: answers, newUploads: uploads, route: pages))
    }

    private func validateRepeating(
        _ page: Page, _ value: JSONValue?, into answers: inout Answers, uploads: inout [NewUpload], errors: inout [FieldError]
    ) {
        guard let group = page.repeatGroup else { return }
        let list: [JSONValue]
        switch value {
        case nil, .null?: list = []
        case .array(let items)?: list = items
        default:
            errors.append(FieldError(questionID: page.id, message: language == .gd ? "feumaidh e a bhith na liosta" : "must be a list of items, each an object of answers"))
            return
        }
        if list.count < group.min || list.count > group.max {
            let english = list.count < group.min
                ? "Add at least \(group.min) \(group.itemName.text(.en))"
                : "Add no more than \(group.max) \(group.itemName.text(.en))"
            let gaelic = list.count < group.min
                ? "Cuir ris co-dhiù \(group.min) \(group.itemName.text(.gd))"
                : "Na cuir ris barrachd air \(group.max) \(group.itemName.text(.gd))"
            errors.append(FieldError(questionID: page.id, message: language == .gd ? gaelic : english, code: list.count < group.min ? "too_few" : "too_many"))
        }
        var items: [[String: Answer]] = []
        for (index, itemValue) in list.enumerated() {
            guard let object = itemValue.objectValue else {
                errors.append(FieldError(questionID: page.id, item: (page.id, index), message: "must be an object of answers"))
                continue
            }
            var item: [String: Answer] = [:]
            for question in page.questions {
                switch outcome(question, object[question.id], uploads: &uploads) {
                case .answered(let answer): item[question.id] = answer
                case .invalid(let problems): errors += problems.map { var error = $0; error.item = (page.id, index); return error }
                case .blank, .newFile: break
                }
            }
            let known = Set(page.questions.map(\.id))
            for key in object.keys.sorted() where !known.contains(key) {
                errors.append(FieldError(questionID: key, item: (page.id, index), message: "There is no question with this id on this page", code: "unknown_field"))
            }
            items.append(item)
        }
        answers.items[page.id] = items
    }

    private func outcome(_ question: Question, _ value: JSONValue?, uploads: inout [NewUpload]) -> QuestionOutcome {
        if question.type == .file, fileSource == .stored {
            guard let value, value != .null else {
                return question.required ? questions.validate(question, FieldInput()) : .blank
            }
            guard let answer = AnswerCoding.storedAnswer(for: question, value) else {
                return .invalid([FieldError(questionID: question.id, message: "The uploaded file could not be found; upload it again")])
            }
            return .answered(answer)
        }
        switch AnswerCoding.input(for: question, from: value, language: language) {
        case .failure(let error):
            return .invalid([error])
        case .success(let input):
            let result = questions.validate(question, input)
            guard case .newFile(let file) = result else { return result }
            let reference = FileReference(id: Token.random(), filename: file.filename, contentType: file.contentType, size: file.data.count)
            uploads.append(NewUpload(reference: reference, file: file))
            return .answered(.file(reference))
        }
    }
}
