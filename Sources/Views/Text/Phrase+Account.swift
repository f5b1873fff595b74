import Domain

/// MyAccount: registering, signing in and out, forgotten passwords.
extension Phrase {
    public static let accountCreateTitle = Phrase(en: "Create an account", gd: "Cruthaich cunntas")
    public static let accountRegisterIntro = Phrase(
        en: "With an account you can see every request you have made and its progress, and save a form to finish later.",
        gd: "Le cunntas chì thu gach iarrtas a rinn thu agus mar a tha e a’ dol, agus is urrainn dhut foirm a shàbhaladh airson a chrìochnachadh às dèidh làimh."
    )
    public static let accountEmailAddress = Phrase(en: "Email address", gd: "Seòladh puist-d")
    public static let accountRegisterEmailHint = Phrase(en: "We will send you a link to confirm it.", gd: "Cuiridh sinn ceangal thugad airson a dhearbhadh.")
    public static let accountCreatePassword = Phrase(en: "Create a password", gd: "Cruthaich facal-faire")
    public static let accountRegisterPasswordHint = Phrase(
        en: "At least 10 characters. A good way to make a strong password is to use three random words.",
        gd: "Co-dhiù 10 caractaran. ’S e dòigh mhath air facal-faire làidir a dhèanamh trì faclan air thuaiream a chleachdadh."
    )
    public static let accountCreateButton = Phrase(en: "Create account", gd: "Cruthaich cunntas")
    public static let accountAlreadyHaveOne = Phrase(en: "I already have an account: sign in", gd: "Tha cunntas agam mu thràth: clàraich a-steach")

    public static let accountCheckEmailTitle = Phrase(en: "Check your email", gd: "Thoir sùil air a’ phost-d agad")
    public static let accountCheckEmailRegister = Phrase(
        en: "We have sent you an email with a link to confirm your address. Open it to finish creating your account. The link expires in 24 hours.",
        gd: "Chuir sinn post-d thugad le ceangal airson an seòladh agad a dhearbhadh. Fosgail e airson crìoch a chur air a’ chunntas agad. Falbhaidh an ceangal an ceann 24 uairean a thìde."
    )
    public static let accountCheckEmailReset = Phrase(
        en: "If there is an account for that email address, we have sent it a link to reset the password. The link works once and expires in 1 hour.",
        gd: "Ma tha cunntas ann airson an t-seòlaidh puist-d sin, chuir sinn ceangal thuige airson am facal-faire ath-shuidheachadh. Obraichidh an ceangal aon turas agus falbhaidh e an ceann uair a thìde."
    )
    public static let accountCheckEmailChange = Phrase(
        en: "We have sent a link to your new email address. Your email address changes when you open it. The link expires in 24 hours.",
        gd: "Chuir sinn ceangal chun an t-seòlaidh puist-d ùir agad. Atharraichidh an seòladh puist-d agad nuair a dh’fhosglas tu e. Falbhaidh an ceangal an ceann 24 uairean a thìde."
    )
    public static let accountCheckEmailResume = Phrase(
        en: "We have sent you a link to come back to your form. It works once and expires in 7 days.",
        gd: "Chuir sinn ceangal thugad airson tilleadh chun an fhoirm agad. Obraichidh e aon turas agus falbhaidh e an ceann 7 latha."
    )
    public static let accountCheckSpam = Phrase(
        en: "If it has not arrived in a few minutes, check your spam folder.",
        gd: "Mura do ràinig e an ceann beagan mhionaidean, thoir sùil air a’ phasgan spama agad."
    )

    public static let accountLinkExpiredTitle = Phrase(
        en: "This link has expired or has already been used",
        gd: "Dh’fhalbh an ceangal seo no chaidh a chleachdadh mu thràth"
    )
    public static let accountLinkExpiredBody = Phrase(
        en: "Links we email work once, for a limited time.",
        gd: "Chan obraich na ceanglaichean a chuireas sinn air post-d ach aon turas, airson ùine chuingealaichte."
    )
    public static let accountSignInForNewLink = Phrase(en: "Sign in to get a new link", gd: "Clàraich a-steach airson ceangal ùr fhaighinn")
    public static let accountAskForNewLink = Phrase(en: "Ask for a new link", gd: "Iarr ceangal ùr")

