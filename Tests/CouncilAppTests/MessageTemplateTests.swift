import AsyncHTTPClient
import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HummingbirdTesting
import Jobs
import Persistence
import SQLKit
import Testing

/// Messages from the services' templates: every event reaching the stand-in Notify (over real HTTP) with the
/// personalisation it should carry, the citizen's choice of channels, the local outbox and the designer's preview.
@Suite struct MessageTemplateTests {
    /// The hardship fund from start to confirmation, choosing `channels` on the contact-by page.
    static func applyForHardship(_ client: any TestClientProtocol, channels: String) async throws -> String {
        let browser = BrowserSession(client)
        try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
        let before = JourneyTests.hardshipBeforeHousehold.map { step in
            step.page == "contact-by" ? Step("contact-by", [("contact-by", channels)], next: step.next) : step
        }
        try await browser.walk("hardship-fund", before)
        try await browser.walk("hardship-fund", [Step("household-members", [("add-another", "no")], next: "monthly-income")])
        try await browser.walk("hardship-fund", JourneyTests.hardshipAfterHousehold)
        try await browser.walk("hardship-fund", [Step("evidence", [], next: "check-answers")])
        return try #require(try await browser.submit("hardship-fund").reference)
    }

    /// Runs the queue until it is empty.
    static func drain(_ worker: JobWorker) async throws {
        while try await worker.runOnce() > 0 {}
    }

