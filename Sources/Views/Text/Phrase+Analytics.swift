import Domain

/// The analyst's dashboards (/analytics). The Gaelic needs a speaker's check.
extension Phrase {
    public static let anDashboards = Phrase(en: "Dashboards", gd: "Deas-bhùird")
    public static let anDemand = Phrase(en: "Demand", gd: "Iarrtas")
    public static let anCompletion = Phrase(en: "Completion and drop-off", gd: "Crìochnachadh is fàgail")
    public static let anSatisfaction = Phrase(en: "User satisfaction", gd: "Riarachas luchd-cleachdaidh")
    public static let anCosts = Phrase(en: "Cost per transaction", gd: "Cosgais gach gnothaich")
    public static let anDecisions = Phrase(en: "Decisions and backlog", gd: "Co-dhùnaidhean is obair a’ feitheamh")
    public static let anAreas = Phrase(en: "By area", gd: "A rèir sgìre")

    // The filter
    public static let anFilterLabel = Phrase(en: "Filter the figures", gd: "Criathraich na figearan")
    public static let anFrom = Phrase(en: "From", gd: "O")
    public static let anTo = Phrase(en: "To", gd: "Gu")
    public static let anService = Phrase(en: "Service", gd: "Seirbheis")
    public static let anAllServices = Phrase(en: "All services", gd: "A h-uile seirbheis")
    public static let anArea = Phrase(en: "Area", gd: "Sgìre")
    public static let anAllAreas = Phrase(en: "All areas", gd: "A h-uile sgìre")
    public static let anChannel = Phrase(en: "Channel", gd: "Seanail")
    public static let anAllChannels = Phrase(en: "All channels", gd: "A h-uile seanail")
    public static let anShowFigures = Phrase(en: "Show figures", gd: "Seall na figearan")
    public static func anPeriod(_ from: String, _ to: String) -> Phrase {
        Phrase(en: "Figures from \(from) to \(to), by the council’s days.", gd: "Figearan o \(from) gu \(to), a rèir làithean na comhairle.")
    }
    public static let anErrorFrom = Phrase(en: "Enter the from date as a real date, like 2026-11-01",
                                           gd: "Cuir a-steach an ceann-latha “o” mar fhìor cheann-latha, mar 2026-11-01")
    public static let anErrorTo = Phrase(en: "Enter the to date as a real date, like 2026-11-28",
                                         gd: "Cuir a-steach an ceann-latha “gu” mar fhìor cheann-latha, mar 2026-11-28")
    public static let anErrorToBeforeFrom = Phrase(en: "The to date must be the same as or after the from date",
                                                   gd: "Feumaidh an ceann-latha “gu” a bhith co-ionann ris a’ cheann-latha “o” no às a dhèidh")
    public static func anErrorTooLong(_ days: Int) -> Phrase {
        Phrase(en: "Choose a period of \(days) days or fewer", gd: "Tagh ùine de \(days) latha no nas lugha")
    }
    public static let anErrorService = Phrase(en: "Choose a service from the list", gd: "Tagh seirbheis on liosta")
    public static let anErrorArea = Phrase(en: "Choose an area from the list", gd: "Tagh sgìre on liosta")
    public static let anErrorChannel = Phrase(en: "Choose a channel from the list", gd: "Tagh seanail on liosta")

