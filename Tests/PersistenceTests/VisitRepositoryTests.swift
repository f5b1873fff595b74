import CouncilTestSupport
import Domain
import Foundation
import Persistence
import SQLKit
import Testing

@Suite("Scheduled jobs: capacity, bookings with submissions, the day list, outcomes")
struct VisitRepositoryTests {
    static let day = CalendarDay(year: 2026, month: 12, day: 1)

    static func job(_ reference: String = Reference.make(prefix: "BLK"), slot: String = "am", area: String = "north",
                    assignee: Int64? = nil, service: String = "bulky-waste", daily: Int = 20, slotLimit: Int? = nil) -> NewVisit {
        NewVisit(caseReference: reference, serviceSlug: service, kind: "collection", day: day, slot: slot, area: area,
               assigneeID: assignee, crew: assignee == nil ? "North crew" : nil, limits: SlotLimits(daily: daily, slot: slotLimit),
               summary: "Collection on Tuesday 1 December 2026, Morning")
    }

    static func count(_ sql: SQLQueryString, _ database: Database) async throws -> Int {
        try await database.read { db in try await db.raw(sql).first()?.decode(column: "n", as: Int.self) ?? -1 }
    }

    static func submission(_ reference: String = Reference.make(prefix: "BLK"), booking: NewVisit? = nil) -> NewSubmission {
        var submission = NewSubmission(
            reference: reference, serviceSlug: "bulky-waste", serviceVersion: 1,
            answers: Answers(values: ["phone": .text("01632 960001")]), uploads: [], channel: .online, language: .en,
            submittedAt: Date(timeIntervalSince1970: 1_764_000_000), contactEmail: "pat@example.org", contactPhone: nil
        )
        submission.booking = booking
        return submission
    }

    @Test("two servers booking 30 jobs at once into a day of 20 get exactly 20", arguments: TestDatabase.engines)
    func capacityIsNeverExceededUnderConcurrentBookings(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, location in
            // A second connection to the same database, with its own group-commit writer: another server.
            let other = try await Database.open(location, logger: TestDatabase.logger)
            let repositories = [SQLVisitRepository(database: database), SQLVisitRepository(database: other)]
            let outcomes = await withTaskGroup(of: String.self) { group in
                for index in 0..<30 {
                    group.addTask {
                        do {
                            _ = try await repositories[index % 2].schedule(Self.job(), actor: .staff(1), at: Date())
                            return "booked"
                        } catch BookingRefusal.full {
                            return "full"
                        } catch {
                            return "error: \(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            await other.close()
            #expect(outcomes.filter { $0 == "booked" }.count == 20)
            #expect(outcomes.filter { $0 == "full" }.count == 10, "\(outcomes.filter { $0.hasPrefix("error") })")
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM visits", database) == 20)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM case_events WHERE kind = 'job_scheduled'", database) == 20)
            let usage = try await repositories[0].usage(service: "bulky-waste", area: "north", days: Self.day.dayNumber...Self.day.dayNumber)
            #expect(usage == [DayUsage(day: Self.day, total: 20, bySlot: ["am": 20])])
            // Other areas and services have their own places.
            _ = try await repositories[0].schedule(Self.job(area: "south"), actor: .staff(1), at: Date())
            _ = try await repositories[0].schedule(Self.job(service: "report-a-pothole"), actor: .staff(1), at: Date())
        }
    }

    @Test("a slot with its own capacity fills before the day does", arguments: TestDatabase.engines)
    func slotCapacity(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let jobs = SQLVisitRepository(database: database)
            for _ in 0..<2 { _ = try await jobs.schedule(Self.job(daily: 5, slotLimit: 2), actor: .staff(1), at: Date()) }
            await #expect(throws: BookingRefusal.full) { _ = try await jobs.schedule(Self.job(daily: 5, slotLimit: 2), actor: .staff(1), at: Date()) }
            _ = try await jobs.schedule(Self.job(slot: "pm", daily: 5, slotLimit: 2), actor: .staff(1), at: Date())
            let usage = try await jobs.usage(service: "bulky-waste", area: "north", days: Self.day.dayNumber...Self.day.dayNumber)
            #expect(usage == [DayUsage(day: Self.day, total: 3, bySlot: ["am": 2, "pm": 1])])
        }
    }

