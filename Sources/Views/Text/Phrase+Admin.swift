import Domain

/// Administration: staff accounts and their roles.
extension Phrase {
    public static let adminAddStaff = Phrase(en: "Add a member of staff", gd: "Cuir neach-obrach ris")
    public static func adminStaffCount(_ count: Int) -> Phrase {
        count == 1 ? Phrase(en: "1 member of staff", gd: "1 neach-obrach") : Phrase(en: "\(count) staff", gd: "Luchd-obrach: \(count)")
    }
    public static let adminEmail = Phrase(en: "Email", gd: "Post-d")
    public static let adminRoles = Phrase(en: "Roles", gd: "Dreuchdan")
    public static let adminAuthenticator = Phrase(en: "Authenticator", gd: "Dearbhadair")
    public static let adminStatus = Phrase(en: "Status", gd: "Staid")
    public static let adminSetUp = Phrase(en: "Set up", gd: "Air a shuidheachadh")
    public static let adminNotSetUp = Phrase(en: "Not set up", gd: "Gun suidheachadh")
    public static let adminActive = Phrase(en: "Active", gd: "Gnìomhach")
    public static let adminDisabled = Phrase(en: "Disabled", gd: "À comas")
    public static let adminNoRoles = Phrase(en: "No roles.", gd: "Gun dreuchd.")
    public static let adminEveryService = Phrase(en: "Every service", gd: "Gach seirbheis")

    public static let adminRolesToGive = Phrase(en: "Roles", gd: "Dreuchdan")
    public static let adminRolesHint = Phrase(en: "Tick every role this person needs.", gd: "Cuir strìochag ris gach dreuchd a tha a dhìth air an neach seo.")
    public static let adminService = Phrase(en: "Service", gd: "Seirbheis")
    public static let adminServiceHint = Phrase(
        en: "Case officers and field workers work on one service; give the role again for another.",
        gd: "Bidh oifigearan chùisean is luchd-obrach san raon ag obair air aon seirbheis; thoir an dreuchd a-rithist airson seirbheis eile."
    )
    public static let adminNotPerService = Phrase(en: "Every service (roles that are not per service)", gd: "Gach seirbheis (dreuchdan nach eil a rèir seirbheis)")
    public static let adminCreateAccount = Phrase(en: "Create account", gd: "Cruthaich an cunntas")
    public static let adminSelectRole = Phrase(en: "Select at least one role", gd: "Tagh co-dhiù aon dreuchd")
    public static let adminSelectServiceForRoles = Phrase(
        en: "Select the service the case officer or field worker works on",
        gd: "Tagh an t-seirbheis air a bheil an t-oifigear chùisean no an neach-obrach san raon ag obair"
    )
    public static let adminEveryServiceForRoles = Phrase(
        en: "Select ‘Every service’ when giving only roles that are not per service",
        gd: "Tagh ‘Gach seirbheis’ nuair nach toir thu ach dreuchdan nach eil a rèir seirbheis"
    )
    public static let adminEmailTaken = Phrase(
        en: "There is already a staff account for this email address",
        gd: "Tha cunntas luchd-obrach ann mu thràth airson a’ phuist-d seo"
    )

    public static let adminStaffAccount = Phrase(en: "Staff account", gd: "Cunntas luchd-obrach")
    public static let adminPassword = Phrase(en: "Password", gd: "Facal-faire")
    public static let adminPasswordSet = Phrase(en: "Set", gd: "Air a shuidheachadh")
    public static let adminPasswordNotChosen = Phrase(en: "Not chosen yet", gd: "Gun taghadh fhathast")
    public static let adminSignedInOn = Phrase(en: "Signed in on", gd: "Air clàradh a-steach air")
    public static func adminDevices(_ count: Int) -> Phrase {
        count == 1 ? Phrase(en: "1 device", gd: "1 uidheam") : Phrase(en: "\(count) devices", gd: "\(count) uidheaman")
    }
    public static let adminMoreRoles = Phrase(en: "Give more roles", gd: "Thoir barrachd dhreuchdan")
    public static let adminGiveRoles = Phrase(en: "Give roles", gd: "Thoir dreuchdan")
    public static let adminAccess = Phrase(en: "Access", gd: "Cothrom")
    public static let adminEndSessions = Phrase(en: "End all their sessions", gd: "Crìochnaich na seiseanan aca uile")
    public static let adminResetAuthenticator = Phrase(en: "Reset their authenticator", gd: "Ath-shuidhich an dearbhadair aca")
    public static let adminSendSetUpLink = Phrase(en: "Send a new set-up link", gd: "Cuir ceangal stèidheachaidh ùr")
    public static let adminEnableAccount = Phrase(en: "Enable account", gd: "Cuir an cunntas an comas")
    public static let adminDisableAccount = Phrase(en: "Disable account", gd: "Cuir an cunntas à comas")
    public static let adminTheirAuditTrail = Phrase(en: "Their audit trail", gd: "An t-slighe sgrùdaidh aca")

