import Domain

/// Demo mode's sign-in help page.
extension Phrase {
    public static let demoHeading = Phrase(en: "Demo accounts", gd: "Cunntasan taisbeanaidh")
    public static let demoWarning = Phrase(
        en: "This site is running in demo mode: the accounts below exist only while it does, and the cases are invented.",
        gd: "Tha an làrach seo a’ ruith ann am modh taisbeanaidh: chan eil na cunntasan gu h-ìosal ann ach fhad ’s a tha e a’ ruith, agus chaidh na cùisean a chruthachadh."
    )
    public static let demoPassword = Phrase(en: "Password (every account)", gd: "Facal-faire (gach cunntas)")
    public static let demoCurrentCode = Phrase(en: "Security code now", gd: "An còd tèarainteachd an-dràsta")
    public static let demoSecret = Phrase(en: "Authenticator app secret", gd: "Dìomhaireachd na h-aplacaid dearbhaidh")
    public static func demoCodeExplained(_ seconds: Int) -> Phrase {
        Phrase(
            en: "The code changes every 30 seconds (this one for \(seconds) more): reload this page for a fresh one, or add the secret to an authenticator app. A code works once per account.",
            gd: "Atharraichidh an còd gach 30 diog (mairidh am fear seo \(seconds) diog eile): luchdaich an duilleag seo às ùr airson fear ùr, no cuir an dìomhaireachd ri aplacaid dearbhaidh. Obraichidh còd aon turas airson gach cunntas."
        )
    }
    public static let demoAccounts = Phrase(en: "Accounts", gd: "Cunntasan")
    public static let demoRoles = Phrase(en: "Roles", gd: "Dreuchdan")
    public static let demoAccountEmail = Phrase(en: "Email address", gd: "Seòladh puist-d")
    public static let demoSignIn = Phrase(en: "Sign in as staff", gd: "Clàraich a-steach mar neach-obrach")
}
