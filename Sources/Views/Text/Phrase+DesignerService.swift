import Domain

/// The designer's service-level pages: creating a service, its details, its YAML, its versions and publishing.
/// The Gaelic needs a speaker's check.
extension Phrase {
    // MARK: Creating a service

    public static let designerCreateService = Phrase(en: "Create a service", gd: "Cruthaich seirbheis")
    public static let designerFromBlank = Phrase(en: "Start from blank", gd: "Tòisich bho fhalamh")
    public static let designerFromBlankHint = Phrase(
        en: "A service with one page and one question, ready to edit.",
        gd: "Seirbheis le aon duilleag agus aon cheist, deiseil airson a deasachadh.")
    public static let designerFromSample = Phrase(en: "Start from a sample", gd: "Tòisich bho eisimpleir")
    public static let designerFromSampleHint = Phrase(
        en: "One of the sample services shipped with OneCouncil. It keeps the sample's own address, so it can be used only once.",
        gd: "Tè de na seirbheisean eisimpleir a thig le OneCouncil. Cumaidh i seòladh an eisimpleir, mar sin chan fhaodar a cleachdadh ach aon turas.")
    public static let designerCopyService = Phrase(en: "Copy a service", gd: "Dèan lethbhreac de sheirbheis")
    public static let designerCopyServiceHint = Phrase(
        en: "The current version of a service you may design, under a new address and reference prefix.",
        gd: "An tionndadh làithreach de sheirbheis as urrainn dhut a dhealbhadh, fo sheòladh ùr is ro-leasachan iomraidh ùr.")
    public static let designerNewTitle = Phrase(en: "Service name", gd: "Ainm na seirbheis")
    public static let designerNewSlug = Phrase(en: "Address (slug)", gd: "Seòladh (slug)")
    public static let designerNewSlugHint = Phrase(
        en: "Lower-case letters, digits and hyphens, like report-a-pothole. The service will be at /services/ followed by this.",
        gd: "Litrichean beaga, figearan is tàthanan, mar report-a-pothole. Bidh an t-seirbheis aig /services/ agus seo às a dhèidh.")
    public static let designerNewPrefix = Phrase(en: "Reference prefix", gd: "Ro-leasachan iomraidh")
    public static let designerNewPrefixHint = Phrase(
        en: "2 to 4 capital letters that start every case reference, like HRD.",
        gd: "2 gu 4 litrichean mòra aig toiseach gach iomradh cùise, mar HRD.")
    public static let designerSample = Phrase(en: "Sample", gd: "Eisimpleir")
    public static let designerServiceToCopy = Phrase(en: "Service to copy", gd: "An t-seirbheis airson lethbhreac")
    public static let designerNoSamples = Phrase(en: "There are no sample services on this server.", gd: "Chan eil seirbheis eisimpleir air an fhrithealaiche seo.")
    public static let designerNothingToCopy = Phrase(en: "There is no service you may copy.", gd: "Chan eil seirbheis ann as urrainn dhut lethbhreac a dhèanamh dhith.")
    public static let designerEnterTitle = Phrase(en: "Enter the service’s name", gd: "Cuir a-steach ainm na seirbheis")
    public static let designerChooseSample = Phrase(en: "Choose a sample", gd: "Tagh eisimpleir")
    public static let designerChooseService = Phrase(en: "Choose a service to copy", gd: "Tagh seirbheis airson lethbhreac")

    // MARK: Overview

    public static let designerDiscardDraft = Phrase(en: "Discard draft", gd: "Tilg air falbh an dreachd")
    public static let designerDiscardDraftHint = Phrase(
        en: "Throws the draft away. The published versions are not changed.",
        gd: "Tilgidh seo an dreachd air falbh. Chan atharraich na tionndaidhean foillsichte.")
    public static let designerDraftDiscarded = Phrase(en: "The draft was discarded.", gd: "Chaidh an dreachd a thilgeil air falbh.")
    public static let designerNoDraftYet = Phrase(
        en: "This is the current version. Your first change starts a draft; nothing changes for citizens until you publish it.",
        gd: "Seo an tionndadh làithreach. Tòisichidh a’ chiad atharrachadh agad dreachd; chan atharraich dad do shaoranaich gus am foillsich thu i.")

