import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Persistence
import SQLKit
import Testing

extension Database {
    /// The test app's counters once flushed, as `measure/detail/channel/language/area/v<version>` → count (all days
    /// are the test's fixed today).
    func measureCounts(_ measure: Measure? = nil, service: String) async throws -> [String: Int] {
        #expect(await TestApp.measures?.flush() == true)
        let rows = try await read { db in
            try await db.raw("SELECT * FROM measure_counts WHERE service_slug = \(bind: service) ORDER BY measure, detail").all()
        }
        var counts: [String: Int] = [:]
        for row in rows {
            let name = try row.decode(column: "measure", as: String.self)
            guard measure == nil || measure?.rawValue == name else { continue }
            #expect(try row.decode(column: "day", as: Int.self) == TestApp.today.dayNumber)
            let parts = try [name] + ["detail", "channel", "language", "area"].map { try row.decode(column: $0, as: String.self) }
                + ["v\(try row.decode(column: "version", as: Int.self))"]
            counts[parts.joined(separator: "/"), default: 0] += try row.decode(column: "count", as: Int.self)
        }
        return counts
    }

    func caseLocation(_ reference: String) async throws -> (area: String?, latitude: Double?, longitude: Double?) {
        let row = try await read { db in
            try await db.raw("SELECT area_code, latitude, longitude FROM cases WHERE reference = \(bind: reference)").first()
        }
        return (try row?.decode(column: "area_code", as: String?.self), try row?.decode(column: "latitude", as: Double?.self),
                try row?.decode(column: "longitude", as: Double?.self))
    }
}

/// The measures the journey, saving, assisted digital and the API count as they run (docs/analytics.md, "Measures").
@Suite struct MeasureHookTests {
    static let pothole = "report-a-pothole"

