import Domain
@testable import Views

/// Mock data for the citizen journey's page snapshots.
enum CitizenMocks {
    static func layout(_ language: Language, title: String, path: String, back: String? = nil, errors: Bool = false) -> LayoutModel {
        MockLayout.citizen(language, title: title, path: path, back: back, serviceName: "Volunteer with us", errors: errors)
    }

    static let sections: [AnswerSection] = [
        AnswerSection(title: "About you", rows: [
            .init(key: "Full name", lines: ["Alex Morgan"], changeURL: "/services/volunteering/full-name?change=1"),
            .init(key: "Address", lines: ["12 High Street", "Stornoway", "HS1 2AB"], changeURL: "/services/volunteering/address?change=1"),
            .init(key: "Phone number", lines: ["Not answered"], changeURL: "/services/volunteering/contact?change=1"),
        ]),
        AnswerSection(title: "Your skills", rows: [
            .init(key: "Qualification 1", lines: ["First aid", "2024"], changeURL: "/services/volunteering/qualifications/1?change=1"),
            .init(key: "Qualification 2", lines: ["Clean driving licence"], changeURL: "/services/volunteering/qualifications/2?change=1"),
        ]),
    ]

    static func withoutChangeLinks(_ sections: [AnswerSection]) -> [AnswerSection] {
        sections.map { section in
            AnswerSection(title: section.title, rows: section.rows.map { .init(key: $0.key, lines: $0.lines) })
        }
    }

    static let fullName: Question = {
        var question = Question(id: "full-name", type: .text, label: LocalisedText("Full name", gaelic: "Ainm slàn"))
        question.autocomplete = "name"
        return question
    }()

    static let email: Question = {
        var question = Question(id: "email", type: .email, label: LocalisedText("Email address", gaelic: "Seòladh puist-d"))
        question.hint = LocalisedText("We will only use this to contact you about your application", gaelic: "Cha chleachd sinn seo ach airson fios a chur thugad mun iarrtas agad")
        return question
    }()

    static let days: Question = {
        var question = Question(id: "days", type: .choices, label: LocalisedText("Which days can you help?", gaelic: "Dè na làithean as urrainn dhut cuideachadh?"))
        question.options = [
            Option(value: "weekdays", label: LocalisedText("Weekdays", gaelic: "Làithean-obrach")),
            Option(value: "weekends", label: LocalisedText("Weekends", gaelic: "Deireadh-seachdain")),
        ]
        return question
    }()
}
