import Domain
import Testing
@testable import Views

/// A page of questions: empty, answered, with errors, the question as the heading, and an item of a repeating group.
@Suite struct CitizenQuestionPageSnapshotTests {
    static func page(_ language: Language, fields: [String: [String]] = [:], errors: [FieldError] = [], change: Bool = false) -> QuestionPage {
        QuestionPage(
            layout: CitizenMocks.layout(language, title: "About you", path: "/services/volunteering/about-you",
                                        back: "/services/volunteering", errors: !errors.isEmpty),
            action: "/services/volunteering/about-you", csrfToken: "csrf-token", change: change, sectionTitle: "Your details",
            heading: "About you", body: LocalisedText("We need to know who you are.", gaelic: "Feumaidh fios a bhith againn cò thu."),
            questions: [CitizenMocks.fullName, CitizenMocks.email, CitizenMocks.days], questionIsHeading: false,
            fields: fields, errors: errors, saveURL: "/services/volunteering/save"
        )
    }

    @Test func emptyPage() {
        assertPageSnapshots({ language in Self.page(language) }, named: "empty")
    }

    @Test func answeredPageFromCheckAnswers() {
        assertPageSnapshots({ language in
            Self.page(language, fields: ["full-name": ["Alex Morgan"], "email": ["alex@example.com"], "days": ["weekends"]], change: true)
        }, named: "full")
    }

    @Test func errorsShown() {
        assertPageSnapshots({ language in
            Self.page(language, fields: ["email": ["not-an-email"]], errors: [
                FieldError(questionID: "full-name", message: language == .gd ? "Cuir a-steach an t-ainm slàn agad" : "Enter your full name"),
                FieldError(questionID: "email", message: language == .gd ? "Cuir a-steach seòladh puist-d ceart" : "Enter an email address in the correct format"),
            ])
        }, named: "errors")
    }

    @Test func questionAsHeading() {
        var question = CitizenMocks.days
        question.required = false
        assertPageSnapshots({ language in
            QuestionPage(layout: CitizenMocks.layout(language, title: "Which days can you help?", path: "/services/volunteering/days"),
                         action: "/services/volunteering/days", csrfToken: "csrf-token", change: false, sectionTitle: nil, heading: nil,
                         body: nil, questions: [question], questionIsHeading: true, fields: [:], errors: [],
                         saveURL: "/services/volunteering/save")
        }, named: "question-heading")
    }

    @Test func fileUploadedEarlier() {
        let question = Question(id: "photo", type: .file, label: LocalisedText("Photo of the pothole", gaelic: "Dealbh den toll"))
        assertPageSnapshots({ language in
            QuestionPage(layout: CitizenMocks.layout(language, title: "Photo of the pothole", path: "/services/report-a-pothole/photo"),
                         action: "/services/report-a-pothole/photo", csrfToken: "csrf-token", change: false, sectionTitle: nil,
                         heading: nil, body: nil, questions: [question], questionIsHeading: true, fields: [:], errors: [],
                         currentFiles: ["photo": FileReference(id: "f1", filename: "pothole.jpg", contentType: "image/jpeg", size: 48_000)],
                         saveURL: "/services/report-a-pothole/save")
        }, named: "file")
    }

    @Test func repeatingGroupItem() {
        let name = Question(id: "qualification", type: .text, label: LocalisedText("Qualification", gaelic: "Teisteanas"))
        assertPageSnapshots({ language in
            QuestionPage(layout: CitizenMocks.layout(language, title: "Your qualifications: qualification 2",
                                                     path: "/services/volunteering/qualifications/2", back: "/services/volunteering/qualifications"),
                         action: "/services/volunteering/qualifications/2", csrfToken: "csrf-token", change: false, sectionTitle: nil,
                         heading: "Your qualifications: qualification 2", body: nil, questions: [name], questionIsHeading: false,
                         fields: [:], errors: [])
        }, named: "repeat-item")
    }
}
