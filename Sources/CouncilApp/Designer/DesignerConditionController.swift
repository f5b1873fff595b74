import Domain
import Foundation
import Hummingbird
import Views

/// `/designer/services/{slug}/pages/{page}/condition?for=rule|show_when`: one condition built in two steps without
/// JavaScript (the question it reads, then the comparison, the value or options and, for a branch, where it goes),
/// then added as a branch before the page's unconditional one, or set as when the page is shown.
struct DesignerConditionController {
    let services: AppServices
    var support: DesignerEditorSupport { DesignerEditorSupport(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let service = router.group("designer/services/{slug}").staffArea()
        service.get("pages/{page}/condition", use: show)
        service.post("pages/{page}/condition", use: save)
    }

    @Sendable func show(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let purpose = try Self.purpose(request)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let page = try support.page(definition, context)
        let (session, cookie) = try await support.pages.browserSession(request, context.site)
        return builder(definition, page, slug, purpose, context, csrf: session.csrfToken, chosen: nil).response(cookies: [cookie])
    }

    @Sendable func save(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let purpose = try Self.purpose(request)
        let (form, session) = try await support.pages.postedForm(request, context.site)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let page = try support.page(definition, context)
        let language = context.language
        let csrf = session.csrfToken

        if purpose == .showWhen, form.value("clear") == "yes" {
            return try await applying(.setShowWhen(page: page.id, nil), slug, page, definition, purpose, context, csrf: csrf, chosen: nil, fields: [:])
        }
        let choices = questions(definition, page, purpose, language)
        guard let chosen = choices.first(where: { $0.id == form.value(DesignerConditionForm.question) }) else {
            let errors = [FieldError(questionID: DesignerConditionForm.question, message: Phrase.designerChooseQuestion(language), code: "required")]
            return builder(definition, page, slug, purpose, context, csrf: csrf, chosen: nil, errors: errors).response(status: .unprocessableContent)
        }
        var fields = DesignerEditorSupport.fields(form)
        fields[DesignerConditionForm.options] = form.input.values(DesignerConditionForm.options).joined(separator: ",")
        // Step one sends only the question: draw step two.
        guard form.input.fields[DesignerConditionForm.comparison] != nil else {
            return builder(definition, page, slug, purpose, context, csrf: csrf, chosen: chosen).response()
        }
        var errors: [FieldError] = []
        let condition = Self.condition(form, chosen, language, &errors)
        var destination = ""
        if purpose == .rule {
            destination = form.value(DesignerConditionForm.destination)
            if !destinations(definition, page, language).contains(where: { $0.id == destination }) {
                errors.append(FieldError(questionID: DesignerConditionForm.destination, message: Phrase.designerChooseDestination(language), code: "required"))
            }
        }
        guard errors.isEmpty, let condition else {
            return builder(definition, page, slug, purpose, context, csrf: csrf, chosen: chosen, fields: fields, errors: errors)
                .response(status: .unprocessableContent)
        }
        let edit: DefinitionEdit
        switch purpose {
        case .showWhen: edit = .setShowWhen(page: page.id, condition)
        case .rule:
            var rules = page.next
            rules.insert(NextRule(when: condition, goto: destination), at: rules.firstIndex { $0.when == nil } ?? rules.endIndex)
            edit = .setNextRules(page: page.id, rules)
        }
        return try await applying(edit, slug, page, definition, purpose, context, csrf: csrf, chosen: chosen, fields: fields)
    }

    /// The condition the form describes, or nil with the reasons in `errors`.
    static func condition(_ form: FormBody, _ chosen: DesignerConditionPage.QuestionChoice, _ language: Language,
                          _ errors: inout [FieldError]) -> Condition? {
        let id = chosen.id
        guard let comparison = DesignerComparison(rawValue: form.value(DesignerConditionForm.comparison)),
              DesignerComparison.offered(for: chosen.type).contains(comparison) else {
            errors.append(FieldError(questionID: DesignerConditionForm.comparison, message: Phrase.designerChooseComparison(language), code: "required"))
            return nil
        }
        switch comparison {
        case .answered: return .answered(question: id, true)
        case .notAnswered: return .answered(question: id, false)
        case .greaterThan, .lessThan:
            let text = form.value(DesignerConditionForm.value)
            guard let number = Decimal(string: text, locale: Locale(identifier: "en_GB")), text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else {
                errors.append(FieldError(questionID: DesignerConditionForm.value, message: Phrase.designerEnterNumberValue(language)))
                return nil
            }
            return comparison == .greaterThan ? .greaterThan(question: id, value: number) : .lessThan(question: id, value: number)
        case .equals, .notEquals, .oneOf:
            let values: [String]
            if chosen.options.isEmpty {
                let text = form.value(DesignerConditionForm.value)
                guard !text.isEmpty else {
                    errors.append(FieldError(questionID: DesignerConditionForm.value, message: Phrase.designerEnterValue(language), code: "required"))
                    return nil
                }
                values = [text]
            } else {
                values = form.input.values(DesignerConditionForm.options).filter { value in chosen.options.contains { $0.value == value } }
                guard !values.isEmpty else {
                    errors.append(FieldError(questionID: DesignerConditionForm.options, message: Phrase.designerChooseOptions(language), code: "required"))
                    return nil
                }
                guard comparison == .oneOf || values.count == 1 else {
                    errors.append(FieldError(questionID: DesignerConditionForm.options, message: Phrase.designerChooseOneOption(language)))
                    return nil
                }
            }
            switch comparison {
            case .oneOf: return .oneOf(question: id, values: values)
            case .notEquals: return .not(.equals(question: id, value: values[0]))
            default: return .equals(question: id, value: values[0])
            }
        }
    }

    private func applying(_ edit: DefinitionEdit, _ slug: String, _ page: Page, _ definition: ServiceDefinition,
                          _ purpose: DesignerConditionPage.Purpose, _ context: StaffRequestContext, csrf: String,
                          chosen: DesignerConditionPage.QuestionChoice?, fields: [String: String]) async throws -> Response {
        switch try await support.editing.apply(edit, to: slug, context) {
        case .success: return .seeOther(DesignerPaths.page(slug, page.id) + "?saved=yes")
        case .failure(let refusal):
            return builder(definition, page, slug, purpose, context, csrf: csrf, chosen: chosen, fields: fields,
                           errors: DesignerEditorSupport.errors(refusal, field: DesignerConditionForm.comparison)).response(status: .unprocessableContent)
        }
    }

    /// The questions answered before the page (and, for a branch, on it), leaving out repeating pages' questions,
    /// which have one answer per item.
    private func questions(_ definition: ServiceDefinition, _ page: Page, _ purpose: DesignerConditionPage.Purpose,
                           _ language: Language) -> [DesignerConditionPage.QuestionChoice] {
        guard let position = definition.pagePosition(page.id) else { return [] }
        let last = purpose == .rule ? position : position - 1
        guard last >= 0 else { return [] }
        return definition.pages[0...last].filter { $0.repeatGroup == nil }.flatMap(\.questions).map { question in
            let options: [DesignerConditionPage.QuestionChoice.Option] = switch question.type {
            case .yesNo: [.init(value: "yes", label: Phrase.conditionYes(language)), .init(value: "no", label: Phrase.conditionNo(language))]
            default: question.options.map { .init(value: $0.value, label: $0.label.text(language)) }
            }
            return .init(id: question.id, label: question.label.text(language), type: question.type, options: options)
        }
    }

    /// Later pages (exit pages among them) and check-answers: a journey only moves forward.
    private func destinations(_ definition: ServiceDefinition, _ page: Page, _ language: Language) -> [(id: String, label: String)] {
        let position = definition.pagePosition(page.id) ?? definition.pages.count
        let later = definition.pages.dropFirst(position + 1).map { (id: $0.id, label: DesignerConditionText.destination($0.id, in: definition, language)) }
        return later + [(id: NextRule.checkAnswers, label: DesignerConditionText.destination(NextRule.checkAnswers, in: definition, language))]
    }

    private func builder(_ definition: ServiceDefinition, _ page: Page, _ slug: String, _ purpose: DesignerConditionPage.Purpose,
                         _ context: StaffRequestContext, csrf: String, chosen: DesignerConditionPage.QuestionChoice?,
                         fields: [String: String] = [:], errors: [FieldError] = []) -> DesignerConditionPage {
        let language = context.language
        let heading = page.heading.text(language).isEmpty ? page.id : page.heading.text(language)
        let title = purpose == .rule ? Phrase.designerAddBranch(language) : Phrase.designerChangeWhenShown(language)
        return DesignerConditionPage(
            layout: context.layout(title: title, path: "\(DesignerPaths.page(slug, page.id))/condition", errors: errors,
                                   back: DesignerPaths.page(slug, page.id), keepQuery: "for=\(purpose.rawValue)"),
            csrf: csrf, slug: slug, pageID: page.id, pageHeading: heading, purpose: purpose,
            questions: questions(definition, page, purpose, language), chosen: chosen,
            destinations: purpose == .rule ? destinations(definition, page, language) : [], fields: fields, errors: errors)
    }

    static func purpose(_ request: Request) throws -> DesignerConditionPage.Purpose {
        guard let purpose = DesignerConditionPage.Purpose(rawValue: request.uri.queryParameters.get("for") ?? "rule") else { throw HTTPError(.badRequest) }
        return purpose
    }
}
