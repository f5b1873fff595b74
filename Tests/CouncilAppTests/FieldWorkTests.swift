import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

/// Mobile working and scheduling over HTTP: booking a date in the bulky waste journey (and a full one refused),
/// scheduling from the case page, the field worker's day list (scoped to them), recording an outcome that moves
/// the case, and tampering refused.
@Suite struct FieldWorkTests {
    /// TestApp's today is Wednesday 25 November 2026: the first date offered is Friday 27 November (2 working days),
    /// Monday 30 November is a holiday, and the last is Thursday 10 December (10 working days).
    static let friday = "2026-11-27"

    /// Books a bulky waste collection through the journey, for `date`/`slot`; returns the reference.
    static func book(_ client: any TestClientProtocol, date: String = friday, slot: String = "am") async throws -> String {
        let citizen = BrowserSession(client)
        try await citizen.start("bulky-waste", expectingFirstPage: "collection-address")
        try await citizen.walk("bulky-waste", Journeys.bulkyWasteToDate)
        try await citizen.walk("bulky-waste", [Step("collection-date", [("collection-date", "\(date)/\(slot)")], next: "benefits")])
        try await citizen.walk("bulky-waste", Journeys.bulkyWasteAfterDate)
        return try #require(try await citizen.submit("bulky-waste").reference)
    }

    /// Fills `date` in the "rest of the council area" (20 a day), as other bookings would.
    static func fill(_ database: Database, date: String, count: Int = 20) async throws {
        let jobs = SQLVisitRepository(database: database)
        let day = try #require(CalendarDay(iso: date))
        for _ in 0..<count {
            _ = try await jobs.schedule(NewVisit(caseReference: Reference.make(prefix: "BLK"), serviceSlug: "bulky-waste", kind: "collection", day: day,
                                               slot: "pm", area: "rest-of-area", assigneeID: nil, crew: "Mainland crew",
                                               limits: SlotLimits(daily: 20, slot: nil), summary: "filler"), actor: .staff(0), at: Date())
        }
    }

    /// Schedules a job today (TestApp's today) for `assignee`, or for the Mainland crew; returns its id.
    static func today(_ database: Database, _ reference: String, slot: String = "am", assignee: Int64?) async throws -> Int64 {
        try await SQLVisitRepository(database: database).schedule(NewVisit(
            caseReference: reference, serviceSlug: "bulky-waste", kind: "collection", day: TestApp.today, slot: slot, area: "rest-of-area",
            assigneeID: assignee, crew: assignee == nil ? "Mainland crew" : nil, limits: nil, summary: "today"), actor: .staff(0), at: Date())
    }

    static func jobs(_ database: Database, _ reference: String) async throws -> [Visit] {
        try await SQLVisitRepository(database: database).visits(caseReference: reference)
    }

