import Domain
import Foundation
import Hummingbird
import Importers
import NIOCore
import Views

/// `/designer/import`: a form from GOV.UK Forms, Form.io or Open Forms, uploaded, becomes the first draft of a new
/// service (through `ServiceDesign.createDraft`, which checks the grant and audits it), and a report lists everything
/// the importer could not carry, with its place in the file. A refused upload re-shows the form and changes nothing.
struct DesignerImportController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var editing: DraftEditing { DraftEditing(services: services) }

    /// The largest file taken: the largest real export seen is well under 1 MB; this leaves room and bounds the work.
    static let fileLimit = 5 * 1024 * 1024

    func addRoutes(to router: Router<AppRequestContext>) {
        let designer = router.group("designer").staffArea()
        designer.get("import", use: importForm)
        designer.post("import", use: importFile)
    }

    @Sendable func importForm(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return formPage(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    @Sendable func importFile(_ request: Request, context: StaffRequestContext) async throws -> Response {
        guard let session = try await pages.existingSession(request) else { throw HTTPError.csrfRefused }
        let language = context.language
        func refuse(_ field: String, _ message: String, fields: [String: String] = [:]) -> Response {
            formPage(context, csrf: session.csrfToken, fields: fields, errors: [FieldError(questionID: field, message: message)])
                .response(status: .unprocessableContent)
        }
        let body: ByteBuffer
        do {
            // Room for the file and the form's few fields around it.
            body = try await request.body.collect(upTo: Self.fileLimit + 64 * 1024)
        } catch is NIOTooManyBytesError {
            return refuse(DesignerImportForm.file, Phrase.designerImportTooLarge(Self.fileLimit / 1024 / 1024)(language))
        }
        let form = try FormBody.parse(body, contentType: request.headers[.contentType] ?? "")
        try form.requireToken(session.csrfToken)
        let fields = [DesignerImportForm.format: form.value(DesignerImportForm.format),
                      DesignerImportForm.slug: form.value(DesignerImportForm.slug).trimmingCharacters(in: .whitespacesAndNewlines)]

        guard let format = ImportFormat(rawValue: fields[DesignerImportForm.format] ?? "") else {
            return refuse(DesignerImportForm.format, Phrase.designerImportChooseFormat(language), fields: fields)
        }
        guard let file = form.input.files[DesignerImportForm.file] else {
            return refuse(DesignerImportForm.file, Phrase.designerImportChooseFile(language), fields: fields)
        }
        guard !file.data.isEmpty else { return refuse(DesignerImportForm.file, Phrase.designerImportEmptyFile(language), fields: fields) }
        guard file.data.count <= Self.fileLimit else {
            return refuse(DesignerImportForm.file, Phrase.designerImportTooLarge(Self.fileLimit / 1024 / 1024)(language), fields: fields)
        }
        let chosenSlug = fields[DesignerImportForm.slug] ?? ""
        if !chosenSlug.isEmpty, !DraftSource.isSlug(chosenSlug) {
            return refuse(DesignerImportForm.slug, DesignerProblemLinks.message(.invalidSlug(chosenSlug), language), fields: fields)
        }

        let result: ImportResult
        do {
            result = try format.read(file.data)
        } catch {
            return refuse(DesignerImportForm.file, Phrase.designerImportUnreadable(format.name, error.description)(language), fields: fields)
        }
        var definition = result.definition
        if !chosenSlug.isEmpty { definition.slug = chosenSlug }
        let filename = Self.displayName(file.filename)
        do {
            let source = try DefinitionWriter.yaml(definition)
            _ = try await services.serviceDesign.createDraft(.imported(source: source, origin: "\(format.name) (\(filename))"),
                                                             by: editing.designer(context))
        } catch ServiceDesignError.invalidDraft(let problems) {
            let first = problems.first.map { "\($0.line):\($0.column): \($0.message)" } ?? ""
            return refuse(DesignerImportForm.file, Phrase.designerImportInvalid(problems.count, first)(language), fields: fields)
        } catch let error as ServiceDesignError {
            // Most often the address is taken: say so on the address field, with the one the import chose filled in.
            var shown = fields
            shown[DesignerImportForm.slug] = definition.slug
            return refuse(DesignerImportForm.slug, DesignerProblemLinks.message(error, language), fields: shown)
        }
        let title = definition.title.text(language)
        return DesignerImportReportPage(
            layout: context.layout(title: Phrase.designerImportReportTitle(language), path: DesignerPaths.importService,
                                   back: DesignerPaths.service(definition.slug)),
            slug: definition.slug, title: title, formatName: format.name, filename: filename,
            sections: definition.sections.count, pages: definition.pages.count, questions: definition.pages.reduce(0) { $0 + $1.questions.count },
            notes: result.notes.map { .init(location: $0.location, message: $0.message) }
        ).response()
    }

    private func formPage(_ context: StaffRequestContext, csrf: String, fields: [String: String] = [:], errors: [FieldError] = []) -> DesignerImportPage {
        let language = context.language
        return DesignerImportPage(
            layout: context.layout(title: Phrase.designerImportTitle(language), path: DesignerPaths.importService, errors: errors, back: DesignerPaths.newService),
            csrf: csrf,
            formats: ImportFormat.allCases.map { .init(value: $0.rawValue, name: $0.name, hint: Self.hint($0)(language)) },
            limitMegabytes: Self.fileLimit / 1024 / 1024, fields: fields, errors: errors)
    }

    static func hint(_ format: ImportFormat) -> Phrase {
        switch format {
        case .govukForms: .designerImportGOVUKHint
        case .formio: .designerImportFormioHint
        case .openForms: .designerImportOpenFormsHint
        }
    }

    /// The uploaded file's own name (a browser may send a path), for the report and the audit trail.
    static func displayName(_ filename: String) -> String {
        let name = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return name.isEmpty ? "upload" : String(name.prefix(120))
    }
}
