/// The designer's new-page and new-section forms, and the messages of the page, question and condition editors.
/// The Gaelic needs a speaker's check.
extension Phrase {
    public static let designerNewPageKind = Phrase(en: "What the page holds", gd: "Na bhios san duilleag")
    public static let designerNewPageQuestion = Phrase(en: "A question", gd: "Ceist")
    public static let designerNewPageExit = Phrase(en: "An exit page: text that ends the journey, for someone who cannot use the service",
                                                   gd: "Duilleag fàgail: teacsa a chrìochnaicheas an turas, do chuideigin nach urrainn an t-seirbheis a chleachdadh")
    public static let designerNewPageInformation = Phrase(
        en: "An information page: guidance or a warning the citizen reads before going on, with no question",
        gd: "Duilleag fiosrachaidh: stiùireadh no rabhadh a leughas an saoranach mus lean e air adhart, gun cheist")
    public static let designerNewPageBody = Phrase(en: "Text of the page", gd: "Teacsa na duilleige")
    public static let designerNewPageBodyHint = Phrase(
        en: "Needed for an information page; on a question or exit page it is shown under the heading. A blank line starts a new paragraph; lines starting with “- ” become a list.",
        gd: "Riatanach airson duilleag fiosrachaidh; air duilleag ceiste no fàgail, nochdaidh e fon cheann. Tòisichidh loidhne bhàn paragraf ùr; bidh loidhnichean a thòisicheas le “- ” nan liosta.")
    public static let designerEnterPageBody = Phrase(en: "Enter the text of the information page in English",
                                                     gd: "Cuir a-steach teacsa na duilleige fiosrachaidh sa Bheurla")
    public static let designerFirstQuestionType = Phrase(en: "Type of its first question", gd: "Seòrsa na ciad cheiste aice")
    public static let designerFirstQuestion = Phrase(en: "Its first question", gd: "A’ chiad cheist aice")
    public static let designerFirstQuestionHint = Phrase(en: "A section starts with a page asking this question", gd: "Tòisichidh earrann le duilleag a dh’fhaighneachdas a’ cheist seo")
    public static let designerNewPageLabelHint = Phrase(en: "For a question page: the question, as the citizen reads it", gd: "Airson duilleag ceiste: a’ cheist, mar a leughas an saoranach i")
    public static let designerNewPageTitleHint = Phrase(
        en: "Needed for an information or exit page; a question page with one question may leave it empty and shows the question as its heading",
        gd: "Riatanach airson duilleag fiosrachaidh no fàgail; faodaidh duilleag le aon cheist a fàgail falamh agus seallaidh i a’ cheist mar cheann")
    public static let designerAddThePage = Phrase(en: "Add the page", gd: "Cuir ris an duilleag")
    public static let designerAddSection = Phrase(en: "Add a section", gd: "Cuir earrann ris")
    public static let designerSectionTitle = Phrase(en: "Section title", gd: "Tiotal na h-earrainn")
    public static let designerNewSectionHint = Phrase(en: "The new section comes after the others", gd: "Thig an earrann ùr às dèidh chàich")

    public static let designerEnterQuestionLabel = Phrase(en: "Enter the question in English", gd: "Cuir a-steach a’ cheist sa Bheurla")
    public static let designerEnterPageTitle = Phrase(en: "Enter a title in English: a page without questions needs one", gd: "Cuir a-steach tiotal sa Bheurla: feumaidh duilleag gun cheistean fear")
    public static let designerEnterSectionTitle = Phrase(en: "Enter the section title in English", gd: "Cuir a-steach tiotal na h-earrainn sa Bheurla")
    public static func designerWholeNumber(_ setting: String) -> Phrase {
        Phrase(en: "Enter a whole number for \(setting)", gd: "Cuir a-steach àireamh shlàn airson \(setting)")
    }
    public static func designerNumber(_ setting: String) -> Phrase {
        Phrase(en: "Enter a number for \(setting), like 10 or 2.5", gd: "Cuir a-steach àireamh airson \(setting), mar 10 no 2.5")
    }
    public static func designerFileTypes(_ allowed: String) -> Phrase {
        Phrase(en: "Enter file types from: \(allowed), separated by commas", gd: "Cuir a-steach seòrsaichean faidhle à: \(allowed), le cromagan eatarra")
    }
    public static func designerOptionNeedsLabel(_ row: Int) -> Phrase {
        Phrase(en: "Enter a label in English for option \(row)", gd: "Cuir a-steach leubail sa Bheurla airson roghainn \(row)")
    }
    public static let designerTypeChanged = Phrase(
        en: "Type changed and saved. Check the settings this type takes, then save the question.",
        gd: "Chaidh an seòrsa atharrachadh agus a shàbhaladh. Thoir sùil air na roghainnean aige, an uairsin sàbhail a’ cheist.")
    public static let designerQuestionSaved = Phrase(en: "Question saved", gd: "Chaidh a’ cheist a shàbhaladh")
    public static let designerPageSaved = Phrase(en: "Page saved", gd: "Chaidh an duilleag a shàbhaladh")
    public static let designerConditionSaved = Phrase(en: "Condition saved", gd: "Chaidh an cumha a shàbhaladh")
    public static let designerChooseQuestion = Phrase(en: "Choose the question the condition reads", gd: "Tagh a’ cheist a leughas an cumha")
    public static let designerChooseComparison = Phrase(en: "Choose how the answer is compared", gd: "Tagh mar a thèid am freagairt a choimeas")
    public static let designerEnterValue = Phrase(en: "Enter the value the answer is compared with", gd: "Cuir a-steach an luach ris an tèid am freagairt a choimeas")
    public static let designerEnterNumberValue = Phrase(en: "Enter a number to compare the answer with, like 16", gd: "Cuir a-steach àireamh airson coimeas ris, mar 16")
    public static let designerChooseOptions = Phrase(en: "Choose at least one option", gd: "Tagh co-dhiù aon roghainn")
    public static let designerChooseOneOption = Phrase(en: "Choose one option for ‘is’ or ‘is not’, or choose ‘is one of’", gd: "Tagh aon roghainn airson ‘is’ no ‘chan e’, no tagh ‘is e aon de’")
    public static let designerChooseDestination = Phrase(en: "Choose where the branch goes", gd: "Tagh càite an tèid am meur")
    public static func designerDisplayChoice(_ setting: String) -> Phrase {
        Phrase(en: "Enter radios or select for \(setting)", gd: "Cuir a-steach radios no select airson \(setting)")
    }
    public static func designerOptionValueFixed(_ row: Int) -> Phrase {
        Phrase(en: "The value of option \(row) cannot change, as answers and conditions use it: empty it to remove the option and add a new one",
               gd: "Chan urrainn do luach roghainn \(row) atharrachadh, oir tha freagairtean is cumhaichean ga chleachdadh: falamhaich e airson an roghainn a thoirt air falbh agus cuir tè ùr ris")
    }
    /// The options a new choice question starts with, to be written over.
    public static func designerStarterOption(_ number: Int) -> Phrase { Phrase(en: "Option \(number)", gd: "Roghainn \(number)") }
}