    public static func adminCreatedNotice(_ email: String) -> Phrase {
        Phrase(en: "Account created. A set-up link has been emailed to \(email); it expires in 72 hours.",
               gd: "Chaidh an cunntas a chruthachadh. Chaidh ceangal stèidheachaidh a chur gu \(email); falbhaidh an ùine air ann an 72 uair a thìde.")
    }
    public static func adminLinkNotice(_ email: String) -> Phrase {
        Phrase(en: "A new set-up link has been emailed to \(email).", gd: "Chaidh ceangal stèidheachaidh ùr a chur gu \(email).")
    }
    public static func adminRevokedNotice(_ email: String) -> Phrase {
        Phrase(en: "All of \(email)’s sessions have ended.", gd: "Tha na seiseanan aig \(email) uile air crìochnachadh.")
    }
    public static let adminMfaNotice = Phrase(
        en: "The authenticator has been reset: they set up a new one at their next sign-in.",
        gd: "Chaidh an dearbhadair ath-shuidheachadh: suidhichidh iad fear ùr nuair a chlàraicheas iad a-steach an ath thuras."
    )
    public static let adminRolesNotice = Phrase(en: "Roles changed.", gd: "Dh’atharraich na dreuchdan.")
    public static let adminDisabledNotice = Phrase(en: "Account disabled and signed out.", gd: "Chaidh an cunntas a chur à comas agus a chlàradh a-mach.")
    public static let adminEnabledNotice = Phrase(en: "Account enabled.", gd: "Chaidh an cunntas a chur an comas.")
}

