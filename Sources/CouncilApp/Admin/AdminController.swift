import Domain
import Foundation
import Hummingbird
import Views

/// Administrators manage staff accounts: create them, grant and remove roles, disable them, end their sessions,
/// reset their authenticator; and read the audit trail. Every change is audited.
struct AdminController {
    let services: AppServices
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }

    static let setUpLifetime: TimeInterval = 72 * 3600

    func addRoutes(to router: Router<AppRequestContext>) {
        let admin = router.group("admin").add(middleware: StaffAreaMiddleware())
        admin.get(use: staffList)
        admin.get("staff/new", use: newStaffPage)
        admin.post("staff/new", use: createStaff)
        admin.get("staff/{id}", use: staffPage)
        admin.post("staff/{id}", use: changeStaff)
        admin.get("audit", use: audit)
    }

    private func administrator(_ context: AppRequestContext) throws -> StaffMember {
        guard let staff = context.staff, staff.access.has(.administrator) else { throw HTTPError(.forbidden) }
        return staff
    }

    @Sendable func staffList(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try administrator(context)
        let members = try await identity.staff.all()
        return pages.page(context, path: "/admin", title: "Staff accounts") { page in
            page.heading("Staff accounts")
            page.link("Add a member of staff", href: "/admin/staff/new")
            page.table(caption: "\(members.count) staff", headers: ["Email", "Roles", "Authenticator", "Status"], rows: members.map { member in [
                (member.email, "/admin/staff/\(member.id)"),
                (member.grants.map(\.description).joined(separator: ", "), nil),
                (member.totpSecret == nil ? "Not set up" : "Set up", nil),
                (member.disabled ? "Disabled" : "Active", nil),
            ] })
            page.link("Audit trail", href: "/admin/audit")
            page.link("API clients", href: "/admin/api-clients")
        }
    }

    @Sendable func newStaffPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try administrator(context)
        let (session, cookie) = try await pages.browserSession(request, context)
        return try await newStaffForm(context, csrf: session.csrfToken, fields: [:], errors: []).setting(cookie)
    }

    private func serviceOptions() async throws -> [(value: String, label: String)] {
        [("", "Every service (roles that are not per service)")] + (try await services.catalogue.current()).map { ($0.slug, $0.definition.title.text(.en)) }
    }

    private func newStaffForm(_ context: AppRequestContext, csrf: String, fields: [String: String], errors: [FieldError]) async throws -> Response {
        let options = try await serviceOptions()
        return pages.page(context, path: "/admin/staff/new", title: "Add a member of staff", errors: errors, back: "/admin",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading("Add a member of staff")
            page.formStart(action: "/admin/staff/new", csrf: csrf)
            page.input("email", label: "Work email address", type: "email", value: fields["email"] ?? "", autocomplete: "off", errors: errors)
            page.choices("role", legend: "Role", options: StaffRole.allCases.map { ($0.rawValue, $0.displayName) },
                         selected: Set([fields["role"] ?? ""]), errors: errors)
            page.choices("service", legend: "Service", options: options, selected: Set([fields["service"] ?? ""]),
                         hint: "Case officers and field workers are granted one service at a time.", errors: errors)
            page.button("Create account")
            page.formEnd()
        }
    }

    @Sendable func createStaff(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try administrator(context)
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        let fields = ["email": form.value("email"), "role": form.value("role"), "service": form.value("service")]
        var errors: [FieldError] = []
        if let problem = context.emailProblem(email) { errors.append(problem) }
        var grant: RoleGrant?
        if let role = StaffRole(rawValue: form.value("role")) {
            do { grant = try RoleGrant.checked(role: role, serviceSlug: form.value("service")) } catch {
                errors.append(FieldError(questionID: "service", message: role.isPerService ? "Select the service this \(role.displayName.lowercased()) works on" : "Select ‘Every service’ for the \(role.displayName.lowercased()) role"))
            }
        } else {
            errors.append(FieldError(questionID: "role", message: "Select a role", code: "required"))
        }
        if errors.isEmpty, try await identity.staff.member(email: email) != nil {
            errors.append(FieldError(questionID: "email", message: "There is already a staff account for this email address"))
        }
        guard errors.isEmpty, let grant else { return try await newStaffForm(context, csrf: session.csrfToken, fields: fields, errors: errors) }
        let member = try await identity.staff.create(email: email, passwordHash: nil, grants: [grant])
        let link = try await identity.newLink(.staffSetUp, subjectID: member.id, lifetime: Self.setUpLifetime, path: "/staff/set-up")
        try await identity.emails.enqueue(StaffEmails.setUp(to: email, link: link))
        try await identity.record(context, .staffCreated, subject: "staff:\(member.id)", detail: "granted \(grant.description)")
        return .seeOther("/admin/staff/\(member.id)?created=1")
    }

    @Sendable func staffPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try administrator(context)
        guard let id = Int64(try context.parameters.require("id")), let member = try await identity.staff.member(id: id) else { throw HTTPError(.notFound) }
        let (session, cookie) = try await pages.browserSession(request, context)
        let sessions = try await identity.sessions.count(kind: .staff, subjectID: id)
        let options = try await serviceOptions()
        let notice: String? = switch request.uri.queryParameters.get("done") ?? (request.uri.queryParameters.get("created") == "1" ? "created" : nil) {
        case "created": "Account created. A set-up link has been emailed to \(member.email); it expires in 72 hours."
        case "link": "A new set-up link has been emailed to \(member.email)."
        case "revoked": "All of \(member.email)’s sessions have ended."
        case "mfa": "The authenticator has been reset: they set up a new one at their next sign-in."
        case "roles": "Roles changed."
        case "disabled": "Account disabled and signed out."
        case "enabled": "Account enabled."
        default: nil
        }
        return pages.page(context, path: "/admin/staff/\(id)", title: member.email, back: "/admin") { page in
            page.heading(member.email, caption: "Staff account")
            if let notice { page.notice(notice) }
            page.summaryList([
                ("Status", member.disabled ? "Disabled" : "Active", nil),
                ("Password", member.passwordHash == nil ? "Not chosen yet" : "Set", nil),
                ("Authenticator", member.totpSecret == nil ? "Not set up" : "Set up", nil),
                ("Signed in on", "\(sessions) device\(sessions == 1 ? "" : "s")", nil),
            ])
            page.subheading("Roles")
            page.formStart(action: "/admin/staff/\(id)", csrf: session.csrfToken)
            page.hidden("action", "remove-role")
            if member.grants.isEmpty { page.paragraph("No roles.") }
            for grant in member.grants {
                page.raw("<p class=\"body\">"); page.raw(HTMLWriter.escape(grant.role.displayName + (grant.serviceSlug.map { " – \($0)" } ?? ""))); page.raw(" ")
                page.button("Remove", secondary: true, name: "grant", value: "\(grant.role.rawValue)|\(grant.serviceSlug ?? "")")
                page.raw("</p>\n")
            }
            page.formEnd()
            page.formStart(action: "/admin/staff/\(id)", csrf: session.csrfToken)
            page.hidden("action", "add-role")
            page.choices("role", legend: "Add a role", options: StaffRole.allCases.map { ($0.rawValue, $0.displayName) }, selected: [])
            page.choices("service", legend: "For service", options: options, selected: [""])
            page.button("Add role", secondary: true)
            page.formEnd()
            page.subheading("Access")
            page.formStart(action: "/admin/staff/\(id)", csrf: session.csrfToken)
            page.raw("<div class=\"button-group\">\n")
            page.button("End all their sessions", secondary: true, name: "action", value: "revoke-sessions")
            page.button("Reset their authenticator", secondary: true, name: "action", value: "reset-mfa")
            page.button("Send a new set-up link", secondary: true, name: "action", value: "set-up-link")
            if member.disabled {
                page.button("Enable account", secondary: true, name: "action", value: "enable")
            } else {
                page.button("Disable account", warning: true, name: "action", value: "disable")
            }
            page.raw("</div>\n")
            page.formEnd()
            page.link("Their audit trail", href: "/admin/audit?who=staff:\(id)")
        }.setting(cookie)
    }

    @Sendable func changeStaff(_ request: Request, context: AppRequestContext) async throws -> Response {
        let admin = try administrator(context)
        guard let id = Int64(try context.parameters.require("id")), let member = try await identity.staff.member(id: id) else { throw HTTPError(.notFound) }
        let (form, _) = try await pages.postedForm(request, context)
        let subject = "staff:\(id)"
        switch form.value("action") {
        case "add-role":
            guard let role = StaffRole(rawValue: form.value("role")),
                  let grant = try? RoleGrant.checked(role: role, serviceSlug: form.value("service")) else { throw HTTPError(.badRequest, message: "Choose a role and, for case officers and field workers, a service.") }
            try await identity.staff.setGrants(id: id, grants: member.grants + [grant])
            try await identity.record(context, .staffRoleGranted, subject: subject, detail: grant.description)
            return .seeOther("/admin/staff/\(id)?done=roles")
        case "remove-role":
            let parts = form.value("grant").split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let role = StaffRole(rawValue: parts[0]) else { throw HTTPError(.badRequest) }
            let removed = RoleGrant(role: role, serviceSlug: parts[1].isEmpty ? nil : parts[1])
            // An administrator cannot remove their own administrator role: someone must be left to manage staff.
            if id == admin.id, removed.role == .administrator { throw HTTPError(.badRequest, message: "You cannot remove your own administrator role.") }
            try await identity.staff.setGrants(id: id, grants: member.grants.filter { $0 != removed })
            try await identity.record(context, .staffRoleRemoved, subject: subject, detail: removed.description)
            return .seeOther("/admin/staff/\(id)?done=roles")
        case "revoke-sessions":
            let ended = try await identity.sessions.deleteAll(kind: .staff, subjectID: id)
            try await identity.record(context, .staffSessionsRevoked, subject: subject, detail: "\(ended) sessions")
            return .seeOther("/admin/staff/\(id)?done=revoked")
        case "reset-mfa":
            try await identity.staff.resetAuthenticator(id: id)
            try await identity.sessions.deleteAll(kind: .staff, subjectID: id)
            try await identity.record(context, .staffMfaReset, subject: subject)
            return .seeOther("/admin/staff/\(id)?done=mfa")
        case "set-up-link":
            let link = try await identity.newLink(.staffSetUp, subjectID: id, lifetime: Self.setUpLifetime, path: "/staff/set-up")
            try await identity.emails.enqueue(StaffEmails.setUp(to: member.email, link: link))
            try await identity.record(context, .staffSetUpLinkSent, subject: subject)
            return .seeOther("/admin/staff/\(id)?done=link")
        case "disable", "enable":
            let disable = form.value("action") == "disable"
            if id == admin.id, disable { throw HTTPError(.badRequest, message: "You cannot disable your own account.") }
            try await identity.staff.setDisabled(id: id, disabled: disable)
            try await identity.record(context, disable ? AuditAction.staffDisabled : .staffEnabled, subject: subject)
            return .seeOther("/admin/staff/\(id)?done=\(disable ? "disabled" : "enabled")")
        default:
            throw HTTPError(.badRequest)
        }
    }

    @Sendable func audit(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try administrator(context)
        let who: String? = GETForm(request).fields["who"]?.first
        let entries = try await identity.audit.recent(limit: 200, actorOrSubject: who)
        return pages.page(context, path: "/admin/audit", title: "Audit trail", back: "/admin") { page in
            page.heading("Audit trail", caption: who ?? "Everyone")
            page.table(caption: "Newest 200 entries", headers: ["When", "Who", "What", "Subject", "Detail", "IP address"], rows: entries.map { entry in [
                (DisplayDate.dayAndTime(entry.at), nil), (entry.actor, nil), (entry.action.rawValue, nil), (entry.subject ?? "", nil),
                (entry.detail, nil), (entry.ipAddress ?? "", nil),
            ] })
        }
    }
}

enum StaffEmails {
    static func setUp(to email: String, link: String) -> OutgoingEmail {
        OutgoingEmail(
            to: email, subject: "Set up your OneCouncil staff account",
            body: "An administrator has created a staff account for you. Choose your password here:\n\n\(link)\n\n"
                + "The link works once and expires in 72 hours. After choosing a password you will set up an authenticator app.",
            template: "staff-set-up"
        )
    }
}
