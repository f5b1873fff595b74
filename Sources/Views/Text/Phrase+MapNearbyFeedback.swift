import Domain

// The citizen side of data and analytics: the map picker, the nearby-report check and the satisfaction question.
// The Gaelic needs a speaker's check.
extension Phrase {
    // MARK: Map picker (the script reads these from data attributes)

    public static let mapUseMyLocation = Phrase(en: "Use my location", gd: "Cleachd an t-àite agam")
    public static let mapLocating = Phrase(en: "Finding your location…", gd: "A’ lorg an àite agad…")
    public static let mapLocated = Phrase(en: "Your location has been put in the latitude and longitude boxes.",
                                          gd: "Chaidh an t-àite agad a chur sna bogsaichean domhan-leud is domhan-fhad.")
    public static let mapLocateFailed = Phrase(en: "Your location could not be found. Describe where it is, or choose the place on the map.",
                                               gd: "Cha b’ urrainn dhuinn an t-àite agad a lorg. Innis càite a bheil e, no tagh an t-àite air a’ mhapa.")
    public static let mapLabel = Phrase(
        en: "Map: click or tap to mark the place. With a keyboard, move the map with the arrow keys and press Enter to mark its centre.",
        gd: "Mapa: briog no thoir gnogag airson an t-àite a chomharrachadh. Le meur-chlàr, gluais am mapa leis na saighdean is brùth Enter airson a mheadhan a chomharrachadh."
    )
    public static let mapMarked = Phrase(en: "Place marked. The latitude and longitude boxes have been filled in.",
                                         gd: "Tha an t-àite comharraichte. Chaidh na bogsaichean domhan-leud is domhan-fhad a lìonadh.")

    // MARK: Nearby reports

    public static let nearbyTitle = Phrase(en: "Has this already been reported?", gd: "An deach seo aithris mu thràth?")
    public static let nearbyIntro = Phrase(
        en: "These reports are still open near the place you gave. If one of them is the same problem, you can follow it instead of making a new report.",
        gd: "Tha na h-aithrisean seo fhathast fosgailte faisg air an àite a thug thu seachad. Mas e an aon duilgheadas a th’ ann an tè dhiubh, faodaidh tu a leantainn an àite aithris ùr a dhèanamh."
    )
    public static let nearbyLegend = Phrase(en: "Is your problem one of these?", gd: "A bheil an duilgheadas agad am measg nan aithrisean seo?")
    public static func nearbyOption(reference: String, service: String, status: String, metres: Int) -> Phrase {
        Phrase(en: "\(reference): \(service), \(status.lowercased()), about \(metres) metres away",
               gd: "\(reference): \(service), \(status.lowercased()), mu \(metres) meatair air falbh")
    }
    public static let nearbyDifferent = Phrase(en: "No, mine is a different problem", gd: "Chan eil, ’s e duilgheadas eile a th’ agamsa")
    public static let nearbyEmail = Phrase(en: "Email address for updates (optional)", gd: "Seòladh puist-d airson fiosrachadh às ùr (roghainneil)")
    public static let nearbyEmailHint = Phrase(
        en: "If you choose a report above, we will email you when it is updated. Leave this blank if you do not want updates.",
        gd: "Ma thaghas tu aithris gu h-àrd, cuiridh sinn post-d thugad nuair a thèid ùrachadh. Fàg seo bàn mura h-eil thu ag iarraidh fiosrachadh às ùr."
    )
    public static let nearbyChoose = Phrase(en: "Select the report that is the same problem, or ‘No, mine is a different problem’",
                                            gd: "Tagh an aithris a tha mun aon duilgheadas, no ‘Chan eil, ’s e duilgheadas eile a th’ agamsa’")
    public static let nearbyGone = Phrase(en: "That report is no longer open near this place. Choose again.",
                                          gd: "Chan eil an aithris sin fosgailte faisg air an àite seo tuilleadh. Tagh a-rithist.")
    public static let nearbyJoinedTitle = Phrase(en: "You are following this report", gd: "Tha thu a’ leantainn na h-aithris seo")
    public static let nearbyJoinedBody = Phrase(en: "You have been added to report", gd: "Chaidh do chur ris an aithris")
    public static let nearbyJoinedEmail = Phrase(en: "We will email you when it is updated. You do not need to report the problem again.",
                                                 gd: "Cuiridh sinn post-d thugad nuair a thèid ùrachadh. Chan fheum thu an duilgheadas aithris a-rithist.")
    public static let nearbyJoinedNoEmail = Phrase(en: "We have counted your report of the problem. You do not need to report it again.",
                                                   gd: "Chunnt sinn an aithris agad air an duilgheadas. Chan fheum thu aithris a-rithist.")
    public static let nearbyReportDifferent = Phrase(en: "Report a different problem", gd: "Dèan aithris air duilgheadas eile")
    public static let boEventJoinedNoEmail = Phrase(en: "A resident reported the same problem (no email address given)",
                                                    gd: "Rinn neach-còmhnaidh aithris air an aon duilgheadas (gun seòladh puist-d)")
    public static func boEventJoined(_ email: String) -> Phrase {
        Phrase(en: "A resident reported the same problem and follows this case: \(email)",
               gd: "Rinn neach-còmhnaidh aithris air an aon duilgheadas agus tha iad a’ leantainn na cùise seo: \(email)")
    }

