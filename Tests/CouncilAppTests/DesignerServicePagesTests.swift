import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// The designer's service-level pages: creating a service, its details, its YAML, publishing, the version list,
/// rolling back and comparing; each open only to a designer granted the service.
@Suite struct DesignerServicePagesTests {
    static let slug = "report-a-fallen-tree"
    static let base = "/designer/services/report-a-fallen-tree"

    /// The YAML editor's text, as the browser would send it back.
    static func yamlText(_ page: BrowserSession.Page) -> String {
        BrowserSession.Page.unescape(BrowserSession.Page.capture(#"<textarea[^>]*name="source"[^>]*>([\s\S]*?)</textarea>"#, in: page.html) ?? "")
    }

    static func detailsFields(title: String) -> Fields {
        [("title.en", title), ("title.gd", "Craobh a thuit"), ("summary.en", "Tell us about a tree that has fallen."), ("summary.gd", ""),
         ("start_body.en", "Use this service to report a fallen tree."), ("start_body.gd", ""), ("before_you_start.en", ""),
         ("before_you_start.gd", ""), ("check_answers_title.en", "Check your answers"), ("check_answers_title.gd", ""),
         ("declaration.en", ""), ("declaration.gd", ""), ("confirmation_title.en", "Report received"), ("confirmation_title.gd", ""),
         ("what_happens_next.en", "We will look at the tree within two days."), ("what_happens_next.gd", "")]
    }

    @Test(arguments: TestDatabase.engines)
    func aDesignerCreatesEditsPublishesRollsBackAndCompares(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            let list = try await designer.get("/designer")
            #expect(list.html.contains("href=\"/designer/new\""), "the list links to Create a service")

            // Create from blank.
            let form = try await designer.get("/designer/new")
            #expect(form.status == .ok && form.heading == "Create a service")
            #expect(form.html.contains("value=\"volunteering.yaml\""), "the samples are read from the server's services folder")
            let badPrefix = try await designer.post("/designer/new", [("start", "blank"), ("title", "Report a fallen tree"), ("slug", Self.slug),
                                                                       ("reference_prefix", "tree")])
            #expect(badPrefix.status == .unprocessableContent)
            #expect(badPrefix.errorSummaryAnchors == ["reference_prefix"], "\(badPrefix.errorSummaryMessages)")
            let created = try await designer.post("/designer/new", [("start", "blank"), ("title", "Report a fallen tree"), ("slug", Self.slug),
                                                                     ("reference_prefix", "RFT")])
            #expect(created.location == Self.base)
            let overview = try await designer.get(Self.base)
            #expect(overview.status == .ok && overview.heading?.contains("Report a fallen tree") == true)
            #expect(overview.html.contains("action=\"\(Self.base)/discard\""), "a draft can be discarded")
            let preview = try await designer.get("\(Self.base)/preview")
            #expect(preview.status == .ok && preview.heading == "Report a fallen tree", "the preview shows the draft")

            // Edit the details.
            let details = try await designer.get("\(Self.base)/details")
            #expect(details.html.contains("name=\"title.gd\""))
            let missing = try await designer.post("\(Self.base)/details", Self.detailsFields(title: ""))
            #expect(missing.status == .unprocessableContent && missing.errorSummaryAnchors == ["title.en"])
            let saved = try await designer.post("\(Self.base)/details", Self.detailsFields(title: "Report a fallen tree or branch"))
            #expect(saved.status == .ok && saved.text.contains("The details were saved"))
            #expect(try await designer.get(Self.base).heading?.contains("Report a fallen tree or branch") == true)

            // Save YAML with a problem: kept, and the problem is linked to the question it is in.
            let yaml = Self.yamlText(try await designer.get("\(Self.base)/yaml"))
            #expect(yaml.contains("type: text"))
            let broken = try await designer.post("\(Self.base)/yaml", [("source", yaml.replacingOccurrences(of: "type: text", with: "type: essay"))])
            #expect(broken.status == .unprocessableContent)
            #expect(broken.text.contains("unknown question type essay"))
            let withProblem = try await designer.get(Self.base)
            #expect(withProblem.text.contains("unknown question type essay"))
            #expect(withProblem.html.contains("href=\"\(Self.base)/pages/your-name/questions/full-name\""), "the problem links to its question")
            let cannotPublish = try await designer.get("\(Self.base)/versions")
            #expect(cannotPublish.text.contains("The draft has problems to fix"))
            let download = try await designer.get("\(Self.base)/yaml/download")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\(Self.slug).yaml")
            #expect(download.html.contains("type: essay"))
            _ = try await designer.post("\(Self.base)/yaml", [("source", yaml)])

            // Publish: the change note is required.
            let noNote = try await designer.post("\(Self.base)/versions/publish", [("change_note", ""), ("when", "now")])
            #expect(noNote.status == .unprocessableContent && noNote.errorSummaryAnchors == ["change_note"])
            let badDate = try await designer.post("\(Self.base)/versions/publish", [("change_note", "First"), ("when", "later"), ("live_date", "2027-02-30")])
            #expect(badDate.errorSummaryAnchors == ["live_date"])
            let first = try await designer.post("\(Self.base)/versions/publish", [("change_note", "First version"), ("when", "now")])
            #expect(first.status == .ok && first.text.contains("Version 1 is live."), "\(first.errorSummaryMessages)")
            #expect(first.text.contains("First version"))
            let citizen = try await BrowserSession(client).get("/services/\(Self.slug)")
            #expect(citizen.status == .ok && citizen.heading == "Report a fallen tree or branch")

            // A second version, then roll back to the first.
            _ = try await designer.post("\(Self.base)/details", Self.detailsFields(title: "Report a fallen tree"))
            let second = try await designer.post("\(Self.base)/versions/publish", [("change_note", "Shorter name"), ("when", "now")])
            #expect(second.text.contains("Version 2 is live."))
            let versions = try await designer.get("\(Self.base)/versions")
            #expect(versions.text.contains("Shorter name") && versions.text.contains("designer@council.example"))
            let noReason = try await designer.post("\(Self.base)/versions/1", [("action", "rollback"), ("rollback_note-1", "")])
            #expect(noReason.status == .unprocessableContent && noReason.errorSummaryAnchors == ["rollback_note-1"])
            let rolledBack = try await designer.post("\(Self.base)/versions/1", [("action", "rollback"), ("rollback_note-1", "The longer name was clearer")])
            #expect(rolledBack.text.contains("Version 1 was published again as a new version. Version 3 is live."), "\(rolledBack.errorSummaryMessages)")
            #expect(rolledBack.text.contains("restores version 1"))

            // Compare two versions, and the draft with the newest.
            let compared = try await designer.get("\(Self.base)/versions/compare?from=1&to=2")
            #expect(compared.status == .ok)
            #expect(compared.text.contains("Report a fallen tree or branch") && compared.text.contains("Shorter name") == false)
            #expect(compared.html.contains("definition-diff"))
            _ = try await designer.post("\(Self.base)/details", Self.detailsFields(title: "Report a tree"))
            let whatWillChange = try await designer.get("\(Self.base)/versions/compare?from=3&to=draft")
            #expect(whatWillChange.status == .ok && whatWillChange.text.contains("Report a tree"))
            let routeMap = try await designer.get("\(Self.base)/route-map")
            #expect(routeMap.status == .ok && routeMap.heading?.contains("Route map") == true)

            // Discard the draft: the current version is shown again.
            let discarded = try await designer.post("\(Self.base)/discard", [])
            #expect(discarded.location == Self.base)
            #expect(try await designer.get(Self.base).heading?.contains("Report a fallen tree or branch") == true)
        }
    }

    @Test func aSampleKeepsItsSlugAndACopyTakesANewOne() async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            _ = try await designer.get("/designer/new")
            let taken = try await designer.post("/designer/new", [("start", "sample"), ("sample", "volunteering.yaml")])
            #expect(taken.status == .unprocessableContent)
            #expect(taken.errorSummaryMessages.first?.contains("already exists") == true, "\(taken.errorSummaryMessages)")
            let madeUp = try await designer.post("/designer/new", [("start", "sample"), ("sample", "../Package.swift")])
            #expect(madeUp.errorSummaryAnchors == ["sample"])
            let copied = try await designer.post("/designer/new", [("start", "copy"), ("original", "volunteering"), ("copy_slug", "volunteer-drivers"),
                                                                    ("copy_reference_prefix", "VDR")])
            #expect(copied.location == "/designer/services/volunteer-drivers")
            let yaml = try await designer.get("/designer/services/volunteer-drivers/yaml")
            #expect(yaml.html.contains("slug: volunteer-drivers") && yaml.html.contains("reference_prefix: VDR"))
        }
    }

    @Test func aDesignerGrantedAnotherServiceIsRefused() async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let limited = try await BrowserSession.staff(client, database, "eilidh@council.example", .serviceDesigner, service: "volunteering", clock: clock)
            for path in ["", "/details", "/yaml", "/yaml/download", "/versions", "/versions/compare?from=1&to=1", "/route-map"] {
                let page = try await limited.get("/designer/services/bulky-waste\(path)")
                #expect(page.status == .forbidden, "\(path)")
            }
            _ = try await limited.get("/designer/services/volunteering")
            let posted = try await limited.post("/designer/services/bulky-waste/details", Self.detailsFields(title: "Taken over"))
            #expect(posted.status == .forbidden)
            let publish = try await limited.post("/designer/services/bulky-waste/versions/publish", [("change_note", "Mine now")])
            #expect(publish.status == .forbidden)
            let own = try await limited.get("/designer/services/volunteering/yaml/download")
            #expect(own.status == .ok && own.html.contains("slug: volunteering"))
        }
    }
}

