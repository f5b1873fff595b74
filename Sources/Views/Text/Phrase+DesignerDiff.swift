import Domain

/// The differences between two versions of a service, in words. The Gaelic needs a speaker's check.
extension Phrase {
    public static let diffTitle = Phrase(en: "Changes between versions", gd: "Atharrachaidhean eadar tionndaidhean")
    public static func diffIntro(_ from: Int, _ to: Int, count: Int) -> Phrase {
        Phrase(en: "What changed from version \(from) to version \(to): \(count) \(count == 1 ? "change" : "changes"), in the order of version \(to).",
               gd: "Na dh’atharraich o thionndadh \(from) gu tionndadh \(to): \(count) atharrachadh/atharrachaidhean, ann an òrdugh tionndadh \(to).")
    }
    public static let diffNone = Phrase(en: "The two versions are the same.", gd: "Tha an dà thionndadh co-ionann.")

    public static func diffServiceText(_ field: DefinitionChange.ServiceText) -> Phrase {
        switch field {
        case .title: Phrase(en: "The service’s name", gd: "Ainm na seirbheis")
        case .summary: Phrase(en: "The summary", gd: "An geàrr-chunntas")
        case .startBody: Phrase(en: "The start page text", gd: "Teacsa na duilleig tòiseachaidh")
        case .beforeYouStart: Phrase(en: "The ‘before you start’ text", gd: "An teacsa ‘mus tòisich thu’")
        case .checkAnswersTitle: Phrase(en: "The check answers heading", gd: "Ceann-sgrìobhaidh sgrùdadh nam freagairtean")
        case .declaration: Phrase(en: "The declaration", gd: "An dearbhadh")
        case .confirmationTitle: Phrase(en: "The confirmation heading", gd: "Ceann-sgrìobhaidh an dearbhaidh")
        case .whatHappensNext: Phrase(en: "The ‘what happens next’ text", gd: "An teacsa ‘dè thachras an ath rud’")
        }
    }
    public static func diffPageText(_ field: DefinitionChange.PageText, _ page: String) -> Phrase {
        switch field {
        case .title: Phrase(en: "Title of page ‘\(page)’", gd: "Tiotal na duilleig ‘\(page)’")
        case .body: Phrase(en: "Text of page ‘\(page)’", gd: "Teacsa na duilleig ‘\(page)’")
        }
    }
    public static func diffQuestionText(_ field: DefinitionChange.QuestionText, _ question: String) -> Phrase {
        switch field {
        case .label: Phrase(en: "Label of question ‘\(question)’", gd: "Leubail na ceiste ‘\(question)’")
        case .hint: Phrase(en: "Hint of question ‘\(question)’", gd: "Sanas na ceiste ‘\(question)’")
        case .suffix: Phrase(en: "Unit after the answer to ‘\(question)’", gd: "An t-aonad às dèidh na freagairt do ‘\(question)’")
        }
    }
    public static func diffOptionText(_ option: String, _ question: String) -> Phrase {
        Phrase(en: "Option ‘\(option)’ of ‘\(question)’", gd: "Roghainn ‘\(option)’ de ‘\(question)’")
    }
    public static func diffSectionTitle(_ section: String) -> Phrase { Phrase(en: "Title of section ‘\(section)’", gd: "Tiotal na h-earrainn ‘\(section)’") }

    // How a text changed, after the thing's name.
    public static func diffTextAdded(_ text: String) -> Phrase { Phrase(en: "added: ‘\(text)’", gd: "air a chur ris: ‘\(text)’") }
    public static let diffTextAddedLong = Phrase(en: "added", gd: "air a chur ris")
    public static let diffTextRemoved = Phrase(en: "removed", gd: "air a thoirt air falbh")
    public static func diffTextChanged(_ from: String, _ to: String) -> Phrase {
        Phrase(en: "changed from ‘\(from)’ to ‘\(to)’", gd: "air atharrachadh o ‘\(from)’ gu ‘\(to)’")
    }
    public static let diffTextChangedLong = Phrase(en: "changed", gd: "air atharrachadh")
    public static func diffGaelicChanged(_ from: String, _ to: String) -> Phrase {
        Phrase(en: "Gaelic text only changed, from ‘\(from)’ to ‘\(to)’", gd: "an teacsa Gàidhlig a-mhàin air atharrachadh, o ‘\(from)’ gu ‘\(to)’")
    }
    public static let diffGaelicChangedLong = Phrase(en: "Gaelic text only changed", gd: "an teacsa Gàidhlig a-mhàin air atharrachadh")
    public static func diffEnglishChanged(_ from: String, _ to: String) -> Phrase {
        Phrase(en: "English text only changed, from ‘\(from)’ to ‘\(to)’", gd: "an teacsa Beurla a-mhàin air atharrachadh, o ‘\(from)’ gu ‘\(to)’")
    }
    public static let diffEnglishChangedLong = Phrase(en: "English text only changed", gd: "an teacsa Beurla a-mhàin air atharrachadh")
    public static let diffGaelicNone = Phrase(en: "none", gd: "gun dad")

