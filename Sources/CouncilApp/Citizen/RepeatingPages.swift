import Views
import Domain
import Foundation
import Hummingbird

/// Repeating pages: one item at a time, then a list with "Change" and "Remove", then "add another?".
extension JourneyController {
    private static let addAnotherField = "add-another"

    func items(_ journey: Active, _ page: Page) -> [[String: JSONValue]] {
        (journey.state.answers[page.id]?.arrayValue ?? []).map { $0.objectValue ?? [:] }
    }

    func itemTitle(_ group: RepeatGroup, _ number: Int, _ language: Language) -> String {
        AnswerSummary.itemTitle(group, number, language)
    }

    func itemLines(_ page: Page, _ item: [String: JSONValue], _ language: Language) -> [String] {
        page.questions.flatMap { question -> [String] in
            guard let value = item[question.id], let answer = AnswerCoding.storedAnswer(for: question, value) else { return [] }
            return AnswerDisplay.lines(answer, for: question, language: language)
        }
    }

    func showRepeatSummary(_ request: Request, _ context: AppRequestContext, _ journey: Active, _ page: Page, errors: [FieldError] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let group = page.repeatGroup else { throw HTTPError(.notFound) }
        let language = context.language
        let base = "/services/\(journey.definition.slug)/\(page.id)"
        let change = request.uri.queryParameters.get("change") == "1"
        let suffix = change ? "?change=1" : ""
        let list = items(journey, page)
        // With items required, start straight on the first one; with none required, ask whether to add any.
        if list.isEmpty && errors.isEmpty && group.min > 0 { return .found("\(base)/1\(suffix)") }
        let itemList = list.enumerated().map { index, item in
            RepeatSummaryPage.Item(title: itemTitle(group, index + 1, language), lines: itemLines(page, item, language),
                                   changeURL: "\(base)/\(index + 1)\(suffix)", removeURL: "\(base)/\(index + 1)/remove")
        }
        // Before any item, the page's own heading and guidance ("if you live alone, continue…") lead, and the question is "add one?".
        let addLabel = list.isEmpty
            ? LocalisedText("Do you need to add a \(group.itemName.text(.en))?", gaelic: "A bheil feum agad air \(group.itemName.text(.gd)) a chur ris?")
            : group.addAnother
        var addAnother = Question(id: Self.addAnotherField, type: .yesNo, label: addLabel)
        addAnother.errors[.required] = addAnotherError(group, isFirst: list.isEmpty)
        let heading = list.isEmpty ? page.heading.text(language) : group.summaryTitle.text(language)
        let section = journey.definition.sections.count > 1 ? journey.definition.section(of: page)?.title.text(language) : nil
        let layout = layout(journey, context, request: request, title: heading, back: backLink(journey, before: page.id), errors: errors)
        return RepeatSummaryPage(
            layout: layout.model, sectionTitle: section, heading: heading, body: list.isEmpty ? page.body?.text(language) : nil,
            count: "\(list.count) × \(group.itemName.text(language))", items: itemList, action: base,
            csrfToken: journey.session.csrfToken, change: change, addAnother: list.count < group.max ? addAnother : nil, errors: errors
        ).response(status: status)
    }

    func answerRepeatSummary(_ request: Request, _ context: AppRequestContext, _ journey: Active, _ page: Page, _ form: FormBody) async throws -> Response {
        guard let group = page.repeatGroup else { throw HTTPError(.notFound) }
        let base = "/services/\(journey.definition.slug)/\(page.id)"
        let change = form.value("change") == "1"
        let count = items(journey, page).count
        let choice = form.value(Self.addAnotherField)
        if count < group.max {
            guard choice == "yes" || choice == "no" else {
                let message = addAnotherError(group, isFirst: count == 0).text(context.language)
                let error = FieldError(questionID: Self.addAnotherField, message: message, code: "required")
                services.countErrors([error], journey, language: context.language)
                return try await showRepeatSummary(request, context, journey, page, errors: [error], status: .unprocessableContent)
            }
            if choice == "yes" { return .seeOther("\(base)/\(count + 1)\(change ? "?change=1" : "")") }
        }
        if count < group.min {
            let message = Phrase.journeyAddAtLeast(group.min, item: group.itemName)(context.language)
            let error = FieldError(questionID: Self.addAnotherField, message: message, code: "too_few")
            services.countErrors([error], journey, language: context.language)
            return try await showRepeatSummary(request, context, journey, page, errors: [error], status: .unprocessableContent)
        }
        var state = journey.state
        state.completed.insert(page.id)
        try await services.journeys.save(state)
        if !journey.state.completed.contains(page.id) { services.count(.page, journey, detail: page.id, language: context.language) }
        return .seeOther(nextURL(journey.replacing(state), after: page, changing: change))
    }

    private func addAnotherError(_ group: RepeatGroup, isFirst: Bool) -> LocalisedText {
        isFirst
            ? LocalisedText("Select yes if you need to add a \(group.itemName.text(.en))", gaelic: "Tagh ‘Tha’ ma tha feum agad air \(group.itemName.text(.gd)) a chur ris")
            : LocalisedText("Select yes if you need to add another \(group.itemName.text(.en))", gaelic: "Tagh ‘Tha’ ma tha feum agad air \(group.itemName.text(.gd)) eile a chur ris")
    }

    /// The item number in the address, if it names an existing item or the next new one.
    private func itemNumber(_ context: AppRequestContext, _ journey: Active, _ page: Page) throws -> Int {
        guard let group = page.repeatGroup, let number = Int(try context.parameters.require("item")) else { throw HTTPError(.notFound) }
        let count = items(journey, page).count
        guard number >= 1, number <= min(count + 1, group.max) else { throw RedirectError(location: "/services/\(journey.definition.slug)/\(page.id)") }
        return number
    }