    // MARK: Details

    public static let designerDetailsTitle = Phrase(en: "Service details and texts", gd: "Mion-fhiosrachadh is teacsaichean na seirbheis")
    public static let designerServiceTitle = Phrase(en: "Service name", gd: "Ainm na seirbheis")
    public static let designerSummary = Phrase(en: "Summary", gd: "Geàrr-chunntas")
    public static let designerSummaryHint = Phrase(en: "One sentence, shown in the list of services.", gd: "Aon seantans, ri fhaicinn ann an liosta nan seirbheisean.")
    public static let designerStartBody = Phrase(en: "Start page text", gd: "Teacsa na duilleige tòiseachaidh")
    public static let designerBeforeYouStart = Phrase(en: "Before you start", gd: "Mus tòisich thu")
    public static let designerOptionalHint = Phrase(en: "Optional. Left empty in English, it is not shown.", gd: "Roghainneil. Ma dh’fhàgar falamh e sa Bheurla, cha tèid a shealltainn.")
    public static let designerCheckAnswersTitle = Phrase(en: "Check answers page title", gd: "Tiotal duilleag sgrùdadh nam freagairtean")
    public static let designerDeclaration = Phrase(en: "Declaration", gd: "Dearbhadh")
    public static let designerConfirmationTitle = Phrase(en: "Confirmation page title", gd: "Tiotal duilleag an dearbhaidh")
    public static let designerWhatHappensNext = Phrase(en: "What happens next", gd: "Dè thachras an ath rud")
    public static let designerSaveDetails = Phrase(en: "Save details", gd: "Sàbhail am mion-fhiosrachadh")
    public static let designerDetailsSaved = Phrase(en: "The details were saved to the draft.", gd: "Chaidh am mion-fhiosrachadh a shàbhaladh san dreachd.")
    public static func designerEnterEnglish(_ label: String) -> Phrase {
        Phrase(en: "Enter the \(label.lowercased()) in English", gd: "Cuir a-steach \(label) sa Bheurla")
    }
    public static let designerDraftUnreadableForForms = Phrase(
        en: "The draft’s YAML has problems the forms cannot read: fix them in the YAML editor first.",
        gd: "Tha duilgheadasan aig YAML na dreachd nach urrainn dha na foirmean a leughadh: càraich iad san deasaiche YAML an toiseach.")

    // MARK: YAML

    public static let designerYAMLSaved = Phrase(en: "The draft was saved.", gd: "Chaidh an dreachd a shàbhaladh.")
    public static let designerYAMLSavedWithProblems = Phrase(
        en: "The draft was saved, with problems to fix before it can be published.",
        gd: "Chaidh an dreachd a shàbhaladh, le duilgheadasan ri càradh mus gabh a foillseachadh.")

    // MARK: Versions and publishing

    public static let designerVersionsTitle = Phrase(en: "Versions and publishing", gd: "Tionndaidhean is foillseachadh")
    public static let designerHistory = Phrase(en: "Versions", gd: "Tionndaidhean")
    public static let designerNoVersions = Phrase(en: "Nothing has been published yet.", gd: "Cha deach dad fhoillseachadh fhathast.")
    public static let designerApproval = Phrase(en: "Approval", gd: "Aonta")
    public static let designerPublishedBy = Phrase(en: "Published by", gd: "Foillsichte le")
    public static let designerLiveFrom = Phrase(en: "Live from", gd: "Beò bho")
    public static let designerCloses = Phrase(en: "Closes", gd: "A’ dùnadh")
    public static let designerLimit = Phrase(en: "Submission limit", gd: "Crìoch iarrtasan")
    public static let designerChangeNote = Phrase(en: "Change note", gd: "Nota atharrachaidh")
    public static let designerActions = Phrase(en: "Actions", gd: "Gnìomhan")
    public static let designerCurrentMark = Phrase(en: "current", gd: "làithreach")
    public static func designerApprovalName(_ approval: VersionApproval) -> Phrase {
        switch approval {
        case .published: Phrase(en: "Published", gd: "Foillsichte")
        case .pending: Phrase(en: "Waiting for approval", gd: "A’ feitheamh ri aonta")
        case .withdrawn: Phrase(en: "Withdrawn", gd: "Air a tharraing air ais")
        }
    }
    public static func designerApprovedBy(_ who: String) -> Phrase { Phrase(en: "approved by \(who)", gd: "air aontachadh le \(who)") }
    public static func designerRestoring(_ version: Int) -> Phrase { Phrase(en: "restores version \(version)", gd: "a’ toirt air ais tionndadh \(version)") }
    public static let designerNone = Phrase(en: "–", gd: "–")

