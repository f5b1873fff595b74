/// "Are you sure?" before closing or archiving a service. The Gaelic needs a speaker's check.
extension Phrase {
    public static let designerConfirmCloseTitle = Phrase(en: "Are you sure you want to close this service now?",
                                                         gd: "A bheil thu cinnteach gu bheil thu airson an t-seirbheis seo a dhùnadh an-dràsta?")
    public static let designerConfirmCloseIntro = Phrase(en: "If you close it:", gd: "Ma dhùineas tu i:")
    public static let designerConfirmCloseStops = Phrase(
        en: "it stops taking requests at once and leaves the list of services: anyone who opens it sees “This service is closed”, and the API refuses new submissions",
        gd: "sguiridh i de dh’iarrtasan a ghabhail sa bhad agus fàgaidh i liosta nan seirbheisean: chì duine sam bith a dh’fhosglas i “Tha an t-seirbheis seo dùinte”, agus diùltaidh an API iarrtasan ùra")
    public static let designerConfirmInProgress = Phrase(
        en: "people part-way through it cannot send their answers: they are told their answers have not been sent",
        gd: "chan urrainn do dhaoine a tha letheach-slighe troimhpe na freagairtean aca a chur: thèid innse dhaibh nach deach na freagairtean aca a chur")
    public static let designerConfirmKept = Phrase(
        en: "requests already sent, its versions and any draft are kept as they are",
        gd: "thèid iarrtasan a chaidh a chur mu thràth, na tionndaidhean aice agus dreachd sam bith a chumail mar a tha iad")
    public static let designerConfirmCloseUndo = Phrase(
        en: "to open it again, publish a new version",
        gd: "gus a fosgladh a-rithist, foillsich tionndadh ùr")
    public static let designerConfirmCloseButton = Phrase(en: "Yes, close the service now", gd: "Tha, dùin an t-seirbheis an-dràsta")

    public static let designerConfirmArchiveTitle = Phrase(en: "Are you sure you want to archive this service?",
                                                           gd: "A bheil thu cinnteach gu bheil thu airson an t-seirbheis seo a chur don tasglann?")
    public static let designerConfirmArchiveIntro = Phrase(en: "If you archive it:", gd: "Ma chuireas tu don tasglann i:")
    public static let designerConfirmArchiveStops = Phrase(
        en: "it is withdrawn at once: it leaves the list of services, anyone who opens it sees “This service is closed”, and the API refuses new submissions, whatever its versions and times say",
        gd: "thèid a tarraing air ais sa bhad: fàgaidh i liosta nan seirbheisean, chì duine sam bith a dh’fhosglas i “Tha an t-seirbheis seo dùinte”, agus diùltaidh an API iarrtasan ùra, ge b’ e dè a chanas na tionndaidhean is na h-amannan aice")
    public static let designerConfirmArchiveUndo = Phrase(
        en: "to bring it back, use “Bring the service back from the archive” on its versions page",
        gd: "gus a toirt air ais, cleachd “Thoir an t-seirbheis air ais às an tasglann” air duilleag nan tionndaidhean aice")
    public static let designerConfirmArchiveButton = Phrase(en: "Yes, archive the service", gd: "Tha, cuir an t-seirbheis don tasglann")
    public static let designerConfirmCancel = Phrase(en: "No, go back to the versions", gd: "Chan eil, till gu na tionndaidhean")
}