    @Test(arguments: TestDatabase.engines)
    func aCitizenBooksACollectionDateInTheJourney(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let citizen = BrowserSession(client)
            try await citizen.start("bulky-waste", expectingFirstPage: "collection-address")
            try await citizen.walk("bulky-waste", Journeys.bulkyWasteToDate)
            let page = try await citizen.get("/services/bulky-waste/collection-date")
            #expect(page.status == .ok)
            #expect(page.html.contains(#"value="2026-11-27/am""#))
            #expect(page.text.contains("Friday 27 November 2026, Morning (7am to 12 noon) 20 places left"))
            #expect(page.html.contains(#"value="2026-12-10/pm""#))
            for notOffered in ["2026-11-26", "2026-11-28", "2026-11-30", "2026-12-11"] {
                #expect(!page.html.contains(#"value="\#(notOffered)/am""#), "\(notOffered) is not offered")
            }
            // A day that is not offered (a Saturday) is refused even if posted by hand.
            let saturday = try await citizen.post("/services/bulky-waste/collection-date", [("collection-date", "2026-11-28/am")])
            #expect(saturday.status == .unprocessableContent)
            #expect(saturday.errorSummaryMessages == ["Choose one of the dates shown; that date can no longer be booked"])
            #expect(saturday.errorSummaryAnchors == ["collection-date"])
            let nothing = try await citizen.post("/services/bulky-waste/collection-date", [])
            #expect(nothing.errorSummaryMessages == ["Select a date and time for your collection"])

            try await citizen.walk("bulky-waste", [Step("collection-date", [("collection-date", "2026-12-01/pm")], next: "benefits")])
            try await citizen.walk("bulky-waste", Journeys.bulkyWasteAfterDate)
            let check = try await citizen.get("/services/bulky-waste/check-answers")
            #expect(check.text.contains("Tuesday 1 December 2026, Afternoon (12 noon to 5pm)"))
            let reference = try #require(try await citizen.submit("bulky-waste").reference)

            let jobs = try await Self.jobs(database, reference)
            #expect(jobs.count == 1)
            #expect(jobs.first?.day.iso == "2026-12-01")
            #expect(jobs.first?.slot == "pm")
            #expect(jobs.first?.area == "rest-of-area")
            #expect(jobs.first?.crew == "Mainland crew")
            #expect(try await database.caseEventKinds(reference) == ["status_changed", "job_scheduled"])
            let stored = try #require(try await database.submission(reference))
            #expect(stored.answers["collection-date"] == .object(["date": .string("2026-12-01"), "slot": .string("pm")]))

            // The next citizen sees one place fewer.
            let next = BrowserSession(client)
            try await next.start("bulky-waste", expectingFirstPage: "collection-address")
            try await next.walk("bulky-waste", Journeys.bulkyWasteToDate)
            #expect(try await next.get("/services/bulky-waste/collection-date").text.contains("Tuesday 1 December 2026, Afternoon (12 noon to 5pm) 19 places left"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aFullDateIsNotOfferedAndATakenLastPlaceIsRefusedOnSubmit(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await Self.fill(database, date: Self.friday)
            let citizen = BrowserSession(client)
            try await citizen.start("bulky-waste", expectingFirstPage: "collection-address")
            try await citizen.walk("bulky-waste", Journeys.bulkyWasteToDate)
            let page = try await citizen.get("/services/bulky-waste/collection-date")
            #expect(!page.html.contains("2026-11-27/"), "a full day is not offered")
            let full = try await citizen.post("/services/bulky-waste/collection-date", [("collection-date", "2026-11-27/am")])
            #expect(full.status == .unprocessableContent)
            #expect(full.errorSummaryMessages == ["That date and time is now fully booked. Choose another"])

            // The date had room when chosen, and the last 19 places went before the citizen pressed send.
            try await Self.fill(database, date: "2026-12-02", count: 1)
            try await citizen.walk("bulky-waste", [Step("collection-date", [("collection-date", "2026-12-02/am")], next: "benefits")])
            try await citizen.walk("bulky-waste", Journeys.bulkyWasteAfterDate)
            try await Self.fill(database, date: "2026-12-02", count: 19)
            let before = try await database.count("submissions")
            let check = try await citizen.get("/services/bulky-waste/check-answers")
            let sent = try await citizen.post("/services/bulky-waste/check-answers", [("answers_digest", try #require(check.hidden("answers_digest")))])
            #expect(sent.location == "/services/bulky-waste/collection-date?change=1&refused=full")
            #expect(try await database.count("submissions") == before, "nothing is recorded")
            let again = try await citizen.follow(sent)
            #expect(again.errorSummaryMessages == ["That date and time is now fully booked. Choose another"])
            #expect(!again.html.contains("2026-12-02/"))
            // Choosing another date goes back to check answers, and sends.
            #expect(try await citizen.answer("/services/bulky-waste/collection-date?change=1", [("collection-date", "2026-12-03/am"), ("change", "1")])
                == "/services/bulky-waste/check-answers")
            let reference = try #require(try await citizen.submit("bulky-waste").reference)
            #expect(try await Self.jobs(database, reference).map(\.day.iso) == ["2026-12-03"])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theAPIBooksAndRefusesAFullDay(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            var answers = SubmissionAPITests.validAnswers("bulky-waste")
            let created = try await client.submit("bulky-waste", answers)
            #expect(created.status == .created)
            try await Self.fill(database, date: "2026-12-04")
            answers["collection-date"] = ["date": "2026-12-04", "slot": "am"]
            let full = try await client.submit("bulky-waste", answers)
            #expect(full.status == .conflict)
            #expect(full.errors.map(\.code) == ["fully_booked"])
            answers["collection-date"] = ["date": "2026-11-28", "slot": "am"]
            let weekend = try await client.submit("bulky-waste", answers)
            #expect(weekend.status == .unprocessableContent)
            #expect(weekend.errors.map(\.field) == ["collection-date"])
            #expect(weekend.errors.map(\.code) == ["not_available"])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func anOfficerSchedulesAJobForAFieldWorkerFromTheCasePage(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let reference = try await Self.book(client)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "bulky-waste")
            let workerID = try await StaffFixture.create(database, "sam@council.example", .fieldWorker, service: "bulky-waste")
            _ = try await StaffFixture.create(database, "pothole.worker@council.example", .fieldWorker, service: "report-a-pothole")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            let base = "/backoffice/cases/\(reference)"

            let page = try await officer.get(base)
            #expect(page.html.contains("Schedule a job"))
            #expect(page.text.contains("Friday 27 November 2026, Morning (7am to 12 noon)"), "the booked job is listed")
            #expect(page.html.contains(#"value="staff:\#(workerID)""#))
            #expect(!page.text.contains("pothole.worker@council.example"), "only field workers of the service are offered")

            let empty = try await officer.post("\(base)/visits", [])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.errorSummaryAnchors == ["job-kind", "job-date-day", "job-slot", "job-assignee"])
            let past = try await officer.post("\(base)/visits", [
                ("job-kind", "collection"), ("job-date-day", "24"), ("job-date-month", "11"), ("job-date-year", "2026"),
                ("job-slot", "am"), ("job-assignee", "staff:\(workerID)"),
            ])
            #expect(past.errorSummaryMessages == ["The answer to ‘Date’ must be today or in the future"])
            let stranger = try await officer.post("\(base)/visits", [
                ("job-kind", "collection"), ("job-date-day", "25"), ("job-date-month", "11"), ("job-date-year", "2026"),
                ("job-slot", "am"), ("job-assignee", "staff:999"),
            ])
            #expect(stranger.errorSummaryAnchors == ["job-assignee"])

            let scheduled = try await officer.post("\(base)/visits", [
                ("job-kind", "collection"), ("job-date-day", "25"), ("job-date-month", "11"), ("job-date-year", "2026"),
                ("job-slot", "pm"), ("job-assignee", "staff:\(workerID)"),
            ])
            #expect(scheduled.location == "\(base)?done=job")
            let jobs = try await Self.jobs(database, reference)
            #expect(jobs.map(\.day.iso) == ["2026-11-25", "2026-11-27"])
            #expect(jobs.first?.assigneeID == workerID)
            #expect(try await database.caseEventKinds(reference).filter { $0 == "job_scheduled" }.count == 2)
            let after = try await officer.get("\(base)?done=job")
            #expect(after.text.contains("Job scheduled."))
            #expect(after.text.contains("Job scheduled: Collection on Wednesday 25 November 2026, Afternoon (12 noon to 5pm) – sam@council.example"))

            // Without the CSRF token, nothing is scheduled.
            let forged = try await officer.post("\(base)/visits", [("job-kind", "collection")], withToken: false)
            #expect(forged.status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aFieldWorkerSeesTheirDayAndCompletingAJobMovesTheCase(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let mine = try await Self.book(client)
            let theirs = try await Self.book(client)
            let crews = try await Self.book(client, slot: "pm")
            let samID = try await StaffFixture.create(database, "sam@council.example", .fieldWorker, service: "bulky-waste")
            let aliID = try await StaffFixture.create(database, "ali@council.example", .fieldWorker, service: "bulky-waste")
            _ = try await StaffFixture.create(database, "pothole.worker@council.example", .fieldWorker, service: "report-a-pothole")
            let jobs = SQLVisitRepository(database: database)
            let myJob = try await Self.today(database, mine, slot: "pm", assignee: samID)
            let theirJob = try await Self.today(database, theirs, assignee: aliID)
            let crewJob = try await Self.today(database, crews, assignee: nil)

            let sam = BrowserSession(client)
            _ = try await sam.enrolStaff("sam@council.example", clock: clock)
            let list = try await sam.get("/field")
            #expect(list.status == .ok)
            #expect(list.html.contains(#"id="job-\#(myJob)""#))
            #expect(list.html.contains(#"id="job-\#(crewJob)""#))
            #expect(!list.html.contains(#"id="job-\#(theirJob)""#), "another worker's job is not on the list")
            // Morning before afternoon.
            let crewAt = try #require(list.html.range(of: #"id="job-\#(crewJob)""#)).lowerBound
            let myAt = try #require(list.html.range(of: #"id="job-\#(myJob)""#)).lowerBound
            #expect(crewAt < myAt)
            #expect(list.html.contains("https://www.google.com/maps/search/?api=1&amp;query=3%20Mill%20Lane,%20Kirkton,%20KT1%202AB"))
            #expect(list.text.contains("Items for collection Sofa, 1"))
            #expect(list.text.contains("UK phone number 01632 960001"))
            #expect(!list.text.contains("pat@example.org"), "only the key answers are shown")
            #expect(list.html.contains(#"enctype="multipart/form-data""#))
            #expect(try await sam.get("/field?day=2026-11-26").text.contains("You have no jobs on this day."))

            // Could not complete needs a reason; the error links to this job's field.
            let noReason = try await sam.post("/field/visits/\(myJob)?day=2026-11-25", [("outcome", "not_completed")])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.errorSummaryAnchors == ["job-\(myJob)-reason"])
            // A file that is not an image is refused.
            let pdf = try await sam.postFile("/field/visits/\(myJob)", field: "photo", filename: "sofa.jpg", contentType: "image/jpeg",
                                              data: samplePDF, fields: [("outcome", "completed")])
            #expect(pdf.errorSummaryMessages == ["The selected file must be a JPG or PNG"])

            let done = try await sam.postFile("/field/visits/\(myJob)?day=2026-11-25", field: "photo", filename: "sofa.png", contentType: "image/png",
                                               data: SubmissionAPITests.pngBytes, fields: [("outcome", "completed"), ("notes", "Sofa was by the gate")])
            #expect(done.location == "/field?day=2026-11-25&recorded=\(myJob)")
            #expect(try await database.caseStatuses(mine) == ["collected"])
            #expect(try await database.caseEventKinds(mine).suffix(4) == ["job_scheduled", "job_completed", "status_changed", "notification_queued"])
            let notice = try await sam.follow(done)
            #expect(notice.text.contains("Outcome recorded for case \(mine): completed. The case is now Collected."))
            #expect(notice.text.contains("Recorded: Completed"))
            let photo = try await sam.get("/field/visits/\(myJob)/photo")
            #expect(photo.status == .ok)
            #expect(photo.header("Content-Type") == "image/png")
            // Recording it twice changes nothing.
            #expect(try await sam.post("/field/visits/\(myJob)", [("outcome", "not_completed"), ("reason", "Again")]).location
                == "/field?day=2026-11-25&recorded=\(myJob)")
            #expect(try await jobs.visit(id: myJob)?.outcome == .completed)

