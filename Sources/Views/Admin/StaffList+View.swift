import Domain

extension StaffListPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.navStaffAccounts(language))
        page.link(Phrase.adminAddStaff(language), href: "/admin/staff/new")
        page.table(
            caption: Phrase.adminStaffCount(members.count)(language),
            headers: [Phrase.adminEmail(language), Phrase.adminRoles(language), Phrase.adminAuthenticator(language), Phrase.adminStatus(language)],
            rows: members.map { member in [
                (member.email, "/admin/staff/\(member.id)"),
                (member.grants.map { $0.words(language, serviceTitles: serviceTitles) }.joined(separator: ", "), nil),
                ((member.totpSecret == nil ? Phrase.adminNotSetUp : .adminSetUp)(language), nil),
                ((member.disabled ? Phrase.adminDisabled : .adminActive)(language), nil),
            ] }
        )
    }
}
