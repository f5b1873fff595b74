import Domain
import Foundation
import Hummingbird
import Views

/// Visits of a case: scheduling one (kind, date, slot, field worker or crew) from the form on the case page, and a
/// visit's photo. Scheduling takes a place in the area's day as a citizen's booking does.
struct CaseVisitsController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let group = router.group("backoffice/cases/{reference}/visits").staffArea()
        group.post(use: schedule)
        group.get("{id}/photo", use: photo)
        // The addresses from before visits had their own name: 301 for the photo, 308 for a form posted from a case
        // page opened before the change.
        router.get("backoffice/cases/{reference}/jobs/{id}/photo") { request, context in
            let (reference, id) = (try context.parameters.require("reference"), try context.parameters.require("id"))
            return FieldController.moved(request, to: "/backoffice/cases/\(reference)/visits/\(id)/photo", status: .movedPermanently)
        }
        router.post("backoffice/cases/{reference}/jobs") { request, context in
            FieldController.moved(request, to: "/backoffice/cases/\(try context.parameters.require("reference"))/visits", status: .permanentRedirect)
        }
    }

    /// The case, when this member of staff may handle its cases (a refusal is on the audit trail).
    private func open(_ context: StaffRequestContext) async throws -> OpenedCase {
        switch try await OpenedCase.open(try context.parameters.require("reference"), by: context.staff, services: services, context: context.site) {
        case .opened(let opened): return opened
        case .notFound: throw HTTPError(.notFound)
        case .forbidden: throw HTTPError(.forbidden)
        }
    }

    @Sendable func schedule(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let opened = try await open(context)
        let record = opened.record
        let language = context.language
        guard let scheduling = opened.service.definition.scheduling else { throw HTTPError(.notFound) }
        let (posted, session) = try await pages.postedForm(request, context.site)
        let (form, _) = try await CaseVisits(services: services).form(scheduling, service: record.serviceSlug)
        func again(_ errors: [FieldError]) -> Response {
            ScheduleVisitPage(
                layout: context.layout(title: Phrase.visitsSchedule(language), path: request.uri.path, errors: errors,
                                       back: "/backoffice/cases/\(record.reference)"),
                form: form.fields(caseReference: record.reference, posted: posted.input.fields, errors: errors, csrf: session.csrfToken)
            ).response(status: .unprocessableContent)
        }
        let choice: ScheduleVisitForm.Choice
        switch form.read(posted.input, language) {
        case .failure(let problems): return again(problems.errors)
        case .success(let read): choice = read
        }
        var assigneeID: Int64?
        var crew: String?
        if choice.assignee.hasPrefix("staff:") {
            guard let id = Int64(choice.assignee.dropFirst(6)), form.workers.contains(where: { $0.id == id }) else {
                return again([FieldError(questionID: "job-assignee", message: Phrase.visitsSelectAssignee(language))])
            }
            assigneeID = id
        } else if choice.assignee.hasPrefix("crew:") {
            crew = String(choice.assignee.dropFirst(5))
        }
        let area = scheduling.area(forDistrict: record.postcodeDistrict)
        let appointment = Appointment(day: choice.day, slot: choice.slot.id)
        let who = assigneeID.flatMap { id in form.workers.first { $0.id == id }?.email } ?? crew
        var visit = NewVisit(
            caseReference: record.reference, serviceSlug: record.serviceSlug, kind: choice.kind.id, day: choice.day, slot: choice.slot.id,
            area: area?.id ?? "", assigneeID: assigneeID, crew: crew, limits: area.map { SlotLimits(area: $0, slot: choice.slot) },
            summary: VisitText.summary(kind: choice.kind.label.english, appointment: appointment, slotLabel: choice.slot.label.english, assignee: who)
        )
        // The applicant is told the date (the notification is queued only if they gave an address or number).
        visit.notify = CaseNotification(.appointmentBooked, email: record.applicantEmail, phone: record.applicantPhone,
                                        summary: "Booked for \(AppointmentText.day(choice.day, .en)): \(record.reference)",
                                        fields: ["date": choice.day.iso, "slot": choice.slot.id])
        do {
            _ = try await services.visits.schedule(visit, actor: context.actor, at: services.identity.now())
        } catch BookingRefusal.full {
            let full = Phrase.visitsFullyBooked(AppointmentText.day(choice.day, .en), AppointmentText.day(choice.day, .gd), area: area?.label)
            return again([FieldError(questionID: "job-date", part: "day", message: full(language))])
        }
        return .seeOther("/backoffice/cases/\(record.reference)?done=job")
    }

    @Sendable func photo(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let record = try await open(context).record
        guard let id = Int64(try context.parameters.require("id")), let visit = try await services.visits.visit(id: id),
              visit.caseReference == record.reference, let photo = try await services.visits.photo(visitID: id) else {
            throw HTTPError(.notFound)
        }
        return FieldPhoto.response(photo)
    }
}