            // "Could not complete" moves the crew's case to "Could not collect", with the reason written for the applicant.
            let missed = try await sam.post("/field/visits/\(crewJob)", [("outcome", "not_completed"), ("reason", "Nothing outside at 11am"),
                                                                       ("citizen-reason", "Nothing was left out for us")])
            #expect(missed.isRedirect)
            #expect(try await database.caseStatuses(crews) == ["not-collected"])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func anotherWorkersJobOrServiceCannotBeRecordedByTampering(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let theirs = try await Self.book(client)
            _ = try await StaffFixture.create(database, "sam@council.example", .fieldWorker, service: "bulky-waste")
            let aliID = try await StaffFixture.create(database, "ali@council.example", .fieldWorker, service: "bulky-waste")
            _ = try await StaffFixture.create(database, "pothole.worker@council.example", .fieldWorker, service: "report-a-pothole")
            let job = try await Self.today(database, theirs, assignee: aliID)

            let sam = BrowserSession(client)
            _ = try await sam.enrolStaff("sam@council.example", clock: clock)
            let tampered = try await sam.post("/field/visits/\(job)", [("outcome", "completed")])
            #expect(tampered.status == .forbidden)
            #expect(try await sam.get("/field/visits/\(job)/photo").status == .forbidden)
            #expect(try await sam.post("/field/visits/999999", [("outcome", "completed")]).status == .notFound)