/// The audit trail.
extension Phrase {
    public static let auditFilter = Phrase(en: "Filter the audit trail", gd: "Criathraich an t-slighe sgrùdaidh")
    public static let auditPerson = Phrase(en: "Person", gd: "Neach")
    public static let auditPersonHint = Phrase(
        en: "A staff or citizen email address, or an API client’s name",
        gd: "Seòladh puist-d neach-obrach no saoranaich, no ainm cliant API"
    )
    public static let auditAction = Phrase(en: "Action", gd: "Gnìomh")
    public static let auditAnyAction = Phrase(en: "Any action", gd: "Gnìomh sam bith")
    public static let auditFrom = Phrase(en: "From", gd: "Bho")
    public static let auditTo = Phrase(en: "To", gd: "Gu")
    public static let auditDateHint = Phrase(en: "For example, 27 3 2026", gd: "Mar eisimpleir, 27 3 2026")
    public static let auditApply = Phrase(en: "Apply filters", gd: "Cuir na criathragan an sàs")
    public static let auditClear = Phrase(en: "Clear filters", gd: "Falamhaich na criathragan")
    public static let auditWhen = Phrase(en: "When", gd: "Cuin")
    public static let auditWho = Phrase(en: "Who", gd: "Cò")
    public static let auditWhat = Phrase(en: "What", gd: "Dè")
    public static let auditSubject = Phrase(en: "About", gd: "Mu dheidhinn")
    public static let auditDetail = Phrase(en: "Detail", gd: "Mion-fhiosrachadh")
    public static let auditIPAddress = Phrase(en: "IP address", gd: "Seòladh IP")
    public static let auditEntries = Phrase(en: "Entries, newest first", gd: "Innteartan, an fheadhainn as ùire an toiseach")
    public static let auditNone = Phrase(en: "No entries match these filters.", gd: "Chan eil innteart sam bith a’ freagairt ris na criathragan seo.")
    public static let auditNobody = Phrase(
        en: "No staff member, citizen or API client has that email address or name.",
        gd: "Chan eil an seòladh puist-d no an t-ainm sin aig neach-obrach, saoranach no cliant API sam bith."
    )
    public static let auditPreviousPage = Phrase(en: "Newer entries", gd: "Innteartan nas ùire")
    public static let auditNextPage = Phrase(en: "Older entries", gd: "Innteartan nas sine")
    public static let auditCommandLine = Phrase(en: "Command line", gd: "Loidhne-àithne")
    public static let auditAnonymous = Phrase(en: "Not signed in", gd: "Gun chlàradh a-steach")
    public static let auditApplicant = Phrase(en: "Applicant (through a link)", gd: "Tagraiche (tro cheangal)")
    public static func auditCitizen(_ email: String) -> Phrase { Phrase(en: "\(email) (citizen)", gd: "\(email) (saoranach)") }
    public static func auditAPIClient(_ name: String) -> Phrase { Phrase(en: "\(name) (API client)", gd: "\(name) (cliant API)") }
    public static func auditDeletedCitizen(_ id: Int64) -> Phrase { Phrase(en: "Deleted citizen account \(id)", gd: "Cunntas saoranaich \(id) a chaidh a sguabadh às") }
    public static let auditDateInvalidFrom = Phrase(en: "The ‘from’ date must be a real date", gd: "Feumaidh an ceann-latha ‘bho’ a bhith na cheann-latha dligheach")
    public static let auditDateInvalidTo = Phrase(en: "The ‘to’ date must be a real date", gd: "Feumaidh an ceann-latha ‘gu’ a bhith na cheann-latha dligheach")
    public static let auditDateIncompleteFrom = Phrase(
        en: "The ‘from’ date must include a day, month and year", gd: "Feumaidh latha, mìos is bliadhna a bhith sa cheann-latha ‘bho’"
    )
    public static let auditDateIncompleteTo = Phrase(
        en: "The ‘to’ date must include a day, month and year", gd: "Feumaidh latha, mìos is bliadhna a bhith sa cheann-latha ‘gu’"
    )
    public static let auditDateOrder = Phrase(
        en: "The ‘to’ date must be the same as or after the ‘from’ date",
        gd: "Feumaidh an ceann-latha ‘gu’ a bhith co-ionann ris a’ cheann-latha ‘bho’ no às a dhèidh"
    )
}

/// Background tasks and the outbox.
extension Phrase {
    public static let tasksByStatus = Phrase(en: "Background tasks by status", gd: "Saothair sa chùlaibh a rèir staid")
    public static let tasksStatus = Phrase(en: "Status", gd: "Staid")
    public static let tasksCount = Phrase(en: "Tasks", gd: "Saothair")
    public static let tasksScheduled = Phrase(en: "Scheduled work", gd: "Obair air a clàradh")
    public static let tasksScheduledIntro = Phrase(
        en: "Queued once per period by whichever server gets there first, then run by one worker.",
        gd: "Air a cur sa chiudha aon turas gach àm leis an fhrithealaiche a ruigeas an toiseach, agus an uair sin air a ruith le aon obraiche."
    )
    public static let tasksScheduledCaption = Phrase(en: "Scheduled tasks and their last run", gd: "Saothair air a clàradh agus an ruith mu dheireadh")
    public static let tasksTask = Phrase(en: "Task", gd: "Saothair")
    public static let tasksWhen = Phrase(en: "When", gd: "Cuin")
    public static let tasksWhatItDoes = Phrase(en: "What it does", gd: "Dè nì i")
    public static let tasksLastRun = Phrase(en: "Last run", gd: "An ruith mu dheireadh")
    public static let tasksNotYet = Phrase(en: "Not yet", gd: "Chan ann fhathast")
    public static func tasksListed(_ status: Phrase) -> Phrase { Phrase(en: "Tasks: \(status.en.lowercased())", gd: "Saothair: \(status.gd.lowercased())") }
    public static let tasksNone = Phrase(en: "None.", gd: "Chan eil gin.")
    public static let tasksAttempts = Phrase(en: "Attempts", gd: "Oidhirpean")
    public static let tasksLastError = Phrase(en: "Last error", gd: "A’ mhearachd mu dheireadh")
    public static let tasksResult = Phrase(en: "Result", gd: "Toradh")
    public static let tasksCreated = Phrase(en: "Created", gd: "Air a cruthachadh")
    public static func tasksRetry(_ id: Int64) -> Phrase { Phrase(en: "Retry task \(id)", gd: "Feuch saothair \(id) a-rithist") }
    public static func tasksDiscard(_ id: Int64) -> Phrase { Phrase(en: "Discard task \(id)", gd: "Tilg air falbh saothair \(id)") }
    public static func tasksFor(_ id: Int64, _ topic: String, _ reference: String) -> Phrase {
        Phrase(en: "\(id): \(topic) for \(reference)", gd: "\(id): \(topic) airson \(reference)")
    }
    public static let tasksRetried = Phrase(en: "The task is queued again.", gd: "Tha an t-saothair sa chiudha a-rithist.")
    public static let tasksDiscarded = Phrase(en: "The task is discarded.", gd: "Chaidh an t-saothair a thilgeil air falbh.")