    public static let designerRollBack = Phrase(en: "Roll back to this version", gd: "Till chun an tionndaidh seo")
    public static let designerRollBackNote = Phrase(en: "Why roll back?", gd: "Carson a thilleas tu?")
    public static let designerApprove = Phrase(en: "Approve", gd: "Aontaich")
    public static let designerWithdraw = Phrase(en: "Withdraw", gd: "Tarraing air ais")
    public static func designerVersionLabel(_ version: Int) -> Phrase { Phrase(en: "Version \(version)", gd: "Tionndadh \(version)") }

    public static let designerPublishDraft = Phrase(en: "Publish the draft", gd: "Foillsich an dreachd")
    public static let designerNoDraftToPublish = Phrase(
        en: "There is no draft. Edit the service to start one.", gd: "Chan eil dreachd ann. Deasaich an t-seirbheis gus tè a thòiseachadh.")
    public static let designerDraftHasProblems = Phrase(
        en: "The draft has problems to fix before it can be published.", gd: "Tha duilgheadasan aig an dreachd ri càradh mus gabh a foillseachadh.")
    public static let designerChangeNoteHint = Phrase(
        en: "What changed and why, for the people who read the history.", gd: "Dè dh’atharraich is carson, dhaibhsan a leughas an eachdraidh.")
    public static let designerWhenLive = Phrase(en: "When should it go live?", gd: "Cuin a bu chòir dha a dhol beò?")
    public static let designerLiveNow = Phrase(en: "Now", gd: "An-dràsta")
    public static let designerLiveLater = Phrase(en: "At a date and time", gd: "Aig ceann-latha is àm")
    public static let designerLiveDate = Phrase(en: "Live from date", gd: "Ceann-latha beò")
    public static let designerLiveTime = Phrase(en: "Live from time", gd: "Àm beò")
    public static let designerClosesDate = Phrase(en: "Closing date (optional)", gd: "Ceann-latha dùnaidh (roghainneil)")
    public static let designerClosesTime = Phrase(en: "Closing time (optional)", gd: "Àm dùnaidh (roghainneil)")
    public static let designerDateHint = Phrase(en: "For example, 2027-03-31", gd: "Mar eisimpleir, 2027-03-31")
    public static let designerTimeHint = Phrase(en: "24-hour clock, UK time, for example 09:00", gd: "Gleoc 24-uair, àm na RA, mar eisimpleir 09:00")
    public static let designerLimitHint = Phrase(
        en: "Optional. The service closes after this many submissions.", gd: "Roghainneil. Dùinidh an t-seirbheis às dèidh na h-uimhir seo de dh’iarrtasan.")
    public static let designerPublish = Phrase(en: "Publish", gd: "Foillsich")
    public static let designerDateInvalid = Phrase(
        en: "Enter a real date as year-month-day, like 2027-03-31", gd: "Cuir a-steach ceann-latha ceart mar bhliadhna-mìos-latha, mar 2027-03-31")
    public static let designerTimeInvalid = Phrase(en: "Enter a time as hours:minutes, like 09:00", gd: "Cuir a-steach àm mar uairean:mionaidean, mar 09:00")
    public static let designerLimitInvalid = Phrase(en: "Enter the limit as a whole number, like 200", gd: "Cuir a-steach a’ chrìoch mar àireamh shlàn, mar 200")
    public static func designerPublishedNow(_ version: Int) -> Phrase {
        Phrase(en: "Version \(version) is live.", gd: "Tha tionndadh \(version) beò.")
    }
    public static func designerScheduled(_ version: Int, _ when: String) -> Phrase {
        Phrase(en: "Version \(version) goes live on \(when).", gd: "Thèid tionndadh \(version) beò air \(when).")
    }
    public static func designerAwaitingApproval(_ version: Int) -> Phrase {
        Phrase(en: "Version \(version) is waiting for a second person’s approval.", gd: "Tha tionndadh \(version) a’ feitheamh ri aonta dàrna neach.")
    }
    public static func designerWithdrawn(_ version: Int) -> Phrase {
        Phrase(en: "The approval request for version \(version) was withdrawn.", gd: "Chaidh an t-iarrtas aonta airson tionndadh \(version) a tharraing air ais.")
    }

