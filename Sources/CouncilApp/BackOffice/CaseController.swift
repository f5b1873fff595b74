import Domain
import Foundation
import NIOCore
import Hummingbird
import Views

/// One case in the back office: its answers, timeline, target, and the officer's actions (assign, change status,
/// request information, note, message). Every action goes through the service's workflow and onto the timeline.
struct CaseController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var cases: any CaseRepository { services.cases }

    func addRoutes(to router: Router<AppRequestContext>) {
        let group = router.group("backoffice/cases/{reference}").staffArea()
        group.get(use: show)
        group.post("assign", use: assign)
        group.post("status", use: changeStatus)
        group.post("request-information", use: requestInformation)
        group.post("note", use: note)
        group.post("message", use: message)
        group.get("files/{file}", use: download)
    }

    typealias Opened = OpenedCase

    private func open(_ context: StaffRequestContext) async throws -> Opened {
        switch try await OpenedCase.open(try context.parameters.require("reference"), by: context.staff, services: services, context: context.site) {
        case .opened(let opened): return opened
        case .notFound: throw HTTPError(.notFound)
        case .forbidden: throw HTTPError(.forbidden)
        }
    }

    // MARK: Page

    @Sendable func show(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let opened = try await open(context)
        let done = request.uri.queryParameters.get("done").map { String($0) }
        // A look at personal data goes on the audit trail, not the case's timeline (the case's story is what was done
        // with it). The page shown again after an action is not a new look.
        if done == nil {
            try await services.identity.record(context.site, .staffCaseViewed, subject: "submission:\(opened.record.reference)")
        }
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return try await render(opened, context, csrf: session.csrfToken, errors: [], done: done).setting(cookie)
    }

    private func render(_ opened: Opened, _ context: StaffRequestContext, csrf: String, errors: [FieldError], fields: [String: String] = [:],
                        done: String? = nil) async throws -> Response {
        let language = context.language
        let record = opened.record
        let definition = opened.service.definition
        let workflow = opened.workflow
        // Views recorded on the timeline by earlier versions are left out.
        let timeline = try await cases.timeline(reference: record.reference).filter { $0.kind != .viewed }
        let staffList = try await services.identity.staff.all()
        let names = Dictionary(staffList.map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first })
        let who = { (recorded: String?) -> CaseDetailPage.Who in
            guard let recorded else { return .platform }
            switch Actor(recorded: recorded) {
            case .staff(let id): return .staff(names[id] ?? Phrase.boStaffMember(id)(language))
            case .citizen, .applicant: return .applicant
            default: return .other(recorded)
            }
        }
        let colleagues = staffList.filter { !$0.disabled && $0.access.has(.caseOfficer) && $0.access.mayHandleCases(of: record.serviceSlug) }
        let stored = try await services.submissions.submission(reference: record.reference)
        var answers: [CaseDetailPage.AnswerSection]?
        var files: [FileReference] = []
        var locations: [Location] = []
        if let stored {
            let decoded = AnswerCoding.answers(from: stored.answers, definition: definition)
            locations = decoded.values.values.compactMap { if case .location(let location) = $0 { location } else { nil } }
            files = decoded.values.values.compactMap { if case .file(let file) = $0 { file } else { nil } }
                + decoded.items.values.flatMap { $0.flatMap(\.values) }.compactMap { if case .file(let file) = $0 { file } else { nil } }
            let route = definition.pages.filter { page in
                page.repeatGroup != nil ? stored.answers[page.id] != nil : page.questions.contains { stored.answers[$0.id] != nil }
            }
            answers = AnswerSummary.sections(definition, route: route, answers: decoded, language: language, changeBase: nil).map { section in
                CaseDetailPage.AnswerSection(title: section.title, rows: section.rows.map { CaseDetailPage.AnswerRow(question: $0.key, lines: $0.lines) })
            }
        }
        let target = TargetStatus.of(deadline: record.dueDate, today: services.today(), met: record.targetMetAt != nil, calendar: services.calendar)
        let allowed = workflow.moves(from: record.status, for: opened.roles)
        let moves = record.status == "awaiting-information" ? allowed : allowed.filter { $0.to != "awaiting-information" }
        let canRequestInformation = workflow.state("awaiting-information") != nil && allowed.contains { $0.to == "awaiting-information" }
        let fieldVisits = try await CaseVisits(services: services).section(record, definition, csrf: csrf, language)?.html(language) ?? ""
        let title = definition.title.text(language)
        let label = { (status: String) in workflow.state(status)?.label.text(language) ?? status }
        let page = CaseDetailPage(
            layout: context.layout(title: "\(title): \(record.reference)", path: "/backoffice/cases/\(record.reference)", errors: errors,
                                   back: "/backoffice"),
            reference: record.reference, serviceTitle: title, done: done,
            applicant: [record.applicantName, record.applicantEmail].compactMap { $0 }.joined(separator: ", "),
            status: label(record.status), target: target, due: record.dueDate,
            statusTarget: record.stateDueDay.map { due in
                let day = CalendarDay(dayNumber: due)
                return (TargetStatus.of(deadline: day, today: services.today(), met: false, calendar: services.calendar), day)
            },
            assignee: record.assigneeID.flatMap { names[$0] }, received: record.createdAt, channel: record.channel,
            // The first event is the submission: by an agent for an assisted request.
            enteredBy: timeline.first?.actor.flatMap(Actor.init(recorded:)).flatMap { if case .staff(let id) = $0 { names[id] } else { nil } },
            answers: answers, locations: locations, files: files, fieldVisitsHTML: fieldVisits,
            timeline: timeline.reversed().map { CaseDetailPage.Event(entry: $0, who: who($0.actor)) },
            statusLabels: Dictionary(workflow.states.map { ($0.id, $0.label.text(language)) }, uniquingKeysWith: { first, _ in first }),
            colleagues: opened.roles.contains(.caseOfficer) ? colleagues.filter { $0.id != opened.staff.id }.map { ("\($0.id)", $0.email) } : nil,
            moves: moves.map { ($0.to, label($0.to)) }, canRequestInformation: canRequestInformation,
            fields: fields, errors: errors, csrfToken: csrf
        )
        return page.response(status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    @Sendable func download(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let opened = try await open(context)
        let id = try context.parameters.require("file")
        guard let (file, data) = try await services.uploads.file(id: id, submissionReference: opened.record.reference) else { throw HTTPError(.notFound) }
        try await services.identity.record(context.site, .staffFileDownloaded, subject: "submission:\(opened.record.reference)", detail: file.id)
        let safeName = file.filename.filter { $0.isLetter || $0.isNumber || "._- ".contains($0) }
        return Response(
            status: .ok,
            headers: [.contentType: file.contentType, .contentDisposition: "attachment; filename=\"\(safeName.isEmpty ? "file" : safeName)\"",
                      .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    // MARK: Actions

    private func posted(_ request: Request, _ context: StaffRequestContext) async throws -> (Opened, FormBody, WebSession) {
        let opened = try await open(context)
        let (form, session) = try await pages.postedForm(request, context.site)
        return (opened, form, session)
    }

    private func done(_ opened: Opened, _ what: String) -> Response {
        .seeOther("/backoffice/cases/\(opened.record.reference)?done=\(what)")
    }

    private func again(_ opened: Opened, _ context: StaffRequestContext, _ session: WebSession, _ form: FormBody, _ error: FieldError) async throws -> Response {
        var fields: [String: String] = [:]
        for name in ["assignee", "status", "reason", "question", "note", "message"] { fields[name] = form.value(name) }
        return try await render(opened, context, csrf: session.csrfToken, errors: [error], fields: fields)
    }

    @Sendable func assign(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        // Cases are assigned to case officers only: anyone else holding one could not move it on.
        guard opened.roles.contains(.caseOfficer) else {
            return try await again(opened, context, session, form, FieldError(questionID: "assignee", message: Phrase.boOnlyOfficerTakes(context.language)))
        }
        let choice = form.value("assignee")
        let staffID: Int64?
        switch choice {
        case "me": staffID = opened.staff.id
        case "queue": staffID = nil
        default:
            guard let id = Int64(choice), let colleague = try await services.identity.staff.member(id: id), !colleague.disabled,
                  colleague.access.has(.caseOfficer), colleague.access.mayHandleCases(of: opened.record.serviceSlug) else {
                return try await again(opened, context, session, form, FieldError(questionID: "assignee", message: Phrase.boErrorSelectAssignee(context.language), code: "required"))
            }
            staffID = id
        }
        let name = try await staffID.asyncMap { try await services.identity.staff.member(id: $0)?.email }.flatMap { $0 }
        _ = try await cases.apply(.assign(staffID: staffID, name: name), to: opened.record.reference, actor: opened.actor, at: services.identity.now())
        return done(opened, "assigned")
    }

    @Sendable func changeStatus(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        let to = form.value("status")
        let reason = CitizenReason(form.value("reason"))
        guard !to.isEmpty else {
            return try await again(opened, context, session, form, FieldError(questionID: "status", message: Phrase.boErrorSelectStatus(context.language), code: "required"))
        }
        switch try await CaseStatusChange(services: services).move(opened, to: to, reason: reason) {
        case .moved:
            return done(opened, "status")
        case .refused(let field, let message):
            return try await again(opened, context, session, form, FieldError(questionID: field, message: message))
        case .overtaken:
            return try await again(opened, context, session, form, FieldError(questionID: "status", message: Phrase.boOvertaken(context.language)))
        }
    }

    @Sendable func requestInformation(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        let question = form.value("question").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !question.isEmpty else {
            return try await again(opened, context, session, form, FieldError(questionID: "question", message: Phrase.boErrorEnterQuestion(context.language), code: "required"))
        }
        do {
            _ = try opened.workflow.transition(from: opened.record.status, to: "awaiting-information", roles: opened.roles)
        } catch {
            return try await again(opened, context, session, form, FieldError(questionID: "question", message: "\(error)"))
        }
        var link = "\(services.identity.publicURL)/account/requests/\(opened.record.reference)"
        if opened.record.citizenID == nil {
            link = try await services.identity.newLink(.supplyInformation, subjectID: nil, payload: opened.record.reference,
                                                       lifetime: 28 * 24 * 3600, path: "/reply")
        }
        let notify = CaseNotification(.informationRequested, email: opened.record.applicantEmail, phone: opened.record.applicantPhone,
                                      summary: "We need more information about \(opened.record.reference)", fields: ["question": question, "link": link])
        let moved = try await cases.apply(.requestInformation(question: question, from: opened.record.status, to: "awaiting-information", notify: notify),
                                          to: opened.record.reference, actor: opened.actor, at: services.identity.now())
        guard moved else {
            return try await again(opened, context, session, form, FieldError(questionID: "question", message: Phrase.boOvertaken(context.language)))
        }
        return done(opened, "requested")
    }

    @Sendable func note(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        let text = form.value("note").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            return try await again(opened, context, session, form, FieldError(questionID: "note", message: Phrase.boErrorEnterNote(context.language), code: "required"))
        }
        _ = try await cases.apply(.note(text), to: opened.record.reference, actor: opened.actor, at: services.identity.now())
        return done(opened, "note")
    }

    @Sendable func message(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        let text = form.value("message").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            return try await again(opened, context, session, form, FieldError(questionID: "message", message: Phrase.boErrorEnterMessage(context.language), code: "required"))
        }
        let notify = notification(opened, subject: "A message about your request \(opened.record.reference)", body: text)
        guard notify.email != nil || notify.phone != nil else {
            return try await again(opened, context, session, form, FieldError(questionID: "message", message: Phrase.boErrorNoContact(context.language)))
        }
        _ = try await cases.apply(.message(text, notify: notify), to: opened.record.reference, actor: opened.actor, at: services.identity.now())
        return done(opened, "message")
    }

    private func notification(_ opened: Opened, subject: String, body: String) -> CaseNotification {
        CaseNotification(email: opened.record.applicantEmail, phone: opened.record.applicantPhone, subject: subject, body: body)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
