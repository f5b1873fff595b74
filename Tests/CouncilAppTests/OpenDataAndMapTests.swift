import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import Testing

/// `/open-data` (page, files, catalogue), `/performance/{slug}` and the staff map `/analytics/map`, over counters and
/// areas inserted here (the measures themselves are recorded by another part).
@Suite struct OpenDataAndMapTests {
    static var fixtures: URL { TestApp.repositoryRoot.appendingPathComponent("Tests/Fixtures/areas") }

    static func loadWards(_ database: Database) async throws {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("glenmorrow-wards.geojson"))
        try await SQLAreaStore(database: database).replaceAreas(try BoundaryFile(file: "wards").read(Array(data)))
    }

    static func count(_ database: Database, _ measure: String, detail: String = "", channel: String = "online", area: String = "", _ count: Int) async throws {
        let day = TestApp.today.dayNumber
        try await database.write(rows: [InsertRow("measure_counts", [
            "service_slug": "report-a-pothole", "day": day, "measure": measure, "detail": detail, "version": 1, "channel": channel,
            "language": "en", "area": area, "count": count,
        ])])
    }

    @Test(arguments: TestDatabase.engines)
    func openDataFilesAreSuppressedAndCatalogued(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await Self.loadWards(database)
            try await Self.count(database, "started", 80)
            try await Self.count(database, "submitted", area: "GM01", 30)
            try await Self.count(database, "submitted", area: "GM02", 12)
            try await Self.count(database, "submitted", area: "GM03", 2)
            try await Self.count(database, "submitted", channel: "phone", area: "GM04", 9)
            try await Self.count(database, "submitted", area: "", 7)

            let page = try await client.execute(uri: "/open-data", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("/open-data/requests-by-area.csv") && html.contains("/open-data/service-performance.json"))
            #expect(html.contains("open-government-licence/version/3"))
            #expect(html.contains("/performance/report-a-pothole"))

            let csv = try await client.execute(uri: "/open-data/requests-by-area.csv", method: .get)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = String(buffer: csv.body).split(separator: "\r\n").map(String.init)
            #expect(lines.first == "service,month,area_code,area_name,submissions,completion_rate,decided,median_days_to_decide")
            let month = MeasureTotal.month(of: TestApp.today.dayNumber)
            // 60 in all; Northfield's 2 is small, so the next smallest (the unknown area's 7) is hidden too.
            #expect(lines.contains("report-a-pothole,\(month),all,All areas,60,0.6375,suppressed,suppressed"))
            #expect(lines.contains("report-a-pothole,\(month),GM03,Northfield,suppressed,suppressed,suppressed,suppressed"))
            #expect(lines.contains("report-a-pothole,\(month),unknown,Area not known,suppressed,suppressed,suppressed,suppressed"))
            #expect(lines.contains("report-a-pothole,\(month),GM04,Mill Island,9,suppressed,suppressed,suppressed"))
            #expect(lines.contains("report-a-pothole,\(month),GM02,Castlehill,12,suppressed,suppressed,suppressed"))

            let json = try await client.execute(uri: "/open-data/requests-by-area.json", method: .get)
            let parsed = try JSONText.parse(Array(String(buffer: json.body).utf8))
            #expect(parsed.objectValue?["suppression_threshold"] == .number(5))
            #expect(parsed.objectValue?["rows"]?.arrayValue?.contains { $0.objectValue?["area_code"] == .string("GM03") && $0.objectValue?["submissions"] == .null } == true)

            let catalogue = try await client.execute(uri: "/open-data/catalogue.jsonld", method: .get)
            #expect(catalogue.headers[.contentType] == "application/ld+json")
            let document = try JSONText.parse(Array(String(buffer: catalogue.body).utf8)).objectValue ?? [:]
            #expect(document["@type"] == .string("dcat:Catalog"))
            let datasets = document["dcat:dataset"]?.arrayValue ?? []
            #expect(datasets.compactMap { $0.objectValue?["dct:identifier"]?.stringValue } == ["requests-by-area", "service-performance"])
            #expect(datasets.first?.objectValue?["dcat:distribution"]?.arrayValue?.count == 2)

            #expect(try await client.execute(uri: "/open-data/nothing.csv", method: .get).status == .notFound)

            let performance = try await client.execute(uri: "/performance/report-a-pothole", method: .get)
            #expect(performance.status == .ok)
            #expect(String(buffer: performance.body).contains("85.0%"))   // digital take-up: 51 of 60 online
            #expect(try await client.execute(uri: "/performance/no-such-service", method: .get).status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theStaffMapShowsLocatedCasesToAnalystsAndIsAudited(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            try await Self.loadWards(database)
            try await QueueCase.load([
                QueueCase(reference: "POT-MAP1-AAAA", service: "report-a-pothole", dueDay: nil, created: QueueCase.day(-1), name: "Alex Secret", email: "alex@example.com", text: ""),
                QueueCase(reference: "POT-MAP2-BBBB", service: "report-a-pothole", dueDay: nil, created: QueueCase.day(-2), name: "Sam Secret", email: "sam@example.com", text: ""),
            ], into: database)
            try await database.execute("UPDATE cases SET latitude = 55.905, longitude = -4.29, area_code = 'GM01' WHERE reference = 'POT-MAP1-AAAA'")
            try await database.execute("UPDATE cases SET latitude = 55.95, longitude = -4.25, area_code = 'GM03' WHERE reference = 'POT-MAP2-BBBB'")

            _ = try await StaffFixture.create(database, "analyst@council.example", .analyst, service: nil)
            let analyst = BrowserSession(client)
            _ = try await analyst.enrolStaff("analyst@council.example", clock: clock)
            let page = try await analyst.get("/analytics/map")
            #expect(page.status == .ok)
            let html = page.html
            #expect(html.contains("<svg") && html.contains("POT-MAP1-AAAA") && html.contains("POT-MAP2-BBBB"))
            #expect(html.contains("Harbour") && html.contains("Mill Island"))
            #expect(!html.contains("Alex Secret") && !html.contains("alex@example.com"))

            let filtered = try await analyst.get("/analytics/map?area=GM03")
            #expect(filtered.html.contains("POT-MAP2-BBBB") && !filtered.html.contains("POT-MAP1-AAAA"))
            let badDate = try await analyst.get("/analytics/map?from=yesterday")
            #expect(badDate.html.contains("Enter the first date as YYYY-MM-DD"))

            let audited = try await database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'staff.map-viewed'").first()?.decode(column: "n", as: Int.self)
            }
            #expect(audited == 2)

            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "report-a-pothole")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            #expect(try await officer.get("/analytics/map").status == .forbidden)
        }
    }
}