    public static let accountSignInTitle = Phrase(en: "Sign in to your account", gd: "Clàraich a-steach dhan chunntas agad")
    public static let accountPasswordResetDone = Phrase(
        en: "Your password has been changed. Sign in with your new password.",
        gd: "Chaidh am facal-faire agad atharrachadh. Clàraich a-steach leis an fhacal-fhaire ùr agad."
    )
    public static let accountPassword = Phrase(en: "Password", gd: "Facal-faire")
    public static let accountForgotPasswordLink = Phrase(en: "I have forgotten my password", gd: "Dhìochuimhnich mi am facal-faire agam")
    public static let accountOrSignInWith = Phrase(en: "Or sign in with", gd: "No clàraich a-steach le")
    public static func accountSignInWith(_ provider: String) -> Phrase {
        Phrase(en: "Sign in with \(provider)", gd: "Clàraich a-steach le \(provider)")
    }
    public static let accountNoAccountYet = Phrase(en: "No account yet?", gd: "Gun chunntas fhathast?")
    public static let accountNotNeeded = Phrase(
        en: "You do not need an account to use our services.",
        gd: "Chan fheum thu cunntas airson na seirbheisean againn a chleachdadh."
    )

    public static let accountSignOutEverywhere = Phrase(en: "Sign out on every device", gd: "Clàraich a-mach air gach uidheam")
    public static let accountSignedOutTitle = Phrase(en: "You have signed out", gd: "Chlàraich thu a-mach")
    public static let accountSignInAgain = Phrase(en: "Sign in again", gd: "Clàraich a-steach a-rithist")

    public static let accountResetTitle = Phrase(en: "Reset your password", gd: "Ath-shuidhich am facal-faire agad")
    public static let accountResetIntro = Phrase(
        en: "Enter the email address of your account and we will send you a link to choose a new password.",
        gd: "Cuir a-steach seòladh puist-d a’ chunntais agad agus cuiridh sinn ceangal thugad airson facal-faire ùr a thaghadh."
    )
    public static let accountSendLink = Phrase(en: "Send the link", gd: "Cuir an ceangal")
    public static let accountChooseNewPassword = Phrase(en: "Choose a new password", gd: "Tagh facal-faire ùr")
    public static let accountNewPassword = Phrase(en: "New password", gd: "Facal-faire ùr")
    public static let accountNewPasswordHint = Phrase(
        en: "At least 10 characters. Three random words make a strong password.",
        gd: "Co-dhiù 10 caractaran. Nì trì faclan air thuaiream facal-faire làidir."
    )
    public static let accountChangePasswordButton = Phrase(en: "Change password", gd: "Atharraich am facal-faire")

    public static let accountConfirmEmailSubject = Phrase(en: "Confirm your email address", gd: "Dearbhaich an seòladh puist-d agad")
}

