import Domain
import Foundation
import Testing
@testable import Views

/// The designer's import: the upload form (with a refusal) and the report of what was not carried.
@Suite struct DesignerImportSnapshotTests {
    static func layout(_ language: Language, _ title: String, errors: Bool = false, back: String = "/designer/new") -> LayoutModel {
        MockLayout.staff(language, title: title, path: DesignerPaths.importService, roles: [.serviceDesigner], back: back, errors: errors)
    }

    static let formats: [DesignerImportPage.Format] = [
        .init(value: "govuk-forms", name: "GOV.UK Forms", hint: "a form document (.json)"),
        .init(value: "formio", name: "Form.io", hint: "a form or wizard definition (.json)"),
        .init(value: "open-forms", name: "Open Forms", hint: "a form export (.zip)"),
    ]

    @Test func uploadForm() {
        assertPageSnapshots({ language in
            DesignerImportPage(layout: Self.layout(language, "Import a form from another builder"), csrf: "csrf-token", formats: Self.formats,
                               limitMegabytes: 5)
        }, named: "empty")
        assertPageSnapshots({ language in
            DesignerImportPage(
                layout: Self.layout(language, "Import a form from another builder", errors: true), csrf: "csrf-token", formats: Self.formats,
                limitMegabytes: 5, fields: ["format": "formio", "slug": "parking-permit"],
                errors: [FieldError(questionID: "file", message: Phrase.designerImportUnreadable("Form.io", "3:14: the JSON ends too soon")(language),
                                    code: "invalid")])
        }, named: "unreadable-file")
    }

    @Test func report() {
        assertPageSnapshots({ language in
            DesignerImportReportPage(
                layout: Self.layout(language, "What the import did", back: DesignerPaths.service("report-a-missed-bin")),
                slug: "report-a-missed-bin", title: "Report a missed bin", formatName: "GOV.UK Forms", filename: "missed-bin.json",
                sections: 1, pages: 9, questions: 8,
                notes: [
                    .init(location: "steps[4].routing_conditions[1]", message: "a secondary skip was written as a branch on page where-is-it"),
                    .init(location: "name.cy", message: "the Welsh text was kept aside, not imported"),
                ])
        }, named: "with-notes")
        assertPageSnapshots({ language in
            DesignerImportReportPage(
                layout: Self.layout(language, "What the import did", back: DesignerPaths.service("book-a-bulky-waste-collection")),
                slug: "book-a-bulky-waste-collection", title: "Book a bulky waste collection", formatName: "Open Forms", filename: "export.zip",
                sections: 2, pages: 1, questions: 1, notes: [])
        }, named: "everything-carried")
    }
}
