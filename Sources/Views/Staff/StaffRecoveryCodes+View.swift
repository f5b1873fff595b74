import Domain

extension StaffRecoveryCodesPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.staffRecoveryCodesTitle(language))
        page.paragraph(Phrase.staffRecoveryCodesIntro(language))
        page.out.raw("<ul class=\"list recovery-codes\" id=\"recovery-codes\">")
        for code in codes { page.out.raw("<li>"); page.out.text(code); page.out.raw("</li>") }
        page.out.raw("</ul>\n")
        page.link(Phrase.continue(language), href: continueTo)
    }
}
