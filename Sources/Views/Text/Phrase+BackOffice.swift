import Domain

/// The back office: the queues, bulk actions, the case page and assisted digital.
extension Phrase {
    // MARK: Queue

    public static let boAllServices = Phrase(en: "All services", gd: "A h-uile seirbheis")
    public static let boQueues = Phrase(en: "Queues", gd: "Ciudhaichean")
    public static let boQueueMine = Phrase(en: "My cases", gd: "Na cùisean agam")
    public static let boQueueUnassigned = Phrase(en: "Unassigned in my services", gd: "Gun sannachadh sna seirbheisean agam")
    public static let boQueueAll = Phrase(en: "All cases in my services", gd: "A h-uile cùis sna seirbheisean agam")
    public static let boThisList = Phrase(en: "(this list)", gd: "(an liosta seo)")
    public static let boFilters = Phrase(en: "Filters", gd: "Criathragan")
    public static let boFilterLabel = Phrase(en: "Filter and search cases", gd: "Criathraich is lorg cùisean")
    public static let boSearch = Phrase(en: "Search", gd: "Lorg")
    public static let boSearchHint = Phrase(
        en: "Reference, name, email, address, postcode or any word in the answers. End a word with * to match its start.",
        gd: "Àireamh-iomraidh, ainm, post-d, seòladh, còd-puist no facal sam bith sna freagairtean. Cuir * aig deireadh facail gus a thoiseach a mhaidseadh."
    )
    public static let boService = Phrase(en: "Service", gd: "Seirbheis")
    public static let boStatus = Phrase(en: "Status", gd: "Staid")
    public static let boReceivedBy = Phrase(en: "Received by", gd: "Seanail")
    public static func boByChannel(_ channel: String) -> Phrase { Phrase(en: "by \(channel)", gd: "seanail: \(channel)") }
    public static let boAssignedTo = Phrase(en: "Assigned to", gd: "Air a shannachadh do")
    public static let boAnyone = Phrase(en: "Anyone", gd: "Neach sam bith")
    public static let boNobodyUnassigned = Phrase(en: "Nobody (unassigned)", gd: "Duine (gun sannachadh)")
    public static let boTarget = Phrase(en: "Target", gd: "Targaid")
    public static let boAny = Phrase(en: "Any", gd: "Gin sam bith")
    public static let boSortBy = Phrase(en: "Sort by", gd: "Seòrsaich a rèir")
    public static let boSortDue = Phrase(en: "Due date, soonest first", gd: "Ceann-latha, an tè as luaithe an toiseach")
    public static let boSortOldest = Phrase(en: "Received, oldest first", gd: "Air fhaighinn, an tè as sine an toiseach")
    public static let boSortNewest = Phrase(en: "Received, newest first", gd: "Air fhaighinn, an tè as ùire an toiseach")
    public static let boReceivedFrom = Phrase(en: "Received from", gd: "Air fhaighinn o")
    public static let boReceivedTo = Phrase(en: "Received to", gd: "Air fhaighinn gu")
    public static func boForExample(_ example: String) -> Phrase { Phrase(en: "For example, \(example)", gd: "Mar eisimpleir, \(example)") }
    public static let boPostcodeDistrict = Phrase(en: "Postcode district", gd: "Sgìre a’ chòd-puist")
    public static let boPostcodeDistrictHint = Phrase(en: "The first part of a postcode, like IV2", gd: "A’ chiad phàirt de chòd-puist, mar IV2")
    public static let boApplyFilters = Phrase(en: "Apply filters", gd: "Cuir na criathragan an sàs")
    public static let boClearFilters = Phrase(en: "Clear filters", gd: "Glan na criathragan")
    public static func boMoreThanCases(_ count: String) -> Phrase { Phrase(en: "More than \(count) cases", gd: "Còrr is \(count) cùisean") }
    public static func boCaseCount(_ count: Int, _ shown: String) -> Phrase {
        count == 1 ? Phrase(en: "1 case", gd: "1 chùis") : Phrase(en: "\(shown) cases", gd: "\(shown) cùisean")
    }
    public static let boNoCasesMatch = Phrase(en: "No cases match.", gd: "Chan eil cùis sam bith a’ maidseadh.")
    public static let boNoMoreCasesMatch = Phrase(en: "No more cases match.", gd: "Chan eil barrachd chùisean a’ maidseadh.")
    public static let boDownloadCSV = Phrase(
        en: "Download these cases as a spreadsheet (CSV)", gd: "Luchdaich a-nuas na cùisean seo mar chliath-dhuilleag (CSV)"
    )
    public static let boReference = Phrase(en: "Reference", gd: "Àireamh-iomraidh")
    public static let boApplicant = Phrase(en: "Applicant", gd: "Tagraiche")
    public static let boReceived = Phrase(en: "Received", gd: "Air fhaighinn")
    public static let boSelect = Phrase(en: "Select", gd: "Tagh")
    public static func boSelectCase(_ reference: String) -> Phrase { Phrase(en: "Select \(reference)", gd: "Tagh \(reference)") }
    public static let boNobody = Phrase(en: "Nobody", gd: "Duine")
    public static func boStaffMember(_ id: Int64) -> Phrase { Phrase(en: "Staff member \(id)", gd: "Ball luchd-obrach \(id)") }

