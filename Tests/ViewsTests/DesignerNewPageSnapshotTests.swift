import Domain
import Testing
@testable import Views

/// Adding a page to a section (a question, information or exit page) and a section after the others, with its first question.
@Suite struct DesignerNewPageSnapshotTests {
    static func layout(_ language: Language, errors: Bool = false) -> LayoutModel {
        MockLayout.staff(language, title: "Add a page to Where it is", path: "/designer/services/report-a-pothole/sections/where/pages/new",
                         roles: [.serviceDesigner], back: "/designer/services/report-a-pothole", errors: errors)
    }

    @Test func newPageForm() {
        assertPageSnapshots({ language in
            DesignerNewPagePage(layout: Self.layout(language), csrf: "csrf-token", slug: "report-a-pothole", sectionID: "where", sectionTitle: "Where it is")
        }, named: "blank")
        assertPageSnapshots({ language in
            DesignerNewPagePage(layout: Self.layout(language, errors: true), csrf: "csrf-token", slug: "report-a-pothole", sectionID: "where",
                                sectionTitle: "Where it is", fields: ["kind": "exit", "title.gd": "Fuirich sàbhailte"],
                                errors: [FieldError(questionID: "title.en", message: "Enter a title in English: a page without questions needs one", code: "required")])
        }, named: "exit-page-without-title")
        assertPageSnapshots({ language in
            DesignerNewPagePage(layout: Self.layout(language, errors: true), csrf: "csrf-token", slug: "report-a-pothole", sectionID: "where",
                                sectionTitle: "Where it is", fields: ["kind": "information", "title.en": "Before you continue"],
                                errors: [FieldError(questionID: "body.en", message: Phrase.designerEnterPageBody(language), code: "required")])
        }, named: "information-page-without-text")
    }
}
