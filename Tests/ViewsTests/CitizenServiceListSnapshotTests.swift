import Domain
import Testing
@testable import Views

/// The home page's list of services and a service's start page.
@Suite struct CitizenServiceListSnapshotTests {
    @Test func servicesListed() {
        assertPageSnapshots({ language in
            ServiceListPage(layout: MockLayout.citizen(language, title: Phrase.services(language)), services: [
                .init(title: "Report a pothole", summary: "Tell us about a pothole on a council road.", url: "/services/report-a-pothole"),
                .init(title: "Volunteer with us", summary: "Offer your time <and skills> to a council project.", url: "/services/volunteering"),
            ])
        }, named: "full")
    }

    @Test func noServicesYet() {
        assertPageSnapshots({ language in
            ServiceListPage(layout: MockLayout.citizen(language, title: Phrase.services(language)), services: [])
        }, named: "empty")
    }

    @Test func startPageWithWhatToHaveReady() {
        assertPageSnapshots({ language in
            StartPage(layout: MockLayout.citizen(language, title: "Volunteer with us", path: "/services/volunteering", back: "/"),
                      title: "Volunteer with us",
                      body: "Use this service to offer your time to a council project.\n\n- litter picks\n- reading with children",
                      beforeYouStart: "You will need the names of two referees.", startURL: "/services/volunteering/start")
        }, named: "full")
    }

    @Test func startPageWithoutWhatToHaveReady() {
        assertPageSnapshots({ language in
            StartPage(layout: MockLayout.citizen(language, title: "Report a pothole", path: "/services/report-a-pothole", back: "/"),
                      title: "Report a pothole", body: "Tell us where it is.", beforeYouStart: nil,
                      startURL: "/services/report-a-pothole/start")
        }, named: "plain")
    }
}
