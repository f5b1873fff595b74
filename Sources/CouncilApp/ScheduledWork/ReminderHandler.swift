import Domain
import Foundation
import Jobs

/// `reminders`, daily: a `notification` job (event `reminder`) for each appointment booked for the next day, queued
/// once per appointment and day however often the job runs.
///
/// The payload carries the appointment's fields for templates (`date`, `appointment_day`, `slot`,
/// `slot_label`, `visit_kind`, `visit_kind_label`, `visit_id`, `area`; `job_kind`, `job_kind_label` and `job_id` are
/// their old names, kept for templates written before the rename), the applicant's `email`, `phone` and `language`, and a ready
/// `subject` and `body` for a composer that has no reminder template.
struct ReminderHandler: JobHandler {
    let work: any ScheduledWorkRepository
    let queue: any JobQueue
    let catalogue: ServiceCatalogue
    let now: @Sendable () -> Date

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        // The day is the period's, not the clock's: a job run late (or again) still reminds about the same day.
        guard let period = job.payload["period"]?.stringValue, let today = CalendarDay(iso: period.prefix(10)) else {
            throw .permanent("no period day in the job")
        }
        let tomorrow = today.adding(days: 1)
        do {
            let appointments = try await work.appointments(on: tomorrow)
            var jobs: [NewBackgroundJob] = []
            for appointment in appointments where appointment.email != nil || appointment.phone != nil {
                jobs.append(try await reminder(for: appointment))
            }
            let added = try await queue.enqueue(jobs, now: now())
            return "\(added.count) reminders queued for \(tomorrow.iso) (\(appointments.count) appointments)"
        } catch {
            throw .temporary("could not queue reminders: \(error)")
        }
    }

    private func reminder(for due: AppointmentDue) async throws -> NewBackgroundJob {
        let appointment = due.visit
        let language = due.language
        let definition = try await catalogue.current(slug: appointment.serviceSlug)?.definition
        let slotLabel = definition?.scheduling?.slot(appointment.slot)?.label.text(language)
        let kindLabel = definition?.scheduling?.visitKinds.first { $0.id == appointment.kind }?.label.text(language)
        let when = AppointmentText.appointment(Appointment(day: appointment.day, slot: appointment.slot), slotLabel: slotLabel, language)
        let what = kindLabel ?? appointment.kind
        let reference = appointment.caseReference
        let subject = language == .gd ? "Cuimhneachan: \(what) a-màireach (\(reference))" : "Reminder: \(what) tomorrow (\(reference))"
        let body = language == .gd
            ? "Seo cuimhneachan gu bheil \(what) air a chur air dòigh airson \(when).\n\nÀireamh-iomraidh: \(reference). Ma dh’fheumas tu atharrachadh, cuir fios thugainn leis an àireamh seo."
            : "This is a reminder that your \(what) is booked for \(when).\n\nYour reference is \(reference). If you need to change it, contact us quoting this reference."
        var payload: [String: JSONValue] = [
            "event": .string("reminder"), "reference": .string(reference), "service": .string(appointment.serviceSlug),
            "language": .string(language.rawValue), "subject": .string(subject), "body": .string(body),
            "date": .string(appointment.day.iso), "appointment_day": .string(AppointmentText.day(appointment.day, language)),
            "slot": .string(appointment.slot), "job_kind": .string(appointment.kind), "area": .string(appointment.area),
            "job_id": .number(Double(appointment.id)),
            "visit_kind": .string(appointment.kind), "visit_id": .number(Double(appointment.id)),
        ]
        payload["slot_label"] = slotLabel.map(JSONValue.string) ?? .null
        payload["job_kind_label"] = kindLabel.map(JSONValue.string) ?? .null
        payload["visit_kind_label"] = payload["job_kind_label"]
        payload["email"] = due.email.map(JSONValue.string) ?? .null
        payload["phone"] = due.phone.map(JSONValue.string) ?? .null
        return NewBackgroundJob(
            topic: "notification", reference: reference, payload: payload,
            idempotencyKey: "reminder:\(appointment.id):\(appointment.day.iso)", availableAt: now(),
            timeline: (.notificationQueued, ["subject": .string(subject), "channel": .string(due.email != nil ? "email" : "sms")])
        )
    }
}
