import Domain

extension ExitPage {
    public func body(_ page: inout PageParts) {
        page.heading(heading)
        page.blocks(body)
        page.plainLink(Phrase.exitStartAgain(layout.language), href: startURL)
    }
}
