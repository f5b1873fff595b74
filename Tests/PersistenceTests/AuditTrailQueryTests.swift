import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

@Suite("Audit trail queries")
struct AuditTrailQueryTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    /// Twenty-five entries a minute apart: staff 1 signs in on the even minutes, citizen 2 on the odd ones, and
    /// staff 1 disables staff 3 at minute 24.
    static func seed(_ log: SQLAuditLog) async throws {
        for minute in 0..<24 {
            let at = start.addingTimeInterval(Double(minute) * 60)
            if minute.isMultiple(of: 2) {
                try await log.record(AuditEntry(at: at, actor: .staff(1), action: .staffSignIn, subject: "staff:1", detail: "minute \(minute)"))
            } else {
                try await log.record(AuditEntry(at: at, actor: .citizen(2), action: .citizenSignIn, detail: "minute \(minute)"))
            }
        }
        try await log.record(AuditEntry(at: start.addingTimeInterval(24 * 60), actor: .staff(1), action: .staffDisabled, subject: "staff:3", detail: "minute 24"))
    }

    @Test("pages run newest first through every entry, forwards and back, with no entry twice", arguments: TestDatabase.engines)
    func pagesThroughEveryEntry(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let log = SQLAuditLog(database: database)
            try await Self.seed(log)
            var query = AuditQuery(pageSize: 10)
            var seen: [String] = []
            var pages: [AuditPage] = []
            while true {
                let page = try await log.page(query)
                pages.append(page)
                seen += page.entries.map(\.entry.detail)
                guard let older = page.older else { break }
                query.cursor = older
            }
            #expect(seen == (0...24).reversed().map { "minute \($0)" })
            #expect(pages.map(\.entries.count) == [10, 10, 5])
            #expect(pages.map(\.hasNewer) == [false, true, true])
            #expect(pages.map(\.hasOlder) == [true, true, false])

            // Back from the last page: the middle page again, then the first, which knows it is the newest.
            query.cursor = try #require(pages[2].newer)
            let middle = try await log.page(query)
            #expect(middle.entries.map(\.id) == pages[1].entries.map(\.id))
            query.cursor = try #require(middle.newer)
            let first = try await log.page(query)
            #expect(first.entries.map(\.id) == pages[0].entries.map(\.id))
            #expect(first.hasNewer == false)
            #expect(first.hasOlder)
        }
    }

    @Test("entries filter by person (as actor or subject), action and date range together", arguments: TestDatabase.engines)
    func filtersCombine(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let log = SQLAuditLog(database: database)
            try await Self.seed(log)
            let byCitizen = try await log.page(AuditQuery(people: ["citizen:2"], pageSize: 100))
            #expect(byCitizen.entries.count == 12)
            #expect(byCitizen.entries.allSatisfy { $0.entry.actor == "citizen:2" })

            let aboutStaff3 = try await log.page(AuditQuery(people: ["staff:3"]))
            #expect(aboutStaff3.entries.map(\.entry.action) == [.staffDisabled])

            let staffSignIns = try await log.page(AuditQuery(people: ["staff:1"], action: .staffSignIn, pageSize: 100))
            #expect(staffSignIns.entries.count == 12)

            let window = try await log.page(AuditQuery(
                action: .citizenSignIn, from: Self.start.addingTimeInterval(5 * 60), until: Self.start.addingTimeInterval(10 * 60)
            ))
            #expect(window.entries.map(\.entry.detail) == ["minute 9", "minute 7", "minute 5"])

            #expect(try await log.page(AuditQuery(people: [])).entries.isEmpty, "a person who matches nobody finds nothing")
            #expect(try await log.page(AuditQuery(people: ["staff:99"])).entries.isEmpty)
        }
    }
}
