import Domain
import Testing
@testable import Views

/// The designer's editing pages: a draft's overview, the page, condition and question editors, and the YAML.
@Suite struct DesignerEditorSnapshotTests {
    static let slug = "report-a-pothole"

    static func layout(_ language: Language, _ title: String, errors: Bool = false) -> LayoutModel {
        MockLayout.staff(language, title: title, path: "/designer/services/\(slug)", roles: [.serviceDesigner],
                         back: "/designer", errors: errors)
    }

    @Test func draftOverviewWithPagesAndProblems() {
        assertPageSnapshots({ language in
            DesignerServicePage(
                layout: Self.layout(language, "Report a pothole"), slug: Self.slug, title: "Report a pothole",
                sections: [
                    .init(id: "where", title: "Where it is", pages: [
                        .init(id: "road-type", heading: "What kind of road is it?", kind: .questions(count: 1), branches: 2),
                        .init(id: "motorway", heading: "Report it to Transport Scotland", kind: .exit),
                        .init(id: "safety", heading: "Stay safe", kind: .information),
                    ]),
                    .init(id: "about", title: "About the pothole", pages: [
                        .init(id: "size", heading: "How big is it?", kind: .questions(count: 2), shownWhen: "“What kind of road is it?” is “Council road”"),
                        .init(id: "photos", heading: "Photos", kind: .repeating(questions: 1)),
                    ]),
                ],
                problems: [.init(line: 42, column: 9, message: "goto not-a-page: there is no page with that id", fixHref: "/designer/services/report-a-pothole/pages/size")],
                notice: "Page saved")
        }, named: "full")
    }

    @Test func draftOverviewThatDoesNotParse() {
        assertPageSnapshots({ language in
            DesignerServicePage(layout: Self.layout(language, "Report a pothole"), slug: Self.slug, title: "Report a pothole", sections: nil,
                                problems: [.init(line: 3, column: 1, message: "the indentation is wrong", fixHref: nil)])
        }, named: "unreadable")
        assertPageSnapshots({ language in
            DesignerServicePage(layout: Self.layout(language, "Report a pothole"), slug: Self.slug, title: "Report a pothole",
                                sections: [.init(id: "only", title: "Only section", pages: [])], problems: [])
        }, named: "no-problems")
    }

    @Test func pageEditor() {
        assertPageSnapshots({ language in
            DesignerPageEditorPage(
                layout: Self.layout(language, "What kind of road is it?"), csrf: "csrf-token", slug: Self.slug, pageID: "road-type",
                sectionTitle: "Where it is", fields: ["title.en": "What kind of road is it?", "title.gd": "Dè an seòrsa rathaid a th’ ann?"],
                isExit: false,
                questions: [.init(id: "road-type", label: "What kind of road is it?", type: .choice),
                            .init(id: "landmark", label: "Nearest landmark", type: .text)],
                shownWhen: nil,
                rules: [.init(condition: "“What kind of road is it?” is “Motorway”", destination: "Report it to Transport Scotland"),
                        .init(condition: nil, destination: "Check answers")])
        }, named: "questions-and-branches")
        assertPageSnapshots({ language in
            DesignerPageEditorPage(
                layout: Self.layout(language, "Stay safe", errors: true), csrf: "csrf-token", slug: Self.slug, pageID: "safety",
                sectionTitle: "Where it is", fields: ["title.en": "", "body.en": "Do not stand in the road."], isExit: false,
                questions: [], shownWhen: "“What kind of road is it?” is not “Motorway”", rules: [],
                errors: [FieldError(questionID: "title.en", message: "Enter a title: a page without questions needs one", code: "required")])
        }, named: "information-page-with-error")
        assertPageSnapshots({ language in
            DesignerPageEditorPage(
                layout: Self.layout(language, "Report it to Transport Scotland"), csrf: "csrf-token", slug: Self.slug, pageID: "motorway",
                sectionTitle: "Where it is", fields: ["title.en": "Report it to Transport Scotland"], isExit: true,
                questions: [], shownWhen: nil, rules: [])
        }, named: "exit-page")
    }

    static let roadType = DesignerConditionPage.QuestionChoice(
        id: "road-type", label: "What kind of road is it?", type: .choice,
        options: [.init(value: "council", label: "Council road"), .init(value: "motorway", label: "Motorway")])

    @Test func conditionBuilder() {
        assertPageSnapshots({ language in
            DesignerConditionPage(
                layout: Self.layout(language, "Add a branch"), csrf: "csrf-token", slug: Self.slug, pageID: "road-type",
                pageHeading: "What kind of road is it?", purpose: .rule,
                questions: [Self.roadType, .init(id: "width", label: "How wide is it, in centimetres?", type: .number)],
                chosen: nil, destinations: [])
        }, named: "choose-question")
        assertPageSnapshots({ language in
            DesignerConditionPage(
                layout: Self.layout(language, "Add a branch"), csrf: "csrf-token", slug: Self.slug, pageID: "road-type",
                pageHeading: "What kind of road is it?", purpose: .rule, questions: [Self.roadType], chosen: Self.roadType,
                destinations: [("motorway", "Report it to Transport Scotland"), ("check-answers", "Check answers")],
                fields: ["comparison": "equals", "options": "motorway", "goto": "motorway"])
        }, named: "choice-question-chosen")
        assertPageSnapshots({ language in
            DesignerConditionPage(
                layout: Self.layout(language, "Change when the page is shown", errors: true), csrf: "csrf-token", slug: Self.slug,
                pageID: "size", pageHeading: "How big is it?", purpose: .showWhen, questions: [],
                chosen: .init(id: "width", label: "How wide is it, in centimetres?", type: .number), destinations: [],
                fields: ["comparison": "greater_than", "value": "ten"],
                errors: [FieldError(questionID: "value", message: "Enter a number, like 30", code: "invalid")])
        }, named: "number-question-with-error")
    }

