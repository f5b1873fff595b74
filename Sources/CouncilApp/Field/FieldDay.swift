import Domain
import Views

/// What the field pages work out from the database: a worker's day as cards, and the move a visit's outcome makes.
struct FieldDay {
    let services: AppServices

    /// The roles `staff` holds for `service` (per-service grants for it, and council-wide ones).
    static func roles(_ staff: StaffMember, service: String) -> Set<StaffRole> {
        Set(staff.grants.filter { $0.serviceSlug == nil || $0.serviceSlug == service }.map(\.role))
    }

    /// The worker's visits on `day` in their services, ordered by slot then address, labelled in `language`.
    func cards(for staff: StaffMember, on day: CalendarDay, _ language: Language) async throws -> [FieldVisitCard] {
        let visits = try await services.visits.visits(on: day, for: staff.id, services: staff.access.fieldServices)
        var cards: [(order: Int, address: String, card: FieldVisitCard)] = []
        for visit in visits {
            guard let record = try await services.cases.record(reference: visit.caseReference),
                  let definition = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion)?.definition else { continue }
            let stored = try await services.submissions.submission(reference: visit.caseReference)
            let answers = stored.map { AnswerCoding.answers(from: $0.answers, definition: definition) } ?? Answers()
            let site = VisitSite(answers: answers, definition: definition, language: language)
            let scheduling = definition.scheduling
            let assignee: FieldVisitCard.Assignee = if visit.assigneeID == staff.id { .you } else if let crew = visit.crew { .crew(crew) } else { .nobody }
            let needingReason = VisitOutcome.allCases.filter { outcome in
                guard let target = scheduling?.target(for: outcome, kind: visit.kind), target != record.status else { return false }
                return (try? definition.workflow.transition(from: record.status, to: target, roles: Self.roles(staff, service: visit.serviceSlug)))?.needsReason ?? false
            }
            let card = FieldVisitCard(
                id: visit.id, slotLabel: scheduling?.slot(visit.slot)?.label.text(language) ?? visit.slot,
                kindLabel: scheduling?.kind(visit.kind)?.label.text(language) ?? visit.kind,
                addressLines: site.addressLines, mapsURL: site.mapsURL, keyAnswers: site.keyAnswers, caseReference: visit.caseReference,
                caseStatus: definition.workflow.state(record.status)?.label.text(language) ?? record.status, assignee: assignee,
                record: FieldVisitRecord(visit), mayRecord: visit.mayBeRecorded(by: staff.id, access: staff.access),
                outcomesNeedingApplicantReason: needingReason
            )
            cards.append((scheduling?.slotOrder(visit.slot) ?? 0, site.singleLine, card))
        }
        return cards.sorted { ($0.order, $0.address, $0.card.id) < ($1.order, $1.address, $1.card.id) }.map(\.card)
    }

    enum PlannedMove {
        /// The service moves cases on this outcome, and the workflow lets this worker make the move.
        case move(CaseMove)
        /// The workflow allows the move only with a reason for the applicant, and none was given.
        case needsReason(state: String)
        /// The workflow does not allow the move from where the case is; the outcome is still recorded.
        case refused(String)
        /// The service does not move cases on this outcome (or the case is already there).
        case stay
    }

    /// The status change the outcome should make, checked against the workflow with the worker's roles.
    func caseMove(for visit: Visit, outcome: FieldOutcomeForm, staff: StaffMember, _ language: Language) async throws -> PlannedMove {
        guard let record = try await services.cases.record(reference: visit.caseReference),
              let definition = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion)?.definition,
              let target = definition.scheduling?.target(for: outcome.outcome, kind: visit.kind), target != record.status else { return .stay }
        let workflow = definition.workflow
        let transition: WorkflowTransition
        do {
            transition = try workflow.transition(from: record.status, to: target, roles: Self.roles(staff, service: visit.serviceSlug))
        } catch {
            return .refused("\(error)")
        }
        // Only the field labelled for the applicant is theirs to read: the worker's notes and own reason stay internal.
        let reason = outcome.citizenReason
        let label = workflow.state(target)?.label.text(language) ?? target
        if transition.needsReason, reason == nil { return .needsReason(state: label) }
        let notify = transition.notifiesCitizen
            ? CaseNotification.statusChanged(reference: record.reference, to: target, reason: reason, email: record.applicantEmail,
                                             phone: record.applicantPhone)
            : nil
        return .move(CaseMove(from: record.status, to: target, citizenReason: reason, meetsTarget: workflow.target?.until.contains(target) ?? false,
                              notify: notify))
    }
}
