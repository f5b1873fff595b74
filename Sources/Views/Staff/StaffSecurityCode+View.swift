import Domain

extension StaffSecurityCodePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.staffCodeTitle(language))
        page.formStart(action: "/staff/mfa", csrf: csrfToken)
        page.hidden("return", returnTo)
        page.input("code", label: Phrase.staffSecurityCode(language), hint: Phrase.staffCodeHint(language),
                   autocomplete: "one-time-code", errors: errors, width: "width-10", inputmode: "numeric")
        page.button(Phrase.signIn(language))
        page.formEnd()
    }
}
