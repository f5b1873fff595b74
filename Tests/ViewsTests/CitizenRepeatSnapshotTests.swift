import Domain
import Testing
@testable import Views

/// A repeating group's list (before any item, with items, full, with an error) and removing an item.
@Suite struct CitizenRepeatSnapshotTests {
    static func addAnother(_ label: String) -> Question {
        Question(id: "add-another", type: .yesNo, label: LocalisedText(label, gaelic: "A bheil thu airson fear eile a chur ris?"))
    }

    static let items: [RepeatSummaryPage.Item] = [
        .init(title: "Qualification 1", lines: ["First aid", "2024"], changeURL: "/services/volunteering/qualifications/1",
              removeURL: "/services/volunteering/qualifications/1/remove"),
        .init(title: "Qualification 2", lines: ["Clean driving licence"], changeURL: "/services/volunteering/qualifications/2",
              removeURL: "/services/volunteering/qualifications/2/remove"),
    ]

    static func page(_ language: Language, items: [RepeatSummaryPage.Item], addAnother: Question?, errors: [FieldError] = [],
                     body: String? = nil, heading: String = "Your qualifications") -> RepeatSummaryPage {
        RepeatSummaryPage(
            layout: CitizenMocks.layout(language, title: heading, path: "/services/volunteering/qualifications",
                                        back: "/services/volunteering/about-you", errors: !errors.isEmpty),
            sectionTitle: "Your skills", heading: heading, body: body, count: "\(items.count) × qualification", items: items,
            action: "/services/volunteering/qualifications", csrfToken: "csrf-token", change: false, addAnother: addAnother, errors: errors
        )
    }

    @Test func beforeAnyItem() {
        assertPageSnapshots({ language in
            Self.page(language, items: [], addAnother: Self.addAnother("Do you need to add a qualification?"),
                      body: "Tell us about any qualifications that help.", heading: "Qualifications")
        }, named: "empty")
    }

    @Test func withItems() {
        assertPageSnapshots({ language in
            Self.page(language, items: Self.items, addAnother: Self.addAnother("Do you want to add another qualification?"))
        }, named: "full")
    }

    @Test func listFull() {
        assertPageSnapshots({ language in Self.page(language, items: Self.items, addAnother: nil) }, named: "at-most")
    }

    @Test func errorsShown() {
        assertPageSnapshots({ language in
            Self.page(language, items: Self.items, addAnother: Self.addAnother("Do you want to add another qualification?"),
                      errors: [FieldError(questionID: "add-another", message: Phrase.journeyAddAtLeast(3, item: LocalisedText("qualifications", gaelic: "teisteanasan"))(language))])
        }, named: "errors")
    }

    static func removal(_ language: Language, errors: [FieldError] = []) -> RemoveItemPage {
        let label = LocalisedText("Are you sure you want to remove qualification 2?",
                                  gaelic: "A bheil thu cinnteach gu bheil thu airson qualification 2 a thoirt air falbh?")
        return RemoveItemPage(
            layout: CitizenMocks.layout(language, title: label.text(language), path: "/services/volunteering/qualifications/2/remove",
                                        back: "/services/volunteering/qualifications", errors: !errors.isEmpty),
            action: "/services/volunteering/qualifications/2/remove", csrfToken: "csrf-token",
            question: Question(id: "remove", type: .yesNo, label: label), itemTitle: "Qualification 2", lines: ["Clean driving licence"],
            errors: errors
        )
    }

    @Test func removeItem() {
        assertPageSnapshots({ language in Self.removal(language) }, named: "remove")
    }

    @Test func removeItemErrorShown() {
        assertPageSnapshots({ language in
            Self.removal(language, errors: [FieldError(questionID: "remove", message: Phrase.journeyRemoveRequired(language))])
        }, named: "remove-errors")
    }
}
