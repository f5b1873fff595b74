import Domain
import Foundation
import Hummingbird
import Views

/// `/field`: a field worker's jobs for one day (today unless `?day=` says otherwise), in slot then address order,
/// each with the address, a maps link, the case's key answers and the outcome form. Recording an outcome marks the
/// job done and moves the case where the service's scheduling and workflow say.
struct FieldController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let field = router.group("field").add(middleware: StaffAreaMiddleware())
        field.get(use: day)
        field.post("jobs/{id}", use: record)
        field.get("jobs/{id}/photo", use: photo)
    }

    private func staff(_ context: AppRequestContext) throws -> StaffMember {
        guard let staff = context.staff else { throw RedirectError(location: "/staff/sign-in") }
        return staff
    }

    private func chosenDay(_ request: Request) -> CalendarDay {
        request.uri.queryParameters.get("day").flatMap { CalendarDay(iso: $0) } ?? services.today()
    }

    // MARK: The day list

    @Sendable func day(_ request: Request, context: AppRequestContext) async throws -> Response {
        let staff = try staff(context)
        let day = chosenDay(request)
        let (session, cookie) = try await pages.browserSession(request, context)
        var notice: String?
        if let recorded = request.uri.queryParameters.get("recorded").flatMap({ Int64($0) }) {
            notice = try await recordedNotice(jobID: recorded, staff: staff)
        }
        return try await render(staff, day: day, context, csrf: session.csrfToken, notice: notice).setting(cookie)
    }

    private func render(_ staff: StaffMember, day: CalendarDay, _ context: AppRequestContext, csrf: String, notice: String? = nil,
                        failed: (jobID: Int64, fields: [String: String])? = nil, errors: [FieldError] = []) async throws -> Response {
        let cards = try await FieldDay(services: services).cards(for: staff, on: day)
        let today = services.today()
        let dayName = AppointmentText.day(day, .en)
        let title = day == today ? "Today’s jobs" : "Jobs on \(dayName)"
        return pages.page(context, path: "/field", title: title, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title, caption: day == today ? dayName : "Field work")
            if let notice { page.raw("<div class=\"notice\" role=\"status\">"); page.raw(HTMLWriter.escape(notice)); page.raw("</div>\n") }
            page.raw("<nav class=\"day-nav\" aria-label=\"Other days\"><ul class=\"day-nav-list\">")
            for (label, other) in [("Previous day", day.adding(days: -1)), ("Next day", day.adding(days: 1))] {
                page.raw("<li><a class=\"link\" href=\"/field?day=\(other.iso)\">\(label)<span class=\"visually-hidden\">: ")
                page.raw(HTMLWriter.escape(AppointmentText.day(other, .en))); page.raw("</span></a></li>")
            }
            if day != today { page.raw("<li><a class=\"link\" href=\"/field\">Today</a></li>") }
            page.raw("</ul></nav>\n")
            if cards.isEmpty {
                page.paragraph("You have no jobs on this day.")
                return
            }
            page.paragraph(context.text("\(CountedNoun.jobs.phrase(cards.count, .en)), in time order.",
                                        "\(CountedNoun.jobs.phrase(cards.count, .gd)), ann an òrdugh na h-ùine."))
            page.raw("<ol class=\"job-list\">\n")
            let early = day > today ? Self.earlyWarning(day, context) : nil
            for card in cards {
                let mine = failed?.jobID == card.id
                page.raw(FieldJobCardHTML.render(card, action: "/field/jobs/\(card.id)?day=\(day.iso)", csrf: csrf,
                                                 fields: mine ? failed?.fields ?? [:] : [:], errors: mine ? errors : [], early: early))
            }
            page.raw("</ol>\n")
        }
    }

    /// The warning over each job on a later day, and the box that confirms it was done early.
    static func earlyWarning(_ day: CalendarDay, _ context: AppRequestContext) -> (warning: String, confirm: String) {
        (context.text("These jobs are booked for \(AppointmentText.day(day, .en)), not today. Record one as completed only if you did it early.",
                      "Tha na h-obraichean seo glèidhte airson \(AppointmentText.day(day, .gd)), chan ann an-diugh. Na clàraich gun deach tè a choileanadh ach ma rinn thu tràth i."),
         context.text("I completed this job early", "Choilean mi an obair seo tràth"))
    }

    // MARK: Recording an outcome

    /// The job in the address, when this worker may record it; anyone else's (or another service's) is refused.
    private func job(_ context: AppRequestContext, _ staff: StaffMember) async throws -> Job {
        guard let id = Int64(try context.parameters.require("id")), let job = try await services.jobs.job(id: id) else {
            throw HTTPError(.notFound)
        }
        guard job.mayBeRecorded(by: staff.id, access: staff.access) else {
            try await services.identity.record(context, .staffJobAccessDenied, subject: "job:\(job.id)", detail: job.caseReference)
            throw HTTPError(.forbidden)
        }
        return job
    }

    @Sendable func record(_ request: Request, context: AppRequestContext) async throws -> Response {
        let staff = try staff(context)
        let job = try await job(context, staff)
        guard let session = try await pages.existingSession(request) else { throw HTTPError.csrfRefused }
        let form = try await FormBody.parse(request, context: context, limit: services.maxBodySize)
        try form.requireToken(session.csrfToken)
        let day = chosenDay(request)
        guard job.status == .scheduled else { return .seeOther("/field?day=\(day.iso)&recorded=\(job.id)") }

        func again(_ errors: [FieldError]) async throws -> Response {
            var fields: [String: String] = [:]
            for name in ["outcome", "reason", "notes", "citizen-reason", "confirm-early"] { fields[name] = form.value(name) }
            return try await render(staff, day: day, context, csrf: session.csrfToken, failed: (job.id, fields), errors: errors)
        }
        let outcome: FieldOutcomeForm
        switch FieldOutcomeForm.read(form.input, jobID: job.id, today: services.today()) {
        case .failure(let problems): return try await again(problems.errors)
        case .success(let read): outcome = read
        }
        // A job marked done before its booked day is most likely the wrong card (the list shows any day): the worker
        // confirms, rather than being refused, as crews do sometimes collect early when passing.
        if outcome.outcome == .completed, job.day > services.today(), form.value("confirm-early") != "yes" {
            let booked = (AppointmentText.day(job.day, .en), AppointmentText.day(job.day, .gd))
            return try await again([FieldError(questionID: "job-\(job.id)-confirm-early", message: context.text(
                "This job is booked for \(booked.0). Confirm that you completed it early, or choose the right job",
                "Tha an obair seo glèidhte airson \(booked.1). Dearbhaich gun do rinn thu tràth i, no tagh an obair cheart"))])
        }
        let move: CaseMove?
        switch try await FieldDay(services: services).caseMove(for: job, outcome: outcome, staff: staff) {
        case .needsReason(let state):
            return try await again([FieldError(questionID: "job-\(job.id)-citizen-reason",
                                               message: "Enter the reason the applicant will see: moving the case to \(state) needs one")])
        case .move(let planned): move = planned
        case .stay, .refused: move = nil
        }
        let summary = FieldText.outcomeSummary(outcome)
        let completion = JobCompletion(jobID: job.id, workerID: staff.id, caseReference: job.caseReference, outcome: outcome.outcome,
                                       reason: outcome.reason, notes: outcome.notes, photo: outcome.photo, summary: summary, caseMove: move)
        _ = try await services.jobs.complete(completion, actor: .staff(staff.id), at: services.identity.now())
        return .seeOther("/field?day=\(day.iso)&recorded=\(job.id)")
    }

    /// "Outcome recorded …", and where the case went, or why it stayed (the workflow's own words).
    private func recordedNotice(jobID: Int64, staff: StaffMember) async throws -> String? {
        guard let job = try await services.jobs.job(id: jobID), job.mayBeRecorded(by: staff.id, access: staff.access),
              let outcome = job.outcome else { return nil }
        var text = "Outcome recorded for case \(job.caseReference): \(outcome.label.lowercased())."
        guard let record = try await services.cases.record(reference: job.caseReference),
              let definition = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion)?.definition,
              let target = definition.scheduling?.onOutcome[outcome] else { return text }
        let workflow = definition.workflow
        let label = { (state: String) in workflow.state(state)?.label.english ?? state }
        if record.status == target {
            text += " The case is now \(label(target))."
        } else {
            let roles = FieldDay.roles(staff, service: job.serviceSlug)
            let why: String
            do {
                _ = try workflow.transition(from: record.status, to: target, roles: roles)
                why = "it had already moved on"
            } catch {
                why = "\(error)"
            }
            text += " The case stays at \(label(record.status)): \(why). A case officer can move it."
        }
        return text
    }

    @Sendable func photo(_ request: Request, context: AppRequestContext) async throws -> Response {
        let staff = try staff(context)
        let job = try await job(context, staff)
        guard let photo = try await services.jobs.photo(jobID: job.id) else { throw HTTPError(.notFound) }
        return FieldPhoto.response(photo)
    }
}
