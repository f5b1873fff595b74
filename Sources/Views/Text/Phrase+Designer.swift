import Domain

/// The designer's route map and the differences between versions. The Gaelic needs a speaker's check.
extension Phrase {
    // MARK: Conditions

    public static func conditionIs(_ question: String, _ value: String) -> Phrase {
        Phrase(en: "‘\(question)’ is \(value)", gd: "\(value) mar fhreagairt do ‘\(question)’")
    }
    public static func conditionMoreThan(_ question: String, _ value: String) -> Phrase {
        Phrase(en: "‘\(question)’ is more than \(value)", gd: "an fhreagairt do ‘\(question)’ nas motha na \(value)")
    }
    public static func conditionLessThan(_ question: String, _ value: String) -> Phrase {
        Phrase(en: "‘\(question)’ is less than \(value)", gd: "an fhreagairt do ‘\(question)’ nas lugha na \(value)")
    }
    public static func conditionAnswered(_ question: String) -> Phrase {
        Phrase(en: "‘\(question)’ is answered", gd: "‘\(question)’ air a freagairt")
    }
    public static func conditionNotAnswered(_ question: String) -> Phrase {
        Phrase(en: "‘\(question)’ is not answered", gd: "‘\(question)’ gun a freagairt")
    }
    public static func conditionNot(_ inner: String) -> Phrase { Phrase(en: "not (\(inner))", gd: "(\(inner)) ceàrr") }
    public static let conditionAnd = Phrase(en: " and ", gd: " agus ")
    public static let conditionOr = Phrase(en: " or ", gd: " no ")
    public static let conditionLastOr = Phrase(en: " or ", gd: " no ")
    public static let conditionYes = Phrase(en: "Yes", gd: "Tha")
    public static let conditionNo = Phrase(en: "No", gd: "Chan eil")
    public static func when(_ condition: String) -> Phrase { Phrase(en: "when \(condition)", gd: "ma tha \(condition)") }

    // MARK: Route map

    public static let routeMapTitle = Phrase(en: "Route map", gd: "Mapa na slighe")
    public static func routeMapName(_ service: String, pages: Int, problems: Int) -> Phrase {
        Phrase(en: "Route map of ‘\(service)’: \(pages) \(pages == 1 ? "page" : "pages"), \(problems) \(problems == 1 ? "problem" : "problems")",
               gd: "Mapa na slighe aig ‘\(service)’: \(pages) duilleag(an), \(problems) duilgheadas(an)")
    }
    public static let routeMapIntro = Phrase(
        en: "Each box is a page, in journey order and grouped by section. Arrows on the right are branches, numbered as in each box; a dashed arrow is where the journey goes when a page is not shown. The same route is written out below the diagram.",
        gd: "Tha gach bogsa na dhuilleag, ann an òrdugh an turais is air an cruinneachadh a rèir earrainn. ’S e meuran a th’ anns na saighdean air an taobh deas, le àireamhan mar anns gach bogsa; seallaidh saighead briste càite an tèid an turas nuair nach eil duilleag ga sealltainn. Tha an aon slighe sgrìobhte fon diagram."
    )
    public static let routeMapScrollLabel = Phrase(en: "Route map diagram (scrolls sideways on small screens)", gd: "Diagram mapa na slighe (gluaisidh e chun an taoibh air sgrìonaichean beaga)")
    public static let routeMapInWords = Phrase(en: "The route in words", gd: "An t-slighe ann am faclan")
    public static let routeMapProblems = Phrase(en: "Problems to look at", gd: "Duilgheadasan ri sgrùdadh")
    public static let routeMapNoProblems = Phrase(en: "No problems found: every page can be reached and every route ends.",
                                                  gd: "Cha deach duilgheadas a lorg: gabhaidh gach duilleag ruigsinn agus thig crìoch air gach slighe.")
    public static let routeStart = Phrase(en: "Start", gd: "Toiseach")
    public static let routeCheckAnswers = Phrase(en: "Check answers", gd: "Thoir sùil air na freagairtean")
    public static func routeSection(_ section: String) -> Phrase { Phrase(en: "Section: \(section)", gd: "Earrann: \(section)") }
    public static func routeQuestions(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 question" : "\(count) questions", gd: "\(count) ceist(ean)")
    }
    public static let routeExitPage = Phrase(en: "Exit page: the journey ends here", gd: "Duilleag fàgail: thig an turas gu crìoch an seo")
    public static let routeExitBadge = Phrase(en: "EXIT", gd: "FÀGAIL")
    public static let routeInformationPage = Phrase(en: "Information page (no questions)", gd: "Duilleag fiosrachaidh (gun cheistean)")
    public static let routeRepeats = Phrase(en: "Repeats: answered once for each item", gd: "Ath-aithris: air a freagairt aon turas airson gach nì")
    public static func routeShownOnly(_ condition: String) -> Phrase {
        Phrase(en: "Shown only when \(condition)", gd: "Ga sealltainn a-mhàin ma tha \(condition)")
    }
    public static func routeGoesTo(_ target: String) -> Phrase { Phrase(en: "goes to \(target)", gd: "a’ dol gu \(target)") }
    public static func routeOtherwise(_ target: String) -> Phrase { Phrase(en: "otherwise goes to \(target)", gd: "air neo a’ dol gu \(target)") }
    public static func routeNotShown(_ target: String) -> Phrase {
        Phrase(en: "when not shown, the journey goes on to \(target)", gd: "nuair nach eil i ga sealltainn, thèid an turas air adhart gu \(target)")
    }
    public static func routeBranch(_ number: Int) -> Phrase { Phrase(en: "Branch \(number)", gd: "Meur \(number)") }
    public static let routeNeverTaken = Phrase(en: "(never taken)", gd: "(cha tèid a ghabhail idir)")
    public static let routeCheckAnswersTarget = Phrase(en: "check answers", gd: "sùil air na freagairtean")
    public static func routeMissingTarget(_ id: String) -> Phrase { Phrase(en: "the missing page ‘\(id)’", gd: "an duilleag ‘\(id)’ nach eil ann") }
    public static let routeWarningBadge = Phrase(en: "PROBLEM", gd: "DUILGHEADAS")

