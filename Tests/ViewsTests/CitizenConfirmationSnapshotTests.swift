import Domain
import Testing
@testable import Views

/// After sending: the confirmation with the reference, and the printable record.
@Suite struct CitizenConfirmationSnapshotTests {
    @Test func confirmation() {
        assertPageSnapshots({ language in
            ConfirmationPage(layout: CitizenMocks.layout(language, title: "Application sent", path: "/services/volunteering/confirmation"),
                             title: "Application sent", reference: "VOL-2026-0042",
                             whatHappensNext: "We will contact you within 10 working days.\n\n- a phone call\n- a short meeting",
                             printURL: "/services/volunteering/confirmation/print", startAgainURL: "/services/volunteering/start")
        }, named: "full")
    }

    @Test func printableRecord() {
        assertPageSnapshots({ language in
            PrintableRecordPage(layout: CitizenMocks.layout(language, title: "Volunteer with us: VOL-2026-0042",
                                                            path: "/services/volunteering/confirmation/print",
                                                            back: "/services/volunteering/confirmation"),
                                serviceTitle: "Volunteer with us", reference: "VOL-2026-0042",
                                submittedOn: language == .gd ? "3 dhen Dùbhlachd 2026, 14:05" : "3 December 2026, 14:05",
                                sections: CitizenMocks.withoutChangeLinks(CitizenMocks.sections),
                                whatHappensNext: "We will contact you within 10 working days.")
        }, named: "full")
    }
}