/// The account pages' error messages, in GOV.UK style.
extension Phrase {
    public static let accountEnterPassword = Phrase(en: "Enter your password", gd: "Cuir a-steach am facal-faire agad")
    public static let accountWrongEmailOrPassword = Phrase(
        en: "Enter the email address and password of your account",
        gd: "Cuir a-steach seòladh puist-d is facal-faire a’ chunntais agad"
    )
    public static let accountPasswordMissing = Phrase(en: "Enter a password", gd: "Cuir a-steach facal-faire")
    public static func accountPasswordTooShort(_ minimum: Int) -> Phrase {
        Phrase(en: "Your password must be at least \(minimum) characters",
               gd: "Feumaidh co-dhiù \(minimum) caractaran a bhith san fhacal-fhaire agad")
    }
    public static func accountPasswordTooLong(_ maximum: Int) -> Phrase {
        Phrase(en: "Your password must be \(maximum) characters or fewer",
               gd: "Chan fhaod barrachd air \(maximum) caractaran a bhith san fhacal-fhaire agad")
    }
    public static let accountPasswordCommon = Phrase(
        en: "This password is too common. Choose one that is harder to guess, such as three random words",
        gd: "Tha am facal-faire seo ro chumanta. Tagh fear nach gabh tomhas cho furasta, leithid trì faclan air thuaiream"
    )
    public static let accountPasswordIsEmail = Phrase(
        en: "Your password must not be your email address",
        gd: "Chan fhaod am facal-faire agad a bhith co-ionann ris an t-seòladh puist-d agad"
    )
    public static let accountEnterEmail = Phrase(en: "Enter your email address", gd: "Cuir a-steach an seòladh puist-d agad")
    public static let accountEmailFormat = Phrase(
        en: "Enter an email address in the correct format, like name@example.com",
        gd: "Cuir a-steach seòladh puist-d sa chruth cheart, mar ainm@eisimpleir.com"
    )
    public static func accountTooManySignIns(minutes: Int) -> Phrase {
        Phrase(en: "You have tried to sign in too many times. Try again in \(minutes) \(minutes == 1 ? "minute" : "minutes")",
               gd: "Dh’fheuch thu ri clàradh a-steach cus thursan. Feuch a-rithist an ceann \(minutes) \(gaelicMinutes(minutes))")
    }
    public static func accountTooManyTries(minutes: Int) -> Phrase {
        Phrase(en: "You have tried too many times. Try again in \(minutes) \(minutes == 1 ? "minute" : "minutes")",
               gd: "Dh’fheuch thu cus thursan. Feuch a-rithist an ceann \(minutes) \(gaelicMinutes(minutes))")
    }
    public static let accountEnterCurrentPassword = Phrase(en: "Enter your current password", gd: "Cuir a-steach am facal-faire agad an-dràsta")
    public static let accountCurrentPasswordWrong = Phrase(en: "Your current password is not right", gd: "Chan eil am facal-faire agad an-dràsta ceart")
    public static let accountSameEmail = Phrase(
        en: "Enter an email address different from your current one",
        gd: "Cuir a-steach seòladh puist-d eile seach am fear a th’ agad an-dràsta"
    )
    public static let accountEnterReference = Phrase(en: "Enter the reference", gd: "Cuir a-steach an àireamh-iomraidh")
    public static let accountClaimNotFound = Phrase(
        en: "We could not find a request with that reference and email address that is not already in an account",
        gd: "Cha do lorg sinn iarrtas leis an àireamh-iomraidh is an seòladh puist-d sin nach eil ann an cunntas mu thràth"
    )
    public static let accountEnterAnswer = Phrase(en: "Enter your answer", gd: "Cuir a-steach am freagairt agad")

    /// Gaelic counts take the plural "mionaidean" after 3 to 10 and 13 to 19, and "mionaid" otherwise.
    static func gaelicMinutes(_ count: Int) -> String {
        let tens = count % 100
        return (3...10).contains(tens) || (13...19).contains(tens) ? "mionaidean" : "mionaid"
    }
}

/// The signed-in citizen's pages: their requests, adding an earlier one, settings.
extension Phrase {
    public static let accountConfirmedNotice = Phrase(
        en: "Your email address is confirmed and you are signed in.",
        gd: "Tha an seòladh puist-d agad air a dhearbhadh agus tha thu air clàradh a-steach."
    )
    public static let accountContinueWhereYouLeftOff = Phrase(en: "Continue where you left off", gd: "Lean air adhart far an do stad thu")
    public static func accountSavedForm(_ service: String, at time: String) -> Phrase {
        Phrase(en: "\(service) – saved \(time)", gd: "\(service) – air a shàbhaladh \(time)")
    }
    public static let accountYourRequests = Phrase(en: "Your requests", gd: "Na h-iarrtasan agad")
    public static let accountNoRequests = Phrase(
        en: "You have not made any requests while signed in yet.",
        gd: "Cha do rinn thu iarrtas fhad ’s a bha thu air clàradh a-steach fhathast."
    )
    public static let accountNewestFirst = Phrase(en: "Newest first", gd: "As ùire an toiseach")
    public static let accountReference = Phrase(en: "Reference", gd: "Àireamh-iomraidh")
    public static let accountService = Phrase(en: "Service", gd: "Seirbheis")
    public static let accountSent = Phrase(en: "Sent", gd: "Air a chur")
    public static let accountStatus = Phrase(en: "Status", gd: "Inbhe")
    public static let accountAddEarlierRequest = Phrase(en: "Add a request you made without signing in", gd: "Cuir ris iarrtas a rinn thu gun chlàradh a-steach")
    public static let accountYourDetails = Phrase(en: "Your details", gd: "Am fiosrachadh agad")
    public static let accountChangeEmailLink = Phrase(en: "Change your email address", gd: "Atharraich an seòladh puist-d agad")
    public static let accountChangePasswordLink = Phrase(en: "Change your password", gd: "Atharraich am facal-faire agad")
    public static let accountDeleteLink = Phrase(en: "Delete your account", gd: "Sguab às an cunntas agad")