    // MARK: Route map problems

    public static let flagUnreachable = Phrase(en: "Unreachable: no route from the start leads to this page.",
                                               gd: "Do-ruigsinneach: chan eil slighe sam bith on toiseach a’ dol dhan duilleag seo.")
    public static let flagDeadEnd = Phrase(en: "Dead end: no route from this page reaches check answers or an exit page.",
                                           gd: "Ceann-marbh: chan eil slighe sam bith on duilleag seo a’ ruigsinn nam freagairtean no duilleag fàgail.")
    public static func flagShowWhenNever(_ reason: String) -> Phrase {
        Phrase(en: "This page is never shown: its condition can never hold, because \(reason).",
               gd: "Cha tèid an duilleag seo a shealltainn idir: chan urrainn don chumha aice a bhith fìor, oir \(reason).")
    }
    public static func flagRuleNever(_ number: Int, _ reason: String) -> Phrase {
        Phrase(en: "Branch \(number) is never taken: its condition can never hold, because \(reason).",
               gd: "Cha tèid meur \(number) a ghabhail idir: chan urrainn don chumha aige a bhith fìor, oir \(reason).")
    }
    public static func flagRuleAfterAlways(_ number: Int) -> Phrase {
        Phrase(en: "Branch \(number) is never reached: a branch before it always applies.",
               gd: "Cha ruigear meur \(number) idir: bidh meur roimhe an-còmhnaidh an sàs.")
    }
    public static func flagMissingPage(_ number: Int, _ id: String) -> Phrase {
        Phrase(en: "Branch \(number) goes to page ‘\(id)’, which is not in this service.",
               gd: "Tha meur \(number) a’ dol gu duilleag ‘\(id)’, nach eil san t-seirbheis seo.")
    }
    public static let flagRulesOnExit = Phrase(en: "The branches on this exit page are never followed: the journey ends here.",
                                               gd: "Cha tèid na meuran air an duilleag fàgail seo a leantainn idir: thig an turas gu crìoch an seo.")
    public static func reasonNotAnOption(_ values: String, _ question: String) -> Phrase {
        Phrase(en: "\(values) is not an answer ‘\(question)’ offers", gd: "chan e \(values) freagairt a tha ‘\(question)’ a’ tairgsinn")
    }
    public static func reasonNotANumber(_ question: String) -> Phrase {
        Phrase(en: "‘\(question)’ is not a number question", gd: "chan e ceist àireimh a th’ ann an ‘\(question)’")
    }
    public static func reasonAskedLater(_ question: String) -> Phrase {
        Phrase(en: "‘\(question)’ is not answered yet at this point of the journey", gd: "cha deach ‘\(question)’ a fhreagairt fhathast aig an ìre seo den turas")
    }
    public static func reasonRepeating(_ question: String) -> Phrase {
        Phrase(en: "‘\(question)’ is asked once per item on a repeating page", gd: "thèid ‘\(question)’ fhaighneachd aon turas airson gach nì air duilleag ath-aithris")
    }
    public static func reasonNotInService(_ id: String) -> Phrase {
        Phrase(en: "there is no question ‘\(id)’ in this service", gd: "chan eil ceist ‘\(id)’ san t-seirbheis seo")
    }
    public static func reasonContradiction(_ question: String) -> Phrase {
        Phrase(en: "‘\(question)’ cannot have two different answers at once", gd: "chan urrainn dà fhreagairt eadar-dhealaichte a bhith aig ‘\(question)’ aig an aon àm")
    }
}