    public static func diffReferencePrefix(_ from: String, _ to: String) -> Phrase {
        Phrase(en: "Reference prefix changed from \(from) to \(to)", gd: "Ro-leasachan nan àireamhan-iomraidh air atharrachadh o \(from) gu \(to)")
    }
    public static func diffSectionAdded(_ section: String) -> Phrase { Phrase(en: "Section ‘\(section)’ added", gd: "Earrann ‘\(section)’ air a cur ris") }
    public static func diffSectionRemoved(_ section: String) -> Phrase { Phrase(en: "Section ‘\(section)’ removed", gd: "Earrann ‘\(section)’ air a toirt air falbh") }
    public static func diffSectionMoved(_ section: String) -> Phrase { Phrase(en: "Section ‘\(section)’ moved", gd: "Earrann ‘\(section)’ air a gluasad") }
    public static func diffPageAdded(_ page: String, _ section: String) -> Phrase {
        Phrase(en: "Page ‘\(page)’ added to section ‘\(section)’", gd: "Duilleag ‘\(page)’ air a cur ris an earrann ‘\(section)’")
    }
    public static func diffPageRemoved(_ page: String) -> Phrase { Phrase(en: "Page ‘\(page)’ removed", gd: "Duilleag ‘\(page)’ air a toirt air falbh") }
    public static func diffPageMoved(_ page: String, _ section: String) -> Phrase {
        Phrase(en: "Page ‘\(page)’ moved (now in section ‘\(section)’)", gd: "Duilleag ‘\(page)’ air a gluasad (a-nis san earrann ‘\(section)’)")
    }
    public static func diffShownWhen(_ page: String, _ condition: String) -> Phrase {
        Phrase(en: "Page ‘\(page)’ is now shown only when \(condition)", gd: "Tha duilleag ‘\(page)’ a-nis ga sealltainn a-mhàin ma tha \(condition)")
    }
    public static func diffAlwaysShown(_ page: String) -> Phrase { Phrase(en: "Page ‘\(page)’ is now always shown", gd: "Tha duilleag ‘\(page)’ a-nis ga sealltainn an-còmhnaidh") }
    public static func diffBranches(_ page: String, _ rules: String) -> Phrase {
        Phrase(en: "Branch on page ‘\(page)’ changed: now \(rules)", gd: "Meur air duilleag ‘\(page)’ air atharrachadh: a-nis \(rules)")
    }
    public static func diffNoBranches(_ page: String) -> Phrase {
        Phrase(en: "Branches on page ‘\(page)’ removed: the journey goes on to the next page", gd: "Meuran air duilleag ‘\(page)’ air an toirt air falbh: thèid an turas air adhart chun na h-ath dhuilleig")
    }
    public static let diffThen = Phrase(en: "; otherwise ", gd: "; air neo ")
    public static func diffNowExit(_ page: String) -> Phrase { Phrase(en: "Page ‘\(page)’ is now an exit page", gd: "Tha duilleag ‘\(page)’ a-nis na duilleag fàgail") }
    public static func diffNoLongerExit(_ page: String) -> Phrase { Phrase(en: "Page ‘\(page)’ is no longer an exit page", gd: "Chan eil duilleag ‘\(page)’ na duilleag fàgail tuilleadh") }
    public static func diffRepeats(_ page: String, min: Int, max: Int) -> Phrase {
        Phrase(en: "Page ‘\(page)’ now repeats (\(min) to \(max) items)", gd: "Tha duilleag ‘\(page)’ a-nis ag ath-aithris (\(min) gu \(max) nithean)")
    }
    public static func diffNoLongerRepeats(_ page: String) -> Phrase { Phrase(en: "Page ‘\(page)’ no longer repeats", gd: "Chan eil duilleag ‘\(page)’ ag ath-aithris tuilleadh") }
    public static func diffQuestionAdded(_ question: String, _ page: String) -> Phrase {
        Phrase(en: "Question ‘\(question)’ added to page ‘\(page)’", gd: "Ceist ‘\(question)’ air a cur ri duilleag ‘\(page)’")
    }
    public static func diffQuestionRemoved(_ question: String, _ page: String) -> Phrase {
        Phrase(en: "Question ‘\(question)’ removed from page ‘\(page)’", gd: "Ceist ‘\(question)’ air a toirt far duilleag ‘\(page)’")
    }
    public static func diffQuestionMoved(_ question: String, _ page: String) -> Phrase {
        Phrase(en: "Question ‘\(question)’ moved (now on page ‘\(page)’)", gd: "Ceist ‘\(question)’ air a gluasad (a-nis air duilleag ‘\(page)’)")
    }
    public static func diffQuestionType(_ question: String, _ from: String, _ to: String) -> Phrase {
        Phrase(en: "Question ‘\(question)’ changed type from \(from) to \(to)", gd: "Seòrsa na ceiste ‘\(question)’ air atharrachadh o \(from) gu \(to)")
    }
    public static func diffNowRequired(_ question: String) -> Phrase { Phrase(en: "Question ‘\(question)’ must now be answered", gd: "Feumar ceist ‘\(question)’ a fhreagairt a-nis") }
    public static func diffNowOptional(_ question: String) -> Phrase { Phrase(en: "Question ‘\(question)’ is now optional", gd: "Tha ceist ‘\(question)’ roghainneil a-nis") }
    public static func diffValidation(_ question: String) -> Phrase {
        Phrase(en: "Answers accepted by ‘\(question)’ changed (limits, format or display)", gd: "Na freagairtean a ghabhas ‘\(question)’ air atharrachadh (crìochan, cruth no taisbeanadh)")
    }
    public static func diffMessages(_ question: String) -> Phrase {
        Phrase(en: "Error messages of ‘\(question)’ changed", gd: "Teachdaireachdan mearachd ‘\(question)’ air atharrachadh")
    }
    public static func diffOptionAdded(_ option: String, _ question: String) -> Phrase {
        Phrase(en: "Option ‘\(option)’ added to ‘\(question)’", gd: "Roghainn ‘\(option)’ air a cur ri ‘\(question)’")
    }
    public static func diffOptionRemoved(_ option: String, _ question: String) -> Phrase {
        Phrase(en: "Option ‘\(option)’ removed from ‘\(question)’", gd: "Roghainn ‘\(option)’ air a toirt far ‘\(question)’")
    }
    public static func diffOptionsReordered(_ question: String) -> Phrase {
        Phrase(en: "Options of ‘\(question)’ put in a new order", gd: "Roghainnean ‘\(question)’ ann an òrdugh ùr")
    }
    public static func diffStateAdded(_ state: String) -> Phrase { Phrase(en: "Case status ‘\(state)’ added", gd: "Staid cùise ‘\(state)’ air a cur ris") }
    public static func diffStateRemoved(_ state: String) -> Phrase { Phrase(en: "Case status ‘\(state)’ removed", gd: "Staid cùise ‘\(state)’ air a toirt air falbh") }
    public static func diffStateChanged(_ state: String) -> Phrase { Phrase(en: "Case status ‘\(state)’ changed", gd: "Staid cùise ‘\(state)’ air atharrachadh") }
    public static let diffMoves = Phrase(en: "Moves between case statuses changed (who may make them, what the citizen is told)",
                                         gd: "Gluasadan eadar staidean cùise air atharrachadh (cò a dh’fhaodas an dèanamh, dè a chluinneas an saoranach)")
    public static let diffTarget = Phrase(en: "The case target changed", gd: "Targaid nan cùisean air atharrachadh")
    public static let diffSchedulingAdded = Phrase(en: "Visit scheduling added", gd: "Clàradh thadhalan air a chur ris")
    public static let diffSchedulingRemoved = Phrase(en: "Visit scheduling removed", gd: "Clàradh thadhalan air a thoirt air falbh")
    public static let diffSchedulingChanged = Phrase(en: "Visit scheduling changed (kinds of visit, slots, areas or dates)",
                                                     gd: "Clàradh thadhalan air atharrachadh (seòrsaichean thadhalan, amannan, sgìrean no cinn-latha)")
    public static func diffNotificationAdded(_ event: String) -> Phrase {
        Phrase(en: "Own message for ‘\(event)’ added", gd: "Teachdaireachd shònraichte airson ‘\(event)’ air a cur ris")
    }
    public static func diffNotificationRemoved(_ event: String) -> Phrase {
        Phrase(en: "Own message for ‘\(event)’ removed: the built-in message is sent", gd: "Teachdaireachd shònraichte airson ‘\(event)’ air a toirt air falbh: thèid an teachdaireachd thogte a chur")
    }
    public static func diffNotificationChanged(_ event: String) -> Phrase {
        Phrase(en: "Message for ‘\(event)’ changed", gd: "Teachdaireachd airson ‘\(event)’ air atharrachadh")
    }
    public static func diffChannelQuestion(_ question: String) -> Phrase {
        Phrase(en: "Applicants now choose how to be contacted in ‘\(question)’", gd: "Taghaidh tagraichean a-nis ciamar a gheibh iad fios ann an ‘\(question)’")
    }
    public static let diffNoChannelQuestion = Phrase(en: "Applicants are no longer asked how to be contacted", gd: "Chan fhaighnichear de thagraichean tuilleadh ciamar a gheibh iad fios")
}