            let potholes = BrowserSession(client)
            _ = try await potholes.enrolStaff("pothole.worker@council.example", clock: clock)
            #expect(!(try await potholes.get("/field").html.contains(#"id="job-\#(job)""#)))
            #expect(try await potholes.post("/field/visits/\(job)", [("outcome", "completed")]).status == .forbidden)

            // Ali's own form, without the CSRF token, is refused too.
            let ali = BrowserSession(client)
            _ = try await ali.enrolStaff("ali@council.example", clock: clock)
            _ = try await ali.get("/field")
            #expect(try await ali.post("/field/visits/\(job)", [("outcome", "completed")], withToken: false).status == .forbidden)
            #expect(try await database.caseStatuses(theirs) == ["received"])
            // Citizens and signed-out visitors do not reach /field at all.
            let visitor = BrowserSession(client)
            #expect(try await visitor.get("/field").location?.hasPrefix("/staff/sign-in") == true)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func whenTheWorkflowRefusesTheMoveTheOutcomeIsKeptAndThePageSaysWhy(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let reference = try await Self.book(client)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "bulky-waste")
            let samID = try await StaffFixture.create(database, "sam@council.example", .fieldWorker, service: "bulky-waste")
            let job = try await Self.today(database, reference, assignee: samID)
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            let closed = try await officer.post("/backoffice/cases/\(reference)/status", [("status", "closed"), ("reason", "Cancelled by phone")])
            #expect(closed.isRedirect)

