import Domain

/// Staff sign-in: password, security code, authenticator set-up, recovery codes, sign out, and the set-up link.
extension Phrase {
    public static let staffSignIn = Phrase(en: "Staff sign in", gd: "Clàradh a-steach an luchd-obrach")
    public static let staffWorkEmail = Phrase(en: "Work email address", gd: "Seòladh puist-d na h-obrach")
    public static let staffPassword = Phrase(en: "Password", gd: "Facal-faire")
    public static let staffForgotten = Phrase(
        en: "Forgotten your password or lost your authenticator? Ask an administrator for a new set-up link.",
        gd: "An do dhìochuimhnich thu am facal-faire agad no an do chaill thu an dearbhadair agad? Iarr ceangal stèidheachaidh ùr air rianaire."
    )
    public static func staffSignInWith(_ provider: String) -> Phrase {
        Phrase(en: "Sign in with \(provider)", gd: "Clàraich a-steach le \(provider)")
    }
    public static let staffPasswordMissing = Phrase(en: "Enter your password", gd: "Cuir a-steach am facal-faire agad")
    public static let staffSignInWrong = Phrase(
        en: "Enter the email address and password of your staff account",
        gd: "Cuir a-steach seòladh a’ phuist-d agus facal-faire a’ chunntais luchd-obrach agad"
    )

    public static let staffCodeTitle = Phrase(en: "Enter the code from your authenticator app", gd: "Cuir a-steach an còd bhon aplacaid dearbhaidh agad")
    public static let staffSecurityCode = Phrase(en: "Security code", gd: "Còd tèarainteachd")
    public static let staffCodeHint = Phrase(
        en: "The 6-digit code your app shows now, or one of your recovery codes.",
        gd: "An còd 6-àireamhan a tha an aplacaid agad a’ sealltainn an-dràsta, no fear de na còdan aiseig agad."
    )
    public static let staffCodeMissing = Phrase(en: "Enter the security code", gd: "Cuir a-steach an còd tèarainteachd")
    public static let staffCodeWrong = Phrase(
        en: "The security code is not right, or has been used. Enter the code your app shows now",
        gd: "Chan eil an còd tèarainteachd ceart, no chaidh a chleachdadh mu thràth. Cuir a-steach an còd a tha an aplacaid agad a’ sealltainn an-dràsta"
    )
    public static let staffEnrolCodeWrong = Phrase(
        en: "The security code is not right. Enter the 6-digit code the app shows now",
        gd: "Chan eil an còd tèarainteachd ceart. Cuir a-steach an còd 6-àireamhan a tha an aplacaid a’ sealltainn an-dràsta"
    )

    public static let staffSetUpAuthenticator = Phrase(en: "Set up your authenticator app", gd: "Suidhich an aplacaid dearbhaidh agad")
    public static let staffSetUpIntro = Phrase(
        en: "Staff sign in with a password and a code from an authenticator app, such as Microsoft Authenticator or Google Authenticator, on your work phone.",
        gd: "Bidh an luchd-obrach a’ clàradh a-steach le facal-faire agus còd bho aplacaid dearbhaidh, leithid Microsoft Authenticator no Google Authenticator, air fòn na h-obrach agad."
    )
    public static let staffScanStep = Phrase(en: "1. Scan this QR code with the app", gd: "1. Sganaich an còd QR seo leis an aplacaid")
    public static let staffQRCodeTitle = Phrase(en: "QR code for your authenticator app", gd: "Còd QR airson na h-aplacaid dearbhaidh agad")
    public static let staffTypeKey = Phrase(
        en: "If you cannot scan it, choose to enter a key in the app and type this key:",
        gd: "Mur urrainn dhut a sganadh, tagh iuchair a chur a-steach san aplacaid agus sgrìobh an iuchair seo:"
    )
    public static let staffEnterCodeStep = Phrase(en: "2. Enter the code the app shows", gd: "2. Cuir a-steach an còd a tha an aplacaid a’ sealltainn")

    public static let staffRecoveryCodesTitle = Phrase(en: "Save your recovery codes", gd: "Sàbhail na còdan aiseig agad")
    public static let staffRecoveryCodesIntro = Phrase(
        en: "If you lose your phone, each of these codes signs you in once instead of the app. This is the only time they are shown: print them or keep them in your password manager.",
        gd: "Ma chailleas tu am fòn agad, clàraichidh gach fear de na còdan seo a-steach thu aon turas an àite na h-aplacaid. Seo an aon turas a chithear iad: clò-bhuail iad no cùm iad anns a’ mhanaidsear fhaclan-faire agad."
    )

    public static let staffSignOutEverywhere = Phrase(en: "Sign out on every device", gd: "Clàraich a-mach air gach uidheam")
    public static let staffSignedOut = Phrase(en: "You have signed out", gd: "Tha thu air clàradh a-mach")
    public static let staffSignInAgain = Phrase(en: "Sign in again", gd: "Clàraich a-steach a-rithist")

    public static let staffChoosePassword = Phrase(en: "Choose your password", gd: "Tagh am facal-faire agad")
    public static let staffPasswordHint = Phrase(
        en: "At least 10 characters. Three random words make a strong password.",
        gd: "Co-dhiù 10 caractaran. Nì trì faclan air thuaiream facal-faire làidir."
    )
    public static let staffSavePassword = Phrase(en: "Save password", gd: "Sàbhail am facal-faire")
    public static let staffSetUpExpired = Phrase(
        en: "This set-up link has expired or has already been used",
        gd: "Dh’fhalbh an ùine air a’ cheangal stèidheachaidh seo no chaidh a chleachdadh mu thràth"
    )
    public static let staffAskForNewLink = Phrase(en: "Ask an administrator for a new one.", gd: "Iarr fear ùr air rianaire.")
}
