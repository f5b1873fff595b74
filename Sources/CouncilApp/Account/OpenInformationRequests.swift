import Domain

/// A case waiting on its applicant for more information: the question asked, and where the case goes once answered.
/// Shared by the applicant's request page and the reply routes.
struct OpenInformationRequests {
    let services: AppServices

    /// The question the case is waiting on, if it is waiting for the applicant.
    func openQuestion(_ reference: String) async throws -> (record: CaseRecord, question: String)? {
        guard let record = try await services.cases.record(reference: reference), record.status == "awaiting-information" else { return nil }
        let timeline = try await services.cases.timeline(reference: reference)
        let question = timeline.last { $0.kind == .informationRequested }?.detail["question"]?.stringValue ?? ""
        return (record, question)
    }

    /// Where the case goes once the applicant has answered: the workflow's first move out of waiting.
    func returnState(_ record: CaseRecord) async throws -> String? {
        let definition = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion)?.definition
        return definition?.workflow.transitions.first { $0.from.contains(record.status) && !(definition?.workflow.state($0.to)?.isFinal ?? true) }?.to
    }

    /// Puts the answer on the case, which goes back to the officers.
    func save(_ answer: String, _ record: CaseRecord, actor: Actor) async throws {
        let backTo = try await returnState(record)
        _ = try await services.cases.apply(.supplyInformation(answer: answer, backTo: backTo), to: record.reference, actor: actor,
                                           at: services.identity.now())
    }
}