    @Sendable func showItem(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (journey, page) = try await journeyAndPage(request, context)
        if let redirect = guardReachable(journey, page, isPost: false) { return redirect }
        let number = try itemNumber(context, journey, page)
        let list = items(journey, page)
        var fields: [String: [String]] = [:]
        if number <= list.count {
            for question in page.questions {
                let answer = list[number - 1][question.id].flatMap { AnswerCoding.storedAnswer(for: question, $0) }
                fields.merge(AnswerCoding.formFields(for: question, answer)) { $1 }
            }
        }
        return try renderItem(request, context, journey, page, number: number, fields: fields, errors: [])
    }

    @Sendable func answerItem(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (journey, page) = try await journeyAndPage(request, context)
        if let redirect = guardReachable(journey, page, isPost: true) { return redirect }
        let form = try await FormBody.parse(request, context: context, limit: services.maxBodySize)
        try form.requireToken(journey.session.csrfToken)
        let number = try itemNumber(context, journey, page)
        let validator = QuestionValidator(language: context.language, today: services.today())
        var item: [String: JSONValue] = [:]
        var errors: [FieldError] = []
        for question in page.questions {
            switch validator.validate(question, form.input) {
            case .answered(let answer): item[question.id] = answer.json
            case .invalid(let problems): errors += problems
            case .blank, .newFile: break
            }
        }
        if !errors.isEmpty {
            services.countErrors(errors, journey, language: context.language)
            return try renderItem(request, context, journey, page, number: number, fields: form.input.fields, errors: errors, status: .unprocessableContent)
        }
        var list = items(journey, page)
        var state = journey.state
        if number <= list.count {
            list[number - 1] = item
        } else {
            list.append(item)
            // A new item means the list must be confirmed again before moving on.
            state.completed.remove(page.id)
        }
        state.answers[page.id] = .array(list.map { .object($0) })
        try await services.journeys.save(state)
        let change = form.value("change") == "1"
        return .seeOther("/services/\(journey.definition.slug)/\(page.id)\(change ? "?change=1" : "")")
    }

    private func renderItem(
        _ request: Request, _ context: AppRequestContext, _ journey: Active, _ page: Page, number: Int,
        fields: [String: [String]], errors: [FieldError], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        guard let group = page.repeatGroup else { throw HTTPError(.notFound) }
        let language = context.language
        let base = "/services/\(journey.definition.slug)/\(page.id)"
        let change = request.uri.queryParameters.get("change") == "1" || fields["change"]?.first == "1"
        let heading = "\(page.heading.text(language)): \(itemTitle(group, number, language).lowercased())"
        let back = items(journey, page).isEmpty ? backLink(journey, before: page.id) : base
        let layout = layout(journey, context, request: request, title: heading, back: back, errors: errors)
        return QuestionPage(
            layout: layout.model, action: "\(base)/\(number)", csrfToken: journey.session.csrfToken, change: change,
            sectionTitle: nil, heading: heading, body: page.body, questions: page.questions, questionIsHeading: false,
            fields: fields, errors: errors
        ).response(status: status)
    }

    @Sendable func confirmRemoval(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (journey, page) = try await journeyAndPage(request, context)
        if let redirect = guardReachable(journey, page, isPost: false) { return redirect }
        let number = try itemNumber(context, journey, page)
        return try renderRemoval(request, context, journey, page, number: number, errors: [])
    }

    @Sendable func removeItem(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (journey, page) = try await journeyAndPage(request, context)
        if let redirect = guardReachable(journey, page, isPost: true) { return redirect }
        let form = try await FormBody.parse(request, context: context, limit: services.maxBodySize)
        try form.requireToken(journey.session.csrfToken)
        let number = try itemNumber(context, journey, page)
        var list = items(journey, page)
        let base = "/services/\(journey.definition.slug)/\(page.id)"
        switch form.value("remove") {
        case "yes" where number <= list.count:
            list.remove(at: number - 1)
            var state = journey.state
            state.answers[page.id] = .array(list.map { .object($0) })
            if list.count < (page.repeatGroup?.min ?? 0) { state.completed.remove(page.id) }
            try await services.journeys.save(state)
            return .seeOther(base)
        case "yes", "no":
            return .seeOther(base)
        default:
            let message = Phrase.journeyRemoveRequired(context.language)
            return try renderRemoval(request, context, journey, page, number: number, errors: [FieldError(questionID: "remove", message: message)], status: .unprocessableContent)
        }
    }

    private func renderRemoval(_ request: Request, _ context: AppRequestContext, _ journey: Active, _ page: Page, number: Int, errors: [FieldError], status: HTTPResponse.Status = .ok) throws -> Response {
        guard let group = page.repeatGroup else { throw HTTPError(.notFound) }
        let language = context.language
        let list = items(journey, page)
        guard number <= list.count else { throw RedirectError(location: "/services/\(journey.definition.slug)/\(page.id)") }
        let title = itemTitle(group, number, language)
        let question = Question(id: "remove", type: .yesNo, label: LocalisedText(
            "Are you sure you want to remove \(title.lowercased())?", gaelic: "A bheil thu cinnteach gu bheil thu airson \(title.lowercased()) a thoirt air falbh?"
        ))
        let layout = layout(journey, context, request: request, title: question.label.text(language), back: "/services/\(journey.definition.slug)/\(page.id)", errors: errors)
        return RemoveItemPage(
            layout: layout.model, action: "/services/\(journey.definition.slug)/\(page.id)/\(number)/remove",
            csrfToken: journey.session.csrfToken, question: question, itemTitle: title, lines: itemLines(page, list[number - 1], language),
            errors: errors
        ).response(status: status)
    }
}
