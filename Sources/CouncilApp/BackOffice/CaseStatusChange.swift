import Domain

/// Moving a case to another status: the workflow's rules for the officer's roles, the reason some moves need, the
/// citizen's notification and the change on the timeline. The case page, the queue's bulk action and the partner API
/// all come here, so a move allowed (or refused) in one is allowed (or refused) in the others, for the same reason.
struct CaseStatusChange {
    let services: AppServices

    enum Outcome: Equatable {
        case moved
        /// Not a move this person may make; `field` is the form field the message belongs to.
        case refused(field: String, message: String)
        /// Someone else moved the case between the page being drawn and this change.
        case overtaken
    }

    /// `reason` is the applicant's to read: it comes only from a field that says so (or the API's `reason`).
    func move(_ opened: some CaseInHand, to: String, reason: CitizenReason?) async throws -> Outcome {
        let workflow = opened.workflow
        let transition: WorkflowTransition
        do throws(WorkflowRefusal) {
            transition = try workflow.transition(from: opened.record.status, to: to, roles: opened.roles)
            if transition.needsReason, reason == nil {
                throw WorkflowRefusal.reasonRequired(to: workflow.state(to)?.label.text(.en) ?? to)
            }
        } catch {
            if case .reasonRequired = error { return .refused(field: "reason", message: "\(error)") }
            return .refused(field: "status", message: "\(error)")
        }
        let reference = opened.record.reference
        let notify = transition.notifiesCitizen
            ? CaseNotification.statusChanged(reference: reference, to: to, reason: reason, email: opened.record.applicantEmail,
                                             phone: opened.record.applicantPhone)
            : nil
        let meets = workflow.target?.until.contains(to) ?? false
        let stateDue = workflow.state(to)?.targetWorkingDays.map { services.calendar.adding(workingDays: $0, to: services.today()).dayNumber }
        let moved = try await services.cases.apply(
            .status(from: opened.record.status, to: to, reason: reason, meetsTarget: meets, notify: notify, stateDueDay: stateDue),
            to: reference, actor: opened.actor, at: services.identity.now()
        )
        return moved ? .moved : .overtaken
    }
}
