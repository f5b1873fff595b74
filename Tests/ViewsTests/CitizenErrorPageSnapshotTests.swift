import Domain
import Testing
@testable import Views

/// The error pages: not found, too large, an expired form, a refusal (citizen and staff), a failure.
@Suite struct CitizenErrorPageSnapshotTests {
    static func page(_ language: Language, _ kind: ErrorPage.Kind, staffHome: Bool = false) -> ErrorPage {
        ErrorPage(layout: MockLayout.citizen(language, title: ErrorPage.title(kind)(language), path: "/somewhere"), kind: kind, staffHome: staffHome)
    }

    @Test func notFound() { assertPageSnapshots({ Self.page($0, .notFound) }, named: "not-found") }
    @Test func tooLarge() { assertPageSnapshots({ Self.page($0, .tooLarge) }, named: "too-large") }
    @Test func expiredForm() { assertPageSnapshots({ Self.page($0, .expiredForm) }, named: "expired-form") }
    @Test func refused() { assertPageSnapshots({ Self.page($0, .refused) }, named: "refused") }
    @Test func refusedStaff() { assertPageSnapshots({ Self.page($0, .refused, staffHome: true) }, named: "refused-staff") }
    @Test func serverError() { assertPageSnapshots({ Self.page($0, .serverError) }, named: "server-error") }
}
