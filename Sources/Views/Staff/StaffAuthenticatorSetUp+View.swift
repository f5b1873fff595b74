import Domain

extension StaffAuthenticatorSetUpPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.staffSetUpAuthenticator(language))
        page.paragraph(Phrase.staffSetUpIntro(language))
        page.subheading(Phrase.staffScanStep(language))
        let qr = (try? QRCode(text: enrolmentURI))?.svg(moduleSize: 4, quietZone: 4, title: Phrase.staffQRCodeTitle(language)) ?? ""
        page.raw("<div class=\"qr-code\">\(qr)</div>\n")
        page.paragraph(Phrase.staffTypeKey(language))
        page.out.raw("<p class=\"body secret\" id=\"totp-secret\" lang=\"en\">"); page.out.text(typedKey); page.out.raw("</p>\n")
        page.subheading(Phrase.staffEnterCodeStep(language))
        page.formStart(action: "/staff/mfa/set-up", csrf: csrfToken)
        page.hidden("secret", secret)
        page.hidden("return", returnTo)
        page.input("code", label: Phrase.staffSecurityCode(language), autocomplete: "one-time-code", errors: errors, width: "width-10",
                   inputmode: "numeric")
        page.button(Phrase.continue(language))
        page.formEnd()
    }
}
