import Domain
import Testing
@testable import Views

/// Check your answers: every answer with its Change link, a repeating group, the declaration; errors; changed answers.
@Suite struct CitizenCheckAnswersSnapshotTests {
    static func page(_ language: Language, sections: [AnswerSection] = CitizenMocks.sections, notice: String? = nil,
                     errors: [FieldError] = []) -> CheckAnswersPage {
        CheckAnswersPage(
            layout: CitizenMocks.layout(language, title: Phrase.checkTitle(language), path: "/services/volunteering/check-answers",
                                        back: "/services/volunteering/qualifications", errors: !errors.isEmpty),
            heading: Phrase.checkTitle(language), notice: notice, sections: sections,
            declaration: "By sending this you confirm that:\n\n- your answers are true\n- you are over 16",
            action: "/services/volunteering/check-answers", csrfToken: "csrf-token", digest: "digest==", errors: errors
        )
    }

    @Test func allAnswered() {
        assertPageSnapshots({ language in Self.page(language) }, named: "full")
    }

    @Test func repeatingGroupWithNoItems() {
        assertPageSnapshots({ language in
            Self.page(language, sections: [AnswerSection(title: "Your skills", rows: [
                .init(key: "Your qualifications", lines: [Phrase.journeyNoneAdded(language)], changeURL: "/services/volunteering/qualifications?change=1"),
            ])])
        }, named: "empty-group")
    }

    @Test func answersChangedSinceShown() {
        assertPageSnapshots({ language in Self.page(language, notice: Phrase.answersChanged(language)) }, named: "changed")
    }

    @Test func errorsShown() {
        assertPageSnapshots({ language in
            Self.page(language, errors: [FieldError(questionID: "about-you", message: language == .gd ? "Cuir a-steach an t-ainm slàn agad" : "Enter your full name")])
        }, named: "errors")
    }
}
