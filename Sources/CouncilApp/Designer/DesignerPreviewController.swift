import Domain
import Foundation
import Hummingbird
import Views

/// `/designer/services/{slug}/preview`: a service's pages as a citizen sees them, in either language, without
/// publishing. Each page is drawn by the citizen views and its answers checked by the citizen validator; nothing is
/// stored, so the next page is decided from the answers on the page just sent (which is how most branches are
/// written) and pages shown only for earlier answers are shown.
struct DesignerPreviewController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let preview = router.group("designer/services/{slug}/preview").staffArea()
        preview.get(use: start)
        preview.get("check-answers", use: end)
        preview.get("{page}", use: show)
        preview.post("{page}", use: answer)
    }

    /// The definition to preview: the draft when there is one, else the current version. A draft whose YAML does not
    /// read cannot be previewed: its overview lists the problems.
    private func definition(_ context: StaffRequestContext) async throws -> ServiceDefinition {
        let slug = try context.parameters.require("slug")
        switch try await DraftEditing(services: services).definition(slug, context) {
        case .success(let definition): return definition
        case .failure: throw HTTPError(.notFound)
        }
    }

    private func base(_ definition: ServiceDefinition) -> String { "/designer/services/\(definition.slug)/preview" }

    private func layout(_ definition: ServiceDefinition, _ context: StaffRequestContext, path: String, title: String,
                        back: String?, errors: [FieldError] = []) -> LayoutModel {
        let language = context.language
        var layout = LayoutModel(language: language, title: title, hasErrors: !errors.isEmpty,
                                 serviceName: definition.title.text(language), serviceURL: base(definition), backLink: back,
                                 path: path, keepQuery: "", headerLinks: context.site.headerLinks)
        layout.previewBanner = PreviewBanner(text: Phrase.designerPreviewBanner(definition.title.text(language))(language),
                                             backText: Phrase.designerBackToDesigner(language),
                                             backHref: "/designer/services/\(definition.slug)")
        return layout
    }

    @Sendable func start(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let definition = try await definition(context)
        let language = context.language
        let first = JourneyRoute(definition, today: services.today()).firstPage.map { "\(base(definition))/\($0.id)" } ?? "\(base(definition))/check-answers"
        return StartPage(
            layout: layout(definition, context, path: base(definition), title: definition.title.text(language), back: "/designer"),
            title: definition.title.text(language), body: definition.startBody.text(language),
            beforeYouStart: definition.beforeYouStart?.text(language), startURL: first
        ).response()
    }

    @Sendable func show(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let definition = try await definition(context)
        let page = try page(definition, context)
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return try render(definition, page, fields: [:], errors: [], csrf: session.csrfToken, context: context, cookies: [cookie])
    }

    @Sendable func answer(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let definition = try await definition(context)
        let page = try page(definition, context)
        guard let session = try await pages.existingSession(request) else { throw HTTPError.csrfRefused }
        let form = try await FormBody.parse(request, context: context.site, limit: services.maxBodySize)
        try form.requireToken(session.csrfToken)
        let validator = QuestionValidator(language: context.language, today: services.today())
        var answers = Answers()
        var errors: [FieldError] = []
        for question in page.questions {
            switch validator.validate(question, form.input) {
            case .answered(let answer): answers.values[question.id] = answer
            case .blank: break
            case .invalid(let problems): errors += problems
            case .newFile(let file):
                answers.values[question.id] = .file(FileReference(id: "preview", filename: file.filename, contentType: file.contentType, size: file.data.count))
            }
        }
        if !errors.isEmpty {
            return try render(definition, page, fields: form.input.fields, errors: errors, csrf: session.csrfToken, context: context,
                              status: .unprocessableContent)
        }
        switch JourneyRoute(definition, today: services.today()).destination(after: page, answers) {
        case .checkAnswers: return .seeOther("\(base(definition))/check-answers")
        case .page(let id): return .seeOther("\(base(definition))/\(id)")
        }
    }

    @Sendable func end(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let definition = try await definition(context)
        let language = context.language
        let path = "\(base(definition))/check-answers"
        return DesignerPreviewEndPage(
            layout: layout(definition, context, path: path, title: Phrase.designerPreviewEndTitle(language), back: base(definition)),
            checkAnswersTitle: definition.checkAnswersTitle.text(language), declaration: definition.declaration?.text(language),
            confirmationTitle: definition.confirmationTitle.text(language), whatHappensNext: definition.whatHappensNext.text(language),
            startAgainURL: base(definition)
        ).response()
    }

    private func page(_ definition: ServiceDefinition, _ context: StaffRequestContext) throws -> Page {
        guard let page = definition.page(try context.parameters.require("page")) else { throw HTTPError(.notFound) }
        return page
    }

    private func render(_ definition: ServiceDefinition, _ page: Page, fields: [String: [String]], errors: [FieldError], csrf: String,
                        context: StaffRequestContext, status: HTTPResponse.Status = .ok, cookies: [Cookie?] = []) throws -> Response {
        let language = context.language
        let path = "\(base(definition))/\(page.id)"
        let back = definition.pagePosition(page.id).flatMap { $0 > 0 ? "\(base(definition))/\(definition.pages[$0 - 1].id)" : nil } ?? base(definition)
        if page.isExit {
            return ExitPage(layout: layout(definition, context, path: path, title: page.heading.text(language), back: back),
                            heading: page.heading.text(language), body: page.body?.text(language), startURL: base(definition))
                .response(status: status)
        }
        var title = page.heading.text(language)
        if page.questionIsHeading, page.questions.first?.required == false { title += " " + Phrase.optional(language) }
        let section = definition.sections.count > 1 ? definition.section(of: page)?.title.text(language) : nil
        return QuestionPage(
            layout: layout(definition, context, path: path, title: title, back: back, errors: errors), action: path, csrfToken: csrf,
            change: false, sectionTitle: section, heading: page.questionIsHeading ? nil : page.heading.text(language), body: page.body,
            questions: page.questions, questionIsHeading: page.questionIsHeading, fields: fields, errors: errors
        ).response(status: status, cookies: cookies)
    }
}
