import Domain
import Foundation
import Hummingbird
import Views

/// Jobs on a case page: the case's scheduled jobs, the "Schedule a job" form (kind, date, slot, field worker or
/// crew) and a job's photo. Scheduling takes a place in the area's day like a citizen's booking does.
struct CaseJobsController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let group = router.group("backoffice/cases/{reference}/jobs").add(middleware: StaffAreaMiddleware())
        group.post(use: schedule)
        group.get("{id}/photo", use: photo)
    }

    /// The case's record and service version, when this member of staff may handle its cases.
    private func open(_ context: AppRequestContext) async throws -> (StaffMember, CaseRecord, ServiceDefinition) {
        guard let staff = context.staff else { throw RedirectError(location: "/staff/sign-in") }
        let reference = try context.parameters.require("reference")
        guard let record = try await services.cases.record(reference: reference),
              let service = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion) else {
            throw HTTPError(.notFound)
        }
        guard staff.access.mayHandleCases(of: record.serviceSlug) else {
            try await services.identity.record(context, .staffCaseAccessDenied, subject: "submission:\(reference)")
            throw HTTPError(.forbidden)
        }
        return (staff, record, service.definition)
    }

    private func form(_ scheduling: Scheduling, service: String) async throws -> (ScheduleJobForm, [Int64: String]) {
        let staff = try await services.identity.staff.all()
        let names = Dictionary(staff.map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first })
        let workers = staff.filter { !$0.disabled && $0.access.fieldServices.contains(service) }
        return (ScheduleJobForm(scheduling: scheduling, workers: workers, today: services.today()), names)
    }

    // MARK: On the case page

    /// The "Jobs" and "Schedule a job" parts of the case page; empty for a service that schedules nothing.
    func section(_ record: CaseRecord, _ definition: ServiceDefinition, csrf: String) async throws -> String {
        guard let scheduling = definition.scheduling else { return "" }
        let jobs = try await services.jobs.jobs(caseReference: record.reference)
        let (form, names) = try await self.form(scheduling, service: record.serviceSlug)
        var page = PageParts(language: .en)
        page.subheading("Jobs")
        if jobs.isEmpty {
            page.paragraph("No jobs are scheduled for this case.")
        } else {
            let base = "/backoffice/cases/\(record.reference)/jobs"
            page.table(caption: "Jobs for this case", headers: ["Date", "Job", "Who", "Status"], rows: jobs.map { job in
                let status = job.outcome.map { outcome in
                    outcome.label + "." + (job.reason.map { " Why it could not be completed: " + FieldText.sentence($0) } ?? "")
                        + (job.notes.map { " Notes: " + FieldText.sentence($0) } ?? "")
                } ?? job.status.rawValue.capitalized
                return [
                    (AppointmentText.appointment(Appointment(day: job.day, slot: job.slot), slotLabel: scheduling.slot(job.slot)?.label.english, .en), nil),
                    (scheduling.kind(job.kind)?.label.english ?? job.kind, nil),
                    (FieldText.who(job, names: names), nil),
                    job.photoUploadID == nil ? (status, nil) : ("\(status) (photo)", "\(base)/\(job.id)/photo"),
                ]
            })
        }
        page.subheading("Schedule a job")
        drawForm(&page, form, record: record, csrf: csrf, fields: [:], errors: [])
        return page.html
    }

    private func drawForm(_ page: inout PageParts, _ form: ScheduleJobForm, record: CaseRecord, csrf: String, fields: [String: [String]], errors: [FieldError]) {
        page.formStart(action: "/backoffice/cases/\(record.reference)/jobs", csrf: csrf)
        page.raw(form.html(fields: fields, errors: errors))
        page.button("Schedule job", secondary: true)
        page.formEnd()
    }

    // MARK: Actions

    @Sendable func schedule(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (staff, record, definition) = try await open(context)
        guard let scheduling = definition.scheduling else { throw HTTPError(.notFound) }
        let (posted, session) = try await pages.postedForm(request, context)
        let (form, _) = try await self.form(scheduling, service: record.serviceSlug)
        func again(_ errors: [FieldError]) -> Response {
            pages.page(context, path: request.uri.path, title: "Schedule a job", errors: errors,
                       back: "/backoffice/cases/\(record.reference)", status: .unprocessableContent) { page in
                page.heading("Schedule a job", caption: record.reference)
                drawForm(&page, form, record: record, csrf: session.csrfToken, fields: posted.input.fields, errors: errors)
            }
        }
        let choice: ScheduleJobForm.Choice
        switch form.read(posted.input) {
        case .failure(let problems): return again(problems.errors)
        case .success(let read): choice = read
        }
        var assigneeID: Int64?
        var crew: String?
        if choice.assignee.hasPrefix("staff:") {
            guard let id = Int64(choice.assignee.dropFirst(6)), form.workers.contains(where: { $0.id == id }) else {
                return again([FieldError(questionID: "job-assignee", message: "Select who will do the job")])
            }
            assigneeID = id
        } else if choice.assignee.hasPrefix("crew:") {
            crew = String(choice.assignee.dropFirst(5))
        }
        let area = scheduling.area(forDistrict: record.postcodeDistrict)
        let appointment = Appointment(day: choice.day, slot: choice.slot.id)
        let who = assigneeID.flatMap { id in form.workers.first { $0.id == id }?.email } ?? crew
        var job = NewJob(
            caseReference: record.reference, serviceSlug: record.serviceSlug, kind: choice.kind.id, day: choice.day, slot: choice.slot.id,
            area: area?.id ?? "", assigneeID: assigneeID, crew: crew, limits: area.map { SlotLimits(area: $0, slot: choice.slot) },
            summary: JobText.summary(kind: choice.kind.label.english, appointment: appointment, slotLabel: choice.slot.label.english, assignee: who)
        )
        // The applicant is told the date (the notification is queued only if they gave an address or number).
        job.notify = CaseNotification(.appointmentBooked, email: record.applicantEmail, phone: record.applicantPhone,
                                      summary: "Booked for \(AppointmentText.day(choice.day, .en)): \(record.reference)",
                                      fields: ["date": choice.day.iso, "slot": choice.slot.id])
        do {
            _ = try await services.jobs.schedule(job, actor: .staff(staff.id), at: services.identity.now())
        } catch BookingRefusal.full {
            let place = area.map { " in \($0.label.english)" } ?? ""
            return again([FieldError(questionID: "job-date", part: "day",
                                     message: "\(AppointmentText.day(choice.day, .en)) is fully booked\(place) for that time. Choose another date or time")])
        }
        return .seeOther("/backoffice/cases/\(record.reference)?done=job")
    }

    @Sendable func photo(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, record, _) = try await open(context)
        guard let id = Int64(try context.parameters.require("id")), let job = try await services.jobs.job(id: id),
              job.caseReference == record.reference, let photo = try await services.jobs.photo(jobID: id) else {
            throw HTTPError(.notFound)
        }
        return FieldPhoto.response(photo)
    }
}
