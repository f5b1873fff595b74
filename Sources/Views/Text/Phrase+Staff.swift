import Domain

/// Words on every staff page: the navigation and the names of the areas.
extension Phrase {
    public static let staffNavigation = Phrase(en: "Staff areas", gd: "Raointean an luchd-obrach")
    public static let navCases = Phrase(en: "Cases", gd: "Cùisean")
    public static let navAssisted = Phrase(en: "Assisted digital", gd: "Taic didseatach")
    public static let navField = Phrase(en: "Field visits", gd: "Tadhail san raon")
    public static let navDesigner = Phrase(en: "Service designer", gd: "Dealbhaiche sheirbheisean")
    public static let navAnalytics = Phrase(en: "Analytics", gd: "Anailisidheachd")
    public static let navStrategy = Phrase(en: "Strategy", gd: "Ro-innleachd")
    public static let navStaffAccounts = Phrase(en: "Staff accounts", gd: "Cunntasan luchd-obrach")
    public static let navBackgroundTasks = Phrase(en: "Background tasks", gd: "Saothair sa chùlaibh")
    public static let navOutbox = Phrase(en: "Outbox", gd: "Bogsa a-mach")
    public static let navWebhooks = Phrase(en: "Webhooks", gd: "Webhooks")
    public static let navAPIClients = Phrase(en: "API clients", gd: "Cliantan API")
    public static let navAudit = Phrase(en: "Audit trail", gd: "Slighe sgrùdaidh")
}

/// Staff home.
extension Phrase {
    public static let staffAccountLinked = Phrase(
        en: "Your council account is linked: you can sign in with it instead of your password.",
        gd: "Tha cunntas na comhairle agad ceangailte: faodaidh tu clàradh a-steach leis an àite an fhacail-fhaire agad."
    )
    public static let staffNoRoles = Phrase(
        en: "You have no roles yet. Ask an administrator to give you the roles your job needs.",
        gd: "Chan eil dreuchd agad fhathast. Iarr air rianaire na dreuchdan a tha a dhìth airson na h-obrach agad a thoirt dhut."
    )
    public static let staffYourRoles = Phrase(en: "Your roles", gd: "Na dreuchdan agad")
    public static let staffLinkCouncilAccount = Phrase(en: "Sign in with your council account", gd: "Clàraich a-steach le cunntas na comhairle agad")
    public static func staffLinkProvider(_ name: String) -> Phrase { Phrase(en: "Link your \(name)", gd: "Ceangail do \(name)") }
}

/// The roles, as words.
extension StaffRole {
    public var name: Phrase {
        switch self {
        case .administrator: Phrase(en: "Administrator", gd: "Rianaire")
        case .serviceDesigner: Phrase(en: "Service designer", gd: "Dealbhaiche sheirbheisean")
        case .caseOfficer: Phrase(en: "Case officer", gd: "Oifigear chùisean")
        case .fieldWorker: Phrase(en: "Field worker", gd: "Neach-obrach san raon")
        case .customerServiceAgent: Phrase(en: "Customer service agent", gd: "Àidseant seirbheis theachdaichean")
        case .analyst: Phrase(en: "Analyst", gd: "Anailisiche")
        case .strategyLead: Phrase(en: "Strategy lead", gd: "Stiùiriche ro-innleachd")
        }
    }
}
