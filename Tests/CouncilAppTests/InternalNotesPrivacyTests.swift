import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

/// Staff text reaches the applicant only through a field that says it will: an internal note, a job's notes or a
/// field worker's own reason never appears in a message queued for the applicant (email or text) nor on their
/// MyAccount pages, by the case page, bulk actions, the partner API, information requests or a field visit; the
/// reason written for the applicant does.
@Suite struct InternalNotesPrivacyTests {
    /// Every message queued for the applicant about `reference`, as stored (the rendered message comes from these facts).
    static func citizenMessages(_ database: Database, _ reference: String) async throws -> String {
        try await database.read { db in
            try await db.raw("SELECT payload FROM outbox WHERE reference = \(bind: reference) AND topic IN ('notification', 'email') ORDER BY id")
                .all().map { try $0.decode(column: "payload", as: String.self) }
        }.joined(separator: "\n")
    }

    /// A bulky waste collection booked by `citizen`; returns the reference.
    static func book(_ citizen: BrowserSession) async throws -> String {
        try await citizen.start("bulky-waste", expectingFirstPage: "collection-address")
        try await citizen.walk("bulky-waste", Journeys.bulkyWasteToDate)
        try await citizen.walk("bulky-waste", [Step("collection-date", [("collection-date", "\(FieldWorkTests.friday)/am")], next: "benefits")])
        try await citizen.walk("bulky-waste", Journeys.bulkyWasteAfterDate)
        return try #require(try await citizen.submit("bulky-waste").reference)
    }