    @Test(arguments: TestDatabase.engines)
    func aCitizenJourneyCountsItsStartPagesViewsAndSubmission(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start(Self.pothole, expectingFirstPage: "immediate-danger")
            try await browser.walk(Self.pothole, Journeys.pothole)
            _ = try await browser.get("/services/\(Self.pothole)/location")
            let reference = try #require(try await browser.submit(Self.pothole).reference)

            var expected = [
                "started//online/en//v1": 1, "submitted//online/en//v1": 1,
                "view/immediate-danger/online/en//v1": 1, "view/location/online/en//v1": 1,
            ]
            for step in Journeys.pothole { expected["page/\(step.page)/online/en//v1"] = 1 }
            #expect(try await database.measureCounts(service: Self.pothole) == expected)
            let place = try await database.caseLocation(reference)
            #expect(place.area == nil, "no areas are loaded")
            #expect(place.latitude == 55.9533)
            #expect(place.longitude == -3.1883)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aPageIsCountedOnceInTheFunnelHoweverOftenItIsAnswered(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start(Self.pothole, expectingFirstPage: "immediate-danger")
            try await browser.answer("/services/\(Self.pothole)/immediate-danger", [("immediate-danger", "no")])
            try await browser.answer("/services/\(Self.pothole)/immediate-danger", [("immediate-danger", "no")])
            #expect(try await database.measureCounts(.page, service: Self.pothole) == ["page/immediate-danger/online/en//v1": 1])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func exitPagesValidationErrorsAndTheLanguageAreCounted(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start(Self.pothole, expectingFirstPage: "immediate-danger")
            let refused = try await browser.post("/services/\(Self.pothole)/immediate-danger", [])
            #expect(refused.status == .unprocessableContent)
            _ = try await browser.get("/services/\(Self.pothole)/immediate-danger?lang=gd")
            let exit = try await browser.answer("/services/\(Self.pothole)/immediate-danger", [("immediate-danger", "yes")])
            #expect(exit == "/services/\(Self.pothole)/report-urgently")
            #expect(try await browser.get(exit).status == .ok)
            #expect(try await database.measureCounts(service: Self.pothole) == [
                "started//online/en//v1": 1,
                "view/immediate-danger/online/en//v1": 1,
                "view/immediate-danger/online/gd//v1": 1,
                "error/immediate-danger:required/online/en//v1": 1,
                "page/immediate-danger/online/gd//v1": 1,
                "exit/report-urgently/online/gd//v1": 1,
            ])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func savingForLaterIsCounted(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            _ = try await browser.get("/services/volunteering/save")
            let sent = try await browser.post("/services/volunteering/save", [("email", "shona@example.com")])
            #expect(sent.status == .seeOther)
            #expect(try await database.measureCounts(.saved, service: "volunteering") == ["saved//online/en//v1": 1])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aSubmissionTakesTheAreaOfItsPostcode(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await database.execute("INSERT INTO postcode_areas (postcode, area_code) VALUES ('EH11YZ', 'W05')")
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Journeys.volunteering)
            let reference = try #require(try await browser.submit("volunteering").reference)
            #expect(try await database.caseLocation(reference).area == "W05")
            #expect(try await database.measureCounts(.submitted, service: "volunteering") == ["submitted//online/en/W05/v1": 1])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func anAssistedJourneyCountsOnTheChannelTheAgentChose(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "agent@council.example", .customerServiceAgent)
            let agent = BrowserSession(client)
            _ = try await agent.enrolStaff("agent@council.example", clock: clock)
            _ = try await agent.get("/backoffice/assisted")
            let started = try await agent.post("/backoffice/assisted", [("service", Self.pothole), ("channel", "phone"),
                                                                        ("caller-email", ""), ("caller-phone", "")])
            #expect(started.location == "/services/\(Self.pothole)/immediate-danger")
            _ = try await agent.get("/services/\(Self.pothole)/immediate-danger")
            try await agent.walk(Self.pothole, Journeys.pothole)
            _ = try #require(try await agent.submit(Self.pothole).reference)
            let counts = try await database.measureCounts(service: Self.pothole)
            #expect(counts["started//phone/en//v1"] == 1)
            #expect(counts["view/immediate-danger/phone/en//v1"] == 1)
            #expect(counts["page/location/phone/en//v1"] == 1)
            #expect(counts["submitted//phone/en//v1"] == 1)
            #expect(counts.keys.allSatisfy { $0.contains("/phone/") }, "\(counts)")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func anAPISubmissionIsCountedOnTheAPIChannel(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await database.execute("INSERT INTO postcode_areas (postcode, area_code) VALUES ('EH11YZ', 'W05')")
            let created = try await client.submit("volunteering", SubmissionAPITests.validAnswers("volunteering"), language: "gd")
            #expect(created.status == .created)
            #expect(try await database.measureCounts(service: "volunteering") == ["submitted//api/gd/W05/v1": 1])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aRepeatingPageCountsItsListItsItemErrorsAndItsConfirmation(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await browser.walk("hardship-fund", JourneyTests.hardshipBeforeHousehold)
            let base = "/services/hardship-fund/household-members"
            #expect(try await browser.get(base).status == .ok)
            _ = try await browser.get("\(base)/1")
            let badItem = try await browser.post("\(base)/1", [("member-name", "Sam"), ("member-age", "130"), ("member-relationship", "partner")])
            #expect(badItem.status == .unprocessableContent)
            try await browser.answer("\(base)/1", [("member-name", "Sam"), ("member-age", "30"), ("member-relationship", "partner")])
            #expect(try await browser.post(base, []).status == .unprocessableContent)
            try await browser.answer(base, [("add-another", "no")])
            let counts = try await database.measureCounts(service: "hardship-fund")
            #expect(counts["view/household-members/online/en//v1"] == 1, "the list page; item pages are not views")
            #expect(counts["error/member-age:invalid/online/en//v1"] == 1)
            #expect(counts["error/add-another:required/online/en//v1"] == 1)
            #expect(counts["page/household-members/online/en//v1"] == 1)
        }
    }
}
