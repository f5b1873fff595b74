import Domain

/// A service that is not open: not yet, closed, or withdrawn. The Gaelic needs a speaker's check.
extension Phrase {
    public static let serviceNotOpenYet = Phrase(en: "This service is not open yet", gd: "Chan eil an t-seirbheis seo fosgailte fhathast")
    public static let serviceClosed = Phrase(en: "This service is closed", gd: "Tha an t-seirbheis seo dùinte")

    public static func serviceOpensAt(_ when: String) -> Phrase {
        Phrase(en: "It opens on \(when).", gd: "Fosglaidh i air \(when).")
    }

    public static let serviceNotOpenNoDate = Phrase(
        en: "We have not set a date for it to open yet.",
        gd: "Cha do shuidhich sinn ceann-latha airson fhosgladh fhathast."
    )

    public static func serviceClosedAt(_ when: String) -> Phrase {
        Phrase(en: "It closed on \(when) and is not taking requests.", gd: "Dhùin i air \(when) agus chan eil i a’ gabhail ri iarrtasan.")
    }

    public static let serviceLimitReached = Phrase(
        en: "It has had as many requests as it can take, so it is not taking any more.",
        gd: "Fhuair i na h-uimhir de dh’iarrtasan ’s as urrainn dhi gabhail riutha, agus mar sin chan eil i a’ gabhail ri tuilleadh."
    )
    public static let serviceWithdrawn = Phrase(
        en: "We have withdrawn it and it is not taking requests.",
        gd: "Tharraing sinn air ais i agus chan eil i a’ gabhail ri iarrtasan."
    )
    public static let serviceAnswersNotSent = Phrase(
        en: "The answers you entered have not been sent.",
        gd: "Cha deach na freagairtean a chuir thu a-steach a chur."
    )
    public static let serviceSeeOthers = Phrase(en: "See the council’s other services", gd: "Faic seirbheisean eile na comhairle")
}