    public static let outboxNotify = Phrase(
        en: "Messages are sent through GOV.UK Notify. The newest 100 are listed with what happened to them.",
        gd: "Thèid teachdaireachdan a chur tro GOV.UK Notify. Tha an 100 as ùire air an liostadh le na thachair dhaibh."
    )
    public static let outboxLocal = Phrase(
        en: "No notification service is configured, so messages stay here: this is exactly what would be sent.",
        gd: "Chan eil seirbheis bhrathan air a rèiteachadh, mar sin fuirichidh teachdaireachdan an seo: seo dìreach na rachadh a chur."
    )
    public static let outboxNewest = Phrase(en: "Newest 100 messages", gd: "Na 100 teachdaireachd as ùire")
    public static let outboxCreated = Phrase(en: "Created", gd: "Air a chruthachadh")
    public static let outboxTo = Phrase(en: "To", gd: "Gu")
    public static let outboxSubject = Phrase(en: "Subject", gd: "Cuspair")
    public static let outboxEmail = Phrase(en: "Email", gd: "Post-d")
    public static let outboxTextMessage = Phrase(en: "Text message", gd: "Teachdaireachd teacsa")
}

extension BackgroundJobStatus {
    /// The status in words.
    public var name: Phrase {
        switch self {
        case .pending: Phrase(en: "Waiting", gd: "A’ feitheamh")
        case .running: Phrase(en: "Running", gd: "A’ ruith")
        case .done: Phrase(en: "Done", gd: "Deiseil")
        case .dead: Phrase(en: "Failed", gd: "Air fàilligeadh")
        case .discarded: Phrase(en: "Discarded", gd: "Air a tilgeil air falbh")
        }
    }
}

/// Webhooks and API clients.
extension Phrase {
    public static func webhookCreated(_ id: Int64, _ secret: String) -> Phrase {
        Phrase(en: "Subscription \(id) created. Its signing secret is shown once: \(secret)",
               gd: "Chaidh fo-sgrìobhadh \(id) a chruthachadh. Chithear an dìomhaireachd soidhnidh aige aon turas a-mhàin: \(secret)")
    }
    public static let webhookSubscriptions = Phrase(en: "Subscriptions", gd: "Fo-sgrìobhaidhean")
    public static let webhookURL = Phrase(en: "URL", gd: "URL")
    public static let webhookService = Phrase(en: "Service", gd: "Seirbheis")
    public static let webhookEvents = Phrase(en: "Events", gd: "Tachartasan")
    public static let webhookStatus = Phrase(en: "Status", gd: "Staid")
    public static let webhookEveryEvent = Phrase(en: "Every event", gd: "Gach tachartas")
    public static let webhookActive = Phrase(en: "Active", gd: "Gnìomhach")
    public static let webhookPaused = Phrase(en: "Paused", gd: "Na stad")
    public static let webhookAdd = Phrase(en: "Add a subscription", gd: "Cuir fo-sgrìobhadh ris")
    public static let webhookReceiverURL = Phrase(en: "Receiver URL", gd: "URL an neach-gabhail")
    public static let webhookURLHint = Phrase(en: "https, or http on this machine for testing", gd: "https, no http air an inneal seo airson deuchainn")
    public static let webhookEventsHint = Phrase(en: "None ticked means every event.", gd: "Mura cuir thu strìochag ri gin, gheibh e gach tachartas.")
    public static let webhookURLError = Phrase(
        en: "Enter a URL starting https:// (or http://127.0.0.1 for testing)",
        gd: "Cuir a-steach URL a thòisicheas le https:// (no http://127.0.0.1 airson deuchainn)"
    )
    public static let webhookSelectService = Phrase(en: "Select a service", gd: "Tagh seirbheis")
    public static func webhookNumber(_ id: Int64) -> Phrase { Phrase(en: "Webhook \(id)", gd: "Webhook \(id)") }
    public static let webhookPause = Phrase(en: "Pause deliveries", gd: "Cuir stad air lìbhrigidhean")
    public static let webhookResume = Phrase(en: "Resume deliveries", gd: "Tòisich lìbhrigidhean a-rithist")
    public static let webhookNewestDeliveries = Phrase(en: "Newest 100 deliveries", gd: "Na 100 lìbhrigeadh as ùire")
    public static let webhookWhen = Phrase(en: "When", gd: "Cuin")
    public static let webhookEvent = Phrase(en: "Event", gd: "Tachartas")
    public static let webhookReference = Phrase(en: "Reference", gd: "Iomradh")
    public static let webhookAnswer = Phrase(en: "Answer", gd: "Freagairt")
    public static let webhookTime = Phrase(en: "Time", gd: "Ùine")

