import Domain

/// Open data, the public performance pages and the staff map. The Gaelic needs a speaker's check.
extension Phrase {
    // Open data
    public static let openDataTitle = Phrase(en: "Open data", gd: "Dàta fosgailte")
    public static let openDataIntro = Phrase(
        en: "Figures about the council's online services, free to reuse. They are counts and rates only: no one can be identified from them.",
        gd: "Àireamhan mu sheirbheisean air-loidhne na comhairle, saor airson an ath-chleachdadh. Chan eil annta ach àireamhan is reataichean: chan urrainnear duine aithneachadh bhuapa."
    )
    public static let openDataDatasets = Phrase(en: "Datasets", gd: "Stòran-dàta")
    public static let openDataDownload = Phrase(en: "Download", gd: "Luchdaich a-nuas")
    public static let openDataColumns = Phrase(en: "Columns", gd: "Colbhan")
    public static let openDataColumn = Phrase(en: "Column", gd: "Colbh")
    public static let openDataMeaning = Phrase(en: "Meaning", gd: "Ciall")
    public static let openDataSuppression = Phrase(en: "Small numbers", gd: "Àireamhan beaga")
    public static func openDataSuppressionRule(_ threshold: Int) -> Phrase {
        Phrase(en: "Any count below \(threshold) is left empty (shown as suppressed), and so is a rate or median worked out from one. Where only one number in a month would be hidden, the next smallest is hidden too, so that no hidden number can be worked out from the all-areas total.",
               gd: "Tha àireamh sam bith nas lugha na \(threshold) air fhàgail falamh (air a chumail air ais), agus mar sin reat no meadhan a thàinig bhuaipe. Far nach biodh ach aon àireamh ann am mìos falaichte, tha an ath fhear as lugha falaichte cuideachd, gus nach gabh àireamh fhalaichte obrachadh a-mach bhon iomlan.")
    }
    public static let openDataLicence = Phrase(en: "Licence", gd: "Cead")
    public static let openDataLicenceText = Phrase(
        en: "You may use and reuse these figures under the Open Government Licence v3.0.",
        gd: "Faodaidh tu na h-àireamhan seo a chleachdadh is ath-chleachdadh fo Chead Riaghaltais Fhosgailte v3.0."
    )
    public static let openDataLicenceLink = Phrase(en: "Open Government Licence v3.0", gd: "Cead Riaghaltais Fosgailte v3.0")
    public static let openDataCatalogue = Phrase(en: "Catalogue for machines (DCAT, JSON-LD)", gd: "Catalog airson innealan (DCAT, JSON-LD)")
    public static let openDataUpdated = Phrase(en: "Figures are kept as the services run and cover the last 14 months.",
                                               gd: "Thèid na h-àireamhan a chumail fhad 's a tha na seirbheisean a' ruith agus tha iad a' còmhdach nan 14 mìosan mu dheireadh.")
    public static let openDataPerformance = Phrase(en: "Performance of each service", gd: "Coileanadh gach seirbheis")

    public static let requestsByAreaTitle = Phrase(en: "Requests by area", gd: "Iarrtasan a rèir sgìre")
    public static let requestsByAreaSummary = Phrase(
        en: "Requests made, completion rate, cases decided and the median days to decide, for each service, month and ward, with a total for all areas.",
        gd: "Iarrtasan a chaidh a dhèanamh, reat coileanaidh, cùisean air an co-dhùnadh agus am meadhan de làithean gu co-dhùnadh, airson gach seirbheis, mìos agus uàrd, le iomlan airson gach sgìre."
    )
    public static let servicePerformanceTitle = Phrase(en: "Service performance", gd: "Coileanadh sheirbheisean")
    public static let servicePerformanceSummary = Phrase(
        en: "The four performance indicators for each service and month: completion rate, user satisfaction, digital take-up and cost per transaction.",
        gd: "Na ceithir comharran coileanaidh airson gach seirbheis is mìos: reat coileanaidh, sàsachadh luchd-cleachdaidh, gabhail ri seirbheisean didseatach agus cosgais gach gnothaich."
    )

