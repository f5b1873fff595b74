import Domain

/// Field visits: a field worker's day list and its cards, and the visits part of a case page. Field staff call a
/// visit a "job" ("Today’s jobs"), so the pages keep their word; in code and storage it is a visit.
extension Phrase {
    public static let fieldTodaysJobs = Phrase(en: "Today’s jobs", gd: "Obraichean an-diugh")
    public static func fieldJobsOn(_ en: String, _ gd: String) -> Phrase { Phrase(en: "Jobs on \(en)", gd: "Obraichean air \(gd)") }
    public static let fieldWork = Phrase(en: "Field work", gd: "Obair san raon")
    public static let fieldOtherDays = Phrase(en: "Other days", gd: "Làithean eile")
    public static let fieldPreviousDay = Phrase(en: "Previous day", gd: "An latha roimhe")
    public static let fieldNextDay = Phrase(en: "Next day", gd: "An ath latha")
    public static let fieldToday = Phrase(en: "Today", gd: "An-diugh")
    public static let fieldNoJobs = Phrase(en: "You have no jobs on this day.", gd: "Chan eil obair agad air an latha seo.")
    public static func fieldJobCount(_ count: Int) -> Phrase {
        Phrase(en: "\(CountedNoun.jobs.phrase(count, .en)), in time order.", gd: "\(CountedNoun.jobs.phrase(count, .gd)), ann an òrdugh na h-ùine.")
    }
    public static func fieldEarlyWarning(_ en: String, _ gd: String) -> Phrase {
        Phrase(en: "These jobs are booked for \(en), not today. Record one as completed only if you did it early.",
               gd: "Tha na h-obraichean seo glèidhte airson \(gd), chan ann an-diugh. Na clàraich gun deach tè a choileanadh ach ma rinn thu tràth i.")
    }
    public static let fieldConfirmEarly = Phrase(en: "I completed this job early", gd: "Choilean mi an obair seo tràth")
    public static let fieldWarning = Phrase(en: "Warning: ", gd: "Rabhadh: ")
}

/// A visit's card on the day list.
extension Phrase {
    public static let fieldOpenInMaps = Phrase(en: "Open in maps", gd: "Fosgail air a’ mhapa")
    public static func fieldCase(reference: String, status: String) -> Phrase {
        Phrase(en: "Case \(reference), \(status).", gd: "Cùis \(reference), \(status).")
    }
    public static let fieldAssignedToYou = Phrase(en: "Assigned to you.", gd: "Air a sònrachadh dhut.")
    public static func fieldAssignedToCrew(_ crew: String) -> Phrase { Phrase(en: "Assigned to \(crew).", gd: "Air a sònrachadh do \(crew).") }
    public static let fieldAssignedToNobody = Phrase(en: "Assigned to no one yet.", gd: "Gun sònrachadh fhathast.")
    public static let fieldCancelled = Phrase(en: "Cancelled.", gd: "Air a sgur dheth.")
    public static func fieldRecorded(_ outcome: String) -> Phrase { Phrase(en: "Recorded: \(outcome)", gd: "Air a chlàradh: \(outcome)") }
    public static func fieldRecordedAt(_ time: String) -> Phrase { Phrase(en: " at \(time)", gd: " aig \(time)") }
    public static let fieldWhyNotCompleted = Phrase(en: "Why it could not be completed:", gd: "Carson nach b’ urrainnear a choileanadh:")
    public static let fieldNotes = Phrase(en: "Notes:", gd: "Notaichean:")

    public static func fieldOutcome(_ outcome: VisitOutcome) -> Phrase {
        switch outcome {
        case .completed: Phrase(en: "Completed", gd: "Air a choileanadh")
        case .notCompleted: Phrase(en: "Could not complete", gd: "Cha b’ urrainnear a choileanadh")
        }
    }
}

/// The outcome form on each card.
extension Phrase {
    public static let fieldOutcomeLegend = Phrase(en: "Outcome", gd: "Toradh")
    public static let fieldReasonLabel = Phrase(en: "Why you could not complete it", gd: "Carson nach b’ urrainn dhut a choileanadh")
    public static let fieldReasonHint = Phrase(en: "For the council’s records. Not sent to the applicant",
                                               gd: "Airson clàran na comhairle. Cha tèid a chur chun an tagraiche")
    public static let fieldNotesLabel = Phrase(en: "Notes (optional)", gd: "Notaichean (roghainneil)")
    public static let fieldNotesHint = Phrase(en: "Only staff see these", gd: "Chan fhaic ach an luchd-obrach iad seo")
    public static let fieldCitizenReasonLabel = Phrase(en: "Reason the applicant will see", gd: "An t-adhbhar a chì an tagraiche")
    public static func fieldCitizenReasonHint(_ en: String, _ gd: String) -> Phrase {
        Phrase(en: "Needed if you choose \(en). It is sent to the applicant with their case’s new status",
               gd: "Riatanach ma thaghas tu \(gd). Thèid a chur chun an tagraiche le inbhe ùr na cùise aca")
    }
    public static let fieldOr = Phrase(en: " or ", gd: " no ")
    public static let fieldPhotoLabel = Phrase(en: "Photo (optional)", gd: "Dealbh (roghainneil)")
    public static let fieldPhotoHint = Phrase(en: "A JPG or PNG, up to 10 MB", gd: "JPG no PNG, suas ri 10 MB")
    public static let fieldRecordOutcome = Phrase(en: "Record outcome", gd: "Clàraich an toradh")
}