    public static let accountReplyReceived = Phrase(en: "Thank you: we have your answer.", gd: "Tapadh leibh: fhuair sinn am freagairt agad.")
    public static let accountProgress = Phrase(en: "Progress", gd: "Adhartas")
    public static let accountDate = Phrase(en: "Date", gd: "Ceann-latha")
    public static let accountWhatHappened = Phrase(en: "What happened", gd: "Na thachair")
    public static let accountYourAnswers = Phrase(en: "Your answers", gd: "Na freagairtean agad")
    public static let accountEventReceived = Phrase(en: "We received your request", gd: "Fhuair sinn an t-iarrtas agad")
    public static let accountEventMessage = Phrase(en: "Message from the council:", gd: "Teachdaireachd bhon chomhairle:")
    public static let accountEventAsked = Phrase(en: "We asked:", gd: "Dh’fhaighnich sinn:")
    public static let accountEventReplied = Phrase(en: "You replied:", gd: "Fhreagair thu:")

    public static let accountClaimTitle = Phrase(en: "Add a request to your account", gd: "Cuir iarrtas ris a’ chunntas agad")
    public static let accountClaimIntro = Phrase(
        en: "If you sent a form without signing in, you can add it here. You need its reference and the email address you gave on the form.",
        gd: "Ma chuir thu foirm gun chlàradh a-steach, faodaidh tu a chur ris an seo. Bidh feum agad air an àireamh-iomraidh aige agus air an t-seòladh puist-d a thug thu seachad air an fhoirm."
    )
    public static let accountClaimReferenceHint = Phrase(en: "For example, HRD-7K3D-9Q2P", gd: "Mar eisimpleir, HRD-7K3D-9Q2P")
    public static let accountClaimEmail = Phrase(en: "Email address you gave on the form", gd: "An seòladh puist-d a thug thu seachad air an fhoirm")
    public static let accountClaimButton = Phrase(en: "Add request", gd: "Cuir ris an t-iarrtas")

    public static let accountCurrentPassword = Phrase(en: "Your current password", gd: "Am facal-faire agad an-dràsta")
    public static func accountChangeEmailIntro(_ email: String) -> Phrase {
        Phrase(en: "Your email address is now \(email). We will send a link to the new address; it changes when you open the link.",
               gd: "’S e \(email) an seòladh puist-d agad an-dràsta. Cuiridh sinn ceangal chun an t-seòlaidh ùir; atharraichidh e nuair a dh’fhosglas tu an ceangal.")
    }
    public static let accountNewEmail = Phrase(en: "New email address", gd: "Seòladh puist-d ùr")
    public static let accountEmailChanged = Phrase(en: "Your email address has changed", gd: "Dh’atharraich an seòladh puist-d agad")
    public static let accountEmailTaken = Phrase(
        en: "That email address now belongs to another account",
        gd: "Tha an seòladh puist-d sin a-nis aig cunntas eile"
    )
    public static let accountGoToAccount = Phrase(en: "Go to your account", gd: "Rach dhan chunntas agad")
    public static let accountSetPassword = Phrase(en: "Set a password", gd: "Suidhich facal-faire")
    public static let accountPasswordChanged = Phrase(en: "Your password has been changed", gd: "Chaidh am facal-faire agad atharrachadh")
    public static let accountSignedOutElsewhere = Phrase(
        en: "You have been signed out on your other devices.",
        gd: "Chaidh do chlàradh a-mach air na h-uidheaman eile agad."
    )
    public static let accountDeleteIntro = Phrase(
        en: "Your sign-in details and saved forms will be deleted. The requests you sent stay with the council, which keeps them as its records schedule says; you can still ask about them by reference.",
        gd: "Thèid am fiosrachadh clàraidh a-steach agad agus na foirmean a shàbhail thu a sguabadh às. Fanaidh na h-iarrtasan a chuir thu aig a’ chomhairle, a chumas iad mar a tha an clàr-ama chlàran aice ag ràdh; faodaidh tu faighneachd mun deidhinn fhathast leis an àireamh-iomraidh."
    )
    public static let accountDeleteButton = Phrase(en: "Delete account", gd: "Sguab às an cunntas")
    public static let accountDeleted = Phrase(en: "Your account has been deleted", gd: "Chaidh an cunntas agad a sguabadh às")
}