    // MARK: Bulk actions

    public static let boActOnSelected = Phrase(en: "Act on the selected cases", gd: "Dèan rudeigin leis na cùisean a thagh thu")
    public static let boWhatToDo = Phrase(en: "What to do", gd: "Dè nì thu")
    public static let boAssignToMe = Phrase(en: "Assign to me", gd: "Sannaich dhomh")
    public static let boChangeStatus = Phrase(en: "Change status", gd: "Atharraich an staid")
    public static let boAddANote = Phrase(en: "Add a note", gd: "Cuir nòta ris")
    public static let boBulkNewStatus = Phrase(en: "New status (for a change of status)", gd: "Staid ùr (airson atharrachadh staid)")
    public static let boChooseStatus = Phrase(en: "Choose a status", gd: "Tagh staid")
    public static let boBulkReason = Phrase(
        en: "Reason the applicant will see (for a change of status)", gd: "Adhbhar a chì an tagraiche (airson atharrachadh staid)"
    )
    public static let boBulkReasonHint = Phrase(
        en: "Needed for some changes. Sent to each applicant with the new status and shown in their account.",
        gd: "Feumail airson cuid de dh’atharraichean. Thèid a chur gu gach tagraiche leis an staid ùr agus a shealltainn sa chunntas aca."
    )
    public static let boBulkNote = Phrase(
        en: "Note (for adding a note; not shown to the applicant)", gd: "Nòta (airson nòta a chur ris; cha chì an tagraiche e)"
    )
    public static let boApplyToSelected = Phrase(en: "Apply to selected cases", gd: "Cuir an sàs air na cùisean a thagh thu")
    public static let boSelectedCases = Phrase(en: "Selected cases", gd: "Na cùisean a thagh thu")
    public static func boChangedOf(_ done: Int, _ total: Int) -> Phrase {
        Phrase(en: "\(done) of \(total) changed", gd: "\(done) à \(total) air an atharrachadh")
    }
    public static let boChanged = Phrase(en: "Changed", gd: "Air an atharrachadh")
    public static let boNotChanged = Phrase(en: "Not changed", gd: "Gun atharrachadh")
    public static let boCase = Phrase(en: "Case", gd: "Cùis")
    public static let boWhatWasDone = Phrase(en: "What was done", gd: "Na chaidh a dhèanamh")
    public static let boWhyNot = Phrase(en: "Why not", gd: "Carson nach deach")
    public static let boBackToList = Phrase(en: "Back to the list", gd: "Air ais chun na liosta")
    public static let boAssignedToYou = Phrase(en: "Assigned to you", gd: "Air a shannachadh dhut")
    public static let boNoteAdded = Phrase(en: "Note added", gd: "Nòta air a chur ris")
    public static func boStatusChangedTo(_ label: String) -> Phrase {
        Phrase(en: "Status changed to \(label)", gd: "Staid air atharrachadh gu \(label)")
    }
    public static let boNoSuchCase = Phrase(en: "There is no case with this reference", gd: "Chan eil cùis ann leis an àireamh-iomraidh seo")
    public static let boNotYourService = Phrase(en: "You do not handle cases of this service", gd: "Cha bhi thu a’ làimhseachadh cùisean na seirbheis seo")
    public static let boOnlyOfficerTakes = Phrase(en: "Only a case officer can take on a case", gd: "Chan fhaod ach oifigear chùisean cùis a ghabhail os làimh")
    public static let boOvertaken = Phrase(
        en: "Someone else changed this case’s status just now. Check the timeline and try again",
        gd: "Dh’atharraich cuideigin eile staid na cùise seo an-dràsta fhèin. Thoir sùil air an loidhne-ama agus feuch a-rithist"
    )

