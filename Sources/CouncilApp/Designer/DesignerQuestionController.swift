import Domain
import Foundation
import Hummingbird
import Views

/// `/designer/services/{slug}/pages/{page}/questions/{question}`: one question of a draft edited on one form. A change
/// of type is saved on its own first and the form drawn again with the checks the new type takes; otherwise the whole
/// form is read, every problem shown on it (422) with nothing saved, and its edits applied together.
struct DesignerQuestionController {
    let services: AppServices
    var support: DesignerEditorSupport { DesignerEditorSupport(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let service = router.group("designer/services/{slug}").staffArea()
        service.get("pages/{page}/questions/{question}", use: show)
        service.post("pages/{page}/questions/{question}", use: save)
    }

    @Sendable func show(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let (page, question) = try self.question(definition, context)
        let (session, cookie) = try await support.pages.browserSession(request, context.site)
        let notice = request.uri.queryParameters.get("saved").map { _ in Phrase.designerQuestionSaved(context.language) }
        return editor(slug, page, question, context, csrf: session.csrfToken, notice: notice).response(cookies: [cookie])
    }

    @Sendable func save(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try support.slug(context)
        let (form, session) = try await support.pages.postedForm(request, context.site)
        guard let definition = try await support.definition(slug, context) else { return .seeOther(DesignerPaths.yaml(slug)) }
        let (page, question) = try self.question(definition, context)
        let posted = DesignerEditorSupport.fields(form)
        let language = context.language

        guard let type = QuestionType(rawValue: form.value(DesignerQuestionForm.type)) else { throw HTTPError(.badRequest) }
        if type != question.type {
            // A choice made from another type starts with two options to write over: the validator refuses a choice without any.
            let starters = question.options.isEmpty ? DesignerEditorSupport.starterOptions(question: question.id, type: type) : []
            switch try await support.editing.apply([.setQuestionType(id: question.id, type)] + starters, to: slug, context) {
            case .success(let edited):
                guard let changed = edited.page(page.id)?.questions.first(where: { $0.id == question.id }) else { throw HTTPError(.notFound) }
                // The texts typed stay on the form to be saved with the new type's checks; the settings shown are the new type's.
                let kept = posted.filter { key, _ in key.hasPrefix("label.") || key.hasPrefix("hint.") || key == DesignerQuestionForm.required }
                return editor(slug, page, changed, context, csrf: session.csrfToken, fields: kept, notice: Phrase.designerTypeChanged(language)).response()
            case .failure(let refusal):
                return editor(slug, page, question, context, csrf: session.csrfToken, fields: posted,
                              errors: DesignerEditorSupport.errors(refusal, field: DesignerQuestionForm.type)).response(status: .unprocessableContent)
            }
        }

        var reading = QuestionFormReading(form: form, question: question, language: language)
        let edits = reading.edits()
        guard reading.errors.isEmpty else {
            return editor(slug, page, question, context, csrf: session.csrfToken, fields: posted, errors: reading.errors).response(status: .unprocessableContent)
        }
        switch try await support.editing.apply(edits, to: slug, context) {
        case .success: return .seeOther(DesignerPaths.question(slug, page.id, question.id) + "?saved=yes")
        case .failure(let refusal):
            return editor(slug, page, question, context, csrf: session.csrfToken, fields: posted,
                          errors: DesignerEditorSupport.errors(refusal, field: DesignerQuestionForm.text("label", .en))).response(status: .unprocessableContent)
        }
    }

    private func question(_ definition: ServiceDefinition, _ context: StaffRequestContext) throws -> (Page, Question) {
        let page = try support.page(definition, context)
        let id = try context.parameters.require("question")
        guard let question = page.questions.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        return (page, question)
    }

    private func editor(_ slug: String, _ page: Page, _ question: Question, _ context: StaffRequestContext, csrf: String,
                        fields: [String: String]? = nil, errors: [FieldError] = [], notice: String? = nil) -> DesignerQuestionEditorPage {
        let language = context.language
        let stored = QuestionFormReading.fields(of: question)
        let all = stored.merging(fields ?? [:]) { _, posted in posted }
        let postedRows = (fields ?? [:]).keys.compactMap(QuestionFormReading.optionRow).max().map { $0 + 1 } ?? 0
        let rows = [.choice, .choices].contains(question.type)
            ? max(question.options.count + DesignerQuestionForm.blankOptionRows, postedRows) : 0
        let pageHeading = page.heading.text(language).isEmpty ? page.id : page.heading.text(language)
        return DesignerQuestionEditorPage(
            layout: context.layout(title: question.label.text(language), path: DesignerPaths.question(slug, page.id, question.id), errors: errors,
                                   back: DesignerPaths.page(slug, page.id)),
            csrf: csrf, slug: slug, pageID: page.id, pageHeading: pageHeading, questionID: question.id, type: question.type,
            fields: all, optionRows: rows, errors: errors, notice: notice)
    }
}
