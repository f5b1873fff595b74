import Domain

extension DemoSignInPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.demoHeading(language))
        page.inset(Phrase.demoWarning(language))
        page.summaryList([
            (key: Phrase.demoPassword(language), value: password, action: nil),
            (key: Phrase.demoCurrentCode(language), value: currentCode, action: nil),
            (key: Phrase.demoSecret(language), value: typedSecret, action: nil),
        ])
        page.paragraph(Phrase.demoCodeExplained(secondsLeft)(language))
        page.table(
            caption: Phrase.demoAccounts(language),
            headers: [Phrase.demoAccountEmail(language), Phrase.demoRoles(language)],
            rows: accounts.map { account in
                [(text: account.email, href: nil),
                 (text: account.grants.map { $0.role.name(language) + ($0.serviceSlug.map { " – \($0)" } ?? "") }.joined(separator: "; "), href: nil)]
            }
        )
        page.links([(Phrase.demoSignIn(language), "/staff/sign-in")])
    }
}