    // Figures and tables
    public static let anKPIs = Phrase(en: "The four service measures", gd: "Na ceithir tomhasan seirbheis")
    public static let anMeasure = Phrase(en: "Measure", gd: "Tomhas")
    public static let anFigure = Phrase(en: "Figure", gd: "Figear")
    public static let anBasedOn = Phrase(en: "Based on", gd: "Stèidhichte air")
    public static let anCostPerTransaction = Phrase(en: "Cost per transaction", gd: "Cosgais gach gnothaich")
    public static let anUserSatisfaction = Phrase(en: "User satisfaction", gd: "Riarachas luchd-cleachdaidh")
    public static let anCompletionRate = Phrase(en: "Completion rate", gd: "Ìre crìochnachaidh")
    public static let anDigitalTakeUp = Phrase(en: "Digital take-up", gd: "Gabhail ri seirbheisean didseatach")
    public static let anSeeDashboard = Phrase(en: "See the figures", gd: "Faic na figearan")
    public static func anTransactions(_ count: Int) -> Phrase {
        Phrase(en: "\(count) transactions", gd: "\(count) gnothach")
    }
    public static func anCostMissing(_ channels: String) -> Phrase {
        Phrase(en: "No unit cost entered for: \(channels)", gd: "Cha deach cosgais aonaid a chur a-steach airson: \(channels)")
    }
    public static func anResponses(_ count: Int) -> Phrase { Phrase(en: "\(count) responses", gd: "\(count) freagairt") }
    public static func anStartedSubmitted(_ started: Int, _ submitted: Int) -> Phrase {
        Phrase(en: "\(submitted) submitted of \(started) started", gd: "\(submitted) air an cur a-steach à \(started) air an tòiseachadh")
    }
    public static func anOnlineOfAll(_ online: Int, _ all: Int) -> Phrase {
        Phrase(en: "\(online) online of \(all) on all channels", gd: "\(online) air loidhne à \(all) air a h-uile seanail")
    }
    public static func anChartSummary(_ caption: String) -> Phrase {
        Phrase(en: "Bar chart: \(caption). The table below gives the same figures.",
               gd: "Cairt bhàraichean: \(caption). Tha na h-aon fhigearan sa chlàr gu h-ìosal.")
    }
    public static func anNothingCounted(_ caption: String) -> Phrase {
        Phrase(en: "\(caption): nothing counted for this filter.", gd: "\(caption): cha deach càil a chunntadh airson a’ chriathair seo.")
    }
    public static let anDownloadCSV = Phrase(en: "Download this table (CSV)", gd: "Luchdaich a-nuas an clàr seo (CSV)")
    public static let anTotal = Phrase(en: "Total", gd: "Iomlan")
    public static let anDay = Phrase(en: "Day", gd: "Latha")
    public static let anWeekStarting = Phrase(en: "Week starting", gd: "Seachdain a’ tòiseachadh")
    public static let anMonth = Phrase(en: "Month from", gd: "Mìos o")
    public static let anShare = Phrase(en: "Share", gd: "Cuibhreann")
    public static let anNote = Phrase(en: "Note", gd: "Nota")
    public static func anDays(_ days: Int) -> Phrase {
        Phrase(en: days == 1 ? "1 day" : "\(days) days", gd: "\(days) latha")
    }

    // Demand
    public static let anSubmissionsOverTime = Phrase(en: "Submissions over time, by channel", gd: "Iarrtasan thar ùine, a rèir seanail")
    public static let anSubmissionsByService = Phrase(en: "Submissions by service and channel", gd: "Iarrtasan a rèir seirbheis is seanail")
    public static let anDigitalTakeUpByService = Phrase(en: "Digital take-up by service", gd: "Gabhail didseatach a rèir seirbheis")
    public static func anTakeUpSummary(_ share: String, _ online: Int, _ total: Int) -> Phrase {
        Phrase(en: "Digital take-up: \(share) (\(online) online of \(total) submissions on all channels).",
               gd: "Gabhail didseatach: \(share) (\(online) air loidhne à \(total) iarrtas air a h-uile seanail).")
    }