    // MARK: Satisfaction

    public static let feedbackHeading = Phrase(en: "What did you think of this service?", gd: "Dè do bheachd air an t-seirbheis seo?")
    public static let feedbackOptional = Phrase(en: "This is optional and takes 30 seconds. Your answer is not linked to your request.",
                                                gd: "Tha seo roghainneil agus bheir e 30 diog. Chan eil do fhreagairt ceangailte ris an iarrtas agad.")
    public static let feedbackLegend = Phrase(en: "Overall, how did you feel about the service you received today?",
                                              gd: "Uile gu lèir, ciamar a bha thu a’ faireachdainn mun t-seirbheis a fhuair thu an-diugh?")
    public static func feedbackRating(_ rating: SatisfactionRating) -> Phrase {
        switch rating {
        case .verySatisfied: Phrase(en: "Very satisfied", gd: "Glè riaraichte")
        case .satisfied: Phrase(en: "Satisfied", gd: "Riaraichte")
        case .neither: Phrase(en: "Neither satisfied nor dissatisfied", gd: "Chan eil riaraichte no mì-riaraichte")
        case .dissatisfied: Phrase(en: "Dissatisfied", gd: "Mì-riaraichte")
        case .veryDissatisfied: Phrase(en: "Very dissatisfied", gd: "Glè mhì-riaraichte")
        }
    }
    public static let feedbackComment = Phrase(en: "How could we improve this service? (optional)",
                                               gd: "Ciamar a b’ urrainn dhuinn an t-seirbheis seo a leasachadh? (roghainneil)")
    public static func feedbackCommentHint(_ limit: Int) -> Phrase {
        Phrase(en: "Do not include personal or financial information. You can enter up to \(limit) characters.",
               gd: "Na cuir a-steach fiosrachadh pearsanta no ionmhasail. Faodaidh tu suas ri \(limit) caractar a chur a-steach.")
    }
    public static let feedbackSend = Phrase(en: "Send feedback", gd: "Cuir am beachd")
    public static let feedbackChooseRating = Phrase(en: "Select how you felt about the service", gd: "Tagh ciamar a bha thu a’ faireachdainn mun t-seirbheis")
    public static func feedbackTooLong(_ limit: Int) -> Phrase {
        Phrase(en: "Your comment must be \(limit) characters or fewer", gd: "Feumaidh am beachd agad a bhith \(limit) caractar no nas lugha")
    }
    public static let feedbackTooMany = Phrase(en: "You have sent a lot of feedback. Try again later.",
                                               gd: "Chuir thu tòrr bheachdan. Feuch a-rithist an ceann greis.")
    public static let feedbackThanksTitle = Phrase(en: "Thank you for your feedback", gd: "Tapadh leibh airson ur beachd")
    public static let feedbackThanksBody = Phrase(en: "We read every comment and use them to improve our services.",
                                                  gd: "Leughaidh sinn gach beachd agus cleachdaidh sinn iad airson ar seirbheisean a leasachadh.")
    public static let feedbackBack = Phrase(en: "Back to your confirmation", gd: "Air ais chun an dearbhaidh agad")
    public static let mapName = Phrase(en: "Map", gd: "Mapa")
    public static let mapFindPostcode = Phrase(en: "Move the map to a postcode (optional)", gd: "Gluais am mapa gu còd-puist (roghainneil)")
    public static let mapFind = Phrase(en: "Find", gd: "Lorg")
    public static let mapPostcodeFound = Phrase(en: "The map shows that postcode. Now click or tap the place on the map.",
                                                gd: "Tha am mapa a’ sealltainn a’ chòd-puist sin. A-nis briog no thoir gnogag air an àite air a’ mhapa.")
    public static let mapPostcodeNotFound = Phrase(en: "That postcode was not found. Check it, or move the map yourself.",
                                                   gd: "Cha deach an còd-puist sin a lorg. Thoir sùil air, no gluais am mapa thu fhèin.")
}
