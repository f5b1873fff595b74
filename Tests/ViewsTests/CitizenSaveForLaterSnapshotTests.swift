import Domain
import Testing
@testable import Views

/// "Save and come back later": saved to the account, asking for an email address, and its error.
@Suite struct CitizenSaveForLaterSnapshotTests {
    static func page(_ language: Language, _ state: SaveForLaterPage.State, errors: [FieldError] = []) -> SaveForLaterPage {
        let layout = MockLayout.citizen(language, title: SaveForLaterPage.title(state)(language), path: "/services/volunteering/save",
                                        back: "/services/volunteering/start", errors: !errors.isEmpty)
        return SaveForLaterPage(layout: layout, serviceName: "Volunteer with us", slug: "volunteering", state: state, errors: errors)
    }

    @Test func savedToAccount() {
        assertPageSnapshots({ language in Self.page(language, .savedToAccount) }, named: "saved")
    }

    @Test func askForEmail() {
        assertPageSnapshots({ language in Self.page(language, .askEmail(email: "", csrfToken: "csrf-token")) }, named: "empty")
    }

    @Test func emailErrorShown() {
        assertPageSnapshots({ language in
            Self.page(language, .askEmail(email: "not-an-email", csrfToken: "csrf-token"), errors: [
                FieldError(questionID: "email", message: language == .gd ? "Cuir a-steach seòladh puist-d ceart" : "Enter an email address in the correct format"),
            ])
        }, named: "errors")
    }
}
