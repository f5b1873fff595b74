import Domain
import Foundation
import Hummingbird

/// What every designer editing page shares: who is designing, the working draft of a service and its definition, and
/// applying one edit from a form post (the edit is pure; the draft is saved back as canonical YAML). A GET never
/// starts a draft: it shows the draft, or the current version until the first edit starts one from it.
struct DraftEditing {
    let services: AppServices

    func designer(_ context: StaffRequestContext) -> ServiceDesigner {
        ServiceDesigner(actor: context.actor, access: context.staff.access)
    }

    /// The YAML being edited: the draft's, or the current version's when no draft has been started.
    func source(_ slug: String, _ context: StaffRequestContext) async throws -> (source: String, isDraft: Bool) {
        guard context.staff.access.mayDesign(slug) else { throw HTTPError(.forbidden) }
        if let draft = try await services.serviceDesign.draft(slug: slug, for: designer(context)) { return (draft.source, true) }
        if let current = try await services.catalogue.current(slug: slug) { return (current.source, false) }
        // Nothing live yet (a first version scheduled or waiting for approval): the newest version.
        let newest = try? await services.serviceDesign.history(slug: slug, for: designer(context)).first
        guard let newest, let version = try await services.catalogue.version(slug: slug, version: newest.version) else { throw HTTPError(.notFound) }
        return (version.source, false)
    }

    /// The definition being edited, or the validator's problems when its YAML does not read as one.
    func definition(_ slug: String, _ context: StaffRequestContext) async throws -> Result<ServiceDefinition, DefinitionProblems> {
        let (source, _) = try await source(slug, context)
        return services.designerDefinitions.parse(source)
    }

    /// The working draft, started from the current version on the first edit.
    func ensureDraft(_ slug: String, _ context: StaffRequestContext) async throws -> ServiceDraft {
        let designer = designer(context)
        if let draft = try await services.serviceDesign.draft(slug: slug, for: designer) { return draft }
        return try await services.serviceDesign.startDraft(slug: slug, by: designer)
    }

    /// Applies `edit` to the draft and saves it; a refusal (or a draft whose YAML does not read) changes nothing.
    func apply(_ edit: DefinitionEdit, to slug: String, _ context: StaffRequestContext) async throws -> Result<ServiceDefinition, DraftEditRefusal> {
        try await apply([edit], to: slug, context)
    }

    /// Applies `edits` in order and saves once: one form's changes are all saved, or (on a refusal) none.
    func apply(_ edits: [DefinitionEdit], to slug: String, _ context: StaffRequestContext) async throws -> Result<ServiceDefinition, DraftEditRefusal> {
        let draft = try await ensureDraft(slug, context)
        let definition: ServiceDefinition
        do { definition = try services.designerDefinitions.definition(draft.source) } catch { return .failure(.draftUnreadable(error)) }
        var edited = definition
        for edit in edits {
            do { edited = try edit.apply(to: edited) } catch { return .failure(.refused(error)) }
        }
        let written = try DefinitionWriter.write(edited)
        // An edit the validator would refuse (a choice question left without options) is not saved: the draft stays
        // one the editors can read.
        // The page shown after the save reads the same YAML, so it is parsed once, here.
        do { _ = try services.designerDefinitions.definition(written.yaml) } catch { return .failure(.wouldBeInvalid(error)) }
        try await services.serviceDesign.saveDraft(slug: slug, source: written.yaml, by: designer(context))
        return .success(edited)
    }
}

/// Why an edit from a form was not saved.
enum DraftEditRefusal: Error {
    /// The edit itself is refused (an id in use, a goto backwards, a question a condition reads).
    case refused(DefinitionEditRefusal)
    /// The draft's YAML has problems only the YAML editor can fix.
    case draftUnreadable(DefinitionProblems)
    /// The edited definition has problems the validator refuses.
    case wouldBeInvalid(DefinitionProblems)
}
