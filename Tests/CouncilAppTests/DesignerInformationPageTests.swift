import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// The new-page form adds an information page (a title and text, then Continue) without YAML.
@Suite struct DesignerInformationPageTests {
    static let service = "/designer/services/volunteering"

    @Test(arguments: TestDatabase.engines)
    func aDesignerAddsAnInformationPage(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            let form = try await designer.get("\(Self.service)/sections/about-you/pages/new")
            #expect(form.html.contains("value=\"information\""), "the form offers an information page")
            #expect(form.html.contains("name=\"body.en\""))

            let empty = try await designer.post("\(Self.service)/sections/about-you/pages/new", [("kind", "information"), ("body.en", "")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.errorSummaryAnchors == ["title.en", "body.en"], "\(empty.errorSummaryMessages)")
            #expect(empty.errorSummaryMessages.last == "Enter the text of the information page in English")
            #expect(try await SQLServiceLifecycleStore(database: database).status(slug: "volunteering")?.draft == nil, "nothing is saved")

            let added = try await designer.post("\(Self.service)/sections/about-you/pages/new", [
                ("kind", "information"), ("title.en", "Before you continue"), ("title.gd", "Mus lean thu air adhart"),
                ("body.en", "You will need the names of two referees.\r\n\r\n- one who has known you for two years"), ("body.gd", ""),
            ])
            #expect(added.location == "\(Self.service)/pages/before-you-continue", "\(added.errorSummaryMessages)")
            let source = try #require(try await SQLServiceLifecycleStore(database: database).status(slug: "volunteering")?.draft?.source)
            let page = try #require(try DefinitionParser.parse(yaml: source).page("before-you-continue"))
            #expect(page.questions.isEmpty && !page.isExit)
            #expect(page.title == LocalisedText("Before you continue", gaelic: "Mus lean thu air adhart"))
            #expect(page.body?.english == "You will need the names of two referees.\n\n- one who has known you for two years")

            let overview = try await designer.get(Self.service)
            #expect(overview.text.contains("Before you continue"))
            let preview = try await designer.get("\(Self.service)/preview/before-you-continue")
            #expect(preview.status == .ok && preview.heading == "Before you continue", "the preview shows it as a citizen would")
            #expect(preview.text.contains("You will need the names of two referees."))
        }
    }
}
