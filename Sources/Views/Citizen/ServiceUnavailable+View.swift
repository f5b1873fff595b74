import Domain

extension ServiceUnavailablePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Self.heading(reason, language), caption: serviceTitle)
        switch reason {
        case .notYetOpen(let opensAt):
            page.paragraph(opensAt.map { Phrase.serviceOpensAt($0)(language) } ?? Phrase.serviceNotOpenNoDate(language))
        case .closed(let closedAt):
            page.paragraph(Phrase.serviceClosedAt(closedAt)(language))
        case .limitReached:
            page.paragraph(Phrase.serviceLimitReached(language))
        case .withdrawn:
            page.paragraph(Phrase.serviceWithdrawn(language))
        }
        if answersNotSent { page.inset(Phrase.serviceAnswersNotSent(language)) }
        page.plainLink(Phrase.serviceSeeOthers(language), href: servicesURL)
    }
}