            let sam = BrowserSession(client)
            _ = try await sam.enrolStaff("sam@council.example", clock: clock)
            _ = try await sam.get("/field")
            let done = try await sam.post("/field/visits/\(job)", [("outcome", "completed")])
            #expect(done.isRedirect)
            let page = try await sam.follow(done)
            #expect(page.text.contains("The case stays at Closed: A case cannot go from Closed to Collected. A case officer can move it."))
            #expect(try await database.caseStatuses(reference) == ["closed"])
            #expect(try await SQLVisitRepository(database: database).visit(id: job)?.status == .completed)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func completingAJobBeforeItsBookedDayNeedsConfirming(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let reference = try await Self.book(client)
            _ = try await StaffFixture.create(database, "sam@council.example", .fieldWorker, service: "bulky-waste")
            let job = try #require(try await Self.jobs(database, reference).first)
            let sam = BrowserSession(client)
            _ = try await sam.enrolStaff("sam@council.example", clock: clock)
            let later = try await sam.get("/field?day=\(Self.friday)")
            #expect(later.text.contains("These jobs are booked for Friday 27 November 2026, not today."))
            let unconfirmed = try await sam.post("/field/visits/\(job.id)?day=\(Self.friday)", [("outcome", "completed")])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(unconfirmed.errorSummaryAnchors == ["job-\(job.id)-confirm-early"])
            #expect(try await SQLVisitRepository(database: database).visit(id: job.id)?.status == .scheduled)
            let gaelic = try await sam.post("/field/visits/\(job.id)?day=\(Self.friday)&lang=gd", [("outcome", "completed")])
            #expect(gaelic.errorSummaryMessages.first?.hasPrefix("Tha an obair seo glèidhte") == true)
            let confirmed = try await sam.post("/field/visits/\(job.id)?day=\(Self.friday)", [("outcome", "completed"), ("confirm-early", "yes")])
            #expect(confirmed.isRedirect)
            #expect(try await SQLVisitRepository(database: database).visit(id: job.id)?.status == .completed)
        }
    }
}