    @Test(arguments: TestDatabase.engines)
    func everyEventOfACaseReachesNotifyFromTheServiceTemplatesByEmailAndText(engine: DatabaseEngine) async throws {
        try await StandInNotify.run { notify, http in
            let clock = TestClock()
            try await TestApp.with(engine, now: clock.closure) { client, database in
                let reference = try await Self.applyForHardship(client, channels: "both")
                let worker = try NotificationDeliveryTests.worker(database, notify: notify, http: http)
                try await Self.drain(worker)
                let received = notify.received
                #expect(received.map(\.kind).sorted() == ["email", "sms"], "the applicant chose both")
                let email = try #require(received.first { $0.kind == "email" })
                #expect(email.to == "jamie@example.com" && email.templateID == "email-template")
                #expect(email.personalisation["subject"] == "Hardship payment application received: \(reference)")
                #expect(email.personalisation["body"]?.hasPrefix("Dear Jamie Example,\n\nWe have received your application") == true)
                #expect(email.personalisation["body"]?.contains("((") == false)
                #expect(email.reference?.hasSuffix(":email") == true)
                let text = try #require(received.first { $0.kind == "sms" })
                #expect(text.to == "01632 960001" && text.templateID == "sms-template")
                #expect(text.personalisation == ["body": "We have received your hardship payment application. Your reference is \(reference). We will contact you within 5 working days."])

                // The officer asks for information, then approves: each message from the service's templates.
                let officer = try await BrowserSession.staff(client, database, "officer@council.example", .caseOfficer, service: "hardship-fund", clock: clock)
                let base = "/backoffice/cases/\(reference)"
                _ = try await officer.get(base)
                #expect(try await officer.post("\(base)/request-information", [("question", "Please send [a bank statement](x).")]).location == "\(base)?done=requested")
                #expect(try await officer.post("\(base)/status", [("status", "in-review"), ("reason", "")]).location == "\(base)?done=status")
                #expect(try await officer.post("\(base)/status", [("status", "approved"), ("reason", "")]).location == "\(base)?done=status")
                try await Self.drain(worker)
                let later = Array(notify.received.dropFirst(2))
                #expect(later.count == 4, "two messages, each by email and text")
                let asked = try #require(later.first { $0.kind == "email" && $0.personalisation["subject"] == "We need more information about \(reference)" })
                #expect(asked.personalisation["body"]?.contains("Dear Jamie Example,\n\nWe need more information before we can decide") == true)
                #expect(asked.personalisation["body"]?.contains("Please send (a bank statement)(x).") == true, "no link markup from an officer's text either")
                #expect(asked.personalisation["body"]?.range(of: #"Reply here: http://127\.0\.0\.1:8080/reply/[A-Za-z0-9_-]{32}"#, options: .regularExpression) != nil)
                let approved = try #require(later.first { $0.kind == "email" && $0.personalisation["subject"] == "Your hardship payment application \(reference): Approved" })
                #expect(approved.personalisation["body"]?.contains("Your application has been approved. We will pay you within 3 working days.") == true)
                #expect(later.contains { $0.kind == "sms" && $0.personalisation["body"] == "Hardship payment \(reference): Your application has been approved. We will pay you within 3 working days." })
                #expect(notify.refused.isEmpty)
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func anOfficersBookingAndTheReminderJobCarryTheDateAndSlot(engine: DatabaseEngine) async throws {
        try await StandInNotify.run { notify, http in
            let clock = TestClock()
            try await TestApp.with(engine, now: clock.closure) { client, database in
                let reference = try await FieldWorkTests.book(client)
                let worker = try NotificationDeliveryTests.worker(database, notify: notify, http: http)
                try await Self.drain(worker)
                let confirmation = try #require(notify.received.first)
                #expect(notify.received.count == 1, "the applicant chose email")
                #expect(confirmation.personalisation["body"]?.contains("Friday 27 November 2026, Morning (7am to 12 noon)") == true,
                        "the submitted template shows the answer to the appointment question")

                let officer = try await BrowserSession.staff(client, database, "officer@council.example", .caseOfficer, service: "bulky-waste", clock: clock)
                let base = "/backoffice/cases/\(reference)"
                _ = try await officer.get(base)
                let scheduled = try await officer.post("\(base)/visits", [
                    ("job-kind", "collection"), ("job-date-day", "1"), ("job-date-month", "12"), ("job-date-year", "2026"),
                    ("job-slot", "pm"), ("job-assignee", "crew:Mainland crew"),
                ])
                #expect(scheduled.location == "\(base)?done=job")
                // What the scheduled reminders job queues (see NotificationMessages for the payload).
                try await database.write(rows: [InsertRow("outbox", [
                    "topic": "notification", "reference": reference, "status": "pending", "attempts": 0,
                    "payload": #"{"event":"reminder","reference":"\#(reference)","email":"pat@example.org","phone":"01632 960001","date":"2026-11-27","slot":"am"}"#,
                    "idempotency_key": "reminder:\(reference)", "available_at": Int64(0), "created_at": Int64(0),
                ])])
                try await Self.drain(worker)
                let booked = try #require(notify.received.first { $0.personalisation["subject"] == "Your collection date: Tuesday 1 December 2026" })
                #expect(booked.personalisation["body"]?.contains("Tuesday 1 December 2026\nAfternoon (12 noon to 5pm)") == true)
                let reminder = try #require(notify.received.first { $0.personalisation["subject"] == "Reminder: we collect your items on Friday 27 November 2026" })
                #expect(reminder.personalisation["body"]?.contains("Friday 27 November 2026\nMorning (7am to 12 noon)") == true)
                #expect(notify.received.count == 3)
            }
        }
    }

    @Test(arguments: ["email", "sms"])
    func theApplicantsChoiceOfChannelIsHonouredForEveryMessage(channel: String) async throws {
        try await StandInNotify.run { notify, http in
            let clock = TestClock()
            try await TestApp.with(now: clock.closure) { client, database in
                let reference = try await Self.applyForHardship(client, channels: channel)
                let officer = try await BrowserSession.staff(client, database, "officer@council.example", .caseOfficer, service: "hardship-fund", clock: clock)
                _ = try await officer.get("/backoffice/cases/\(reference)")
                _ = try await officer.post("/backoffice/cases/\(reference)/status", [("status", "in-review"), ("reason", "")])
                _ = try await officer.post("/backoffice/cases/\(reference)/status", [("status", "declined"), ("reason", "Your savings are over the limit.")])
                try await Self.drain(try NotificationDeliveryTests.worker(database, notify: notify, http: http))
                #expect(notify.received.map(\.kind) == [channel, channel])
                // The worker sends a batch concurrently, so the messages may arrive in either order.
                let declined = notify.received.map { $0.personalisation["body"] ?? "" }.filter { $0.contains("Your savings are over the limit.") }
                #expect(declined.count == 1)
                #expect(declined.first?.contains("We could not approve your application.") == true)
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aRetryAfterTheTextFailedDoesNotSendTheEmailAgain(engine: DatabaseEngine) async throws {
        try await StandInNotify.run { notify, http in
            try await TestApp.with(engine) { client, database in
                let reference = try await Self.applyForHardship(client, channels: "both")
                notify.reply(.success, .serverError)
                let worker = try NotificationDeliveryTests.worker(database, notify: notify, http: http)
                _ = try await worker.runOnce()
                #expect(notify.received.map(\.kind) == ["email"], "the email went; the text met a 500")
                let waiting = try await SQLJobQueue(database: database).jobs(status: .pending, topics: ["notification"], limit: 5)
                #expect(waiting.count == 1, "the job waits to be retried")
                // Bring the retry forward rather than waiting out the backoff.
                try await database.write { db in try await db.raw("UPDATE outbox SET available_at = 0 WHERE status = 'pending'").run() }
                try await Self.drain(worker)
                #expect(notify.received.map(\.kind) == ["email", "sms"], "the retry sent only the text")
                let done = try await SQLJobQueue(database: database).jobs(status: .done, topics: ["notification"], limit: 5)
                #expect(done.first?.reference == reference)
            }
        }
    }

    @Test func withoutNotifyTheOutboxShowsTheRenderedEmailAndText() async throws {
        try await withHTTPClient { http in
            let clock = TestClock()
            try await TestApp.with(now: clock.closure) { client, database in
                let reference = try await Self.applyForHardship(client, channels: "both")
                try await Self.drain(try NotificationDeliveryTests.worker(database, notify: nil, http: http))
                let admin = try await BrowserSession.staff(client, database, "admin@council.example", .administrator, clock: clock)
                let outbox = try await admin.get("/admin/outbox")
                #expect(outbox.text.contains("Hardship payment application received: \(reference)"))
                #expect(outbox.text.contains("jamie@example.com, 01632 960001"))
                #expect(outbox.text.contains("Dear Jamie Example,"))
                #expect(outbox.text.contains("Text message We have received your hardship payment application."))
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aServiceDesignerPreviewsEveryMessageInEnglishAndGaelic(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            #expect(try await designer.get("/designer").html.contains(#"href="/designer/services/hardship-fund/messages""#))
            let page = try await designer.get("/designer/services/hardship-fund/messages")
            #expect(page.status == .ok)
            #expect(page.heading == "Messages")
            for shown in [
                "Hardship payment application received: HRD-7K3D-9Q2P", "Fhuair sinn d' iarrtas airson pàigheadh cruadail: HRD-7K3D-9Q2P",
                "Dear Alex Morgan,", "A Alex Morgan,", "Built-in message: this service has no template of its own for this event.",
                "Applicants choose email, text message or both in the question contact-by.",
            ] {
                #expect(page.text.contains(shown), "\(shown)")
            }
            #expect(page.html.contains(#"<div lang="gd">"#))
            #expect(try await designer.get("/designer/services/no-such-service/messages").status == .notFound)

            let officer = try await BrowserSession.staff(client, database, "officer@council.example", .caseOfficer, service: "hardship-fund", clock: clock)
            #expect(try await officer.get("/designer/services/hardship-fund/messages").status == .forbidden)
            #expect(try await BrowserSession(client).get("/designer/services/hardship-fund/messages").location?.hasPrefix("/staff/sign-in") == true)
        }
    }
}
