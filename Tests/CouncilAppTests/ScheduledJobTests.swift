import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HummingbirdTesting
import Jobs
import Persistence
import SQLKit
import Testing

/// Scheduled work: one job per period however many servers' schedulers try; appointment reminders for tomorrow,
/// once each; target warnings on the timeline and in the assignee's inbox, once each.
@Suite struct ScheduledJobTests {
    static let tasks = [
        ScheduledTask(topic: "hourly-work", period: .hourly, summary: "h"),
        ScheduledTask(topic: "daily-work", period: .daily(hour: 9), summary: "d"),
    ]

    /// 08:30 on 25 November 2026, London time (GMT in winter).
    static let morning = Date(timeIntervalSince1970: 1_795_595_400)

    static func worker(_ database: Database) -> JobWorker {
        jobWorker(AppConfiguration(servicesDirectory: TestApp.servicesDirectory), database: database, httpClient: .shared, logger: TestDatabase.logger)
    }

    @Test(arguments: TestDatabase.engines)
    func twoServersSchedulersQueueEachPeriodsJobOnce(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let clock = TestClock(Self.morning)
            let queue = SQLJobQueue(database: database)
            let servers = (0..<2).map { _ in JobScheduler(queue: queue, tasks: Self.tasks, logger: TestDatabase.logger, now: clock.closure) }
            let ticks = { @Sendable in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for server in servers { for _ in 0..<3 { group.addTask { try await server.tickOnce() } } }
                    try await group.waitForAll()
                }
            }
            try await ticks()
            #expect(try await queue.jobs(status: nil, topics: ["hourly-work"], limit: 10).map(\.reference) == ["2026-11-25T08"])
            #expect(try await queue.jobs(status: nil, topics: ["daily-work"], limit: 10).isEmpty, "not due before 09:00")

            clock.advance(3600)
            try await ticks()
            #expect(try await queue.jobs(status: nil, topics: ["hourly-work"], limit: 10).map(\.reference) == ["2026-11-25T09", "2026-11-25T08"])
            #expect(try await queue.jobs(status: nil, topics: ["daily-work"], limit: 10).map(\.reference) == ["2026-11-25"])

