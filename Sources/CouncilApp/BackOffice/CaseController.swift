import Domain
import Foundation
import NIOCore
import Hummingbird
import Persistence
import Views

/// One case in the back office: its answers, timeline, target, and the officer's actions (assign, change status,
/// request information, note, message). Every action goes through the service's workflow and onto the timeline.
struct CaseController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var cases: any CaseRepository { services.cases }

    func addRoutes(to router: Router<AppRequestContext>) {
        let group = router.group("backoffice/cases/{reference}").add(middleware: StaffAreaMiddleware())
        group.get(use: show)
        group.post("assign", use: assign)
        group.post("status", use: changeStatus)
        group.post("request-information", use: requestInformation)
        group.post("note", use: note)
        group.post("message", use: message)
        group.get("files/{file}", use: download)
    }

    typealias Opened = OpenedCase

    private func open(_ context: AppRequestContext) async throws -> Opened {
        guard let staff = context.staff else { throw RedirectError(location: "/staff/sign-in") }
        switch try await OpenedCase.open(try context.parameters.require("reference"), by: staff, services: services, context: context) {
        case .opened(let opened): return opened
        case .notFound: throw HTTPError(.notFound)
        case .forbidden: throw HTTPError(.forbidden)
        }
    }

    // MARK: Page

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(context)
        let notice = request.uri.queryParameters.get("done").map { String($0) }
        // A look at personal data goes on the audit trail, not the case's timeline (the case's story is what was done
        // with it). The page shown again after an action is not a new look.
        if notice == nil {
            try await services.identity.record(context, .staffCaseViewed, subject: "submission:\(opened.record.reference)")
        }
        let (session, cookie) = try await pages.browserSession(request, context)
        return try await render(opened, context, csrf: session.csrfToken, errors: [], notice: notice).setting(cookie)
    }

    private func render(_ opened: Opened, _ context: AppRequestContext, csrf: String, errors: [FieldError], fields: [String: String] = [:],
                        notice: String? = nil) async throws -> Response {
        let record = opened.record
        let definition = opened.service.definition
        let workflow = opened.workflow
        // Views recorded on the timeline by earlier versions are left out.
        let timeline = try await cases.timeline(reference: record.reference).filter { $0.kind != .viewed }
        let staffList = try await services.identity.staff.all()
        let names = Dictionary(staffList.map { ("staff:\($0.id)", $0.email) }, uniquingKeysWith: { first, _ in first })
        let colleagues = staffList.filter { !$0.disabled && $0.access.has(.caseOfficer) && $0.access.mayHandleCases(of: record.serviceSlug) }
        let stored = try await services.submissions.submission(reference: record.reference)
        var answersHTML = ""
        var files: [FileReference] = []
        var locations: [Location] = []
        if let stored {
            let answers = AnswerCoding.answers(from: stored.answers, definition: definition)
            locations = answers.values.values.compactMap { if case .location(let location) = $0 { location } else { nil } }
            files = answers.values.values.compactMap { if case .file(let file) = $0 { file } else { nil } }
                + answers.items.values.flatMap { $0.flatMap(\.values) }.compactMap { if case .file(let file) = $0 { file } else { nil } }
            let route = definition.pages.filter { page in
                page.repeatGroup != nil ? stored.answers[page.id] != nil : page.questions.contains { stored.answers[$0.id] != nil }
            }
            answersHTML = AnswerSectionsHTML.render(JourneyController(services: services).summarySections(
                definition, route: route, answers: answers, language: .en, changeBase: nil))
        }
        let target = TargetStatus.of(deadline: record.dueDate, today: services.today(), met: record.targetMetAt != nil, calendar: services.calendar)
        let moves = record.status == "awaiting-information" ? workflow.moves(from: record.status, for: opened.roles)
            : workflow.moves(from: record.status, for: opened.roles).filter { $0.to != "awaiting-information" }
        let canRequestInformation = workflow.state("awaiting-information") != nil
            && workflow.moves(from: record.status, for: opened.roles).contains { $0.to == "awaiting-information" }
        let visits = try await CaseVisits(services: services).section(record, definition, csrf: csrf, context.language)
        let title = definition.title.text(.en)
        let base = "/backoffice/cases/\(record.reference)"
        return pages.page(context, path: base, title: "\(title): \(record.reference)", errors: errors, back: "/backoffice",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title, caption: record.reference)
            if let notice { page.notice(CaseText.notice(notice)) }
            page.summaryList([
                ("Status", workflow.state(record.status)?.label.text(.en) ?? record.status, nil),
                ("Target", record.dueDate.map { "\(target.label): \(DisplayDate.day(CaseText.date($0)))" } ?? target.label, nil),
                ("Time in this status", record.stateDueDay.map { due -> String in
                    let day = CalendarDay(dayNumber: due)
                    let status = TargetStatus.of(deadline: day, today: services.today(), met: false, calendar: services.calendar)
                    return "\(status.label): \(DisplayDate.day(CaseText.date(day)))"
                } ?? "No limit", nil),
                ("Assigned to", record.assigneeID.flatMap { names["staff:\($0)"] } ?? "Nobody (in the service’s queue)", nil),
                ("Received", "\(DisplayDate.dayAndTime(record.createdAt)) by \(CaseText.channel(record.channel))"
                    + (timeline.first?.actor.flatMap { names[$0] }.map { ", entered by \($0)" } ?? ""), nil),
                ("Applicant", [record.applicantName, record.applicantEmail].compactMap { $0 }.joined(separator: ", "), nil),
            ])

            if opened.roles.contains(.caseOfficer) {
                page.subheading("Assign")
                page.formStart(action: "\(base)/assign", csrf: csrf)
                var options: [(value: String, label: String)] = [("me", "To me")]
                options += colleagues.filter { $0.id != opened.staff.id }.map { ("\($0.id)", $0.email) }
                options.append(("queue", "Back to the service’s queue"))
                page.choices("assignee", legend: "Assign the case", options: options, selected: [fields["assignee"] ?? ""], errors: errors)
                page.button("Assign", secondary: true)
                page.formEnd()
            }

            if !moves.isEmpty {
                page.subheading("Change status")
                page.formStart(action: "\(base)/status", csrf: csrf)
                page.choices("status", legend: "New status", options: moves.map { ($0.to, workflow.state($0.to)?.label.text(.en) ?? $0.to) },
                             selected: [fields["status"] ?? ""], errors: errors)
                page.textarea("reason", label: "Reason the applicant will see", value: fields["reason"] ?? "",
                              hint: "Needed for some changes. It is sent to the applicant with the new status and shown in their account. "
                                  + "For anything only staff should read, add a note.", errors: errors, rows: 3)
                page.button("Change status", secondary: true)
                page.formEnd()
            }
            if canRequestInformation {
                page.subheading("Request more information")
                page.formStart(action: "\(base)/request-information", csrf: csrf)
                page.textarea("question", label: "What do you need from the applicant?", value: fields["question"] ?? "", errors: errors, rows: 3)
                page.button("Send request", secondary: true)
                page.formEnd()
            }
            visits?.body(&page)
            page.subheading("Add a note")
            page.formStart(action: "\(base)/note", csrf: csrf)
            page.textarea("note", label: "Internal note (not shown to the applicant)", value: fields["note"] ?? "", errors: errors, rows: 3)
            page.button("Add note", secondary: true)
            page.formEnd()
            page.subheading("Message the applicant")
            page.formStart(action: "\(base)/message", csrf: csrf)
            page.textarea("message", label: "Message", value: fields["message"] ?? "", errors: errors, rows: 3)
            page.button("Send message", secondary: true)
            page.formEnd()

            page.subheading("Timeline")
            page.table(caption: "Every event, oldest first", headers: ["When", "Who", "What"], rows: timeline.map { entry in [
                (DisplayDate.dayAndTime(entry.at), nil),
                (entry.actor.map { names[$0] ?? ($0.hasPrefix("citizen:") ? "Applicant" : $0) } ?? "OneCouncil", nil),
                (CaseText.describe(entry, workflow: workflow, names: names), nil),
            ] })
            for location in locations {
                page.subheading("Location")
                page.paragraph(location.description)
                if let latitude = location.latitude, let longitude = location.longitude {
                    page.link("Open \(String(format: "%.5f", latitude)), \(String(format: "%.5f", longitude)) on OpenStreetMap",
                              href: "https://www.openstreetmap.org/?mlat=\(latitude)&mlon=\(longitude)#map=18/\(latitude)/\(longitude)")
                }
            }
            page.subheading("Answers")
            page.raw(answersHTML)
            if !files.isEmpty {
                page.subheading("Files")
                page.links(files.map { ("\($0.filename) (\(ByteCountFormatter.string(fromByteCount: Int64($0.size), countStyle: .file)))", "\(base)/files/\($0.id)") })
            }
        }
    }

    @Sendable func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(context)
        let id = try context.parameters.require("file")
        guard let (file, data) = try await services.uploads.file(id: id, submissionReference: opened.record.reference) else { throw HTTPError(.notFound) }
        try await services.identity.record(context, .staffFileDownloaded, subject: "submission:\(opened.record.reference)", detail: file.id)
        let safeName = file.filename.filter { $0.isLetter || $0.isNumber || "._- ".contains($0) }
        return Response(
            status: .ok,
            headers: [.contentType: file.contentType, .contentDisposition: "attachment; filename=\"\(safeName.isEmpty ? "file" : safeName)\"",
                      .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    // MARK: Actions

    private func posted(_ request: Request, _ context: AppRequestContext) async throws -> (Opened, FormBody, WebSession) {
        let opened = try await open(context)
        let (form, session) = try await pages.postedForm(request, context)
        return (opened, form, session)
    }

    private func done(_ opened: Opened, _ what: String) -> Response {
        .seeOther("/backoffice/cases/\(opened.record.reference)?done=\(what)")
    }

    private func again(_ opened: Opened, _ context: AppRequestContext, _ session: WebSession, _ form: FormBody, _ error: FieldError) async throws -> Response {
        var fields: [String: String] = [:]
        for name in ["assignee", "status", "reason", "question", "note", "message"] { fields[name] = form.value(name) }
        return try await render(opened, context, csrf: session.csrfToken, errors: [error], fields: fields)
    }

    @Sendable func assign(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        // Cases are assigned to case officers only: anyone else holding one could not move it on.
        guard opened.roles.contains(.caseOfficer) else {
            return try await again(opened, context, session, form, FieldError(questionID: "assignee", message: "Only a case officer can take on a case"))
        }
        let choice = form.value("assignee")
        let staffID: Int64?
        switch choice {
        case "me": staffID = opened.staff.id
        case "queue": staffID = nil
        default:
            guard let id = Int64(choice), let colleague = try await services.identity.staff.member(id: id), !colleague.disabled,
                  colleague.access.has(.caseOfficer), colleague.access.mayHandleCases(of: opened.record.serviceSlug) else {
                return try await again(opened, context, session, form, FieldError(questionID: "assignee", message: "Select who to assign the case to", code: "required"))
            }
            staffID = id
        }
        let name = try await staffID.asyncMap { try await services.identity.staff.member(id: $0)?.email }.flatMap { $0 }
        _ = try await cases.apply(.assign(staffID: staffID, name: name), to: opened.record.reference, actor: .staff(opened.staff.id), at: services.identity.now())
        return done(opened, "assigned")
    }

    @Sendable func changeStatus(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        let to = form.value("status")
        let reason = CitizenReason(form.value("reason"))
        guard !to.isEmpty else {
            return try await again(opened, context, session, form, FieldError(questionID: "status", message: "Select the new status", code: "required"))
        }
        switch try await CaseStatusChange(services: services).move(opened, to: to, reason: reason) {
        case .moved:
            return done(opened, "status")
        case .refused(let field, let message):
            return try await again(opened, context, session, form, FieldError(questionID: field, message: message))
        case .overtaken:
            return try await again(opened, context, session, form, FieldError(questionID: "status", message: CaseText.overtaken))
        }
    }

    @Sendable func requestInformation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        let question = form.value("question").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !question.isEmpty else {
            return try await again(opened, context, session, form, FieldError(questionID: "question", message: "Enter what you need from the applicant", code: "required"))
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
                                          to: opened.record.reference, actor: .staff(opened.staff.id), at: services.identity.now())
        guard moved else {
            return try await again(opened, context, session, form, FieldError(questionID: "question", message: CaseText.overtaken))
        }
        return done(opened, "requested")
    }

    @Sendable func note(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        let text = form.value("note").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            return try await again(opened, context, session, form, FieldError(questionID: "note", message: "Enter the note", code: "required"))
        }
        _ = try await cases.apply(.note(text), to: opened.record.reference, actor: .staff(opened.staff.id), at: services.identity.now())
        return done(opened, "note")
    }

    @Sendable func message(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (opened, form, session) = try await posted(request, context)
        let text = form.value("message").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            return try await again(opened, context, session, form, FieldError(questionID: "message", message: "Enter the message", code: "required"))
        }
        let notify = notification(opened, subject: "A message about your request \(opened.record.reference)", body: text)
        guard notify.email != nil || notify.phone != nil else {
            return try await again(opened, context, session, form, FieldError(questionID: "message", message: "The applicant gave no email address or phone number to send a message to"))
        }
        _ = try await cases.apply(.message(text, notify: notify), to: opened.record.reference, actor: .staff(opened.staff.id), at: services.identity.now())
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

