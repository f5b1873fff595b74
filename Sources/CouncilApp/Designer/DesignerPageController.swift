import Domain
import Foundation
import Hummingbird
import Views

/// `/designer/services/{slug}/pages/{page}` and `…/sections/…`: a draft's page edited part by part (texts and exit,
/// its questions in order, its branches in order), a new page added to a section, a new section added. Each form's
/// changes become `DefinitionEdit`s applied to the draft together, or none when one is refused.
struct DesignerPageController {
    let services: AppServices
    var support: DesignerEditorSupport { DesignerEditorSupport(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let service = router.group("designer/services/{slug}").staffArea()
        service.get("pages/{page}", use: show)
        service.post("pages/{page}", use: saveTexts)
        service.post("pages/{page}/questions", use: questionAction)
        service.post("pages/{page}/questions/new", use: addQuestion)
        service.post("pages/{page}/rules", use: ruleAction)
        service.get("sections/{section}/pages/new", use: newPageForm)
        service.post("sections/{section}/pages/new", use: addPage)
        service.post("sections/new", use: addSection)
    }

    // MARK: The page editor

    @Sendable func show(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let page = try support.page(definition, context)
        let (session, cookie) = try await support.pages.browserSession(request, context.site)
        let notice = request.uri.queryParameters.get("saved").map { _ in Phrase.designerPageSaved(context.language) }
        return editor(definition, page, slug, context, csrf: session.csrfToken, notice: notice).response(cookies: [cookie])
    }

    @Sendable func saveTexts(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let (form, session) = try await support.pages.postedForm(request, context.site)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let page = try support.page(definition, context)
        let title = DesignerEditorSupport.text(form.value(DesignerPageForm.titleEnglish), form.value(DesignerPageForm.titleGaelic))
        let body = DesignerEditorSupport.text(form.value(DesignerPageForm.bodyEnglish), form.value(DesignerPageForm.bodyGaelic))
        let isExit = form.value(DesignerPageForm.exit) == "yes"
        let fields = DesignerEditorSupport.fields(form)
        if title == nil, page.questions.isEmpty || isExit {
            let errors = [FieldError(questionID: DesignerPageForm.titleEnglish, message: Phrase.designerEnterPageTitle(context.language), code: "required")]
            return editor(definition, page, slug, context, csrf: session.csrfToken, fields: fields, errors: errors).response(status: .unprocessableContent)
        }
        let edits: [DefinitionEdit] = [.setPageTitle(page: page.id, title), .setPageBody(page: page.id, body), .setExit(page: page.id, isExit)]
        return try await applying(edits, slug, page, definition, context, csrf: session.csrfToken, fields: fields, field: DesignerPageForm.exit)
    }

    /// A question list button: `up:ID`, `down:ID` or `remove:ID`.
    @Sendable func questionAction(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let (form, session) = try await support.pages.postedForm(request, context.site)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let page = try support.page(definition, context)
        let (action, id) = Self.action(form.value(DesignerPageForm.questionAction))
        guard let index = page.questions.firstIndex(where: { $0.id == id }) else { throw HTTPError(.badRequest) }
        let edit: DefinitionEdit
        switch action {
        case "up": edit = .moveQuestion(id: id, page: page.id, to: max(index - 1, 0))
        case "down": edit = .moveQuestion(id: id, page: page.id, to: index + 1)
        case "remove": edit = .removeQuestion(id: id)
        default: throw HTTPError(.badRequest)
        }
        return try await applying([edit], slug, page, definition, context, csrf: session.csrfToken, field: DesignerPageForm.questionAction)
    }

    @Sendable func addQuestion(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let (form, session) = try await support.pages.postedForm(request, context.site)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let page = try support.page(definition, context)
        guard let type = QuestionType(rawValue: form.value(DesignerPageForm.newQuestionType)) else { throw HTTPError(.badRequest) }
        let label = form.value(DesignerPageForm.newQuestionLabel)
        guard !label.isEmpty else {
            let errors = [FieldError(questionID: DesignerPageForm.newQuestionLabel, message: Phrase.designerEnterQuestionLabel(context.language), code: "required")]
            return editor(definition, page, slug, context, csrf: session.csrfToken, errors: errors).response(status: .unprocessableContent)
        }
        let adding: (id: String, edits: [DefinitionEdit])
        do throws(DefinitionEditRefusal) {
            adding = try DesignerEditorSupport.addingQuestion(page: page.id, type: type, label: LocalisedText(label), to: definition)
        } catch {
            return editor(definition, page, slug, context, csrf: session.csrfToken, fields: DesignerEditorSupport.fields(form),
                          errors: DesignerEditorSupport.errors(.refused(error), field: DesignerPageForm.newQuestionLabel)).response(status: .unprocessableContent)
        }
        switch try await support.editing.apply(adding.edits, to: slug, context) {
        case .success: return .seeOther(DesignerPaths.question(slug, page.id, adding.id))
        case .failure(let refusal):
            return editor(definition, page, slug, context, csrf: session.csrfToken, fields: DesignerEditorSupport.fields(form),
                          errors: DesignerEditorSupport.errors(refusal, field: DesignerPageForm.newQuestionLabel)).response(status: .unprocessableContent)
        }
    }

    /// A rule list button: `up:N`, `down:N` or `remove:N`, N counted from 0.
    @Sendable func ruleAction(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let (form, session) = try await support.pages.postedForm(request, context.site)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let page = try support.page(definition, context)
        let (action, number) = Self.action(form.value(DesignerPageForm.ruleAction))
        guard let index = Int(number), page.next.indices.contains(index) else { throw HTTPError(.badRequest) }
        var rules = page.next
        switch action {
        case "up" where index > 0: rules.swapAt(index, index - 1)
        case "down" where index < rules.count - 1: rules.swapAt(index, index + 1)
        case "remove": rules.remove(at: index)
        case "up", "down": break
        default: throw HTTPError(.badRequest)
        }
        return try await applying([.setNextRules(page: page.id, rules)], slug, page, definition, context, csrf: session.csrfToken,
                                  field: DesignerPageForm.ruleAction)
    }

    // MARK: New pages and sections

    @Sendable func newPageForm(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let section = try section(definition, context)
        let (session, cookie) = try await support.pages.browserSession(request, context.site)
        return newPage(slug, section, context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    @Sendable func addPage(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let (form, session) = try await support.pages.postedForm(request, context.site)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let section = try section(definition, context)
        let fields = DesignerEditorSupport.fields(form)
        let language = context.language
        let title = DesignerEditorSupport.text(form.value(DesignerNewPageForm.titleEnglish), form.value(DesignerNewPageForm.titleGaelic))
        let kind = form.value(DesignerNewPageForm.kind)
        let asksAQuestion = kind != "exit" && kind != "information"
        let label = DesignerEditorSupport.text(form.value(DesignerNewPageForm.labelEnglish), form.value(DesignerNewPageForm.labelGaelic))
        let body = DesignerEditorSupport.text(form.value(DesignerNewPageForm.bodyEnglish).replacingOccurrences(of: "\r\n", with: "\n"),
                                              form.value(DesignerNewPageForm.bodyGaelic).replacingOccurrences(of: "\r\n", with: "\n"))
        var errors: [FieldError] = []
        if asksAQuestion, label == nil {
            errors.append(FieldError(questionID: DesignerNewPageForm.labelEnglish, message: Phrase.designerEnterQuestionLabel(language), code: "required"))
        }
        if !asksAQuestion, title == nil {
            errors.append(FieldError(questionID: DesignerNewPageForm.titleEnglish, message: Phrase.designerEnterPageTitle(language), code: "required"))
        }
        // An information page is its text: the format takes a page without questions as one only when it has a body.
        if kind == "information", body == nil {
            errors.append(FieldError(questionID: DesignerNewPageForm.bodyEnglish, message: Phrase.designerEnterPageBody(language), code: "required"))
        }
        let type = QuestionType(rawValue: form.value(DesignerNewPageForm.questionType)) ?? .text
        // The page's id is made from its title; a question page without one takes its id from the question, as the
        // sample services do, by being added under the question's words and then given its own title (or none).
        let naming = asksAQuestion ? label : title
        guard errors.isEmpty, let naming else {
            return newPage(slug, section, context, csrf: session.csrfToken, fields: fields, errors: errors).response(status: .unprocessableContent)
        }
        let pageID: String
        var edits: [DefinitionEdit] = [.addPage(section: section.id, title: naming)]
        do throws(DefinitionEditRefusal) {
            let before = Set(definition.pages.map(\.id))
            let added = try DefinitionEdit.addPage(section: section.id, title: naming).apply(to: definition)
            guard let id = added.pages.first(where: { !before.contains($0.id) })?.id else { throw .unknownSection(section.id) }
            pageID = id
            if asksAQuestion, let label {
                edits += try DesignerEditorSupport.addingQuestion(page: pageID, type: type, label: label, to: added).edits
                edits.append(.setPageTitle(page: pageID, title))
                if let body { edits.append(.setPageBody(page: pageID, body)) }
            } else {
                if let body { edits.append(.setPageBody(page: pageID, body)) }
                if kind == "exit" { edits.append(.setExit(page: pageID, true)) }
            }
        } catch {
            return newPage(slug, section, context, csrf: session.csrfToken, fields: fields,
                           errors: DesignerEditorSupport.errors(.refused(error), field: DesignerNewPageForm.titleEnglish)).response(status: .unprocessableContent)
        }
        switch try await support.editing.apply(edits, to: slug, context) {
        case .success: return .seeOther(DesignerPaths.page(slug, pageID))
        case .failure(let refusal):
            return newPage(slug, section, context, csrf: session.csrfToken, fields: fields,
                           errors: DesignerEditorSupport.errors(refusal, field: DesignerNewPageForm.labelEnglish)).response(status: .unprocessableContent)
        }
    }

    /// A section after the others, with a first page asking a question: the format has no empty sections.
    @Sendable func addSection(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let (form, session) = try await support.pages.postedForm(request, context.site)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let fields = DesignerEditorSupport.fields(form)
        let language = context.language
        guard let last = definition.sections.last else { throw HTTPError(.notFound) }
        let title = DesignerEditorSupport.text(form.value(DesignerNewPageForm.sectionTitleEnglish), form.value(DesignerNewPageForm.sectionTitleGaelic))
        let label = DesignerEditorSupport.text(form.value(DesignerNewPageForm.sectionLabelEnglish), form.value(DesignerNewPageForm.sectionLabelGaelic))
        var errors: [FieldError] = []
        if title == nil {
            errors.append(FieldError(questionID: DesignerNewPageForm.sectionTitleEnglish, message: Phrase.designerEnterSectionTitle(language), code: "required"))
        }
        if label == nil {
            errors.append(FieldError(questionID: DesignerNewPageForm.sectionLabelEnglish, message: Phrase.designerEnterQuestionLabel(language), code: "required"))
        }
        guard errors.isEmpty, let title, let label else {
            return newPage(slug, last, context, csrf: session.csrfToken, fields: fields, errors: errors).response(status: .unprocessableContent)
        }
        let type = QuestionType(rawValue: form.value(DesignerNewPageForm.sectionQuestionType)) ?? .text
        var edits: [DefinitionEdit] = []
        let pageID: String
        do throws(DefinitionEditRefusal) {
            let sectionsBefore = Set(definition.sections.map(\.id)), pagesBefore = Set(definition.pages.map(\.id))
            let withSection = try DefinitionEdit.addSection(title: title).apply(to: definition)
            guard let sectionID = withSection.sections.first(where: { !sectionsBefore.contains($0.id) })?.id else { throw .unknownSection("") }
            let withPage = try DefinitionEdit.addPage(section: sectionID, title: label).apply(to: withSection)
            guard let id = withPage.pages.first(where: { !pagesBefore.contains($0.id) })?.id else { throw .unknownSection(sectionID) }
            pageID = id
            edits = [.addSection(title: title), .addPage(section: sectionID, title: label)]
            edits += try DesignerEditorSupport.addingQuestion(page: pageID, type: type, label: label, to: withPage).edits
            edits.append(.setPageTitle(page: pageID, nil))
        } catch {
            return newPage(slug, last, context, csrf: session.csrfToken, fields: fields,
                           errors: DesignerEditorSupport.errors(.refused(error), field: DesignerNewPageForm.sectionTitleEnglish)).response(status: .unprocessableContent)
        }
        switch try await support.editing.apply(edits, to: slug, context) {
        case .success: return .seeOther(DesignerPaths.page(slug, pageID))
        case .failure(let refusal):
            return newPage(slug, last, context, csrf: session.csrfToken, fields: fields,
                           errors: DesignerEditorSupport.errors(refusal, field: DesignerNewPageForm.sectionTitleEnglish)).response(status: .unprocessableContent)
        }
    }

    // MARK: Building the pages

    /// Applies one form's edits; back to the page editor when saved, the form again with the refusal when not.
    private func applying(_ edits: [DefinitionEdit], _ slug: String, _ page: Page, _ definition: ServiceDefinition, _ context: StaffRequestContext,
                          csrf: String, fields: [String: String]? = nil, field: String) async throws -> Response {
        switch try await support.editing.apply(edits, to: slug, context) {
        case .success: return .seeOther(DesignerPaths.page(slug, page.id) + "?saved=yes")
        case .failure(let refusal):
            return editor(definition, page, slug, context, csrf: csrf, fields: fields, errors: DesignerEditorSupport.errors(refusal, field: field))
                .response(status: .unprocessableContent)
        }
    }

    private func editor(_ definition: ServiceDefinition, _ page: Page, _ slug: String, _ context: StaffRequestContext, csrf: String,
                        fields: [String: String]? = nil, errors: [FieldError] = [], notice: String? = nil) -> DesignerPageEditorPage {
        let language = context.language
        let stored: [String: String] = [
            DesignerPageForm.titleEnglish: page.title?.translations[.en] ?? "", DesignerPageForm.titleGaelic: page.title?.translations[.gd] ?? "",
            DesignerPageForm.bodyEnglish: page.body?.translations[.en] ?? "", DesignerPageForm.bodyGaelic: page.body?.translations[.gd] ?? "",
        ]
        let heading = page.heading.text(language).isEmpty ? page.id : page.heading.text(language)
        return DesignerPageEditorPage(
            layout: context.layout(title: heading, path: DesignerPaths.page(slug, page.id), errors: errors, back: DesignerPaths.service(slug)),
            csrf: csrf, slug: slug, pageID: page.id, sectionTitle: definition.section(of: page)?.title.text(language) ?? "",
            fields: stored.merging(fields ?? [:]) { _, posted in posted }, isExit: page.isExit,
            questions: page.questions.map { .init(id: $0.id, label: $0.label.text(language), type: $0.type) },
            shownWhen: page.showWhen.map { DesignerConditionText.condition($0, in: definition, language) },
            rules: page.next.map { rule in
                .init(condition: rule.when.map { DesignerConditionText.condition($0, in: definition, language) },
                      destination: DesignerConditionText.destination(rule.goto, in: definition, language))
            },
            errors: errors, notice: notice)
    }

    private func newPage(_ slug: String, _ section: Section, _ context: StaffRequestContext, csrf: String,
                         fields: [String: String] = [:], errors: [FieldError] = []) -> DesignerNewPagePage {
        let language = context.language
        return DesignerNewPagePage(
            layout: context.layout(title: Phrase.designerAddPage(section.title.text(language))(language), path: DesignerPaths.newPage(slug, section: section.id),
                                   errors: errors, back: DesignerPaths.service(slug)),
            csrf: csrf, slug: slug, sectionID: section.id, sectionTitle: section.title.text(language), fields: fields, errors: errors)
    }

    private func section(_ definition: ServiceDefinition, _ context: StaffRequestContext) throws -> Section {
        let id = try context.parameters.require("section")
        guard let section = definition.sections.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        return section
    }

    /// `up:road-type` → ("up", "road-type").
    static func action(_ value: String) -> (String, String) {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
    }
}
