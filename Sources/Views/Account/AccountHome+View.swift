import Domain

extension AccountHomePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.yourAccount(language), caption: email)
        if justConfirmed { page.notice(Phrase.accountConfirmedNotice(language)) }
        if !savedForms.isEmpty {
            page.subheading(Phrase.accountContinueWhereYouLeftOff(language))
            page.links(savedForms.map { form in
                (Phrase.accountSavedForm(form.serviceTitle, at: DisplayDate.dayAndTime(form.savedAt, language))(language),
                 "/account/continue/\(form.slug)")
            })
        }
        page.subheading(Phrase.accountYourRequests(language))
        if requests.isEmpty {
            page.paragraph(Phrase.accountNoRequests(language))
        } else {
            page.table(
                caption: Phrase.accountNewestFirst(language),
                headers: [Phrase.accountReference(language), Phrase.accountService(language), Phrase.accountSent(language),
                          Phrase.accountStatus(language)],
                rows: requests.map { request in [
                    (request.reference, "/account/requests/\(request.reference)"),
                    (request.serviceTitle, nil),
                    (DisplayDate.day(request.sentAt, language), nil),
                    (request.status, nil),
                ] }
            )
        }
        page.link(Phrase.accountAddEarlierRequest(language), href: "/account/requests/add")
        page.subheading(Phrase.accountYourDetails(language))
        page.links([
            (Phrase.accountChangeEmailLink(language), "/account/change-email"),
            (Phrase.accountChangePasswordLink(language), "/account/change-password"),
            (Phrase.accountSignOutEverywhere(language), "/account/sign-out"),
            (Phrase.accountDeleteLink(language), "/account/delete"),
        ])
    }
}
