import Domain
import Views

/// A case's visits as the case page shows them, and the form that schedules another; what both the case page and
/// `CaseVisitsController` read.
struct CaseVisits {
    let services: AppServices

    /// The form for the case's service, and everyone's names (for the "Who" column).
    func form(_ scheduling: Scheduling, service: String) async throws -> (ScheduleVisitForm, [Int64: String]) {
        let staff = try await services.identity.staff.all()
        let names = Dictionary(staff.map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first })
        let workers = staff.filter { !$0.disabled && $0.access.fieldServices.contains(service) }
        return (ScheduleVisitForm(scheduling: scheduling, workers: workers, today: services.today()), names)
    }

    /// The "Jobs" and "Schedule a job" part of the case page; nil for a service that schedules nothing.
    func section(_ record: CaseRecord, _ definition: ServiceDefinition, csrf: String, _ language: Language) async throws -> CaseVisitsSection? {
        guard let scheduling = definition.scheduling else { return nil }
        let visits = try await services.visits.visits(caseReference: record.reference)
        let (form, names) = try await self.form(scheduling, service: record.serviceSlug)
        let base = "/backoffice/cases/\(record.reference)/visits"
        let rows = visits.map { visit in
            CaseVisitsSection.Row(
                when: AppointmentText.appointment(Appointment(day: visit.day, slot: visit.slot), slotLabel: scheduling.slot(visit.slot)?.label.text(language), language),
                kind: scheduling.kind(visit.kind)?.label.text(language) ?? visit.kind,
                who: FieldText.who(visit, names: names, language),
                record: FieldVisitRecord(visit),
                photoHref: visit.photoUploadID == nil ? nil : "\(base)/\(visit.id)/photo"
            )
        }
        return CaseVisitsSection(rows: rows, form: form.fields(caseReference: record.reference, posted: [:], errors: [], csrf: csrf))
    }
}
