import CouncilTestSupport
import Domain
import Foundation
import Persistence
import SQLKit
import Testing

/// The counters in `measure_counts`: batches added with one UPSERT, and a case's first decision counted in the
/// transaction that records it.
@Suite("Measure counters")
struct MeasureStoreTests {
    static func key(_ measure: Measure, detail: String = "", day: Int = 20_000, channel: Channel = .online, area: String = "") -> MeasureKey {
        MeasureKey(day: day, service: "volunteering", version: 3, channel: channel, language: .gd, area: area, measure: measure, detail: detail)
    }

    /// Every counter as `measure/detail/channel/language/area/version/day` → count.
    static func counters(_ database: Database) async throws -> [String: Int] {
        try await database.read { db in
            try await db.raw("SELECT * FROM measure_counts").all()
        }.reduce(into: [:]) { counts, row in
            let name = try ["measure", "detail", "channel", "language", "area"].map { try row.decode(column: $0, as: String.self) }
                + [String(try row.decode(column: "version", as: Int.self)), String(try row.decode(column: "day", as: Int.self))]
            counts[name.joined(separator: "/")] = try row.decode(column: "count", as: Int.self)
        }
    }

    @Test("a batch adds to the counters already stored", arguments: TestDatabase.engines)
    func batchesAddUp(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let store = SQLMeasureStore(database: database)
            try await store.add([Self.key(.started): 2, Self.key(.page, detail: "full-name"): 1])
            try await store.add([Self.key(.started): 3, Self.key(.started, channel: .phone): 1, Self.key(.page, detail: "full-name", area: "W01"): 4])
            #expect(try await Self.counters(database) == [
                "started//online/gd//3/20000": 5,
                "started//phone/gd//3/20000": 1,
                "page/full-name/online/gd//3/20000": 1,
                "page/full-name/online/gd/W01/3/20000": 4,
            ])
        }
    }

    @Test("a batch larger than one statement's binds is stored whole", arguments: TestDatabase.engines)
    func largeBatches(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            var counts: [MeasureKey: Int] = [:]
            for n in 0..<7_000 { counts[Self.key(.view, detail: "page-\(n)")] = 1 }
            try await SQLMeasureStore(database: database).add(counts)
            try await SQLMeasureStore(database: database).add(counts)
            let total = try await database.read { db in
                try await db.raw("SELECT COUNT(*) AS n, CAST(SUM(count) AS BIGINT) AS total FROM measure_counts").first()
            }
            #expect(try total?.decode(column: "n", as: Int.self) == 7_000)
            #expect(try total?.decode(column: "total", as: Int.self) == 14_000)
        }
    }

    static func submission(_ reference: String, dueDay: Int?, area: String?) -> NewSubmission {
        var new = NewSubmission(
            reference: reference, serviceSlug: "volunteering", serviceVersion: 3, answers: Answers(values: ["full-name": .text("Ann")]),
            uploads: [], channel: .phone, language: .gd, submittedAt: Date(), contactEmail: nil, contactPhone: nil
        )
        new.dueDay = dueDay
        new.areaCode = area
        return new
    }

    @Test("a case's first decision counts decided, with the days taken, and in target or late", arguments: TestDatabase.engines)
    func decisionsCountOnce(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let submissions = SQLSubmissionRepository(database: database)
            let cases = SQLCaseRepository(database: database)
            let today = CalendarDay.councilDay(of: Date()).dayNumber
            try await submissions.record(Self.submission("VOL-AAAA-0001", dueDay: today, area: "W01"), completing: nil)
            try await submissions.record(Self.submission("VOL-AAAA-0002", dueDay: today - 1, area: nil), completing: nil)
            try await submissions.record(Self.submission("VOL-AAAA-0003", dueDay: nil, area: nil), completing: nil)
            let later = Date().addingTimeInterval(1)
            // A move that is not a decision counts nothing.
            #expect(try await cases.apply(.status(from: "received", to: "in-review", reason: nil, meetsTarget: false, notify: nil),
                                          to: "VOL-AAAA-0001", actor: .staff(1), at: Date()))
            #expect(try await Self.counters(database).isEmpty)
            #expect(try await cases.apply(.status(from: "in-review", to: "approved", reason: nil, meetsTarget: true, notify: nil),
                                          to: "VOL-AAAA-0001", actor: .staff(1), at: later))
            #expect(try await cases.apply(.status(from: "received", to: "approved", reason: nil, meetsTarget: true, notify: nil),
                                          to: "VOL-AAAA-0002", actor: .staff(1), at: later))
            #expect(try await cases.apply(.status(from: "received", to: "approved", reason: nil, meetsTarget: true, notify: nil),
                                          to: "VOL-AAAA-0003", actor: .staff(1), at: later))
            // Reaching a target state again (reopened, decided again) is not a new decision.
            #expect(try await cases.apply(.status(from: "approved", to: "closed", reason: nil, meetsTarget: true, notify: nil),
                                          to: "VOL-AAAA-0001", actor: .staff(1), at: later.addingTimeInterval(1)))
            let day = CalendarDay.councilDay(of: later).dayNumber
            #expect(try await Self.counters(database) == [
                "decided/0/phone/gd/W01/3/\(day)": 1,
                "in_target//phone/gd/W01/3/\(day)": 1,
                "decided/0/phone/gd//3/\(day)": 2,
                "late//phone/gd//3/\(day)": 1,
            ])
        }
    }

    @Test("a submission stores the case's area and point", arguments: TestDatabase.engines)
    func caseLocation(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            var new = Self.submission("POT-AAAA-0001", dueDay: nil, area: "W02")
            new.location = CaseLocation(postcode: "KT1 2AB", latitude: 55.95, longitude: -3.19)
            try await SQLSubmissionRepository(database: database).record(new, completing: nil)
            let row = try await database.read { db in
                try await db.raw("SELECT area_code, latitude, longitude FROM cases WHERE reference = 'POT-AAAA-0001'").first()
            }
            #expect(try row?.decode(column: "area_code", as: String?.self) == "W02")
            #expect(try row?.decode(column: "latitude", as: Double?.self) == 55.95)
            #expect(try row?.decode(column: "longitude", as: Double?.self) == -3.19)
        }
    }
}