    // MARK: Errors of the queue and its bulk actions

    public static let boErrorSelectCases = Phrase(en: "Select the cases to act on", gd: "Tagh na cùisean a tha thu airson obrachadh orra")
    public static func boErrorTooManyCases(_ maximum: Int) -> Phrase {
        Phrase(en: "Select no more than \(maximum) cases at a time", gd: "Na tagh barrachd air \(maximum) cùisean aig an aon àm")
    }
    public static let boErrorSelectAction = Phrase(en: "Select what to do with the selected cases", gd: "Tagh dè nì thu leis na cùisean a thagh thu")
    public static let boErrorSelectStatus = Phrase(en: "Select the new status", gd: "Tagh an staid ùr")
    public static let boErrorEnterNote = Phrase(en: "Enter the note", gd: "Cuir a-steach an nòta")
    public static func boErrorSearchTooLong(_ maximum: Int) -> Phrase {
        Phrase(en: "Search for \(maximum) characters or fewer", gd: "Lorg le \(maximum) caractaran no nas lugha")
    }
    public static let boErrorFromDate = Phrase(
        en: "Enter the received-from date as a real date, like 2026-11-25", gd: "Cuir a-steach an ceann-latha “air fhaighinn o” mar fhìor cheann-latha, mar 2026-11-25"
    )
    public static let boErrorToDate = Phrase(
        en: "Enter the received-to date as a real date, like 2026-11-25", gd: "Cuir a-steach an ceann-latha “air fhaighinn gu” mar fhìor cheann-latha, mar 2026-11-25"
    )
    public static let boErrorToBeforeFrom = Phrase(
        en: "The received-to date must be the same as or after the received-from date",
        gd: "Feumaidh an ceann-latha “air fhaighinn gu” a bhith co-ionann ris a’ cheann-latha “air fhaighinn o” no às a dhèidh"
    )
    public static let boErrorDistrict = Phrase(
        en: "Enter a postcode district: the first part of a postcode, like IV2",
        gd: "Cuir a-steach sgìre còd-puist: a’ chiad phàirt de chòd-puist, mar IV2"
    )

    // MARK: Case page

