import Domain

/// The analytics, strategy and service designer pages, and the designer's message preview.
extension Phrase {
    public static let analyticsCountsOnly = Phrase(en: "Counts only: no personal data is shown here.", gd: "Àireamhan a-mhàin: chan eil dàta pearsanta ga shealltainn an seo.")

    public static let strategyMeasures = Phrase(en: "Strategy measures", gd: "Tomhasan ro-innleachd")
    public static let strategyCaption = Phrase(en: "Requests by channel (channel shift)", gd: "Iarrtasan a rèir seanail (gluasad seanail)")
    public static let strategyChannel = Phrase(en: "Channel", gd: "Seanail")
    public static let strategyRequests = Phrase(en: "Requests", gd: "Iarrtasan")
    public static let strategyShare = Phrase(en: "Share", gd: "Cuibhreann")

    public static let designerIntro = Phrase(
        en: "Published services. Publish a new version with `onecouncil services import FILE` (see the service definitions guide).",
        gd: "Seirbheisean foillsichte. Foillsich tionndadh ùr le `onecouncil services import FILE` (faic an stiùireadh air mìneachaidhean sheirbheisean)."
    )
    public static let designerPublished = Phrase(en: "Services you may design", gd: "Seirbheisean as urrainn dhut a dhealbhadh")
    public static let designerService = Phrase(en: "Service", gd: "Seirbheis")
    public static let designerAddress = Phrase(en: "Address", gd: "Seòladh")
    public static let designerVersion = Phrase(en: "Version", gd: "Tionndadh")
    public static let designerVersions = Phrase(en: "Versions", gd: "Tionndaidhean")
    public static let designerState = Phrase(en: "State", gd: "Staid")

    /// A service's state in the designer's list. The Gaelic needs a speaker's check.
    public static func designerStateName(_ state: ServiceState) -> Phrase {
        switch state {
        case .draft: Phrase(en: "Draft", gd: "Dreachd")
        case .scheduled: Phrase(en: "Scheduled", gd: "Air a chlàradh")
        case .live: Phrase(en: "Live", gd: "Beò")
        case .closed: Phrase(en: "Closed", gd: "Dùinte")
        case .archived: Phrase(en: "Archived", gd: "San tasglann")
        }
    }
    public static let designerPublishedOn = Phrase(en: "Published", gd: "Air fhoillseachadh")
    public static let designerMessages = Phrase(en: "Messages", gd: "Teachdaireachdan")
    public static let designerPreviewMessages = Phrase(en: "Preview messages", gd: "Ro-shealladh air teachdaireachdan")

    public static func previewTitle(_ service: String) -> Phrase { Phrase(en: "Messages: \(service)", gd: "Teachdaireachdan: \(service)") }
    public static func previewIntro(_ version: Int) -> Phrase {
        Phrase(en: "Each message this service sends, in English and Gaelic, filled in with made-up answers (version \(version)). Change them in the notifications section of the service definition.",
               gd: "Gach teachdaireachd a chuireas an t-seirbheis seo, sa Bheurla is sa Ghàidhlig, air a lìonadh le freagairtean mas fhìor (tionndadh \(version)). Atharraich iad ann an earrann nam brathan de mhìneachadh na seirbheis.")
    }
    public static func previewChannelQuestion(_ question: String) -> Phrase {
        Phrase(en: "Applicants choose email, text message or both in the question \(question).",
               gd: "Taghaidh tagraichean post-d, teachdaireachd teacsa no an dà chuid sa cheist \(question).")
    }
    public static let previewNoChannelQuestion = Phrase(
        en: "Applicants are not asked how to be contacted: they get an email if they gave an address, otherwise a text message.",
        gd: "Chan fhaighnichear de thagraichean ciamar a bu toil leotha fios fhaighinn: gheibh iad post-d ma thug iad seòladh, air neo teachdaireachd teacsa."
    )
    public static let previewBuiltIn = Phrase(
        en: "Built-in message: this service has no template of its own for this event.",
        gd: "Teachdaireachd thogte: chan eil teamplaid dhen chuid fhèin aig an t-seirbheis seo airson an tachartais seo."
    )
    public static let previewOwnTemplate = Phrase(en: "This service's own template.", gd: "Teamplaid na seirbheis seo fhèin.")
    public static func previewNotifyEmail(_ id: String) -> Phrase { Phrase(en: "Emails use the Notify template \(id).", gd: "Bidh puist-d a’ cleachdadh teamplaid Notify \(id).") }
    public static func previewNotifySMS(_ id: String) -> Phrase { Phrase(en: "Text messages use the Notify template \(id).", gd: "Bidh teachdaireachdan teacsa a’ cleachdadh teamplaid Notify \(id).") }
    public static let previewEmailSubject = Phrase(en: "Email subject", gd: "Cuspair a’ phuist-d")
    public static let previewEmailBody = Phrase(en: "Email body", gd: "Bodhaig a’ phuist-d")
    public static let previewTextMessage = Phrase(en: "Text message", gd: "Teachdaireachd teacsa")
    public static func previewLength(_ count: Int) -> Phrase {
        Phrase(en: "Text message: \(count) characters.", gd: "Teachdaireachd teacsa: \(count) caractaran.")
    }
}

extension NotificationEvent {
    /// The event in words, with its name in service definitions.
    public var name: Phrase {
        switch self {
        case .submitted: Phrase(en: "Request received (submitted)", gd: "Iarrtas air fhaighinn (submitted)")
        case .statusChanged: Phrase(en: "Status changed (status-changed)", gd: "Staid air atharrachadh (status-changed)")
        case .informationRequested: Phrase(en: "More information requested (information-requested)", gd: "Barrachd fiosrachaidh air iarraidh (information-requested)")
        case .appointmentBooked: Phrase(en: "Appointment booked (appointment-booked)", gd: "Coinneamh air a glèidheadh (appointment-booked)")
        case .reminder: Phrase(en: "Appointment reminder (reminder)", gd: "Cuimhneachan air coinneamh (reminder)")
        }
    }
}
