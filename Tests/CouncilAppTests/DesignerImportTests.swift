import CouncilTestSupport
import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import ZIPFoundation

/// `/designer/import`: each of the three formats uploaded becomes a new service's draft with a report of what was not
/// carried; every refused upload re-shows the form with an error summary and changes nothing.
@Suite struct DesignerImportTests {
    /// The importers' own fixtures (written for those tests from each builder's public documentation).
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ImportersTests/Fixtures")
    }

    static func fixture(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name))) }

    /// The Open Forms fixture folder as the export ZIP Open Forms makes.
    static func openFormsZIP() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let folder = fixtures.appendingPathComponent("open-forms-bulky-waste")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".json") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    static func upload(_ browser: BrowserSession, format: String, filename: String, data: [UInt8], slug: String = "") async throws -> BrowserSession.Page {
        try await browser.postFile("/designer/import", field: "file", filename: filename, contentType: "application/octet-stream", data: data,
                                   fields: [("format", format), ("slug", slug)])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var format: String
        var filename: String
        var slug: String
        var title: String
        /// A place in the source file that the report must name.
        var notedPlace: String
        var testDescription: String { format }
    }

    static let cases = [
        Case(format: "govuk-forms", filename: "govuk-forms-report-a-bin.json", slug: "report-a-missed-bin-or-fly-tipping",
             title: "Report a missed bin or fly-tipping", notedPlace: "steps["),
        Case(format: "formio", filename: "formio-parking-permit.json", slug: "apply-for-a-residents-parking-permit",
             title: "Apply for a residents' parking permit", notedPlace: "components["),
        Case(format: "open-forms", filename: "bulky-waste-export.zip", slug: "book-a-bulky-waste-collection",
             title: "Book a bulky waste collection", notedPlace: ".json"),
    ]

    static func bytes(_ item: Case) throws -> [UInt8] {
        item.format == "open-forms" ? try openFormsZIP() : try fixture(item.filename)
    }

    @Test(arguments: cases)
    func eachFormatBecomesADraftWithAReport(item: Case) async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            let list = try await designer.get("/designer")
            #expect(list.html.contains("href=\"/designer/import\""), "the service list links to the import")
            let form = try await designer.get("/designer/import")
            #expect(form.status == .ok && form.heading == "Import a form from another builder")
            #expect(form.html.contains("enctype=\"multipart/form-data\"") && form.html.contains("type=\"file\""))

            let report = try await Self.upload(designer, format: item.format, filename: item.filename, data: try Self.bytes(item))
            #expect(report.status == .ok, "\(report.errorSummaryMessages)")
            #expect(report.heading?.contains("What the import did") == true)
            #expect(report.text.contains("\(item.title) was imported as a new draft"))
            #expect(report.html.contains("href=\"/designer/services/\(item.slug)\""), "the report links to the draft")
            #expect(report.html.contains("href=\"/designer/services/\(item.slug)/preview\""))
            #expect(report.text.contains(item.notedPlace), "each note names its place in the file")
            #expect(report.text.contains("were changed or left out") || report.text.contains("was changed or left out"))

            let overview = try await designer.get("/designer/services/\(item.slug)")
            #expect(overview.status == .ok && overview.text.contains(item.title))
            let preview = try await designer.get("/designer/services/\(item.slug)/preview")
            #expect(preview.status == .ok)
            let detail = try await database.read { db in
                try await db.raw("SELECT detail FROM audit_log WHERE action = 'designer.draft-created'").all().map { try $0.decode(column: "detail", as: String.self) }
            }
            #expect(detail.count == 1 && detail[0].hasPrefix("imported from ") && detail[0].contains(item.filename), "\(detail)")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aChosenAddressIsUsedAndATakenOneIsRefused(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            _ = try await designer.get("/designer/import")
            let data = try Self.fixture("formio-parking-permit.json")
            let report = try await Self.upload(designer, format: "formio", filename: "C:\\forms\\permit.json", data: data, slug: "parking-permit")
            #expect(report.status == .ok)
            #expect(report.text.contains("Form.io (permit.json)"), "only the file's own name is shown")
            let yaml = try await designer.get("/designer/services/parking-permit/yaml/download")
            #expect(yaml.html.contains("slug: parking-permit"))

            let drafts = try await database.rowCount("service_drafts")
            let taken = try await Self.upload(designer, format: "formio", filename: "permit.json", data: data, slug: "parking-permit")
            #expect(taken.status == .unprocessableContent && taken.errorSummaryAnchors == ["slug"], "\(taken.errorSummaryMessages)")
            let takenBySample = try await Self.upload(designer, format: "formio", filename: "permit.json", data: data, slug: "bulky-waste")
            #expect(takenBySample.errorSummaryAnchors == ["slug"] && takenBySample.text.contains("bulky-waste"), "\(takenBySample.errorSummaryMessages)")
            #expect(try await database.rowCount("service_drafts") == drafts, "nothing is stored")
        }
    }

    @Test func everyRefusalReShowsTheFormAndChangesNothing() async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            _ = try await designer.get("/designer/import")
            let govuk = try Self.fixture("govuk-forms-report-a-bin.json")
            let refusals: [(String, String, String, [UInt8], String, String)] = [
                ("no format", "", "form.json", govuk, "format", "Choose which builder"),
                ("wrong format", "formio", "form.json", govuk, "file", "could not be read as Form.io"),
                ("broken JSON", "govuk-forms", "form.json", Array("{\"steps\": [".utf8), "file", "could not be read as GOV.UK Forms"),
                ("not a ZIP", "open-forms", "export.zip", govuk, "file", "could not be read as Open Forms"),
                ("empty file", "govuk-forms", "form.json", [], "file", "The file is empty"),
                ("too large", "govuk-forms", "form.json", [UInt8](repeating: 0x20, count: 5 * 1024 * 1024 + 1), "file", "smaller than 5 MB"),
                // Past the limit of the whole form: refused while it is read, before the fields are known.
                ("far too large", "govuk-forms", "form.json", [UInt8](repeating: 0x20, count: 6 * 1024 * 1024), "file", "smaller than 5 MB"),
                ("bad address", "govuk-forms", "form.json", govuk, "slug", "cannot be a slug"),
            ]
            for (name, format, filename, data, field, message) in refusals {
                let page = try await Self.upload(designer, format: format, filename: filename, data: data, slug: name == "bad address" ? "Missed Bins" : "")
                #expect(page.status == .unprocessableContent, "\(name)")
                #expect(page.errorSummaryAnchors == [field], "\(name): \(page.errorSummaryMessages)")
                #expect(page.errorSummaryMessages.first?.contains(message) == true, "\(name): \(page.errorSummaryMessages)")
                #expect(page.heading == "Import a form from another builder", "\(name): the form is shown again")
            }
            let noFile = try await designer.post("/designer/import", [("format", "formio"), ("slug", "")])
            #expect(noFile.errorSummaryAnchors == ["file"] && noFile.errorSummaryMessages == ["Choose a file to import"])
            #expect(try await database.rowCount("service_drafts") == 0)
            let designerActions = try await database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE 'designer.%'").first()?.decode(column: "n", as: Int.self)
            }
            #expect(designerActions == 0)

            let forged = try await designer.postFile("/designer/import", field: "file", filename: "form.json", contentType: "application/json",
                                                     data: govuk, fields: [("format", "govuk-forms"), ("_csrf", "forged")])
            #expect(forged.status != .ok && forged.status != .unprocessableContent, "a post without the session's token is refused")
        }
    }

    @Test func onlyServiceDesignersMayImport() async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let officer = try await BrowserSession.staff(client, database, "analyst@council.example", .analyst, clock: clock)
            #expect(try await officer.get("/designer/import").status == .forbidden)
            let posted = try await Self.upload(officer, format: "formio", filename: "permit.json", data: try Self.fixture("formio-parking-permit.json"))
            #expect(posted.status == .forbidden)
            #expect(try await database.rowCount("service_drafts") == 0)
        }
    }
}