    public static let boActions = Phrase(en: "Actions", gd: "Gnìomhan")
    public static let boCaseSummary = Phrase(en: "Case summary", gd: "Geàrr-chunntas na cùise")
    public static let boTimeInStatus = Phrase(en: "Time in this status", gd: "Ùine san staid seo")
    public static let boNoLimit = Phrase(en: "No limit", gd: "Gun chrìoch")
    public static let boNobodyInQueue = Phrase(en: "Nobody (in the service’s queue)", gd: "Duine (ann an ciudha na seirbheis)")
    public static func boReceivedOn(_ when: String, by channel: String) -> Phrase {
        // Gaelic names the channel rather than put it after "tro", which would lenite each name differently.
        Phrase(en: "\(when) by \(channel)", gd: "\(when), seanail: \(channel)")
    }
    public static func boEnteredBy(_ name: String) -> Phrase { Phrase(en: ", entered by \(name)", gd: ", air a chur a-steach le \(name)") }
    public static let boAssign = Phrase(en: "Assign", gd: "Sannaich")
    public static let boAssignTheCase = Phrase(en: "Assign the case", gd: "Sannaich a’ chùis")
    public static let boToMe = Phrase(en: "To me", gd: "Dhomh fhìn")
    public static let boBackToQueue = Phrase(en: "Back to the service’s queue", gd: "Air ais gu ciudha na seirbheis")
    public static let boNewStatus = Phrase(en: "New status", gd: "Staid ùr")
    public static let boReasonApplicantSees = Phrase(en: "Reason the applicant will see", gd: "Adhbhar a chì an tagraiche")
    public static let boReasonHint = Phrase(
        en: "Needed for some changes. It is sent to the applicant with the new status and shown in their account. For anything only staff should read, add a note.",
        gd: "Feumail airson cuid de dh’atharraichean. Thèid a chur chun an tagraiche leis an staid ùr agus a shealltainn sa chunntas aca. Airson rud sam bith nach bu chòir ach don luchd-obrach a leughadh, cuir nòta ris."
    )
    public static let boRequestInformation = Phrase(en: "Request more information", gd: "Iarr tuilleadh fiosrachaidh")
    public static let boWhatDoYouNeed = Phrase(en: "What do you need from the applicant?", gd: "Dè a tha a dhìth ort bhon tagraiche?")
    public static let boSendRequest = Phrase(en: "Send request", gd: "Cuir an t-iarrtas")
    public static let boInternalNote = Phrase(en: "Internal note (not shown to the applicant)", gd: "Nòta a-staigh (cha chì an tagraiche e)")
    public static let boAddNote = Phrase(en: "Add note", gd: "Cuir nòta ris")
    public static let boMessageApplicant = Phrase(en: "Message the applicant", gd: "Cuir teachdaireachd chun an tagraiche")
    public static let boMessage = Phrase(en: "Message", gd: "Teachdaireachd")
    public static let boSendMessage = Phrase(en: "Send message", gd: "Cuir an teachdaireachd")
    public static let boScheduleVisit = Phrase(en: "Schedule a field visit", gd: "Cuir tadhal san raon air dòigh")
    public static let boAnswers = Phrase(en: "Answers", gd: "Freagairtean")
    public static let boNoAnswers = Phrase(en: "The answers of this case are not stored.", gd: "Chan eil freagairtean na cùise seo air an stòradh.")
    public static let boFiles = Phrase(en: "Files", gd: "Faidhlichean")
    public static let boLocation = Phrase(en: "Location", gd: "Àite")
    public static func boOpenOnMap(_ coordinates: String) -> Phrase {
        Phrase(en: "Open \(coordinates) on OpenStreetMap", gd: "Fosgail \(coordinates) air OpenStreetMap")
    }
    public static let boTimeline = Phrase(en: "Timeline", gd: "Loidhne-ama")
    public static let boTimelineCaption = Phrase(en: "Every event, newest first", gd: "A h-uile tachartas, an tè as ùire an toiseach")
    public static let boWhen = Phrase(en: "When", gd: "Cuin")
    public static let boWho = Phrase(en: "Who", gd: "Cò")
    public static let boWhat = Phrase(en: "What", gd: "Dè")
    public static let boPlatform = Phrase(en: "OneCouncil", gd: "OneCouncil")

    // MARK: Notices after an action on the case page

    public static let boDoneAssigned = Phrase(en: "Assignment changed.", gd: "Chaidh an sannachadh atharrachadh.")
    public static let boDoneStatus = Phrase(en: "Status changed.", gd: "Chaidh an staid atharrachadh.")
    public static let boDoneRequested = Phrase(
        en: "Request for information sent; the case is waiting for the applicant.",
        gd: "Chaidh iarrtas airson fiosrachaidh a chur; tha a’ chùis a’ feitheamh air an tagraiche."
    )
    public static let boDoneNote = Phrase(en: "Note added.", gd: "Chaidh nòta a chur ris.")
    public static let boDoneMessage = Phrase(en: "Message sent.", gd: "Chaidh an teachdaireachd a chur.")
    public static let boDoneJob = Phrase(en: "Job scheduled.", gd: "Chaidh an obair a chur air dòigh.")
    public static let boDoneSaved = Phrase(en: "Saved.", gd: "Air a shàbhaladh.")

