import Domain
import Testing
@testable import Views

/// Where an answer ends the journey.
@Suite struct CitizenExitSnapshotTests {
    @Test func exitPage() {
        assertPageSnapshots({ language in
            ExitPage(layout: CitizenMocks.layout(language, title: "You cannot volunteer yet", path: "/services/volunteering/too-young",
                                                 back: "/services/volunteering/age"),
                     heading: "You cannot volunteer yet",
                     body: "You need to be 16 or over.\n\n- ask a parent\n- come back later", startURL: "/services/volunteering")
        }, named: "full")
    }

    @Test func exitPageWithoutGuidance() {
        assertPageSnapshots({ language in
            ExitPage(layout: CitizenMocks.layout(language, title: "You cannot use this service", path: "/services/volunteering/exit"),
                     heading: "You cannot use this service", body: nil, startURL: "/services/volunteering")
        }, named: "plain")
    }
}
