import Domain
import Foundation
import Hummingbird
import Views

/// `/field`: a field worker's visits for one day (today unless `?day=` says otherwise), in slot then address order,
/// each with the address, a maps link, the case's key answers and the outcome form. Recording an outcome marks the
/// visit done and moves the case where the service's scheduling and workflow say.
struct FieldController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let field = router.group("field").staffArea()
        field.get(use: day)
        field.post("visits/{id}", use: record)
        field.get("visits/{id}/photo", use: photo)
        // The addresses from before visits had their own name, so bookmarks and sent links still work: 301 for a
        // page, 308 for a form posted from a page opened before the change (a 308 keeps the method and the body).
        router.get("field/jobs/{id}/photo") { request, context in
            Self.moved(request, to: "/field/visits/\(try context.parameters.require("id"))/photo", status: .movedPermanently)
        }
        router.post("field/jobs/{id}") { request, context in
            Self.moved(request, to: "/field/visits/\(try context.parameters.require("id"))", status: .permanentRedirect)
        }
    }

    /// A redirect to `path`, keeping the query (`?day=`, `&lang=`).
    static func moved(_ request: Request, to path: String, status: HTTPResponse.Status) -> Response {
        let query = request.uri.query.map { "?\($0)" } ?? ""
        return Response(status: status, headers: [.location: path + query])
    }

    private func chosenDay(_ request: Request) -> CalendarDay {
        request.uri.queryParameters.get("day").flatMap { CalendarDay(iso: $0) } ?? services.today()
    }

    // MARK: The day list

    @Sendable func day(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let day = chosenDay(request)
        let (session, cookie) = try await pages.browserSession(request, context.site)
        var notice: FieldRecordedNotice?
        if let recorded = request.uri.queryParameters.get("recorded").flatMap({ Int64($0) }) {
            notice = try await recordedNotice(visitID: recorded, context)
        }
        return try await page(day: day, context, csrf: session.csrfToken, notice: notice).response(cookies: [cookie])
    }

    private func page(day: CalendarDay, _ context: StaffRequestContext, csrf: String, notice: FieldRecordedNotice? = nil,
                      failed: FieldDayPage.FailedForm? = nil, errors: [FieldError] = []) async throws -> FieldDayPage {
        let today = services.today()
        let cards = try await FieldDay(services: services).cards(for: context.staff, on: day, context.language)
        return FieldDayPage(
            layout: context.layout(title: FieldDayPage.title(day: day, today: today, context.language), path: "/field", errors: errors),
            day: day, today: today, notice: notice, cards: cards, csrfToken: csrf, failed: failed, errors: errors
        )
    }

    // MARK: Recording an outcome

    /// The visit in the address, when this worker may record it; anyone else's (or another service's) is refused.
    private func visit(_ context: StaffRequestContext) async throws -> Visit {
        guard let id = Int64(try context.parameters.require("id")), let visit = try await services.visits.visit(id: id) else {
            throw HTTPError(.notFound)
        }
        guard visit.mayBeRecorded(by: context.staff.id, access: context.staff.access) else {
            try await services.identity.record(context.site, .staffVisitAccessDenied, subject: "visit:\(visit.id)", detail: visit.caseReference)
            throw HTTPError(.forbidden)
        }
        return visit
    }

    @Sendable func record(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let staff = context.staff
        let language = context.language
        let visit = try await visit(context)
        guard let session = try await pages.existingSession(request) else { throw HTTPError.csrfRefused }
        let form = try await FormBody.parse(request, context: context.site, limit: services.maxBodySize)
        try form.requireToken(session.csrfToken)
        let day = chosenDay(request)
        let recorded = "/field?day=\(day.iso)&recorded=\(visit.id)"
        guard visit.status == .scheduled else { return .seeOther(recorded) }

        func again(_ errors: [FieldError]) async throws -> Response {
            var fields: [String: String] = [:]
            for name in ["outcome", "reason", "notes", "citizen-reason", "confirm-early"] { fields[name] = form.value(name) }
            return try await page(day: day, context, csrf: session.csrfToken, failed: .init(visitID: visit.id, fields: fields), errors: errors)
                .response(status: .unprocessableContent)
        }
        let outcome: FieldOutcomeForm
        switch FieldOutcomeForm.read(form.input, visitID: visit.id, today: services.today(), language) {
        case .failure(let problems): return try await again(problems.errors)
        case .success(let read): outcome = read
        }
        // A visit marked done before its booked day is most likely the wrong card (the list shows any day): the worker
        // confirms, rather than being refused, as crews do sometimes collect early when passing.
        if outcome.outcome == .completed, visit.day > services.today(), form.value("confirm-early") != "yes" {
            let booked = Phrase.fieldConfirmEarlyError(AppointmentText.day(visit.day, .en), AppointmentText.day(visit.day, .gd))
            return try await again([FieldError(questionID: "job-\(visit.id)-confirm-early", message: booked(language))])
        }
        let move: CaseMove?
        switch try await FieldDay(services: services).caseMove(for: visit, outcome: outcome, staff: staff, language) {
        case .needsReason(let state):
            return try await again([FieldError(questionID: "job-\(visit.id)-citizen-reason", message: Phrase.fieldNeedsCitizenReason(state)(language))])
        case .move(let planned): move = planned
        case .stay, .refused: move = nil
        }
        let completion = VisitCompletion(visitID: visit.id, workerID: staff.id, caseReference: visit.caseReference, outcome: outcome.outcome,
                                         reason: outcome.reason, notes: outcome.notes, photo: outcome.photo,
                                         summary: FieldText.outcomeSummary(outcome), caseMove: move)
        _ = try await services.visits.complete(completion, actor: context.actor, at: services.identity.now())
        return .seeOther(recorded)
    }

    /// "Outcome recorded …", and where the case went, or why it stayed (the workflow's own words).
    private func recordedNotice(visitID: Int64, _ context: StaffRequestContext) async throws -> FieldRecordedNotice? {
        let staff = context.staff
        guard let visit = try await services.visits.visit(id: visitID), visit.mayBeRecorded(by: staff.id, access: staff.access),
              let outcome = visit.outcome else { return nil }
        var notice = FieldRecordedNotice(caseReference: visit.caseReference, outcome: outcome, caseState: .unchanged)
        guard let record = try await services.cases.record(reference: visit.caseReference),
              let definition = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion)?.definition,
              let target = definition.scheduling?.target(for: outcome, kind: visit.kind) else { return notice }
        let workflow = definition.workflow
        let label = { (state: String) in workflow.state(state)?.label.text(context.language) ?? state }
        if record.status == target {
            notice.caseState = .now(label(target))
        } else {
            do {
                _ = try workflow.transition(from: record.status, to: target, roles: FieldDay.roles(staff, service: visit.serviceSlug))
                notice.caseState = .stays(label(record.status), why: nil)
            } catch {
                notice.caseState = .stays(label(record.status), why: "\(error)")
            }
        }
        return notice
    }

    @Sendable func photo(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let visit = try await visit(context)
        guard let photo = try await services.visits.photo(visitID: visit.id) else { throw HTTPError(.notFound) }
        return FieldPhoto.response(photo)
    }
}
