/// The service designer's editing pages: a draft's overview, the page, question and condition editors, the YAML.
/// Counts in Gaelic are written "Ceistean: 3" to stay clear of its number forms.
extension Phrase {
    // The draft's overview
    public static let designerDraftCaption = Phrase(en: "Working draft", gd: "Dreachd obrach")
    public static let designerEditDetails = Phrase(en: "Service details and texts", gd: "Mion-fhiosrachadh is teacsaichean na seirbheis")
    public static let designerPreview = Phrase(en: "Preview as a citizen", gd: "Ro-shealladh mar shaoranach")
    public static let designerRouteMap = Phrase(en: "Route map", gd: "Mapa nan slighean")
    public static let designerEditYAML = Phrase(en: "Edit as YAML", gd: "Deasaich mar YAML")
    public static let designerVersionsAndPublishing = Phrase(en: "Versions and publishing", gd: "Tionndaidhean is foillseachadh")
    public static let designerDraftUnreadable = Phrase(
        en: "The draft's YAML cannot be read, so its pages cannot be listed. Fix the problems above in the YAML.",
        gd: "Cha ghabh YAML na dreachd a leughadh, mar sin chan urrainnear na duilleagan aice a liostadh. Càraich na duilgheadasan gu h-àrd san YAML.")
    public static func designerAddPage(_ section: String) -> Phrase {
        Phrase(en: "Add a page to \(section)", gd: "Cuir duilleag ri \(section)")
    }
    public static let designerNoProblems = Phrase(en: "No problems: this draft can be published.", gd: "Gun duilgheadas: faodar an dreachd seo fhoillseachadh.")
    public static func designerProblemCount(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 problem to fix before publishing" : "\(count) problems to fix before publishing",
               gd: "Duilgheadasan ri chàradh mus tèid fhoillseachadh: \(count)")
    }
    public static func designerLineColumn(_ line: Int, _ column: Int) -> Phrase {
        Phrase(en: "Line \(line), column \(column):", gd: "Loidhne \(line), colbh \(column):")
    }
    public static let designerFixIt = Phrase(en: "Fix it", gd: "Càraich e")
    public static func designerPagesIn(_ section: String) -> Phrase { Phrase(en: "Pages in \(section)", gd: "Duilleagan ann an \(section)") }
    public static let designerPageHeading = Phrase(en: "Page", gd: "Duilleag")
    public static let designerPageKind = Phrase(en: "What it holds", gd: "Na tha innte")
    public static let designerShownWhen = Phrase(en: "Shown", gd: "Ga sealltainn")
    public static let designerBranches = Phrase(en: "Goes next", gd: "A’ dol an ath-cheum")
    public static let designerAlwaysShown = Phrase(en: "Always", gd: "An-còmhnaidh")
    public static let designerNextInOrder = Phrase(en: "The next page", gd: "An ath dhuilleag")
    public static func designerBranchCount(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 branch, then the next page" : "\(count) branches, then the next page",
               gd: "Meuran: \(count), an uair sin an ath dhuilleag")
    }
    public static func designerQuestionCount(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 question" : "\(count) questions", gd: "Ceistean: \(count)")
    }
    public static let designerInformationPage = Phrase(en: "Information only", gd: "Fiosrachadh a-mhàin")
    public static let designerExitPage = Phrase(en: "Exit page: ends the journey", gd: "Duilleag fàgail: a’ crìochnachadh an turais")
    public static func designerRepeatingPage(_ count: Int) -> Phrase {
        Phrase(en: "Repeats per item, \(count == 1 ? "1 question" : "\(count) questions")", gd: "Ga ath-aithris airson gach nì, ceistean: \(count)")
    }

    // The page editor
    public static let designerWhenShown = Phrase(en: "When the page is shown", gd: "Cuin a thèid an duilleag a shealltainn")
    public static let designerChangeWhenShown = Phrase(en: "Change when the page is shown", gd: "Atharraich cuin a thèid an duilleag a shealltainn")
    public static let designerPageTitle = Phrase(en: "Page title", gd: "Tiotal na duilleige")
    public static let designerPageTitleHint = Phrase(
        en: "Leave it empty on a page with one question: the question is the heading.",
        gd: "Fàg falamh e air duilleag le aon cheist: is e a’ cheist an ceann-sgrìobhaidh.")
    public static let designerPageBody = Phrase(en: "Text above the questions", gd: "Teacsa os cionn nan ceistean")
    public static let designerBodyHint = Phrase(
        en: "A blank line starts a new paragraph; lines starting with “- ” become a list.",
        gd: "Tòisichidh loidhne bhàn paragraf ùr; bidh loidhnichean a thòisicheas le “- ” nan liosta.")
    public static let designerIsExit = Phrase(en: "Does this page end the journey?", gd: "A bheil an duilleag seo a’ crìochnachadh an turais?")
    public static let designerExitNo = Phrase(en: "No, the journey continues", gd: "Chan eil, leanaidh an turas air adhart")
    public static let designerExitYes = Phrase(en: "Yes, it is an exit page (“you cannot apply”)", gd: "Tha, is e duilleag fàgail a th’ ann (“chan urrainn dhut cur a-steach”)")
    public static let designerSavePage = Phrase(en: "Save page", gd: "Sàbhail an duilleag")
    public static func designerInEnglish(_ label: String) -> Phrase { Phrase(en: "\(label) (English)", gd: "\(label) (Beurla)") }
    public static func designerInGaelic(_ label: String) -> Phrase { Phrase(en: "\(label) (Gaelic)", gd: "\(label) (Gàidhlig)") }
    public static let designerGaelicFallbackHint = Phrase(en: "Left empty, the English is shown.", gd: "Ma dh’fhàgar falamh e, thèid a’ Bheurla a shealltainn.")
    public static let designerQuestions = Phrase(en: "Questions on this page", gd: "Ceistean air an duilleag seo")
    public static let designerNoQuestions = Phrase(
        en: "No questions: the page only gives information and the citizen continues.",
        gd: "Gun cheistean: chan eil an duilleag ach a’ toirt fiosrachadh agus leanaidh an saoranach air adhart.")
    public static let designerMoveUp = Phrase(en: "Move up", gd: "Gluais suas")
    public static let designerMoveDown = Phrase(en: "Move down", gd: "Gluais sìos")
    public static let designerRemove = Phrase(en: "Remove", gd: "Thoir air falbh")
    public static let designerNewQuestionType = Phrase(en: "Type of the new question", gd: "Seòrsa na ceiste ùire")
    public static let designerNewQuestionLabel = Phrase(en: "The new question, in English", gd: "A’ cheist ùr, sa Bheurla")
    public static let designerAddQuestion = Phrase(en: "Add question", gd: "Cuir ceist ris")
    public static let designerWhereNext = Phrase(en: "Where the journey goes next", gd: "Càit an tèid an turas an ath-cheum")
    public static func designerRuleWhen(_ condition: String, _ destination: String) -> Phrase {
        Phrase(en: "When \(condition): go to \(destination)", gd: "Nuair a tha \(condition): rach gu \(destination)")
    }
    public static func designerRuleAlways(_ destination: String) -> Phrase { Phrase(en: "Always go to \(destination)", gd: "Rach an-còmhnaidh gu \(destination)") }
    public static let designerOtherwiseNext = Phrase(
        en: "Otherwise: the next page that is shown, then check answers",
        gd: "Air neo: an ath dhuilleag a thèid a shealltainn, an uair sin sgrùdadh nam freagairtean")
    public static let designerAddBranch = Phrase(en: "Add a branch", gd: "Cuir meur ris")

    // The condition builder
    public static let designerNoEarlierQuestions = Phrase(
        en: "There are no questions before this point for a condition to read.",
        gd: "Chan eil ceist sam bith ron phuing seo as urrainn do chumha a leughadh.")
    public static let designerConditionQuestion = Phrase(en: "Which answer decides?", gd: "Dè am freagairt a bhios a’ co-dhùnadh?")
    public static let designerContinue = Phrase(en: "Continue", gd: "Lean air adhart")
    public static let designerAlwaysShowPage = Phrase(en: "Always show the page", gd: "Seall an duilleag an-còmhnaidh")
    public static func designerConditionReads(_ label: String) -> Phrase {
        Phrase(en: "The answer to “\(label)”", gd: "Am freagairt do “\(label)”")
    }
    public static let designerComparisonLegend = Phrase(en: "How is it compared?", gd: "Ciamar a thèid a choimeas?")
    public static let designerComparedWith = Phrase(en: "Compared with", gd: "Air a choimeas ri")
    public static let designerComparedWithHint = Phrase(en: "A number for more or less than; the exact answer otherwise", gd: "Àireamh airson barrachd no nas lugha; am freagairt dìreach air neo")
    public static let designerComparedWithOptions = Phrase(en: "Which options?", gd: "Dè na roghainnean?")
    public static let designerComparedWithOptionsHint = Phrase(en: "Tick one, or several for “is one of”", gd: "Cuir strìochag ri aon, no grunn airson “is e aon de”")
    public static let designerGoesTo = Phrase(en: "Then go to", gd: "An uair sin rach gu")
    public static let designerSaveCondition = Phrase(en: "Save condition", gd: "Sàbhail an cumha")
    public static let designerComparisonEquals = Phrase(en: "is", gd: "is e")
    public static let designerComparisonNotEquals = Phrase(en: "is not", gd: "chan e")
    public static let designerComparisonOneOf = Phrase(en: "is one of", gd: "is e aon de")
    public static let designerComparisonGreater = Phrase(en: "is more than", gd: "tha barrachd air")
    public static let designerComparisonLess = Phrase(en: "is less than", gd: "tha nas lugha na")
    public static let designerComparisonAnswered = Phrase(en: "is answered", gd: "air a fhreagairt")
    public static let designerComparisonNotAnswered = Phrase(en: "is not answered", gd: "gun a fhreagairt")

    // The question editor
    public static let designerQuestionType = Phrase(en: "Type of answer", gd: "Seòrsa freagairt")
    public static let designerQuestionTypeHint = Phrase(
        en: "Changing the type and saving shows the checks the new type takes.",
        gd: "Ma dh’atharraicheas tu an seòrsa agus ma shàbhaileas tu, chì thu na sgrùdaidhean a bhuineas dhan t-seòrsa ùr.")
    public static let designerQuestionLabel = Phrase(en: "Question", gd: "Ceist")
    public static let designerQuestionHint = Phrase(en: "Hint", gd: "Sanas")
    public static let designerMustAnswer = Phrase(en: "Must it be answered?", gd: "Am feumar a fhreagairt?")
    public static let designerYes = Phrase(en: "Yes", gd: "Feumar")
    public static let designerNoOptional = Phrase(en: "No, it is optional", gd: "Chan fheumar, tha e roghainneil")
    public static let designerSaveQuestion = Phrase(en: "Save question", gd: "Sàbhail a’ cheist")
    public static let designerChecks = Phrase(en: "Checks on the answer", gd: "Sgrùdaidhean air an fhreagairt")
    public static let designerOptions = Phrase(en: "Options", gd: "Roghainnean")
    public static let designerOptionsHint = Phrase(
        en: "Fill in a blank row to add an option; empty a row's value to remove it.",
        gd: "Lìon sreath bhàn gus roghainn a chur ris; falamhaich luach sreatha gus a toirt air falbh.")
    public static func designerOptionNumber(_ number: Int) -> Phrase { Phrase(en: "Option \(number)", gd: "Roghainn \(number)") }
    public static let designerOptionValue = Phrase(en: "Value (stored and used in conditions)", gd: "Luach (ga stòradh is ga chleachdadh ann an cumhaichean)")
    public static let designerOptionValueHint = Phrase(en: "Lower-case letters, digits and hyphens", gd: "Litrichean beaga, figearan is tàthanan")
    public static let designerOptionLabel = Phrase(en: "Option text", gd: "Teacsa na roghainn")
    public static let designerErrorMessages = Phrase(en: "Error messages", gd: "Teachdaireachdan mearachd")
    public static let designerErrorMessagesHint = Phrase(
        en: "Left empty, a message is made from the question. Write one where the question alone would read badly.",
        gd: "Ma dh’fhàgar falamh e, thèid teachdaireachd a dhèanamh às a’ cheist. Sgrìobh tè far nach leughadh a’ cheist leatha fhèin gu math.")

    // The YAML editor
    public static let designerYAMLLabel = Phrase(en: "The draft's definition in YAML", gd: "Mìneachadh na dreachd ann an YAML")
    public static let designerYAMLHint = Phrase(
        en: "The same format as files in services/ (see docs/service-definitions.md). Saving keeps the text even with problems.",
        gd: "An aon chruth ri faidhlichean ann an services/ (faic docs/service-definitions.md). Cumaidh sàbhaladh an teacsa fiù ’s le duilgheadasan.")
    public static let designerSaveDraft = Phrase(en: "Save draft", gd: "Sàbhail an dreachd")
    public static let designerDownloadYAML = Phrase(en: "Download the YAML file", gd: "Luchdaich a-nuas am faidhle YAML")
}

