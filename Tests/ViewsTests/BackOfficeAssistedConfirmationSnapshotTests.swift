import Domain
import Testing
@testable import Views

/// The agent's confirmation after sending a form for a caller, with and without the caller's email address.
@Suite struct BackOfficeAssistedConfirmationSnapshotTests {
    static func page(_ language: Language, callerEmail: String?) -> AssistedConfirmationPage {
        AssistedConfirmationPage(
            layout: MockLayout.staff(language, title: Phrase.assistedSentTitle(language), path: "/services/report-a-pothole/confirmation",
                                     roles: [.customerServiceAgent]),
            serviceName: "Report a pothole", reference: "POT-ABCD-2345", callerEmail: callerEmail,
            whatHappensNext: "We will inspect the pothole within 5 working days.", printURL: "/services/report-a-pothole/confirmation/print"
        )
    }

    @Test func callerGaveAnEmailAddress() {
        assertPageSnapshots({ Self.page($0, callerEmail: "caller@example.com") }, named: "with-email")
    }

    @Test func callerGaveNoEmailAddress() {
        assertPageSnapshots({ Self.page($0, callerEmail: nil) }, named: "no-email")
    }
}