/// What the outcome form says is wrong.
extension Phrase {
    public static let fieldSelectOutcome = Phrase(en: "Select the outcome of the job", gd: "Tagh toradh na h-obrach")
    public static let fieldEnterReason = Phrase(en: "Enter why the job could not be completed",
                                                gd: "Cuir a-steach carson nach b’ urrainnear an obair a choileanadh")
    public static func fieldReasonTooLong(_ limit: Int) -> Phrase {
        Phrase(en: "The reason must be \(limit) characters or fewer", gd: "Feumaidh an t-adhbhar a bhith \(limit) caractaran no nas lugha")
    }
    public static func fieldCitizenReasonTooLong(_ limit: Int) -> Phrase {
        Phrase(en: "The reason for the applicant must be \(limit) characters or fewer",
               gd: "Feumaidh an t-adhbhar airson an tagraiche a bhith \(limit) caractaran no nas lugha")
    }
    public static func fieldNotesTooLong(_ limit: Int) -> Phrase {
        Phrase(en: "Notes must be \(limit) characters or fewer", gd: "Feumaidh na notaichean a bhith \(limit) caractaran no nas lugha")
    }
    public static func fieldNeedsCitizenReason(_ state: String) -> Phrase {
        Phrase(en: "Enter the reason the applicant will see: moving the case to \(state) needs one",
               gd: "Cuir a-steach an t-adhbhar a chì an tagraiche: tha feum air fear airson a’ chùis a ghluasad gu \(state)")
    }
    public static func fieldConfirmEarlyError(_ en: String, _ gd: String) -> Phrase {
        Phrase(en: "This job is booked for \(en). Confirm that you completed it early, or choose the right job",
               gd: "Tha an obair seo glèidhte airson \(gd). Dearbhaich gun do rinn thu tràth i, no tagh an obair cheart")
    }
}

/// The notice after an outcome is recorded.
extension Phrase {
    public static func fieldOutcomeRecorded(reference: String, outcome: VisitOutcome) -> Phrase {
        Phrase(en: "Outcome recorded for case \(reference): \(fieldOutcome(outcome).en.lowercased()).",
               gd: "Chaidh an toradh a chlàradh airson cùis \(reference): \(fieldOutcome(outcome).gd.lowercased()).")
    }
    public static func fieldCaseNowAt(_ state: String) -> Phrase { Phrase(en: " The case is now \(state).", gd: " Tha a’ chùis a-nis aig \(state).") }
    public static func fieldCaseStaysAt(_ state: String, why: String) -> Phrase {
        Phrase(en: " The case stays at \(state): \(why). A case officer can move it.",
               gd: " Fanaidh a’ chùis aig \(state): \(why). Faodaidh oifigear chùisean a gluasad.")
    }
    public static let fieldCaseMovedOn = Phrase(en: "it had already moved on", gd: "bha i air gluasad air adhart mu thràth")
}

/// The visits part of a case page, and scheduling one.
extension Phrase {
    public static let visitsHeading = Phrase(en: "Jobs", gd: "Obraichean")
    public static let visitsNone = Phrase(en: "No jobs are scheduled for this case.", gd: "Chan eil obair sam bith air a cur air dòigh airson na cùise seo.")
    public static let visitsCaption = Phrase(en: "Jobs for this case", gd: "Obraichean airson na cùise seo")
    public static let visitsDate = Phrase(en: "Date", gd: "Ceann-là")
    public static let visitsJob = Phrase(en: "Job", gd: "Obair")
    public static let visitsWho = Phrase(en: "Who", gd: "Cò")
    public static let visitsStatus = Phrase(en: "Status", gd: "Inbhe")
    public static let visitsScheduled = Phrase(en: "Scheduled", gd: "Air a cur air dòigh")
    public static let visitsNobodyYet = Phrase(en: "Nobody yet", gd: "Duine sam bith fhathast")
    public static func visitsStaff(_ id: Int64) -> Phrase { Phrase(en: "staff \(id)", gd: "neach-obrach \(id)") }
    public static let visitsPhoto = Phrase(en: " (photo)", gd: " (dealbh)")
    public static let visitsSchedule = Phrase(en: "Schedule a job", gd: "Cuir obair air dòigh")
    public static let visitsScheduleButton = Phrase(en: "Schedule job", gd: "Cuir an obair air dòigh")
    public static let visitsKind = Phrase(en: "Kind of job", gd: "Seòrsa obrach")
    public static let visitsSelectKind = Phrase(en: "Select the kind of job", gd: "Tagh an seòrsa obrach")
    public static func visitsDateHint(_ example: String) -> Phrase { Phrase(en: "For example, \(example)", gd: "Mar eisimpleir, \(example)") }
    public static let visitsEnterDate = Phrase(en: "Enter the date of the job", gd: "Cuir a-steach ceann-là na h-obrach")
    public static let visitsTime = Phrase(en: "Time", gd: "Àm")
    public static let visitsSelectTime = Phrase(en: "Select the time of the job", gd: "Tagh àm na h-obrach")
    public static let visitsAssignee = Phrase(en: "Who will do it", gd: "Cò nì e")
    public static let visitsAssigneeNobody = Phrase(en: "Nobody yet (any field worker for the service can take it)",
                                                    gd: "Duine sam bith fhathast (faodaidh neach-obrach raoin sam bith na seirbheise a ghabhail)")
    public static let visitsSelectAssignee = Phrase(en: "Select who will do the job", gd: "Tagh cò nì an obair")
    public static func visitsFullyBooked(_ en: String, _ gd: String, area: LocalisedText?) -> Phrase {
        Phrase(en: "\(en) is fully booked\(area.map { " in \($0.text(.en))" } ?? "") for that time. Choose another date or time",
               gd: "Tha \(gd) làn\(area.map { " ann an \($0.text(.gd))" } ?? "") aig an àm sin. Tagh ceann-là no àm eile")
    }
}