/// The designer's preview of a draft as a citizen sees it.
extension Phrase {
    public static func designerPreviewBanner(_ service: String) -> Phrase {
        Phrase(en: "Preview of “\(service)”: answers are checked as a citizen’s would be, but not kept, and nothing is sent.",
               gd: "Ro-shealladh air “\(service)”: thèid na freagairtean a sgrùdadh mar gum b’ ann le saoranach, ach cha tèid an cumail, agus cha tèid dad a chur.")
    }
    public static let designerBackToDesigner = Phrase(en: "Back to the designer", gd: "Air ais dhan dealbhaiche")
    public static let designerPreviewEndTitle = Phrase(en: "End of the preview", gd: "Deireadh an ro-sheallaidh")
    public static let designerPreviewEndBody = Phrase(
        en: "Here the citizen would check their answers and send them. Check-answers and confirmation texts follow.",
        gd: "An seo bheireadh an saoranach sùil air na freagairtean aca is chuireadh iad iad. Tha teacsaichean sgrùdadh nam freagairtean is an dearbhaidh a’ leantainn.")
    public static let designerPreviewCheckTitle = Phrase(en: "Check answers page title", gd: "Tiotal duilleag sgrùdadh nam freagairtean")
    public static let designerPreviewDeclaration = Phrase(en: "Declaration", gd: "Dearbhadh")
    public static let designerPreviewConfirmationTitle = Phrase(en: "Confirmation page title", gd: "Tiotal duilleag an dearbhaidh")
    public static let designerPreviewWhatHappensNext = Phrase(en: "What happens next", gd: "Dè thachras an ath-cheum")
    public static let designerPreviewStartAgain = Phrase(en: "Start the preview again", gd: "Tòisich an ro-shealladh a-rithist")
}