    // Performance page
    public static func performanceTitle(_ service: String) -> Phrase { Phrase(en: "Performance: \(service)", gd: "Coileanadh: \(service)") }
    public static let performanceIntro = Phrase(
        en: "How this service is doing, month by month, measured as the Service Standard asks.",
        gd: "Mar a tha an t-seirbheis seo a' dèanamh, mìos air mhìos, air a tomhas mar a dh'iarras an Inbhe Seirbheis."
    )
    public static let performanceCaption = Phrase(en: "Performance by month", gd: "Coileanadh a rèir mìos")
    public static let performanceMonth = Phrase(en: "Month", gd: "Mìos")
    public static let performanceSubmissions = Phrase(en: "Requests", gd: "Iarrtasan")
    public static let performanceCompletion = Phrase(en: "Completion rate", gd: "Reat coileanaidh")
    public static let performanceSatisfaction = Phrase(en: "User satisfaction", gd: "Sàsachadh luchd-cleachdaidh")
    public static let performanceTakeUp = Phrase(en: "Digital take-up", gd: "Gabhail ri didseatach")
    public static let performanceCost = Phrase(en: "Cost per transaction", gd: "Cosgais gach gnothaich")
    public static let performanceNone = Phrase(en: "There are no figures for this service yet.", gd: "Chan eil àireamhan ann airson na seirbheis seo fhathast.")
    public static let suppressed = Phrase(en: "suppressed", gd: "falaichte")
    public static let performanceDefinitions = Phrase(en: "What the figures mean", gd: "Dè tha na h-àireamhan a' ciallachadh")
    public static let performanceCompletionMeaning = Phrase(en: "Requests sent online for every journey started online.",
                                                            gd: "Iarrtasan a chaidh a chur air-loidhne airson gach turas a thòisich air-loidhne.")
    public static let performanceSatisfactionMeaning = Phrase(en: "The share of people answering the feedback question who were satisfied or very satisfied.",
                                                              gd: "A' chuibhreann de dhaoine a fhreagair a' cheist bheachdan a bha riaraichte no glè riaraichte.")
    public static let performanceTakeUpMeaning = Phrase(en: "The share of requests made online rather than by phone, in person, by email or letter.",
                                                        gd: "A' chuibhreann de dh'iarrtasan a chaidh a dhèanamh air-loidhne seach air a' fòn, aghaidh ri aghaidh, le post-d no litir.")
    public static let performanceCostMeaning = Phrase(en: "What a request costs the council on average, from its cost on each channel.",
                                                      gd: "Na tha iarrtas a' cosg air a' chomhairle gu cuibheasach, bhon chosgais aige air gach seanail.")

    // Staff map
    public static let mapTitle = Phrase(en: "Map of requests", gd: "Mapa nan iarrtasan")
    public static let mapIntro = Phrase(
        en: "Requests with a location, over the council's wards. Opening this map is recorded in the audit trail, as the points are where requests were made.",
        gd: "Iarrtasan le àite, air uàrdan na comhairle. Thèid fosgladh a' mhapa seo a chlàradh san lorg sgrùdaidh, oir 's e na puingean far an deach iarrtasan a dhèanamh."
    )
    public static let mapFilters = Phrase(en: "Filter the map", gd: "Criathraich am mapa")
    public static let mapService = Phrase(en: "Service", gd: "Seirbheis")
    public static let mapStatus = Phrase(en: "Status", gd: "Staid")
    public static let mapWard = Phrase(en: "Ward", gd: "Uàrd")
    public static let mapAny = Phrase(en: "Any", gd: "Gin sam bith")
    public static let mapFrom = Phrase(en: "Received from (YYYY-MM-DD)", gd: "Air fhaighinn bho (BBBB-MM-LL)")
    public static let mapTo = Phrase(en: "Received to (YYYY-MM-DD)", gd: "Air fhaighinn gu (BBBB-MM-LL)")
    public static let mapApply = Phrase(en: "Show on the map", gd: "Seall air a' mhapa")
    public static let mapErrorFrom = Phrase(en: "Enter the first date as YYYY-MM-DD, like 2026-04-01", gd: "Cuir a-steach a' chiad cheann-latha mar BBBB-MM-LL, mar eisimpleir 2026-04-01")
    public static let mapErrorTo = Phrase(en: "Enter the last date as YYYY-MM-DD, on or after the first", gd: "Cuir a-steach an ceann-latha mu dheireadh mar BBBB-MM-LL, air no às dèidh a' chiad fhir")
    public static func mapLabel(_ points: Int, _ areas: Int) -> Phrase {
        Phrase(en: "Map of \(points) requests over \(areas) wards. The table below lists the same requests.",
               gd: "Mapa de \(points) iarrtasan air \(areas) uàrdan. Tha an clàr gu h-ìosal a' liostadh nan aon iarrtasan.")
    }
    public static func mapCapped(_ cap: Int) -> Phrase {
        Phrase(en: "Only the newest \(cap) requests are shown. Narrow the filters to see the rest.",
               gd: "Chan eil ach na \(cap) iarrtasan as ùire gan sealltainn. Dèan na criathragan nas cumhainge gus an còrr fhaicinn.")
    }
    public static let mapNoAreas = Phrase(en: "No ward boundaries are loaded: load them with onecouncil areas import --boundaries FILE.geojson.",
                                          gd: "Chan eil crìochan uàrd air an luchdadh: luchdaich iad le onecouncil areas import --boundaries FILE.geojson.")
    public static let mapNone = Phrase(en: "No located requests match these filters.", gd: "Chan eil iarrtas le àite a' freagairt air na criathragan seo.")
    public static let mapCaption = Phrase(en: "Requests on the map", gd: "Iarrtasan air a' mhapa")
    public static let mapReference = Phrase(en: "Reference", gd: "Iomradh")
    public static let mapDate = Phrase(en: "Received", gd: "Air fhaighinn")
    public static let mapArea = Phrase(en: "Ward", gd: "Uàrd")
    public static let mapAreaUnknown = Phrase(en: "Not known", gd: "Gun fhios")
    public static let mapKey = Phrase(en: "Each dot is one request; lines are ward boundaries.", gd: "'S e aon iarrtas a th' anns gach dotag; 's e crìochan uàrd a th' anns na loidhnichean.")
}