    // Completion
    public static let anCompletionByVersion = Phrase(en: "Completion rate by service and version", gd: "Ìre crìochnachaidh a rèir seirbheis is tionndaidh")
    public static let anVersion = Phrase(en: "Version", gd: "Tionndadh")
    public static let anStarted = Phrase(en: "Started", gd: "Air tòiseachadh")
    public static let anSubmitted = Phrase(en: "Submitted", gd: "Air a chur a-steach")
    public static let anChooseFunnel = Phrase(en: "See where people stop in one version:", gd: "Faic càit an stad daoine ann an aon tionndadh:")
    public static func anFunnelLink(_ title: String, _ version: Int) -> Phrase {
        Phrase(en: "Drop-off for \(title), version \(version)", gd: "Fàgail airson \(title), tionndadh \(version)")
    }
    public static func anFunnelCaption(_ title: String, _ version: Int) -> Phrase {
        Phrase(en: "Pages answered: \(title), version \(version)", gd: "Duilleagan air am freagairt: \(title), tionndadh \(version)")
    }
    public static let anJourneysStarted = Phrase(en: "Journeys started", gd: "Turasan air an tòiseachadh")
    public static let anPage = Phrase(en: "Page", gd: "Duilleag")
    public static let anAnswered = Phrase(en: "Answered", gd: "Air am freagairt")
    public static let anDropFromPrevious = Phrase(en: "Fewer than the step before", gd: "Nas lugha na an ceum roimhe")
    public static let anOfStarted = Phrase(en: "Of those started", gd: "De na chaidh a thòiseachadh")
    public static let anExitsReached = Phrase(en: "Exit pages reached", gd: "Duilleagan fàgail a ràinigeadh")
    public static let anExitPage = Phrase(en: "Exit page", gd: "Duilleag fàgail")
    public static let anTimesShown = Phrase(en: "Times shown", gd: "Turais air a shealltainn")
    public static let anCommonErrors = Phrase(en: "Commonest errors", gd: "Na mearachdan as cumanta")
    public static let anQuestionAndError = Phrase(en: "Question and error", gd: "Ceist is mearachd")
    public static let anTimes = Phrase(en: "Times", gd: "Turais")

    // Satisfaction
    public static let anRatings = Phrase(en: "How satisfied people were", gd: "Dè cho riaraichte ’s a bha daoine")
    public static let anRating = Phrase(en: "Rating", gd: "Rangachadh")
    public static let anResponsesHeader = Phrase(en: "Responses", gd: "Freagairtean")
    public static let anVerySatisfied = Phrase(en: "Very satisfied", gd: "Glè riaraichte")
    public static let anSatisfied = Phrase(en: "Satisfied", gd: "Riaraichte")
    public static let anNeither = Phrase(en: "Neither satisfied nor dissatisfied", gd: "Chan eil riaraichte no mì-riaraichte")
    public static let anDissatisfied = Phrase(en: "Dissatisfied", gd: "Mì-riaraichte")
    public static let anVeryDissatisfied = Phrase(en: "Very dissatisfied", gd: "Glè mhì-riaraichte")
    public static func anSatisfiedSummary(_ share: String, _ responses: Int) -> Phrase {
        Phrase(en: "Satisfied or very satisfied: \(share) of \(responses) responses.",
               gd: "Riaraichte no glè riaraichte: \(share) de \(responses) freagairt.")
    }
    public static let anLatestComments = Phrase(en: "Latest comments", gd: "Na beachdan as ùire")
    public static let anNoComments = Phrase(en: "No comments in this period.", gd: "Chan eil beachdan san ùine seo.")
    public static let anCommentsAudited = Phrase(
        en: "Comments are people’s own words. Opening this page is recorded in the audit trail; do not copy comments that could identify someone.",
        gd: "’S e faclan dhaoine fhèin a th’ anns na beachdan. Thèid fosgladh na duilleige seo a chlàradh san t-slighe sgrùdaidh; na dèan lethbhreac de bheachdan a dh’aithnicheadh cuideigin."
    )

