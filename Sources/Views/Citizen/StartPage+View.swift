import Domain

extension StartPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(title, size: "xl")
        page.blocks(body)
        page.raw("<a"); page.out.attribute("href", startURL)
        page.raw(" role=\"button\" draggable=\"false\" class=\"button button-start\">"); page.out.text(Phrase.startNow(language))
        page.raw("<svg class=\"button-start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg></a>\n")
        if let beforeYouStart {
            page.subheading(Phrase.beforeYouStart(language))
            page.blocks(beforeYouStart)
        }
    }
}
