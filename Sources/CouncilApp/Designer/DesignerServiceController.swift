import Domain
import Foundation
import Hummingbird
import Views

/// The designer's service-level pages: `/designer/new` (a first draft from blank, a sample or a copy), a service's
/// overview (`/designer/services/{slug}`, with "Discard draft"), its details and texts, and its YAML (edit and
/// download). Every route checks the designer's grant for the service; `ServiceDesign` audits each change.
struct DesignerServiceController {
    let services: AppServices
    /// The server's folder of sample services (`serve --services`), offered as starting points.
    let samplesDirectory: String
    var pages: FormPages { FormPages(services: services) }
    var editing: DraftEditing { DraftEditing(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let designer = router.group("designer").staffArea()
        designer.get("new", use: newService)
        designer.post("new", use: createService)
        designer.get("services/{slug}", use: overview)
        designer.post("services/{slug}/discard", use: discard)
        designer.get("services/{slug}/details", use: details)
        designer.post("services/{slug}/details", use: saveDetails)
        designer.get("services/{slug}/yaml", use: yaml)
        designer.post("services/{slug}/yaml", use: saveYAML)
        designer.get("services/{slug}/yaml/download", use: download)
    }

    // MARK: Creating a service

    @Sendable func newService(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return try await newServicePage(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    @Sendable func createService(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context.site)
        let language = context.language
        var fields: [String: String] = [:]
        for name in [DesignerNewServiceForm.title, DesignerNewServiceForm.slug, DesignerNewServiceForm.prefix, DesignerNewServiceForm.sample,
                     DesignerNewServiceForm.original, DesignerNewServiceForm.copySlug, DesignerNewServiceForm.copyPrefix] {
            fields[name] = form.value(name).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func refuse(_ field: String, _ message: String) async throws -> Response {
            try await newServicePage(context, csrf: session.csrfToken, fields: fields, errors: [FieldError(questionID: field, message: message)])
                .response(status: .unprocessableContent)
        }
        let start: DraftStart
        let slugField: String
        let prefixField: String
        switch form.value(DesignerNewServiceForm.start) {
        case "sample":
            guard let source = sampleSource(fields[DesignerNewServiceForm.sample] ?? "") else {
                return try await refuse(DesignerNewServiceForm.sample, Phrase.designerChooseSample(language))
            }
            start = .sample(source: source)
            (slugField, prefixField) = (DesignerNewServiceForm.sample, DesignerNewServiceForm.sample)
        case "copy":
            let original = fields[DesignerNewServiceForm.original] ?? ""
            guard !original.isEmpty else { return try await refuse(DesignerNewServiceForm.original, Phrase.designerChooseService(language)) }
            start = .copy(of: original, slug: fields[DesignerNewServiceForm.copySlug] ?? "", referencePrefix: fields[DesignerNewServiceForm.copyPrefix] ?? "")
            (slugField, prefixField) = (DesignerNewServiceForm.copySlug, DesignerNewServiceForm.copyPrefix)
        default:
            let title = fields[DesignerNewServiceForm.title] ?? ""
            guard !title.isEmpty else { return try await refuse(DesignerNewServiceForm.title, Phrase.designerEnterTitle(language)) }
            start = .blank(slug: fields[DesignerNewServiceForm.slug] ?? "", title: title, referencePrefix: fields[DesignerNewServiceForm.prefix] ?? "")
            (slugField, prefixField) = (DesignerNewServiceForm.slug, DesignerNewServiceForm.prefix)
        }
        do {
            let draft = try await services.serviceDesign.createDraft(start, by: editing.designer(context))
            return .seeOther(DesignerPaths.service(draft.slug))
        } catch let error as ServiceDesignError {
            let field = if case .invalidReferencePrefix = error { prefixField } else { slugField }
            return try await refuse(field, DesignerProblemLinks.message(error, language))
        }
    }

    private func newServicePage(_ context: StaffRequestContext, csrf: String, fields: [String: String] = [:],
                                errors: [FieldError] = []) async throws -> DesignerNewServicePage {
        let language = context.language
        let copyable = try await services.serviceDesign.services(for: editing.designer(context)).filter { $0.versionCount > 0 }
        return DesignerNewServicePage(
            layout: context.layout(title: Phrase.designerCreateService(language), path: DesignerPaths.newService, errors: errors, back: "/designer"),
            csrf: csrf,
            samples: samples().map { .init(value: $0.file, label: $0.title) },
            services: copyable.map { .init(value: $0.slug, label: "\($0.title) (\($0.slug))") },
            fields: fields, errors: errors
        )
    }

    /// The sample files in the services folder, by file name, with their titles (a file that does not read is left out).
    private func samples() -> [(file: String, title: String)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { file in
            guard let source = sampleSource(file), let definition = try? DefinitionParser.parse(yaml: source) else { return nil }
            return (file, "\(definition.title.english) (\(file))")
        }
    }

    /// A sample's YAML, only for a file name listed in the folder (never a path the browser made up).
    private func sampleSource(_ file: String) -> String? {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory)) ?? []
        guard file.hasSuffix(".yaml"), files.contains(file) else { return nil }
        return try? String(contentsOfFile: (samplesDirectory as NSString).appendingPathComponent(file), encoding: .utf8)
    }

    // MARK: Overview

    @Sendable func overview(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let (source, isDraft) = try await editing.source(slug, context)
        let (session, cookie) = try await pages.browserSession(request, context.site)
        let language = context.language
        let page: DesignerServicePage
        do {
            let definition = try services.designerDefinitions.definition(source)
            let questions = QuestionIndex(definition)
            page = DesignerServicePage(
                layout: context.layout(title: definition.title.text(language), path: DesignerPaths.service(slug), back: "/designer"),
                slug: slug, title: definition.title.text(language), sections: definition.sections.map { section in
                    .init(id: section.id, title: section.title.text(language), pages: section.pages.map { page in
                        .init(id: page.id, heading: page.heading.text(language), kind: kind(page),
                              shownWhen: page.showWhen.map { DesignerOverviewWords.condition($0, in: definition, questions: questions, language) },
                              branches: page.next.count)
                    })
                }, problems: [], notice: isDraft ? nil : Phrase.designerNoDraftYet(language))
        } catch {
            page = DesignerServicePage(
                layout: context.layout(title: slug, path: DesignerPaths.service(slug), back: "/designer"), slug: slug, title: slug, sections: nil,
                problems: DesignerProblemLinks.problems(error.problems, source: source, slug: slug))
        }
        var shown = page
        if isDraft { shown.discardCSRF = session.csrfToken }
        return shown.response(cookies: [cookie])
    }

    private func kind(_ page: Page) -> DesignerServicePage.PageKind {
        if page.isExit { return .exit }
        if page.repeatGroup != nil { return .repeating(questions: page.questions.count) }
        return page.questions.isEmpty ? .information : .questions(count: page.questions.count)
    }

    @Sendable func discard(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard context.staff.access.mayDesign(slug) else { throw HTTPError(.forbidden) }
        _ = try await pages.postedForm(request, context.site)
        do {
            try await services.serviceDesign.discardDraft(slug: slug, by: editing.designer(context))
        } catch ServiceDesignError.noDraft { }
        // A service that was only a draft is gone; one with versions shows its current version again.
        let remaining = try await services.serviceDesign.services(for: editing.designer(context)).contains { $0.slug == slug }
        return .seeOther(remaining ? DesignerPaths.service(slug) : "/designer")
    }

    // MARK: Details

    @Sendable func details(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let (session, cookie) = try await pages.browserSession(request, context.site)
        switch try await editing.definition(slug, context) {
        case .success(let definition):
            return detailsPage(context, slug: slug, csrf: session.csrfToken, fields: Self.fields(definition)).response(cookies: [cookie])
        case .failure:
            return .seeOther(DesignerPaths.yaml(slug))
        }
    }

    @Sendable func saveDetails(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard context.staff.access.mayDesign(slug) else { throw HTTPError(.forbidden) }
        let (form, session) = try await pages.postedForm(request, context.site)
        let language = context.language
        var fields: [String: String] = [:]
        for field in DesignerDetailsForm.allCases {
            fields[field.english] = form.value(field.english).trimmingCharacters(in: .whitespacesAndNewlines)
            fields[field.gaelic] = form.value(field.gaelic).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let errors = DesignerDetailsForm.allCases.filter { !$0.isOptional && (fields[$0.english] ?? "").isEmpty }.map {
            FieldError(questionID: $0.english, message: Phrase.designerEnterEnglish($0.label(language))(language))
        }
        guard errors.isEmpty else {
            return detailsPage(context, slug: slug, csrf: session.csrfToken, fields: fields, errors: errors).response(status: .unprocessableContent)
        }
        func text(_ field: DesignerDetailsForm) -> LocalisedText? {
            guard let english = fields[field.english], !english.isEmpty else { return nil }
            let gaelic = fields[field.gaelic] ?? ""
            return LocalisedText(english, gaelic: gaelic.isEmpty ? nil : gaelic)
        }
        let texts = ServiceTexts(
            title: text(.title) ?? LocalisedText(""), summary: text(.summary) ?? LocalisedText(""), startBody: text(.startBody) ?? LocalisedText(""),
            beforeYouStart: text(.beforeYouStart), checkAnswersTitle: text(.checkAnswersTitle) ?? LocalisedText(""),
            declaration: text(.declaration), confirmationTitle: text(.confirmationTitle) ?? LocalisedText(""),
            whatHappensNext: text(.whatHappensNext) ?? LocalisedText(""))
        switch try await editing.apply(.setServiceTexts(texts), to: slug, context) {
        case .success(let definition):
            return detailsPage(context, slug: slug, csrf: session.csrfToken, fields: Self.fields(definition),
                               notice: Phrase.designerDetailsSaved(language)).response()
        case .failure(.draftUnreadable):
            return detailsPage(context, slug: slug, csrf: session.csrfToken, fields: fields, errors: [
                FieldError(questionID: DesignerDetailsForm.title.english, message: Phrase.designerDraftUnreadableForForms(language)),
            ]).response(status: .unprocessableContent)
        case .failure(.refused(let refusal)):
            return detailsPage(context, slug: slug, csrf: session.csrfToken, fields: fields, errors: [
                FieldError(questionID: DesignerDetailsForm.title.english, message: String(describing: refusal)),
            ]).response(status: .unprocessableContent)
        case .failure(.wouldBeInvalid(let problems)):
            // The texts would make a definition the validator refuses (an empty required text): say what, save nothing.
            return detailsPage(context, slug: slug, csrf: session.csrfToken, fields: fields, errors: problems.problems.map {
                FieldError(questionID: DesignerDetailsForm.title.english, message: $0.message)
            }).response(status: .unprocessableContent)
        }
    }

    private func detailsPage(_ context: StaffRequestContext, slug: String, csrf: String, fields: [String: String], errors: [FieldError] = [],
                             notice: String? = nil) -> DesignerServiceDetailsPage {
        DesignerServiceDetailsPage(
            layout: context.layout(title: Phrase.designerDetailsTitle(context.language), path: DesignerPaths.details(slug), errors: errors,
                                   back: DesignerPaths.service(slug)),
            csrf: csrf, slug: slug, fields: fields, errors: errors, notice: notice)
    }

    static func fields(_ definition: ServiceDefinition) -> [String: String] {
        let texts: [(DesignerDetailsForm, LocalisedText?)] = [
            (.title, definition.title), (.summary, definition.summary), (.startBody, definition.startBody),
            (.beforeYouStart, definition.beforeYouStart), (.checkAnswersTitle, definition.checkAnswersTitle), (.declaration, definition.declaration),
            (.confirmationTitle, definition.confirmationTitle), (.whatHappensNext, definition.whatHappensNext),
        ]
        var fields: [String: String] = [:]
        for (field, text) in texts {
            fields[field.english] = text?.translations[.en] ?? ""
            fields[field.gaelic] = text?.translations[.gd] ?? ""
        }
        return fields
    }

    // MARK: YAML

    @Sendable func yaml(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let (source, _) = try await editing.source(slug, context)
        let (session, cookie) = try await pages.browserSession(request, context.site)
        var problems: [DefinitionProblem] = []
        if case .failure(let error) = services.designerDefinitions.parse(source) { problems = error.problems }
        return yamlPage(context, slug: slug, csrf: session.csrfToken, source: source, problems: problems).response(cookies: [cookie])
    }

    @Sendable func saveYAML(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard context.staff.access.mayDesign(slug) else { throw HTTPError(.forbidden) }
        // A service's YAML is larger than the account forms' limit.
        guard let session = try await pages.existingSession(request) else { throw HTTPError.csrfRefused }
        let form = try await FormBody.parse(request, context: context.site, limit: services.maxBodySize)
        try form.requireToken(session.csrfToken)
        // Browsers send a textarea's lines with CR LF.
        let source = form.value(DesignerYAMLPage.sourceField).replacingOccurrences(of: "\r\n", with: "\n")
        _ = try await editing.ensureDraft(slug, context)
        let problems = try await services.serviceDesign.saveDraft(slug: slug, source: source, by: editing.designer(context))
        let language = context.language
        return yamlPage(context, slug: slug, csrf: session.csrfToken, source: source, problems: problems,
                        notice: (problems.isEmpty ? Phrase.designerYAMLSaved : Phrase.designerYAMLSavedWithProblems)(language))
            .response(status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    private func yamlPage(_ context: StaffRequestContext, slug: String, csrf: String, source: String, problems: [DefinitionProblem],
                          notice: String? = nil) -> DesignerYAMLPage {
        DesignerYAMLPage(
            layout: context.layout(title: Phrase.designerEditYAML(context.language), path: DesignerPaths.yaml(slug), back: DesignerPaths.service(slug)),
            csrf: csrf, slug: slug, source: source, problems: DesignerProblemLinks.problems(problems, source: source, slug: slug), notice: notice)
    }

    @Sendable func download(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let (source, _) = try await editing.source(slug, context)
        var headers = HTTPFields()
        headers[.contentType] = "application/yaml; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\(slug).yaml"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: source)))
    }
}
