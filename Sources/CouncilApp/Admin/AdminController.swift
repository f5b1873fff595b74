import Domain
import Foundation
import Hummingbird
import Views

/// Administrators manage staff accounts: create them with every role they need, give and remove roles, disable
/// them, end their sessions, reset their authenticator. Every change is audited.
struct AdminController {
    let services: AppServices
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }

    static let setUpLifetime: TimeInterval = 72 * 3600

    func addRoutes(to router: Router<AppRequestContext>) {
        let admin = router.group("admin").staffArea()
        admin.get(use: staffList)
        admin.get("staff/new", use: newStaffPage)
        admin.post("staff/new", use: createStaff)
        admin.get("staff/{id}", use: staffPage)
        admin.post("staff/{id}", use: changeStaff)
    }

    private func serviceChoices(_ language: Language) async throws -> [ServiceChoice] {
        try await services.catalogue.current().map { ServiceChoice(slug: $0.slug, title: $0.definition.title.text(language)) }
    }

    @Sendable func staffList(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let members = try await identity.staff.all()
        let titles = Dictionary(try await serviceChoices(context.language).map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        return StaffListPage(layout: context.layout(title: Phrase.navStaffAccounts(context.language), path: "/admin"),
                             members: members, serviceTitles: titles).response()
    }

    @Sendable func newStaffPage(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return try await newStaffForm(context, csrf: session.csrfToken, email: "", roles: [], service: "", errors: []).response(cookies: [cookie])
    }

    private func newStaffForm(_ context: StaffRequestContext, csrf: String, email: String, roles: Set<String>, service: String,
                              errors: [FieldError]) async throws -> NewStaffPage {
        NewStaffPage(
            layout: context.layout(title: Phrase.adminAddStaff(context.language), path: "/admin/staff/new", errors: errors, back: "/admin"),
            csrfToken: csrf, email: email, selectedRoles: roles, service: service,
            services: try await serviceChoices(context.language), errors: errors
        )
    }

    /// The roles ticked, each per-service role for the service chosen; the field in error when they do not fit.
    private func grants(_ form: FormBody, _ language: Language) -> Result<[RoleGrant], FieldError> {
        let roles = (form.input.fields["role"] ?? []).compactMap(StaffRole.init(rawValue:))
        guard !roles.isEmpty else { return .failure(FieldError(questionID: "role", message: Phrase.adminSelectRole(language), code: "required")) }
        let service = form.value("service")
        let perService = roles.filter(\.isPerService)
        if !perService.isEmpty, service.isEmpty {
            return .failure(FieldError(questionID: "service", message: Phrase.adminSelectServiceForRoles(language), code: "required"))
        }
        if perService.isEmpty, !service.isEmpty {
            return .failure(FieldError(questionID: "service", message: Phrase.adminEveryServiceForRoles(language)))
        }
        var grants: [RoleGrant] = []
        for role in roles {
            guard let grant = try? RoleGrant.checked(role: role, serviceSlug: role.isPerService ? service : "") else {
                return .failure(FieldError(questionID: "service", message: Phrase.adminSelectServiceForRoles(language)))
            }
            if !grants.contains(grant) { grants.append(grant) }
        }
        return .success(grants)
    }

    @Sendable func createStaff(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context.site)
        let email = EmailAddress.normalised(form.value("email"))
        var errors: [FieldError] = []
        if let problem = context.site.emailProblem(email) { errors.append(problem) }
        var granted: [RoleGrant] = []
        switch grants(form, context.language) {
        case .success(let grants): granted = grants
        case .failure(let error): errors.append(error)
        }
        if errors.isEmpty, try await identity.staff.member(email: email) != nil {
            errors.append(FieldError(questionID: "email", message: Phrase.adminEmailTaken(context.language)))
        }
        guard errors.isEmpty else {
            return try await newStaffForm(context, csrf: session.csrfToken, email: form.value("email"), roles: Set(form.input.fields["role"] ?? []),
                                          service: form.value("service"), errors: errors).response(status: .unprocessableContent)
        }
        let member = try await identity.staff.create(email: email, passwordHash: nil, grants: granted)
        let link = try await identity.newLink(.staffSetUp, subjectID: member.id, lifetime: Self.setUpLifetime, path: "/staff/set-up")
        try await identity.emails.enqueue(StaffEmails.setUp(to: email, link: link))
        try await identity.record(context.site, .staffCreated, subject: Actor.staff(member.id).recorded,
                                  detail: "granted " + granted.map(\.description).joined(separator: ", "))
        return .seeOther("/admin/staff/\(member.id)?created=1")
    }

    private func member(_ context: StaffRequestContext) async throws -> StaffMember {
        guard let id = Int64(try context.parameters.require("id")), let member = try await identity.staff.member(id: id) else { throw HTTPError(.notFound) }
        return member
    }

    @Sendable func staffPage(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try await member(context)
        let (session, cookie) = try await pages.browserSession(request, context.site)
        let sessions = try await identity.sessions.count(kind: .staff, subjectID: member.id)
        let query = request.uri.queryParameters
        let notice = query.get("done").flatMap(StaffMemberPage.Notice.init(rawValue:)) ?? (query.get("created") == "1" ? .created : nil)
        return StaffMemberPage(
            layout: context.layout(title: member.email, path: "/admin/staff/\(member.id)", back: "/admin"), csrfToken: session.csrfToken,
            member: member, sessions: sessions, notice: notice, services: try await serviceChoices(context.language)
        ).response(cookies: [cookie])
    }

    @Sendable func changeStaff(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try await member(context)
        let id = member.id
        let (form, _) = try await pages.postedForm(request, context.site)
        let subject = Actor.staff(id).recorded
        switch form.value("action") {
        case "add-role":
            guard case .success(let added) = grants(form, context.language) else {
                throw HTTPError(.badRequest, message: "Choose roles and, for case officers and field workers, a service.")
            }
            let new = added.filter { !member.grants.contains($0) }
            try await identity.staff.setGrants(id: id, grants: member.grants + new)
            for grant in new { try await identity.record(context.site, .staffRoleGranted, subject: subject, detail: grant.description) }
            return .seeOther("/admin/staff/\(id)?done=roles")
        case "remove-role":
            let parts = form.value("grant").split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let role = StaffRole(rawValue: parts[0]) else { throw HTTPError(.badRequest) }
            let removed = RoleGrant(role: role, serviceSlug: parts[1].isEmpty ? nil : parts[1])
            // An administrator cannot remove their own administrator role: someone must be left to manage staff.
            if id == context.staff.id, removed.role == .administrator { throw HTTPError(.badRequest, message: "You cannot remove your own administrator role.") }
            try await identity.staff.setGrants(id: id, grants: member.grants.filter { $0 != removed })
            try await identity.record(context.site, .staffRoleRemoved, subject: subject, detail: removed.description)
            return .seeOther("/admin/staff/\(id)?done=roles")
        case "revoke-sessions":
            let ended = try await identity.sessions.deleteAll(kind: .staff, subjectID: id)
            try await identity.record(context.site, .staffSessionsRevoked, subject: subject, detail: "\(ended) sessions")
            return .seeOther("/admin/staff/\(id)?done=revoked")
        case "reset-mfa":
            try await identity.staff.resetAuthenticator(id: id)
            try await identity.sessions.deleteAll(kind: .staff, subjectID: id)
            try await identity.record(context.site, .staffMfaReset, subject: subject)
            return .seeOther("/admin/staff/\(id)?done=mfa")
        case "set-up-link":
            let link = try await identity.newLink(.staffSetUp, subjectID: id, lifetime: Self.setUpLifetime, path: "/staff/set-up")
            try await identity.emails.enqueue(StaffEmails.setUp(to: member.email, link: link))
            try await identity.record(context.site, .staffSetUpLinkSent, subject: subject)
            return .seeOther("/admin/staff/\(id)?done=link")
        case "disable", "enable":
            let disable = form.value("action") == "disable"
            if id == context.staff.id, disable { throw HTTPError(.badRequest, message: "You cannot disable your own account.") }
            try await identity.staff.setDisabled(id: id, disabled: disable)
            try await identity.record(context.site, disable ? AuditAction.staffDisabled : .staffEnabled, subject: subject)
            return .seeOther("/admin/staff/\(id)?done=\(disable ? "disabled" : "enabled")")
        default:
            throw HTTPError(.badRequest)
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