    // Costs
    public static let anTransactionsHeader = Phrase(en: "Transactions", gd: "Gnothaichean")
    public static let anUnitCosts = Phrase(en: "Unit costs entered", gd: "Cosgaisean aonaid a chaidh a chur a-steach")
    public static let anUnitCost = Phrase(en: "Unit cost", gd: "Cosgais aonaid")
    public static let anDefaultAllServices = Phrase(en: "Default (all services)", gd: "Bun-roghainn (a h-uile seirbheis)")
    public static func anOverallCost(_ cost: String, _ transactions: Int) -> Phrase {
        Phrase(en: "Cost per transaction: \(cost) over \(transactions) transactions.", gd: "Cosgais gach gnothaich: \(cost) thar \(transactions) gnothach.")
    }
    public static let anEnterUnitCosts = Phrase(en: "Enter unit costs", gd: "Cuir a-steach cosgaisean aonaid")
    public static let anEnterUnitCostsHint = Phrase(
        en: "What one transaction costs the council on each channel. A service’s own cost is used where entered, otherwise the default. Leave a box empty to remove that cost.",
        gd: "Na chosgas aon ghnothach don chomhairle air gach seanail. Thèid cosgais na seirbheis fhèin a chleachdadh far a bheil i ann, air neo am bun-roghainn. Fàg bogsa falamh gus a’ chosgais sin a thoirt air falbh."
    )
    public static let anCostsFor = Phrase(en: "Costs for", gd: "Cosgaisean airson")
    public static func anUnitCostOn(_ channel: String) -> Phrase {
        Phrase(en: "Cost of one transaction by \(channel)", gd: "Cosgais aon ghnothaich tro \(channel)")
    }
    public static let anPoundsHint = Phrase(en: "In pounds, like 4.50", gd: "Ann an notaichean, mar 4.50")
    public static let anSaveCosts = Phrase(en: "Save unit costs", gd: "Sàbhail na cosgaisean aonaid")
    public static let anCostsSaved = Phrase(en: "Unit costs saved.", gd: "Chaidh na cosgaisean aonaid a shàbhaladh.")
    public static func anErrorAmount(_ channel: String) -> Phrase {
        Phrase(en: "Enter the cost by \(channel) in pounds, like 4.50, or leave it empty",
               gd: "Cuir a-steach a’ chosgais tro \(channel) ann an notaichean, mar 4.50, no fàg falamh i")
    }
    public static let anErrorCostService = Phrase(en: "Choose a service you may enter costs for", gd: "Tagh seirbheis as urrainn dhut cosgaisean a chur a-steach air a son")

    // Decisions
    public static let anTimeToDecide = Phrase(en: "Time to decide", gd: "Ùine gus co-dhùnadh")
    public static let anMedianByService = Phrase(en: "Median time to decide by service", gd: "Ùine mheadhanach gus co-dhùnadh a rèir seirbheis")
    public static let anDecided = Phrase(en: "Decided", gd: "Air an co-dhùnadh")
    public static let anMedian = Phrase(en: "Median", gd: "Meadhan")
    public static let anNinetieth = Phrase(en: "90th percentile", gd: "An 90mh ceudadh")
    public static let anInTarget = Phrase(en: "Within target", gd: "Taobh a-staigh na targaid")
    public static let anBacklog = Phrase(en: "Open cases by age", gd: "Cùisean fosgailte a rèir aois")
    public static let anBacklogByAge = Phrase(en: "Open cases by age, all services shown", gd: "Cùisean fosgailte a rèir aois, a h-uile seirbheis a chithear")
    public static let anBacklogNow = Phrase(en: "The backlog is the open cases today, whatever the period.",
                                            gd: "’S e na cùisean a tha fosgailte an-diugh an obair a’ feitheamh, ge b’ e dè an ùine.")
    public static let anBandWeek = Phrase(en: "Up to 7 days", gd: "Suas ri 7 latha")
    public static let anBandFourWeeks = Phrase(en: "8 to 28 days", gd: "8 gu 28 latha")
    public static let anBandThirteenWeeks = Phrase(en: "29 to 90 days", gd: "29 gu 90 latha")
    public static let anBandOlder = Phrase(en: "Over 90 days", gd: "Còrr is 90 latha")

    // Areas
    public static let anByArea = Phrase(en: "Figures by area", gd: "Figearan a rèir sgìre")
    public static let anSubmissionsByArea = Phrase(en: "Submissions by area", gd: "Iarrtasan a rèir sgìre")
    public static let anOpenCases = Phrase(en: "Open cases", gd: "Cùisean fosgailte")
    public static let anAreaUnknown = Phrase(en: "Area not known", gd: "Sgìre neo-aithnichte")
    public static let anNoAreasLoaded = Phrase(
        en: "No areas are loaded yet (onecouncil areas import), so every request is counted as area not known.",
        gd: "Cha deach sgìre sam bith a luchdadh fhathast (onecouncil areas import), mar sin tha gach iarrtas air a chunntadh mar sgìre neo-aithnichte."
    )
}
