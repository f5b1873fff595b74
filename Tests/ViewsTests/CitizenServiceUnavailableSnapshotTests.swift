import Domain
import Testing
@testable import Views

/// The page of a service that is not open: not yet (with and without a date), closed at its time or limit, withdrawn,
/// and the notice that answers in progress were not sent.
@Suite struct CitizenServiceUnavailableSnapshotTests {
    static func page(_ language: Language, _ reason: ServiceUnavailablePage.Reason, answersNotSent: Bool = false) -> ServiceUnavailablePage {
        ServiceUnavailablePage(
            layout: MockLayout.citizen(language, title: ServiceUnavailablePage.heading(reason, language), path: "/services/volunteering",
                                       back: nil, serviceName: nil, errors: false),
            serviceTitle: "Volunteer with us", reason: reason, answersNotSent: answersNotSent
        )
    }

    @Test func notOpenYet() {
        assertPageSnapshots({ language in Self.page(language, .notYetOpen(opensAt: language == .gd ? "1 An Dùbhlachd 2026, 9:00" : "1 December 2026, 9:00am")) },
                            named: "not-open-yet")
        assertPageSnapshots({ language in Self.page(language, .notYetOpen(opensAt: nil)) }, named: "not-open-no-date")
    }

    @Test func closedAtItsTimeWithAnswersInProgress() {
        assertPageSnapshots({ language in
            Self.page(language, .closed(closedAt: language == .gd ? "30 An t-Samhain 2026, 17:00" : "30 November 2026, 5:00pm"), answersNotSent: true)
        }, named: "closed")
    }

    @Test func limitReachedAndWithdrawn() {
        assertPageSnapshots({ language in Self.page(language, .limitReached) }, named: "limit")
        assertPageSnapshots({ language in Self.page(language, .withdrawn) }, named: "withdrawn")
    }
}
