import Domain
import Foundation
import Testing
@testable import Views

/// The designer's service-level pages: creating a service, its details, its versions and publishing, and the overview's
/// "Discard draft".
@Suite struct DesignerServicePagesSnapshotTests {
    static let slug = "report-a-pothole"
    static let published = Date(timeIntervalSince1970: 1_795_000_000)

    static func layout(_ language: Language, _ title: String, path: String, errors: Bool = false) -> LayoutModel {
        MockLayout.staff(language, title: title, path: path, roles: [.serviceDesigner], back: "/designer", errors: errors)
    }

    @Test func newServiceWithAnError() {
        assertPageSnapshots({ language in
            DesignerNewServicePage(
                layout: Self.layout(language, "Create a service", path: "/designer/new", errors: true), csrf: "csrf-token",
                samples: [.init(value: "volunteering.yaml", label: "Sign up to volunteer (volunteering.yaml)")],
                services: [.init(value: "report-a-pothole", label: "Report a pothole (report-a-pothole)")],
                fields: ["start": "blank", "title": "Report a fallen tree", "slug": "Fallen Tree", "reference_prefix": "RFT"],
                errors: [FieldError(questionID: "slug", message: ServiceDesignErrorWords.message(.invalidSlug("Fallen Tree"), language), code: "invalid")])
        }, named: "blank-with-error")
        assertPageSnapshots({ language in
            DesignerNewServicePage(layout: Self.layout(language, "Create a service", path: "/designer/new"), csrf: "csrf-token", samples: [], services: [])
        }, named: "nothing-to-copy")
    }

    @Test func details() {
        assertPageSnapshots({ language in
            DesignerServiceDetailsPage(
                layout: Self.layout(language, "Service details and texts", path: DesignerPaths.details(Self.slug)), csrf: "csrf-token", slug: Self.slug,
                fields: ["title.en": "Report a pothole", "title.gd": "Dèan aithris air toll san rathad", "summary.en": "Tell us about a pothole.",
                         "start_body.en": "Use this service to report a pothole.\n\n- on a council road", "check_answers_title.en": "Check your answers",
                         "confirmation_title.en": "Report sent", "what_happens_next.en": "We will inspect it within 5 working days."],
                notice: "The details were saved to the draft.")
        }, named: "saved")
    }

    @Test func versionsWithADraftAndAPendingVersion() {
        let staff = Actor.staff(7)
        var settings = ServiceSettings(slug: Self.slug)
        settings.requiresApproval = true
        assertPageSnapshots({ language in
            DesignerVersionsPage(
                layout: Self.layout(language, "Versions and publishing", path: DesignerPaths.versions(Self.slug)), csrf: "csrf-token", slug: Self.slug,
                title: "Report a pothole", state: .live,
                rows: [
                    .init(record: ServiceVersionRecord(slug: Self.slug, version: 3, title: "Report a pothole", approval: .pending,
                                                       publishedAt: Self.published + 7200, publishedBy: staff, changeNote: "Ask for a photo",
                                                       liveFrom: Self.published + 86400, closesAt: Self.published + 86400 * 30, submissionLimit: 500),
                          publishedBy: "designer@council.example"),
                    .init(record: ServiceVersionRecord(slug: Self.slug, version: 2, title: "Report a pothole", publishedAt: Self.published + 3600,
                                                       publishedBy: staff, changeNote: "Back to the first wording", liveFrom: Self.published + 3600,
                                                       approvedBy: .staff(8), approvedAt: Self.published + 3700, rolledBackFrom: 1),
                          publishedBy: "designer@council.example", approvedBy: "approver@council.example", isCurrent: true),
                    .init(record: ServiceVersionRecord(slug: Self.slug, version: 1, title: "Report a pothole", publishedAt: Self.published,
                                                       publishedBy: .commandLine, liveFrom: nil),
                          publishedBy: "Command line"),
                ],
                draft: .ready, settings: settings,
                fields: ["change_note": "", "when": "later", "live_date": "2027-02-30"],
                errors: [FieldError(questionID: "live_date", message: Phrase.designerDateInvalid(language), code: "invalid")])
        }, named: "draft-and-pending")
        assertPageSnapshots({ language in
            DesignerVersionsPage(
                layout: Self.layout(language, "Versions and publishing", path: DesignerPaths.versions("new-service")), csrf: "csrf-token",
                slug: "new-service", title: "New service", state: .draft, rows: [], draft: .hasProblems, settings: ServiceSettings(slug: "new-service"),
                notice: nil)
        }, named: "never-published")
    }

    @Test func overviewWithDiscard() {
        assertPageSnapshots({ language in
            var page = DesignerServicePage(layout: Self.layout(language, "Report a pothole", path: DesignerPaths.service(Self.slug)), slug: Self.slug,
                                           title: "Report a pothole", sections: [.init(id: "only", title: "Only section", pages: [
                                               .init(id: "where", heading: "Where is it?", kind: .questions(count: 1)),
                                           ])], problems: [])
            page.discardCSRF = "csrf-token"
            return page
        }, named: "draft")
    }
}