    public static let designerServiceSettings = Phrase(en: "Settings", gd: "Roghainnean")
    public static let designerAudience = Phrase(en: "Who may use the service?", gd: "Cò a dh’fhaodas an t-seirbheis a chleachdadh?")
    public static func designerAudienceName(_ audience: ServiceAudience) -> Phrase {
        switch audience {
        case .everyone: Phrase(en: "Anyone (public)", gd: "Duine sam bith (poblach)")
        case .signedIn: Phrase(en: "Citizens signed in to their account", gd: "Saoranaich a tha air clàradh a-steach don chunntas aca")
        case .staff: Phrase(en: "Staff only (an internal service)", gd: "Luchd-obrach a-mhàin (seirbheis a-staigh)")
        }
    }
    public static let designerRequiresApproval = Phrase(
        en: "Does each version need a second person’s approval?", gd: "A bheil feum aig gach tionndadh air aonta dàrna neach?")
    public static let designerSaveSettings = Phrase(en: "Save settings", gd: "Sàbhail na roghainnean")
    public static let designerSettingsSaved = Phrase(en: "The settings were saved.", gd: "Chaidh na roghainnean a shàbhaladh.")
    public static let designerCloseNow = Phrase(en: "Close the service now", gd: "Dùin an t-seirbheis an-dràsta")
    public static let designerClosed = Phrase(en: "The service is closed. Publishing a new version opens it again.", gd: "Tha an t-seirbheis dùinte. Fosglaidh tionndadh ùr a-rithist i.")
    public static let designerArchive = Phrase(en: "Archive the service", gd: "Tasglannaich an t-seirbheis")
    public static let designerUnarchive = Phrase(en: "Bring the service back from the archive", gd: "Thoir an t-seirbheis air ais às an tasglann")
    public static let designerArchived = Phrase(en: "The service is archived.", gd: "Tha an t-seirbheis san tasglann.")
    public static let designerUnarchived = Phrase(en: "The service is back from the archive.", gd: "Tha an t-seirbheis air ais às an tasglann.")
    public static func designerRolledBack(_ from: Int) -> Phrase {
        Phrase(en: "Version \(from) was published again as a new version.", gd: "Chaidh tionndadh \(from) fhoillseachadh a-rithist mar thionndadh ùr.")
    }

    public static let designerCompare = Phrase(en: "Compare versions", gd: "Dèan coimeas eadar tionndaidhean")
    public static let designerCompareFrom = Phrase(en: "From", gd: "Bho")
    public static let designerCompareTo = Phrase(en: "To", gd: "Gu")
    public static let designerCompareButton = Phrase(en: "Compare", gd: "Dèan coimeas")
    public static let designerTheDraft = Phrase(en: "The draft", gd: "An dreachd")
    public static let designerWhatWillChange = Phrase(en: "What will change when I publish", gd: "Dè dh’atharraicheas nuair a dh’fhoillsicheas mi")
    public static func designerDraftIsVersion(_ version: Int) -> Phrase {
        Phrase(en: "The draft is shown as version \(version), the number it gets when published.",
               gd: "Tha an dreachd ri faicinn mar thionndadh \(version), an àireamh a gheibh i nuair a thèid a foillseachadh.")
    }
}

extension Phrase {
    public static let designerApprovalYes = Phrase(en: "Yes", gd: "Tha")
    public static let designerApprovalNo = Phrase(en: "No", gd: "Chan eil")
}
