import Domain

/// The citizen journey's own words: check answers, repeating groups, saving for later.
extension Phrase {
    public static let journeyNotAnswered = Phrase(en: "Not answered", gd: "Gun fhreagairt")
    public static let journeyNoneAdded = Phrase(en: "None", gd: "Chan eil gin")
    public static let journeyRemoveRequired = Phrase(en: "Select yes if you want to remove this", gd: "Tagh ‘Tha’ gus seo a thoirt air falbh")

    /// The error when a repeating group needs more items than it has.
    public static func journeyAddAtLeast(_ minimum: Int, item: LocalisedText) -> Phrase {
        Phrase(en: "Add at least \(minimum) \(item.text(.en))", gd: "Cuir ris co-dhiù \(minimum) \(item.text(.gd))")
    }

    public static let journeyAnswersSaved = Phrase(en: "Your answers have been saved", gd: "Chaidh na freagairtean agad a shàbhaladh")
    public static let journeySavedToAccount = Phrase(
        en: "You can come back to this form from your account, on any device, until you send it.",
        gd: "’S urrainn dhut tilleadh chun an fhoirm seo on chunntas agad, air uidheam sam bith, gus an cuir thu e."
    )
    public static let journeyGoToAccount = Phrase(en: "Go to your account", gd: "Rach dhan chunntas agad")
    public static let journeyContinueForm = Phrase(en: "Continue with the form", gd: "Lean air adhart leis an fhoirm")
    public static let journeySaveTitle = Phrase(en: "Save your answers and come back later", gd: "Sàbhail na freagairtean agad is till às dèidh làimh")
    public static let journeySaveIntro = Phrase(
        en: "We will email you a link to come back to this form. The link works once, for 7 days.",
        gd: "Cuiridh sinn ceangal thugad air post-d airson tilleadh chun an fhoirm seo. Obraichidh an ceangal aon turas, fad 7 làithean."
    )
    public static let journeyEmailAddress = Phrase(en: "Email address", gd: "Seòladh puist-d")
    public static let journeySendLink = Phrase(en: "Send me the link", gd: "Cuir thugam an ceangal")
    public static let journeyOrSignIn = Phrase(en: "Or sign in, to keep it in your account", gd: "No clàraich a-steach, airson a chumail sa chunntas agad")
}
