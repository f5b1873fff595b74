import Domain
import Foundation
import Hummingbird
import Views

/// What the page, question and condition editors share: the service being designed (403 without the grant), its
/// definition (a draft whose YAML does not read sends the designer to the YAML editor), and refusals as form errors.
struct DesignerEditorSupport {
    let services: AppServices
    var editing: DraftEditing { DraftEditing(services: services) }
    var pages: FormPages { FormPages(services: services) }

    /// The `{slug}` of the route, once the designer may design it.
    func slug(_ context: StaffRequestContext) throws -> String {
        let slug = try context.parameters.require("slug")
        guard context.staff.access.mayDesign(slug) else { throw HTTPError(.forbidden) }
        return slug
    }

    /// The definition being edited, or nil when its YAML has problems only the YAML editor can fix.
    func definition(_ slug: String, _ context: StaffRequestContext) async throws -> ServiceDefinition? {
        switch try await editing.definition(slug, context) {
        case .success(let definition): definition
        case .failure: nil
        }
    }

    func page(_ definition: ServiceDefinition, _ context: StaffRequestContext) throws -> Page {
        guard let page = definition.page(try context.parameters.require("page")) else { throw HTTPError(.notFound) }
        return page
    }

    /// A refused edit as an error on `field`, in the refusal's words.
    static func errors(_ refusal: DraftEditRefusal, field: String) -> [FieldError] {
        switch refusal {
        case .refused(let refusal):
            [FieldError(questionID: field, message: Self.sentence(refusal.description))]
        case .wouldBeInvalid(let problems):
            problems.problems.map { FieldError(questionID: field, message: Self.sentence($0.message)) }
        case .draftUnreadable(let problems):
            [FieldError(questionID: field, message: Self.sentence("the draft's YAML has problems; fix them in the YAML editor first (\(problems.problems.first?.message ?? ""))"))]
        }
    }

    /// A refusal's words start in lower case to read inside other sentences; an error summary shows a sentence.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Adding a question, with two options to edit when it is a choice (the validator refuses a choice without any).
    static func addingQuestion(page: String, type: QuestionType, label: LocalisedText, to definition: ServiceDefinition)
        throws(DefinitionEditRefusal) -> (id: String, edits: [DefinitionEdit]) {
        let add = DefinitionEdit.addQuestion(page: page, type: type, label: label)
        let before = Set(definition.page(page)?.questions.map(\.id) ?? [])
        let added = try add.apply(to: definition)
        guard let id = added.page(page)?.questions.first(where: { !before.contains($0.id) })?.id else { throw .unknownPage(page) }
        return (id, [add] + starterOptions(question: id, type: type))
    }

    static func starterOptions(question: String, type: QuestionType) -> [DefinitionEdit] {
        guard type == .choice || type == .choices else { return [] }
        return (1...2).map { number in
            let words = Phrase.designerStarterOption(number)
            return .addOption(question: question, label: LocalisedText(words.en, gaelic: words.gd))
        }
    }

    static func text(_ english: String, _ gaelic: String) -> LocalisedText? {
        guard !english.isEmpty else { return nil }
        return LocalisedText(english, gaelic: gaelic.isEmpty ? nil : gaelic)
    }

    static func fields(_ form: FormBody) -> [String: String] {
        form.input.fields.compactMapValues { $0.first }
    }
}