    @Test(arguments: TestDatabase.engines)
    func aFieldWorkersNotesAndOwnReasonNeverReachTheApplicant(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let citizen = BrowserSession(client)
            try await citizen.registerAndConfirm("pat@example.org", database: database)
            let done = try await Self.book(citizen)
            let missed = try await Self.book(citizen)
            let samID = try await StaffFixture.create(database, "sam@council.example", .fieldWorker, service: "bulky-waste")
            let doneJob = try await FieldWorkTests.today(database, done, assignee: samID)
            let missedJob = try await FieldWorkTests.today(database, missed, assignee: samID)
            let sam = BrowserSession(client)
            _ = try await sam.enrolStaff("sam@council.example", clock: clock)
            let day = try await sam.get("/field")
            #expect(day.html.contains("Reason the applicant will see"), "the move to Could not collect takes a reason")
            #expect(day.text.contains("Only staff see these"))

            // Completed moves the case (and tells the applicant); the notes stay with staff.
            let notes = "Neighbour at no. 4 says the sofa is his"
            let completed = try await sam.post("/field/visits/\(doneJob)", [("outcome", "completed"), ("notes", notes)])
            #expect(completed.isRedirect)
            #expect(try await database.caseStatuses(done) == ["collected"])
            let sentForDone = try await Self.citizenMessages(database, done)
            #expect(sentForDone.contains("collected"), "the applicant is told of the new status")
            #expect(!sentForDone.contains(notes))
            #expect(!(try await citizen.get("/account/requests/\(done)").html.contains("Neighbour")))

            // Could not complete needs the applicant's reason; the worker's own reason is not it.
            let workersReason = "Dog loose in the garden, owner aggressive"
            let withoutReason = try await sam.post("/field/visits/\(missedJob)", [("outcome", "not_completed"), ("reason", workersReason)])
            #expect(withoutReason.status == .unprocessableContent)
            #expect(withoutReason.errorSummaryAnchors == ["job-\(missedJob)-citizen-reason"])
            #expect(try await database.caseStatuses(missed) == ["received"])
            let forApplicant = "We could not reach your items. Please call us to rebook"
            let notDone = try await sam.post("/field/visits/\(missedJob)", [("outcome", "not_completed"), ("reason", workersReason),
                                                                         ("notes", notes), ("citizen-reason", forApplicant)])
            #expect(notDone.isRedirect)
            #expect(try await database.caseStatuses(missed) == ["not-collected"])
            let sentForMissed = try await Self.citizenMessages(database, missed)
            #expect(sentForMissed.contains(forApplicant))
            #expect(!sentForMissed.contains(workersReason))
            #expect(!sentForMissed.contains(notes))
            let account = try await citizen.get("/account/requests/\(missed)")
            #expect(account.text.contains(forApplicant))
            #expect(!account.text.contains("Dog loose"))
            #expect(!account.text.contains("Neighbour"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theCasePageSendsOnlyTheReasonWrittenForTheApplicant(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (citizen, reference) = try await CaseHandlingTests.submitSignedIn(client, database)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            let base = "/backoffice/cases/\(reference)"
            let page = try await officer.get(base)
            #expect(page.html.contains("Reason the applicant will see"))
            #expect(page.html.contains("Internal note (not shown to the applicant)"))

            let note = "Sounded unsure on the phone; check references"
            #expect(try await officer.post("\(base)/note", [("note", note)]).isRedirect)
            #expect(try await officer.post("\(base)/status", [("status", "in-review"), ("reason", "")]).isRedirect)
            #expect(try await officer.post("\(base)/request-information", [("question", "Which weekends suit you?")]).isRedirect)
            _ = try await citizen.post("/account/requests/\(reference)/reply", [("answer", "Any")])
            #expect(try await officer.post("\(base)/note", [("note", note)]).isRedirect)
            #expect(try await officer.post("\(base)/status", [("status", "declined"), ("reason", "You must be 16 or over")]).isRedirect)

            let sent = try await Self.citizenMessages(database, reference)
            #expect(sent.contains("Which weekends suit you?"), "the information request reaches the applicant")
            #expect(sent.contains("You must be 16 or over"), "the reason written for the applicant reaches them")
            #expect(!sent.contains(note))
            let account = try await citizen.get("/account/requests/\(reference)")
            #expect(account.text.contains("You must be 16 or over"))
            #expect(!account.text.contains("Sounded unsure"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func bulkActionsAndThePartnerAPIKeepNotesFromTheApplicant(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (citizen, byBulk) = try await CaseHandlingTests.submitSignedIn(client, database)
            let (_, byAPI) = try await CaseHandlingTests.submitSignedIn(client, database, email: "sam@example.com")
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            let queue = try await officer.get("/backoffice?queue=unassigned")
            #expect(queue.html.contains("Reason the applicant will see (for a change of status)"))

            let note = "Bulk note: duplicate of an earlier request"
            for fields in [[("action", "note"), ("note", note)], [("action", "status"), ("bulk-status", "in-review"), ("note", note)],
                           [("action", "status"), ("bulk-status", "declined"), ("reason", "Our volunteer places are full"), ("note", note)]] {
                let posted = try await officer.post("/backoffice/bulk", [("case", byBulk), ("return", "/backoffice")] + fields)
                #expect(posted.text.contains("1 of 1 changed"))
            }
            let bulkSent = try await Self.citizenMessages(database, byBulk)
            #expect(bulkSent.contains("Our volunteer places are full"))
            #expect(!bulkSent.contains(note))
            let account = try await citizen.get("/account/requests/\(byBulk)")
            #expect(account.text.contains("Our volunteer places are full"))
            #expect(!account.text.contains("duplicate of an earlier request"))

            let apiNote = "API note: flagged by the fraud check"
            #expect(try await client.api(.post, "/api/v1/cases/\(byAPI)/notes", ["text": apiNote]).status == .created)
            #expect(try await client.api(.post, "/api/v1/cases/\(byAPI)/status", ["status": "in-review"]).status == .ok)
            #expect(try await client.api(.post, "/api/v1/cases/\(byAPI)/status", ["status": "declined", "reason": "You are under 16"]).status == .ok)
            let apiSent = try await Self.citizenMessages(database, byAPI)
            #expect(apiSent.contains("You are under 16"))
            #expect(!apiSent.contains(apiNote))
        }
    }
}