    // MARK: Errors of the case page

    public static let boErrorSelectAssignee = Phrase(en: "Select who to assign the case to", gd: "Tagh cò dha a shannaicheas tu a’ chùis")
    public static let boErrorEnterQuestion = Phrase(en: "Enter what you need from the applicant", gd: "Cuir a-steach na tha a dhìth ort bhon tagraiche")
    public static let boErrorEnterMessage = Phrase(en: "Enter the message", gd: "Cuir a-steach an teachdaireachd")
    public static let boErrorNoContact = Phrase(
        en: "The applicant gave no email address or phone number to send a message to",
        gd: "Cha tug an tagraiche seòladh puist-d no àireamh fòn airson teachdaireachd a chur thuige"
    )

    // MARK: The timeline's events

    public static func boEventStatus(_ label: String) -> Phrase { Phrase(en: "Status: \(label)", gd: "Staid: \(label)") }
    public static func boEventReason(_ reason: String) -> Phrase {
        Phrase(en: ". Reason the applicant sees: \(reason)", gd: ". An t-adhbhar a chì an tagraiche: \(reason)")
    }
    public static let boEventReturnedToQueue = Phrase(en: "Returned to the service’s queue", gd: "Air a thilleadh gu ciudha na seirbheis")
    public static func boEventAssigned(_ name: String) -> Phrase { Phrase(en: "Assigned to \(name)", gd: "Air a shannachadh do \(name)") }
    public static func boEventNote(_ text: String) -> Phrase { Phrase(en: "Note: \(text)", gd: "Nòta: \(text)") }
    public static func boEventMessage(_ text: String) -> Phrase { Phrase(en: "Message to applicant: \(text)", gd: "Teachdaireachd chun an tagraiche: \(text)") }
    public static func boEventRequested(_ text: String) -> Phrase { Phrase(en: "Information requested: \(text)", gd: "Fiosrachadh air iarraidh: \(text)") }
    public static func boEventReplied(_ text: String) -> Phrase { Phrase(en: "Applicant replied: \(text)", gd: "Fhreagair an tagraiche: \(text)") }
    public static let boEventOpened = Phrase(en: "Opened", gd: "Air fhosgladh")
    public static func boEventQueued(_ channel: String, _ subject: String) -> Phrase {
        Phrase(en: "Notification queued (\(channel)): \(subject)", gd: "Brath sa chiudha (\(channel)): \(subject)")
    }
    public static func boEventJobScheduled(_ summary: String) -> Phrase { Phrase(en: "Job scheduled: \(summary)", gd: "Obair air a cur air dòigh: \(summary)") }
    public static func boEventJobCompleted(_ summary: String) -> Phrase { Phrase(en: "Job completed: \(summary)", gd: "Obair deiseil: \(summary)") }
    public static let boEventOther = Phrase(en: "Event", gd: "Tachartas")
    public static func boTextMessageTo(_ to: String) -> Phrase { Phrase(en: "Text message to \(to)", gd: "Teachdaireachd-teacsa gu \(to)") }
    public static func boEmailTo(_ to: String) -> Phrase { Phrase(en: "Email to \(to)", gd: "Post-d gu \(to)") }
    public static func boDeliveredAt(_ when: String) -> Phrase { Phrase(en: "delivered at \(when)", gd: "air a lìbhrigeadh aig \(when)") }
    public static func boCouldNotBeSent(_ reason: String) -> Phrase { Phrase(en: "could not be sent: \(reason)", gd: "cha b’ urrainnear a chur: \(reason)") }
    public static func boTargetMissed(_ due: String) -> Phrase { Phrase(en: "Target missed: it was due \(due)", gd: "Targaid air a call: bha i ri lìbhrigeadh \(due)") }
    public static func boTargetDue(_ due: String) -> Phrase { Phrase(en: "Target: due \(due)", gd: "Targaid: ri lìbhrigeadh \(due)") }

    // MARK: Assisted digital

