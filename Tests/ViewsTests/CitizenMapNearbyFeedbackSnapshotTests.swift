import Domain
import Testing
@testable import Views

/// The citizen side of analytics: the location question's map picker, the nearby-report check, and the
/// satisfaction question on the confirmation page with its thanks.
@Suite struct CitizenMapNearbyFeedbackSnapshotTests {
    static let location = Question(id: "location", type: .location, label: LocalisedText("Where is the pothole?", gaelic: "Càite a bheil an toll?"))

    static func locationPage(_ language: Language, map: MapPicker?) -> QuestionPage {
        var layout = MockLayout.citizen(language, title: "Where is the pothole?", path: "/services/mock/location", back: "/services/mock",
                                        serviceName: "Report a pothole")
        if let map {
            layout.scripts = map.scripts
            layout.stylesheets = map.stylesheets
        }
        return QuestionPage(layout: layout, action: "/services/mock/location", csrfToken: "csrf", change: false, sectionTitle: nil,
                            heading: nil, body: nil, questions: [location], questionIsHeading: true,
                            fields: ["location-description": ["By the bus stop"], "location-latitude": ["55.9533"]], errors: [], map: map)
    }

    @Test func locationWithMap() {
        let map = MapPicker(tileURL: "https://tiles.example.org/{z}/{x}/{y}.png", attribution: "Map data © Example & contributors",
                            latitude: 55.95, longitude: -3.19, zoom: 12)
        assertPageSnapshots({ Self.locationPage($0, map: map) }, named: "map")
    }

    @Test func locationWithoutTiles() {
        let map = MapPicker(tileURL: nil, attribution: "", latitude: 55.95, longitude: -3.19, zoom: 12)
        assertPageSnapshots({ Self.locationPage($0, map: map) }, named: "use-my-location")
    }

    static let reports = [
        NearbyReportsPage.Report(reference: "POT-ABCD-EFGH", status: "Received", metres: 12),
        NearbyReportsPage.Report(reference: "POT-JKMN-PQRS", status: "In review", metres: 41),
    ]

    @Test func nearbyReports() {
        assertPageSnapshots({ language in
            NearbyReportsPage(layout: MockLayout.citizen(language, title: Phrase.nearbyTitle(language), path: "/services/mock/location/nearby",
                                                         back: "/services/mock/location", serviceName: "Report a pothole"),
                              serviceTitle: "Report a pothole", action: "/services/mock/location/nearby", csrfToken: "csrf", reports: Self.reports)
        }, named: "offered")
    }

    @Test func nearbyReportsWithErrors() {
        assertPageSnapshots({ language in
            NearbyReportsPage(layout: MockLayout.citizen(language, title: Phrase.nearbyTitle(language), path: "/services/mock/location/nearby",
                                                         back: "/services/mock/location", serviceName: "Report a pothole", errors: true),
                              serviceTitle: "Report a pothole", action: "/services/mock/location/nearby", csrfToken: "csrf", reports: Self.reports,
                              chosen: "", email: "not-an-email",
                              errors: [FieldError(questionID: "report", message: Phrase.nearbyChoose(language), code: "required")])
        }, named: "not-chosen")
    }

    @Test func nearbyJoined() {
        assertPageSnapshots({ language in
            NearbyJoinedPage(layout: MockLayout.citizen(language, title: Phrase.nearbyJoinedTitle(language), path: "/services/mock/location/nearby",
                                                        serviceName: "Report a pothole"),
                             reference: "POT-ABCD-EFGH", emailGiven: true, serviceURL: "/services/mock")
        }, named: "with-email")
    }

    static func confirmation(_ language: Language, feedback: SatisfactionForm?, given: Bool = false) -> ConfirmationPage {
        ConfirmationPage(layout: CitizenMocks.layout(language, title: "Application sent", path: "/services/volunteering/confirmation",
                                                     errors: !(feedback?.errors.isEmpty ?? true)),
                         title: "Application sent", reference: "VOL-2026-0042", whatHappensNext: "We will contact you within 10 working days.",
                         printURL: "/services/volunteering/confirmation/print", startAgainURL: "/services/volunteering/start",
                         feedback: feedback, feedbackGiven: given)
    }

    @Test func confirmationWithSatisfactionQuestion() {
        assertPageSnapshots({ language in
            Self.confirmation(language, feedback: SatisfactionForm(action: "/services/volunteering/confirmation/feedback", csrfToken: "csrf"))
        }, named: "asked")
    }

    @Test func confirmationWithSatisfactionErrors() {
        assertPageSnapshots({ language in
            Self.confirmation(language, feedback: SatisfactionForm(
                action: "/services/volunteering/confirmation/feedback", csrfToken: "csrf", rating: "", comment: "Quick",
                errors: [FieldError(questionID: "rating", message: Phrase.feedbackChooseRating(language), code: "required")]
            ))
        }, named: "not-chosen")
    }

    @Test func confirmationAfterFeedback() {
        assertPageSnapshots({ Self.confirmation($0, feedback: nil, given: true) }, named: "thanked")
    }

    @Test func feedbackThanks() {
        assertPageSnapshots({ language in
            FeedbackThanksPage(layout: CitizenMocks.layout(language, title: Phrase.feedbackThanksTitle(language),
                                                           path: "/services/volunteering/confirmation/feedback",
                                                           back: "/services/volunteering/confirmation"),
                               confirmationURL: "/services/volunteering/confirmation")
        }, named: "thanks")
    }
}
