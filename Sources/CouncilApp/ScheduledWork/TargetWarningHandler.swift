import Domain
import Foundation
import Jobs

/// `target-warnings`, daily: finds cases due today or on the next working day, and overdue ones. Each gets one
/// timeline line per warning ("Target: due soon", then "Target: overdue"), so the record shows when the case was
/// flagged; and each assignee gets one email a day listing their newly flagged cases with links, because an officer
/// acts on a list in their inbox in the morning, not on a line inside a case they have not opened. Cases nobody
/// has are flagged on their timelines only: the service's queue already sorts them by due date.
struct TargetWarningHandler: JobHandler {
    let work: any ScheduledWorkRepository
    let queue: any JobQueue
    let staff: any StaffRepository
    let calendar: WorkingCalendar
    let publicURL: String
    let now: @Sendable () -> Date
    /// The most cases flagged in one run; the rest are flagged the next day (a first run over old data can be large).
    var limit = 5000

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        guard let period = job.payload["period"]?.stringValue, let today = CalendarDay(iso: period.prefix(10)) else {
            throw .permanent("no period day in the job")
        }
        do {
            let near = try await work.casesNearTarget(dueBy: calendar.adding(workingDays: 1, to: today), limit: limit)
            let warnings = near.compactMap { item in TargetWarningLevel.of(item.dueDay, today: today, calendar: calendar).map { (item, $0) } }
            let noted = try await work.noteTargetWarnings(warnings, at: now())
            let levels = Dictionary(warnings.map { ($0.0.reference, $0.1) }, uniquingKeysWith: { first, _ in first })
            var digests: [NewBackgroundJob] = []
            for (assignee, cases) in Dictionary(grouping: noted.filter { $0.assigneeID != nil }, by: { $0.assigneeID ?? 0 }) {
                guard let member = try await staff.member(id: assignee), !member.disabled else { continue }
                digests.append(digest(to: member, cases: cases, levels: levels, day: today))
            }
            _ = try await queue.enqueue(digests, now: now())
            return "\(noted.count) cases flagged (\(warnings.count) due soon or overdue), \(digests.count) officers emailed"
        } catch {
            throw .temporary("could not check targets: \(error)")
        }
    }

    private func digest(to member: StaffMember, cases: [CaseNearTarget], levels: [String: TargetWarningLevel], day: CalendarDay) -> NewBackgroundJob {
        let overdue = cases.filter { levels[$0.reference] == .overdue }
        let soon = cases.filter { levels[$0.reference] == .dueSoon }
        let line = { (item: CaseNearTarget) in
            "- \(item.reference), due \(AppointmentText.day(item.dueDay, .en)): \(publicURL)/backoffice/cases/\(item.reference)"
        }
        var body = ""
        if !overdue.isEmpty { body += "Overdue:\n" + overdue.map(line).joined(separator: "\n") + "\n\n" }
        if !soon.isEmpty { body += "Due by the next working day:\n" + soon.map(line).joined(separator: "\n") + "\n\n" }
        body += "These are cases assigned to you whose target is not met yet."
        let subject = "\(overdue.count) overdue, \(soon.count) due soon: your cases on \(AppointmentText.day(day, .en))"
        return NewBackgroundJob(
            topic: "email", reference: "target-warnings:\(day.iso)",
            payload: ["to": .string(member.email), "subject": .string(subject), "body": .string(body), "template": .string("target-warnings")],
            idempotencyKey: "target-warnings:\(member.id):\(day.iso)", availableAt: now()
        )
    }
}