            clock.advance(1200)
            try await ticks()
            #expect(try await queue.jobs(status: nil, topics: ["hourly-work"], limit: 10).count == 2, "same hour")
            #expect(try await queue.jobs(status: nil, topics: ["daily-work"], limit: 10).count == 1, "same day")
            let claimed = try await queue.claim(limit: 10, topics: ["hourly-work", "daily-work"], lease: 60, now: clock.now)
            #expect(claimed.count == 3, "and each is claimed by one worker")
        }
    }

    @Test func periodsAreCouncilTime() {
        let task = ScheduledTask(topic: "t", period: .minutes(10), summary: "")
        #expect(task.duePeriod(at: Self.morning.addingTimeInterval(17 * 60)) == "2026-11-25T08:40")
        // 1 July 2026 08:30 UTC is 09:30 in London (BST): the daily job is due.
        let summer = Date(timeIntervalSince1970: 1_782_894_600)
        #expect(ScheduledTask(topic: "t", period: .daily(hour: 9), summary: "").duePeriod(at: summer) == "2026-07-01")
        #expect(ScheduledTask(topic: "t", period: .hourly, summary: "").duePeriod(at: summer) == "2026-07-01T09")
    }

    @Test(arguments: TestDatabase.engines)
    func remindersAreQueuedOnceForTomorrowsAppointmentsOnly(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let reference = try await FieldWorkTests.book(client, date: FieldWorkTests.friday, slot: "am")
            let later = try await FieldWorkTests.book(client, date: "2026-12-01", slot: "pm")
            let queue = SQLJobQueue(database: database)
            let worker = Self.worker(database)
            _ = try await worker.runOnce()
            // The daily job for Thursday 26 November, twice (a retry, or a second server's run): Friday's reminders.
            for key in ["a", "b"] {
                _ = try await queue.enqueue([NewBackgroundJob(topic: "reminders", reference: "2026-11-26", payload: ["period": .string("2026-11-26")],
                                                          idempotencyKey: "test:\(key)", availableAt: Date())], now: Date())
                _ = try await worker.runOnce()
            }
            let runs = try await queue.jobs(status: .done, topics: ["reminders"], limit: 5).compactMap(\.result)
            #expect(runs == ["0 reminders queued for 2026-11-27 (1 appointments)", "1 reminders queued for 2026-11-27 (1 appointments)"])
            let reminders = try await queue.jobs(status: nil, topics: ["notification"], limit: 20).filter { $0.payload["event"]?.stringValue == "reminder" }
            #expect(reminders.count == 1)
            let reminder = try #require(reminders.first)
            #expect(reminder.reference == reference)
            #expect(reminder.payload["date"]?.stringValue == "2026-11-27")
            #expect(reminder.payload["slot_label"]?.stringValue == "Morning (7am to 12 noon)")
            #expect(reminder.payload["subject"]?.stringValue?.hasPrefix("Reminder:") == true)
            #expect(reminder.payload["body"]?.stringValue?.contains("Friday 27 November 2026, Morning (7am to 12 noon)") == true)
            #expect(reminder.payload["email"] != nil && reminder.payload["email"] != .null)
            #expect(try await database.caseEventKinds(later).filter { $0 == "notification_queued" }.isEmpty, "next week's appointment: not yet")
            #expect(try await database.caseEventKinds(reference).filter { $0 == "notification_queued" }.count == 1, "the reminder, on the timeline")
            // The reminder goes out like any notification (to the local outbox here).
            _ = try await worker.runOnce()
            #expect(try await queue.jobs(status: .done, topics: ["notification"], limit: 20).contains { $0.id == reminder.id })

            _ = try await StaffFixture.create(database, "admin@council.example", .administrator)
            let admin = BrowserSession(client)
            _ = try await admin.enrolStaff("admin@council.example", clock: clock)
            let page = try await admin.get("/admin/jobs")
            #expect(page.text.contains("reminders daily from 09:00 Reminds applicants of appointments booked for tomorrow 2026-11-26: done – 0 reminders queued"), "\(page.text)")
            #expect(page.text.contains("expiry hourly"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func targetWarningsFlagEachCaseOnceAndEmailItsAssignee(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let officer = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            var references: [String] = []
            for _ in 0..<3 { references.append(try await NotificationDeliveryTests.submitVolunteering(client)) }
            let today = TestApp.today
            // Overdue and assigned; due tomorrow (Thursday) unassigned; due next week.
            for (reference, due, assignee) in [(references[0], today.adding(days: -1), officer as Int64?), (references[1], today.adding(days: 1), nil),
                                               (references[2], today.adding(days: 7), officer)] {
                try await database.write { db in
                    try await db.raw("UPDATE cases SET due_day = \(bind: due.dayNumber), assignee_id = \(bind: assignee) WHERE reference = \(bind: reference)").run()
                }
            }
            let queue = SQLJobQueue(database: database)
            let worker = Self.worker(database)
            _ = try await worker.runOnce()
            for key in ["a", "b"] {
                _ = try await queue.enqueue([NewBackgroundJob(topic: "target-warnings", reference: today.iso, payload: ["period": .string(today.iso)],
                                                          idempotencyKey: "test:\(key)", availableAt: Date())], now: Date())
                _ = try await worker.runOnce()
            }
            #expect(try await database.caseEventKinds(references[0]).filter { $0 == "target_warning" }.count == 1)
            #expect(try await database.caseEventKinds(references[1]).filter { $0 == "target_warning" }.count == 1)
            #expect(try await database.caseEventKinds(references[2]).filter { $0 == "target_warning" }.isEmpty)
            let digests = try await queue.jobs(status: nil, topics: ["email"], limit: 10).filter { $0.payload["template"]?.stringValue == "target-warnings" }
            #expect(digests.count == 1, "one email, and only for the officer's own case")
            let body = digests.first?.payload["body"]?.stringValue ?? ""
            #expect(body.contains("Overdue:\n- \(references[0])"))
            #expect(body.contains("/backoffice/cases/\(references[0])"))
            #expect(!body.contains(references[1]) && !body.contains(references[2]))
            let runs = try await queue.jobs(status: .done, topics: ["target-warnings"], limit: 5).compactMap(\.result)
            #expect(runs.contains("2 cases flagged (2 due soon or overdue), 1 officers emailed"))
            #expect(runs.contains("0 cases flagged (2 due soon or overdue), 0 officers emailed"))
        }
    }
}