    public static func clientRevokedNotice(_ id: String) -> Phrase {
        Phrase(en: "API client \(id) is revoked: its token no longer works.", gd: "Chaidh cliant API \(id) a chùl-ghairm: chan obraich an tòcan aige tuilleadh.")
    }
    public static func clientCreatedNotice(_ id: Int64, _ name: String, _ token: String) -> Phrase {
        Phrase(en: "API client \(id) (\(name)) created. Its token is shown once — copy it now: \(token)",
               gd: "Chaidh cliant API \(id) (\(name)) a chruthachadh. Chithear an tòcan aige aon turas a-mhàin — dèan lethbhreac dheth an-dràsta: \(token)")
    }
    public static let clientIntro = Phrase(
        en: "Systems call the API at /api/v1 with Authorization: Bearer and their token. The API is described at /api/v1/openapi.json.",
        gd: "Bidh siostaman a’ gairm an API aig /api/v1 le Authorization: Bearer agus an tòcan aca. Tha an API air a mhìneachadh aig /api/v1/openapi.json."
    )
    public static func clientCount(_ count: Int) -> Phrase {
        count == 1 ? Phrase(en: "1 API client", gd: "1 chliant API") : Phrase(en: "\(count) API clients", gd: "Cliantan API: \(count)")
    }
    public static let clientClient = Phrase(en: "Client", gd: "Cliant")
    public static let clientScopes = Phrase(en: "Scopes", gd: "Raointean")
    public static let clientServices = Phrase(en: "Services", gd: "Seirbheisean")
    public static let clientStatus = Phrase(en: "Status", gd: "Staid")
    public static func clientRevokedOn(_ when: String) -> Phrase { Phrase(en: "Revoked \(when)", gd: "Air a chùl-ghairm \(when)") }
    public static let clientActive = Phrase(en: "Active", gd: "Gnìomhach")
    public static func clientRevoke(_ name: String, _ id: Int64) -> Phrase {
        Phrase(en: "Revoke \(name) (client \(id))", gd: "Cùl-ghairm \(name) (cliant \(id))")
    }
    public static let clientAdd = Phrase(en: "Add an API client", gd: "Cuir cliant API ris")
    public static let clientName = Phrase(en: "Name", gd: "Ainm")
    public static let clientNameHint = Phrase(
        en: "The system or partner, for example ‘Health board referrals’",
        gd: "An siostam no an com-pàirtiche, mar eisimpleir ‘Tar-chuiridhean a’ bhùird slàinte’"
    )
    public static let clientServicesHint = Phrase(
        en: "None ticked means every service. A client kept to some services sees nothing of the others.",
        gd: "Mura cuir thu strìochag ri gin, gheibh e gach seirbheis. Chan fhaic cliant a tha cuingichte ri cuid de sheirbheisean càil de chàch."
    )
    public static let clientCreate = Phrase(en: "Create API client", gd: "Cruthaich cliant API")
}
