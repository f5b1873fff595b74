import Domain

extension ClaimRequestPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.accountClaimTitle(language))
        page.paragraph(Phrase.accountClaimIntro(language))
        page.formStart(action: "/account/requests/add", csrf: csrfToken)
        page.input("reference", label: Phrase.accountReference(language), value: reference,
                   hint: Phrase.accountClaimReferenceHint(language), autocomplete: "off", errors: errors, width: "width-10")
        page.input("email", label: Phrase.accountClaimEmail(language), type: "email", value: email, autocomplete: "email", errors: errors)
        page.button(Phrase.accountClaimButton(language))
        page.formEnd()
    }
}