/// The back office's words for case events, channels and notices.
enum CaseText {
    static func date(_ day: CalendarDay) -> Date {
        Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + 12 * 3600)
    }

    static func channel(_ raw: String) -> String {
        switch raw {
        case "online": "online form"
        case "api": "API"
        case "phone": "phone"
        case "face_to_face", "face-to-face": "in person"
        case "email": "email"
        case "letter": "letter"
        default: raw
        }
    }

    static func notice(_ done: String) -> String {
        switch done {
        case "assigned": "Assignment changed."
        case "status": "Status changed."
        case "requested": "Request for information sent; the case is waiting for the applicant."
        case "note": "Note added."
        case "message": "Message sent."
        case "job": "Job scheduled."
        default: "Saved."
        }
    }

    /// Lines the platform adds: what Notify said of a message, a message that could not be sent, a target warning.
    static func describeSystem(_ entry: CaseTimelineEntry) -> String {
        let text = { (key: String) in entry.detail[key]?.stringValue ?? "" }
        let message = "\(text("channel") == "sms" ? "Text message" : "Email") to \(text("to"))"
        switch entry.kind {
        case .notificationDelivery:
            let status = DeliveryStatus(rawValue: text("status"))
            let outcome = status?.phrase ?? text("status")
            return status == .delivered ? "\(message) delivered at \(DisplayDate.dayAndTime(entry.at))" : "\(message) \(outcome)"
        case .notificationUndeliverable:
            return "\(message) could not be sent: \(text("reason"))"
        case .targetWarning:
            let due = CalendarDay(iso: text("due")).map { DisplayDate.day(date($0)) } ?? text("due")
            return text("level") == TargetWarningLevel.overdue.rawValue ? "Target missed: it was due \(due)" : "Target: due \(due)"
        default:
            return "Event"
        }
    }

    static let overtaken = "Someone else changed this case’s status just now. Check the timeline and try again"

    static func describe(_ entry: CaseTimelineEntry, workflow: Workflow, names: [String: String]) -> String {
        let text = { (key: String) in entry.detail[key]?.stringValue ?? "" }
        switch entry.kind {
        case .statusChanged:
            let label = workflow.state(text("status"))?.label.text(.en) ?? text("status")
            let reason = text("reason")
            return "Status: \(label)" + (reason.isEmpty ? "" : ". Reason the applicant sees: \(reason)")
        case .assigned:
            return text("name").isEmpty ? "Returned to the service’s queue" : "Assigned to \(text("name"))"
        case .note: return "Note: \(text("note").isEmpty ? text("text") : text("note"))"
        case .message: return "Message to applicant: \(text("text"))"
        case .informationRequested: return "Information requested: \(text("question"))"
        case .informationSupplied: return "Applicant replied: \(text("answer"))"
        case .viewed: return "Opened"
        case .notificationQueued: return "Notification queued (\(text("channel"))): \(text("subject"))"
        case .visitScheduled: return "Job scheduled: \(text("summary"))"
        case .visitCompleted: return "Job completed: \(text("summary"))"
        case .notificationDelivery, .notificationUndeliverable, .targetWarning: return CaseText.describeSystem(entry)
        case .other: return "Event"
        }
    }
}