/// The applicant's reply to a request for more information.
extension Phrase {
    public static let replyNeedMoreInformation = Phrase(en: "We need more information", gd: "Feumaidh sinn barrachd fiosrachaidh")
    public static let replyYourAnswer = Phrase(en: "Your answer", gd: "Am freagairt agad")
    public static let replySend = Phrase(en: "Send answer", gd: "Cuir am freagairt")
    public static let replyTitle = Phrase(en: "Send the information we asked for", gd: "Cuir am fiosrachadh a dh’iarr sinn")
    public static let replySentTitle = Phrase(en: "Thank you: we have your answer", gd: "Tapadh leibh: fhuair sinn am freagairt agad")
    public static let replyReferenceIs = Phrase(en: "Your reference is", gd: "Seo an àireamh-iomraidh agad")
}

/// Signing in through an identity provider (ScotAccount, GOV.UK One Login, the council's own for staff).
extension Phrase {
    public static let providerNotSignedIn = Phrase(en: "You have not been signed in", gd: "Cha deach do chlàradh a-steach")
    public static let providerTryAgain = Phrase(en: "Try signing in again", gd: "Feuch ri clàradh a-steach a-rithist")
    public static func providerCancelled(_ name: String) -> Phrase {
        Phrase(en: "You did not finish signing in with \(name). You can try again, or continue without signing in.",
               gd: "Cha do chuir thu crìoch air clàradh a-steach le \(name). Faodaidh tu feuchainn a-rithist, no leantainn air adhart gun chlàradh a-steach.")
    }
    public static func providerUnavailable(_ name: String) -> Phrase {
        Phrase(en: "\(name) is not available at the moment. Please try again later.",
               gd: "Chan eil \(name) ri fhaighinn an-dràsta. Feuch a-rithist an ceann greis.")
    }
    public static func providerNotMatched(_ name: String) -> Phrase {
        Phrase(en: "Your sign-in with \(name) could not be matched to this browser, or took too long. Please start again.",
               gd: "Cha b’ urrainn dhuinn an clàradh a-steach agad le \(name) a cho-fhreagairt ris a’ bhrabhsair seo, no thug e ro fhada. Tòisich a-rithist.")
    }
    public static func providerMisconfigured(_ name: String) -> Phrase {
        Phrase(en: "Signing in with \(name) is not working at the moment. Please try again later or contact the council.",
               gd: "Chan eil clàradh a-steach le \(name) ag obair an-dràsta. Feuch a-rithist an ceann greis no cuir fios chun na comhairle.")
    }
    public static func providerNotConfirmed(_ name: String) -> Phrase {
        Phrase(en: "We could not confirm your sign-in with \(name). Please try again.",
               gd: "Cha b’ urrainn dhuinn an clàradh a-steach agad le \(name) a dhearbhadh. Feuch a-rithist.")
    }
    public static func providerNoVerifiedEmail(_ name: String) -> Phrase {
        Phrase(en: "\(name) did not share a confirmed email address, which an account needs. Create an account with your email address instead.",
               gd: "Cha do roinn \(name) seòladh puist-d dearbhte, rud a tha a dhìth air cunntas. Cruthaich cunntas leis an t-seòladh puist-d agad na àite.")
    }
    public static func providerStaffNotLinked(_ name: String) -> Phrase {
        Phrase(en: "This \(name) account is not linked to a staff account here. Sign in with your email address and password, then link it from your staff home page.",
               gd: "Chan eil an cunntas \(name) seo ceangailte ri cunntas luchd-obrach an seo. Clàraich a-steach leis an t-seòladh puist-d is am facal-faire agad, agus an uairsin ceangail e bho dhachaigh an luchd-obrach.")
    }
}
