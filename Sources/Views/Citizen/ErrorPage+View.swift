import Domain

extension ErrorPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Self.title(kind)(language))
        page.paragraph(Self.message(kind)(language))
        if staffHome {
            page.plainLink(Phrase.staffHome(language), href: "/staff")
        } else {
            page.plainLink(Phrase.services(language), href: "/")
        }
    }
}