    @Test func questionEditor() {
        assertPageSnapshots({ language in
            DesignerQuestionEditorPage(
                layout: Self.layout(language, "Nearest landmark"), csrf: "csrf-token", slug: Self.slug, pageID: "road-type",
                pageHeading: "What kind of road is it?", questionID: "landmark", type: .text,
                fields: ["label.en": "Nearest landmark", "label.gd": "An comharra-tìre as fhaisge", "required": "no", "max_length": "100"],
                optionRows: 0)
        }, named: "text")
        assertPageSnapshots({ language in
            DesignerQuestionEditorPage(
                layout: Self.layout(language, "What kind of road is it?", errors: true), csrf: "csrf-token", slug: Self.slug,
                pageID: "road-type", pageHeading: "What kind of road is it?", questionID: "road-type", type: .choice,
                fields: ["label.en": "What kind of road is it?", "required": "yes", "display": "radios",
                         "options.0.value": "council", "options.0.label.en": "Council road",
                         "options.1.value": "Motorway!", "options.1.label.en": "Motorway",
                         "errors.required.en": "Select the kind of road"],
                optionRows: 2 + DesignerQuestionForm.blankOptionRows,
                errors: [FieldError(questionID: "options.1.value", message: "Option value Motorway! must be lower-case letters, digits and hyphens, like motorway", code: "invalid")])
        }, named: "choice-with-error")
        assertPageSnapshots({ language in
            DesignerQuestionEditorPage(
                layout: Self.layout(language, "Amount"), csrf: "csrf-token", slug: "hardship-fund", pageID: "amount",
                pageHeading: "How much do you need?", questionID: "amount", type: .decimal,
                fields: ["label.en": "How much do you need?", "required": "yes", "money": "yes", "min": "1", "max": "500"], optionRows: 0)
        }, named: "money")
    }

    @Test func yamlEditor() {
        assertPageSnapshots({ language in
            DesignerYAMLPage(layout: Self.layout(language, "Edit as YAML", errors: true), csrf: "csrf-token", slug: Self.slug,
                             source: "format: 1\nslug: report-a-pothole\ntitle: {en: Report a pothole <b>}\n",
                             problems: [.init(line: 1, column: 1, message: "summary is missing", fixHref: nil)])
        }, named: "with-problems")
    }

    static func previewLayout(_ language: Language, _ title: String) -> LayoutModel {
        var layout = MockLayout.citizen(language, title: title, path: "/designer/services/volunteering/preview/check-answers",
                                        back: "/designer/services/volunteering/preview", serviceName: "Sign up to volunteer")
        layout.previewBanner = PreviewBanner(text: Phrase.designerPreviewBanner("Sign up to volunteer")(language),
                                             backText: Phrase.designerBackToDesigner(language), backHref: "/designer/services/volunteering")
        return layout
    }

    @Test func previewEndWithItsBanner() {
        assertPageSnapshots({ language in
            DesignerPreviewEndPage(layout: Self.previewLayout(language, "End of the preview"),
                                   checkAnswersTitle: "Check your answers before signing up", declaration: "I confirm the answers are true.",
                                   confirmationTitle: "You have signed up", whatHappensNext: "We will contact you within 10 working days.",
                                   startAgainURL: "/designer/services/volunteering/preview")
        }, named: "with-declaration")
    }

    static let sampleValue: [QuestionSetting: String] = [
        .minLength: "1", .maxLength: "10", .pattern: "'^[a-z]+$'", .autocomplete: "name", .minimum: "1", .maximum: "10",
        .suffix: "cm", .money: "true", .places: "2", .past: "true", .future: "true", .display: "select", .minSelected: "1",
        .maxSelected: "2", .maxSizeMB: "5", .types: "[pdf]", .visit: "collection",
    ]

    @Test func everyCheckTheQuestionEditorOffersIsAKeyTheParserReadsForThatType() {
        // A key the parser refuses for the type would make every draft saved from the editor fail to publish.
        for type in QuestionType.allCases {
            for setting in DesignerQuestionForm.settings(for: type) {
                let options = type == .choice || type == .choices ? "\n      options: [{value: a, label: A}, {value: b, label: B}]" : ""
                let yaml = """
                format: 1
                slug: editor-keys
                reference_prefix: EDK
                title: Check keys
                summary: Checks the editor's keys.
                start: {body: Start.}
                confirmation: {title: Done, what_happens_next: Nothing.}
                sections:
                - id: one
                  title: One
                  pages:
                  - id: page
                    questions:
                    - id: q
                      type: \(type.rawValue)
                      label: Question
                      \(setting.rawValue): \(Self.sampleValue[setting] ?? "")\(options)
                """
                var unknown: [String] = []
                do { _ = try DefinitionParser.parse(yaml: yaml) } catch {
                    unknown = error.problems.map(\.message).filter { $0.contains("unknown key") }
                }
                #expect(unknown.isEmpty, "\(type.rawValue) \(setting.rawValue): \(unknown)")
            }
        }
        #expect(DesignerQuestionForm.settings(for: .decimal).map(\.rawValue) == ["min", "max", "money", "places"])
    }
}
