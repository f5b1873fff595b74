import Domain

extension StaffHomePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.staffHome(language), caption: email)
        if accountLinked { page.notice(Phrase.staffAccountLinked(language)) }
        if areas.isEmpty {
            page.paragraph(Phrase.staffNoRoles(language))
        } else {
            page.links(areas.map { ($0.label(language), $0.href) })
        }
        page.subheading(Phrase.staffYourRoles(language))
        page.list(roles.map { grant in grant.role.name(language) + (grant.serviceSlug.map { " – \($0)" } ?? "") })
        if let csrfToken, !identityProviders.isEmpty {
            page.subheading(Phrase.staffLinkCouncilAccount(language))
            for provider in identityProviders {
                page.formStart(action: "/staff/sign-in/\(provider.id)", csrf: csrfToken)
                page.hidden("link", "1")
                page.button(Phrase.staffLinkProvider(provider.name)(language), secondary: true)
                page.formEnd()
            }
        }
    }
}