extension DesignerServicePagesTests {
    @Test func aVersionNeedingApprovalGoesLiveWhenASecondDesignerApprovesIt() async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            _ = try await designer.get("/designer/new")
            _ = try await designer.post("/designer/new", [("start", "blank"), ("title", "Report a fallen tree"), ("slug", Self.slug),
                                                           ("reference_prefix", "RFT")])
            _ = try await designer.get("\(Self.base)/versions")
            let settings = try await designer.post("\(Self.base)/versions/settings", [("audience", "public"), ("requires_approval", "yes")])
            #expect(settings.text.contains("The settings were saved."))
            let asked = try await designer.post("\(Self.base)/versions/publish", [("change_note", "First version"), ("when", "now")])
            #expect(asked.text.contains("Version 1 is waiting for a second person’s approval."), "\(asked.errorSummaryMessages)")
            let overview = try await designer.get(Self.base)
            #expect(overview.status == .ok, "a service whose only version waits for approval still has an overview")
            let ownApproval = try await designer.post("\(Self.base)/versions/1", [("action", "approve")])
            #expect(ownApproval.status == .unprocessableContent)
            #expect(ownApproval.errorSummaryMessages.first?.contains("A second person must approve") == true, "\(ownApproval.errorSummaryMessages)")

            let approver = try await BrowserSession.staff(client, database, "approver@council.example", .serviceDesigner, clock: clock)
            _ = try await approver.get("\(Self.base)/versions")
            let approved = try await approver.post("\(Self.base)/versions/1", [("action", "approve")])
            #expect(approved.text.contains("Version 1 is live."), "\(approved.errorSummaryMessages)")
            #expect(approved.text.contains("approved by approver@council.example"))
            let citizen = try await BrowserSession(client).get("/services/\(Self.slug)")
            #expect(citizen.status == .ok)
        }
    }
}
