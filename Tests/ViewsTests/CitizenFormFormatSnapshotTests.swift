import Domain
import Testing
@testable import Views

/// The newer question shapes of the definition format: a declaration (one tick box, with its error), a tick-box
/// question with an exclusive "None of these" after "or", and an information page (no questions).
@Suite struct CitizenFormFormatSnapshotTests {
    static func page(_ language: Language, heading: String, body: LocalisedText?, questions: [Question],
                     fields: [String: [String]] = [:], errors: [FieldError] = []) -> QuestionPage {
        QuestionPage(
            layout: CitizenMocks.layout(language, title: heading, path: "/services/hardship-fund/page", errors: !errors.isEmpty),
            action: "/services/hardship-fund/page", csrfToken: "csrf-token", change: false, sectionTitle: nil, heading: heading,
            body: body, questions: questions, questionIsHeading: false, fields: fields, errors: errors,
            saveURL: "/services/hardship-fund/save"
        )
    }

    static let declaration = Question(id: "information-true", type: .declaration, label: LocalisedText(
        "I confirm that the information I have given is true and complete",
        gaelic: "Tha mi a’ dearbhadh gu bheil am fiosrachadh a thug mi seachad fìor agus coileanta"))

    static var benefits: Question {
        var question = Question(id: "benefits", type: .choices, label: LocalisedText("Do you get any of these?", gaelic: "A bheil thu a’ faighinn gin dhiubh seo?"))
        question.options = [
            Option(value: "universal-credit", label: LocalisedText("Universal Credit", gaelic: "Creideas Uile-choitcheann")),
            Option(value: "pension-credit", label: LocalisedText("Pension Credit", gaelic: "Creideas Peinnsein")),
            Option(value: "none", label: LocalisedText("None of these", gaelic: "Chan eil gin dhiubh seo"), exclusive: true),
        ]
        return question
    }

    @Test func declarationNotTicked() {
        assertPageSnapshots({ language in
            Self.page(language, heading: language == .gd ? "Dearbhadh" : "Declaration",
                      body: LocalisedText("If you give false information we may take back any payment.", gaelic: "Ma bheir thu seachad fiosrachadh ceàrr, faodaidh sinn pàigheadh sam bith a thoirt air ais."),
                      questions: [Self.declaration], errors: [FieldError(questionID: "information-true", message: language == .gd
                        ? "Dearbh gu bheil am fiosrachadh fìor" : "Confirm that the information you have given is true")])
        }, named: "declaration-error")
    }

    @Test func exclusiveOption() {
        assertPageSnapshots({ language in
            Self.page(language, heading: language == .gd ? "Sochairean" : "Benefits", body: nil, questions: [Self.benefits],
                      fields: ["benefits": ["none"]])
        }, named: "exclusive")
    }

    @Test func informationPage() {
        assertPageSnapshots({ language in
            Self.page(language, heading: language == .gd ? "Mus lean thu air adhart" : "Before you continue",
                      body: LocalisedText("You will need your last council tax bill.\n\n- your account number\n- the amount you pay",
                                          gaelic: "Bidh feum agad air a’ bhile cìs comhairle mu dheireadh agad.\n\n- àireamh a’ chunntais agad\n- na phàigheas tu"),
                      questions: [])
        }, named: "information")
    }
}
