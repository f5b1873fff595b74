import Domain

extension StaffMemberPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(member.email, caption: Phrase.adminStaffAccount(language))
        if let notice { page.notice(text(notice)) }
        page.summaryList([
            (Phrase.adminStatus(language), (member.disabled ? Phrase.adminDisabled : .adminActive)(language), nil),
            (Phrase.adminPassword(language), (member.passwordHash == nil ? Phrase.adminPasswordNotChosen : .adminPasswordSet)(language), nil),
            (Phrase.adminAuthenticator(language), (member.totpSecret == nil ? Phrase.adminNotSetUp : .adminSetUp)(language), nil),
            (Phrase.adminSignedInOn(language), Phrase.adminDevices(sessions)(language), nil),
        ])

        page.subheading(Phrase.adminRoles(language))
        if member.grants.isEmpty { page.paragraph(Phrase.adminNoRoles(language)) }
        let titles = serviceTitles
        if !member.grants.isEmpty {
            page.formStart(action: "/admin/staff/\(member.id)", csrf: csrfToken)
            page.hidden("action", "remove-role")
            page.out.raw("<ul class=\"list\">\n")
            for grant in member.grants {
                let words = grant.words(language, serviceTitles: titles)
                page.out.raw("<li>"); page.out.text(words); page.out.raw(" <button type=\"submit\" class=\"button button-secondary\" name=\"grant\"")
                page.out.attribute("value", "\(grant.role.rawValue)|\(grant.serviceSlug ?? "")")
                page.out.raw(">"); page.out.text(Phrase.remove(language))
                page.out.raw("<span class=\"visually-hidden\"> "); page.out.text(words); page.out.raw("</span></button></li>\n")
            }
            page.out.raw("</ul>\n")
            page.formEnd()
        }
        page.formStart(action: "/admin/staff/\(member.id)", csrf: csrfToken)
        page.hidden("action", "add-role")
        page.roleChoices(legend: .adminMoreRoles, selectedRoles: [], service: "", services: services, errors: [])
        page.button(Phrase.adminGiveRoles(language), secondary: true)
        page.formEnd()

        page.subheading(Phrase.adminAccess(language))
        page.formStart(action: "/admin/staff/\(member.id)", csrf: csrfToken)
        page.raw("<div class=\"button-group\">\n")
        page.button(Phrase.adminEndSessions(language), secondary: true, name: "action", value: "revoke-sessions")
        page.button(Phrase.adminResetAuthenticator(language), secondary: true, name: "action", value: "reset-mfa")
        page.button(Phrase.adminSendSetUpLink(language), secondary: true, name: "action", value: "set-up-link")
        if member.disabled {
            page.button(Phrase.adminEnableAccount(language), secondary: true, name: "action", value: "enable")
        } else {
            page.button(Phrase.adminDisableAccount(language), warning: true, name: "action", value: "disable")
        }
        page.raw("</div>\n")
        page.formEnd()
        page.link(Phrase.adminTheirAuditTrail(language), href: "/admin/audit?person=\(AdminQuery.encode(member.email))")
    }

    private func text(_ notice: Notice) -> String {
        let language = layout.language
        return switch notice {
        case .created: Phrase.adminCreatedNotice(member.email)(language)
        case .link: Phrase.adminLinkNotice(member.email)(language)
        case .revoked: Phrase.adminRevokedNotice(member.email)(language)
        case .mfa: Phrase.adminMfaNotice(language)
        case .roles: Phrase.adminRolesNotice(language)
        case .disabled: Phrase.adminDisabledNotice(language)
        case .enabled: Phrase.adminEnabledNotice(language)
        }
    }
}
