import Domain

/// The agent's confirmation after sending a form for a caller (assisted digital).
extension Phrase {
    public static let assistedSentTitle = Phrase(en: "Request sent for the caller", gd: "Chaidh an t-iarrtas a chur airson an neach-fòn")
    public static let assistedReadOut = Phrase(en: "Read this reference out to the caller", gd: "Leugh an àireamh-iomraidh seo a-mach don neach-fòn")
    public static let assistedTellCaller = Phrase(en: "What to tell the caller", gd: "Na dh’innseas tu don neach-fòn")
    public static let assistedQuoteReference = Phrase(
        en: "Their reference number is above. They should quote it whenever they contact us about this request.",
        gd: "Tha an àireamh-iomraidh aca gu h-àrd. Bu chòir dhaibh a h-ainmeachadh uair sam bith a chuireas iad fios thugainn mun iarrtas seo."
    )
    public static func assistedEmailGoesTo(_ email: String) -> Phrase {
        Phrase(en: "We will email a confirmation and any updates to \(email).",
               gd: "Cuiridh sinn dearbhadh agus fios às ùr sam bith gu \(email) air post-d.")
    }
    public static let assistedNoEmail = Phrase(
        en: "They gave no email address, so they will not get a confirmation: make sure they have written the reference down.",
        gd: "Cha tug iad seòladh puist-d seachad, mar sin chan fhaigh iad dearbhadh: dèan cinnteach gun do sgrìobh iad sìos an àireamh-iomraidh."
    )
    public static let assistedBackToWork = Phrase(en: "Back to work", gd: "Air ais chun na h-obrach")
    public static let assistedAnotherCaller = Phrase(en: "Start a request for another caller", gd: "Tòisich iarrtas airson neach-fòn eile")
    public static let assistedOpenCase = Phrase(en: "Open the case", gd: "Fosgail a’ chùis")
    public static let assistedPrintAnswers = Phrase(en: "View a printable copy of the answers", gd: "Faic lethbhreac de na freagairtean a ghabhas clò-bhualadh")
    public static let assistedBackToCases = Phrase(en: "Back to cases", gd: "Air ais gu na cùisean")
}