    @Test("a booked submission gets its job in its own transaction, or is not recorded at all", arguments: TestDatabase.engines)
    func bookingWithASubmission(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let submissions = SQLSubmissionRepository(database: database)
            let jobs = SQLVisitRepository(database: database)
            let booked = Self.submission()
            try await submissions.record(Self.submission(booked.reference, booking: Self.job(booked.reference, daily: 1)), completing: nil)
            let recorded = try await jobs.visits(caseReference: booked.reference)
            #expect(recorded.map(\.status) == [.scheduled])
            #expect(recorded.first?.crew == "North crew")
            #expect(try await SQLCaseRepository(database: database).timeline(reference: booked.reference).map(\.kind) == [.statusChanged, .visitScheduled])

            // The day is full now: a second booking fails, and leaves no submission, case or job behind.
            let late = Self.submission()
            await #expect(throws: BookingRefusal.full) {
                try await submissions.record(Self.submission(late.reference, booking: Self.job(late.reference, daily: 1)), completing: nil)
            }
            #expect(try await submissions.submission(reference: late.reference) == nil)
            #expect(try await jobs.visits(caseReference: late.reference).isEmpty)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM visits", database) == 1)
        }
    }

    @Test("a worker's day holds their jobs and unassigned ones of their services", arguments: TestDatabase.engines)
    func theDayList(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let jobs = SQLVisitRepository(database: database)
            let mine = try await jobs.schedule(Self.job(assignee: 7), actor: .staff(1), at: Date())
            let crews = try await jobs.schedule(Self.job(slot: "pm"), actor: .staff(1), at: Date())
            _ = try await jobs.schedule(Self.job(assignee: 8), actor: .staff(1), at: Date())
            _ = try await jobs.schedule(Self.job(service: "report-a-pothole"), actor: .staff(1), at: Date())
            var tomorrow = Self.job(assignee: 7)
            tomorrow.day = Self.day.adding(days: 1)
            _ = try await jobs.schedule(tomorrow, actor: .staff(1), at: Date())
            let list = try await jobs.visits(on: Self.day, for: 7, services: ["bulky-waste"])
            #expect(Set(list.map(\.id)) == [mine, crews])
            #expect(try await jobs.visits(on: Self.day, for: 7, services: []).isEmpty)
        }
    }

    @Test("recording an outcome completes the job once, with its photo, events and the case's move", arguments: TestDatabase.engines)
    func completingAJob(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let submissions = SQLSubmissionRepository(database: database)
            let jobs = SQLVisitRepository(database: database)
            let cases = SQLCaseRepository(database: database)
            let reference = Reference.make(prefix: "BLK")
            try await submissions.record(Self.submission(reference), completing: nil)
            let id = try await jobs.schedule(Self.job(reference, assignee: 7), actor: .staff(1), at: Date())
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]
            let photo = NewUpload(reference: FileReference(id: Token.random(), filename: "sofa.png", contentType: "image/png", size: png.count),
                                  file: UploadedFile(filename: "sofa.png", contentType: "image/png", data: png))
            let notify = CaseNotification(email: "pat@example.org", phone: nil, subject: "Updated", body: "We have collected your items.")
            func completion(worker: Int64) -> VisitCompletion {
                VisitCompletion(visitID: id, workerID: worker, caseReference: reference, outcome: .completed, reason: nil, notes: "Left by the gate",
                              photo: photo, summary: "Completed – Left by the gate (photo)",
                              caseMove: CaseMove(from: "received", to: "collected", citizenReason: nil, meetsTarget: true, notify: notify))
            }
            // Another worker cannot record a job assigned to someone else.
            #expect(try await jobs.complete(completion(worker: 8), actor: .staff(8), at: Date()) == .notScheduled)
            #expect(try await jobs.complete(completion(worker: 7), actor: .staff(7), at: Date()) == .recorded(caseMoved: true))
            #expect(try await jobs.complete(completion(worker: 7), actor: .staff(7), at: Date()) == .notScheduled)

            let job = try #require(try await jobs.visit(id: id))
            #expect(job.status == .completed)
            #expect(job.outcome == .completed)
            #expect(job.notes == "Left by the gate")
            #expect(job.completedBy == "staff:7")
            #expect(try await jobs.photo(visitID: id)?.data == png)
            let record = try #require(try await cases.record(reference: reference))
            #expect(record.status == "collected")
            #expect(record.targetMetAt != nil)
            let kinds = try await cases.timeline(reference: reference).map(\.kind)
            #expect(kinds.suffix(4) == [.visitScheduled, .visitCompleted, .statusChanged, .notificationQueued])
        }
    }

    @Test("an outcome is recorded even when the case has moved on meanwhile", arguments: TestDatabase.engines)
    func completingWhenTheCaseMoved(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let reference = Reference.make(prefix: "BLK")
            try await SQLSubmissionRepository(database: database).record(Self.submission(reference), completing: nil)
            let jobs = SQLVisitRepository(database: database)
            let id = try await jobs.schedule(Self.job(reference), actor: .staff(1), at: Date())
            let completion = VisitCompletion(visitID: id, workerID: 7, caseReference: reference, outcome: .notCompleted, reason: "Nothing outside",
                                           notes: nil, photo: nil, summary: "Could not complete: Nothing outside",
                                           caseMove: CaseMove(from: "in-review", to: "not-collected", citizenReason: CitizenReason("Nothing outside"), meetsTarget: false, notify: nil))
            #expect(try await jobs.complete(completion, actor: .staff(7), at: Date()) == .recorded(caseMoved: false))
            #expect(try await SQLCaseRepository(database: database).record(reference: reference)?.status == "received")
            #expect(try await jobs.visit(id: id)?.reason == "Nothing outside")
        }
    }
}