    public static let boAssistedStart = Phrase(en: "Start a request for a caller", gd: "Tòisich iarrtas airson neach-fòn")
    public static let boAssistedIntro = Phrase(
        en: "You will fill in the same form the public uses. The request is recorded with the channel and your name.",
        gd: "Lìonaidh tu an aon fhoirm a chleachdas am poball. Thèid an t-iarrtas a chlàradh leis an t-seanail agus d’ ainm."
    )
    public static let boHowDidTheyContact = Phrase(en: "How did they contact us?", gd: "Ciamar a chuir iad fios thugainn?")
    public static let boCallerEmail = Phrase(en: "Caller’s email address (optional)", gd: "Seòladh puist-d an neach-fòn (roghainneil)")
    public static let boCallerEmailHint = Phrase(
        en: "So they get updates, if the form does not ask for it.", gd: "Airson ’s gum faigh iad fiosrachadh às ùr, mura h-iarr am foirm e."
    )
    public static let boCallerPhone = Phrase(en: "Caller’s phone number (optional)", gd: "Àireamh fòn an neach-fòn (roghainneil)")
    public static let boStartTheForm = Phrase(en: "Start the form", gd: "Tòisich am foirm")
    public static let boFindRequests = Phrase(en: "Find a caller’s requests", gd: "Lorg iarrtasan neach-fòn")
    public static let boFindLabel = Phrase(en: "Reference, email address or postcode", gd: "Àireamh-iomraidh, seòladh puist-d no còd-puist")
    public static let boFind = Phrase(en: "Find", gd: "Lorg")
    public static func boNoRequestsMatch(_ query: String) -> Phrase { Phrase(en: "No requests match \(query).", gd: "Chan eil iarrtas sam bith a’ maidseadh \(query).") }
    public static func boRequestCount(_ count: Int) -> Phrase {
        count == 1 ? Phrase(en: "1 request", gd: "1 iarrtas") : Phrase(en: "\(count) requests", gd: "\(count) iarrtasan")
    }
    public static let boErrorSelectService = Phrase(en: "Select the service the caller needs", gd: "Tagh an t-seirbheis a tha a dhìth air an neach-fòn")
    public static let boErrorSelectChannel = Phrase(en: "Select how the caller contacted us", gd: "Tagh ciamar a chuir an neach-fòn fios thugainn")
    public static let boErrorPhone = Phrase(
        en: "Enter a phone number, like 01632 960 001 or 07700 900 982", gd: "Cuir a-steach àireamh fòn, mar 01632 960 001 no 07700 900 982"
    )
}

/// How a case reached the council, as the back office names it.
extension Channel {
    public var boName: Phrase {
        switch self {
        case .online: Phrase(en: "online form", gd: "foirm air loidhne")
        case .api: Phrase(en: "API", gd: "API")
        case .phone: Phrase(en: "phone", gd: "fòn")
        case .faceToFace: Phrase(en: "in person", gd: "aghaidh ri aghaidh")
        case .email: Phrase(en: "email", gd: "post-d")
        case .letter: Phrase(en: "letter", gd: "litir")
        }
    }

    /// The choice on the assisted-digital start form.
    public var boAssistedChoice: Phrase {
        switch self {
        case .phone: Phrase(en: "Phone call", gd: "Gairm fòn")
        case .faceToFace: Phrase(en: "Face to face", gd: "Aghaidh ri aghaidh")
        case .email: Phrase(en: "Email", gd: "Post-d")
        case .letter: Phrase(en: "Letter", gd: "Litir")
        case .online: Phrase(en: "Online form", gd: "Foirm air loidhne")
        case .api: Phrase(en: "API", gd: "API")
        }
    }
}

/// Where a case stands against its target, as words.
extension TargetStatus {
    public var boName: Phrase {
        switch self {
        case .onTrack: Phrase(en: "Due", gd: "Ri lìbhrigeadh")
        case .dueSoon: Phrase(en: "Due soon", gd: "Ri lìbhrigeadh a dh’aithghearr")
        case .overdue: Phrase(en: "Overdue", gd: "Fadalach")
        case .met: Phrase(en: "Target met", gd: "Targaid air a coileanadh")
        case .none: Phrase(en: "No target", gd: "Gun targaid")
        }
    }
}
