import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import Persistence
import HummingbirdTesting
import SQLKit
import Testing

@Suite struct CaseHandlingTests {
    /// A volunteering submission by a signed-in citizen; returns the citizen's browser and the reference.
    static func submitSignedIn(_ client: any TestClientProtocol, _ database: Database, email: String = "alex@example.com") async throws -> (BrowserSession, String) {
        let citizen = BrowserSession(client)
        try await citizen.registerAndConfirm(email, database: database)
        try await citizen.start("volunteering", expectingFirstPage: "aged-16-or-over")
        try await citizen.walk("volunteering", Journeys.volunteering)
        return (citizen, try #require(try await citizen.submit("volunteering").reference))
    }

    @Test(arguments: TestDatabase.engines)
    func anOfficerWorksACaseToClosedAndTheApplicantAnswersAQuestion(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (citizen, reference) = try await Self.submitSignedIn(client, database)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            let base = "/backoffice/cases/\(reference)"

            let page = try await officer.get(base)
            #expect(page.status == .ok)
            #expect(page.html.contains("Received"))
            #expect(page.html.contains("Alex Morgan"))
            #expect(try await officer.post("\(base)/assign", [("assignee", "me")]).location == "\(base)?done=assigned")
            #expect(try await officer.get(base).html.contains("Assigned to officer@council.example"))

            // Straight to approved is not a move this workflow has.
            let refused = try await officer.post("\(base)/status", [("status", "approved"), ("reason", "")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorSummaryMessages == ["A case cannot go from Received to Approved"])
            #expect(try await officer.post("\(base)/status", [("status", "in-review"), ("reason", "")]).location == "\(base)?done=status")

            let asked = try await officer.post("\(base)/request-information", [("question", "Which weekends suit you?")])
            #expect(asked.location == "\(base)?done=requested")
            #expect(try await database.caseStatuses(reference).last == "awaiting-information")
            #expect(try await database.outbox(reference).contains { $0.topic == "notification" })

            let request = try await citizen.get("/account/requests/\(reference)")
            #expect(request.html.contains("Which weekends suit you?"))
            let empty = try await citizen.post("/account/requests/\(reference)/reply", [("answer", " ")])
            #expect(try await citizen.follow(empty).errorSummaryAnchors == ["answer"])
            let replied = try await citizen.post("/account/requests/\(reference)/reply", [("answer", "The first weekend of each month")])
            #expect(replied.location == "/account/requests/\(reference)?replied=1")
            #expect(try await database.caseStatuses(reference).last == "in-review")

            // Declining needs a reason; then the case closes.
            let noReason = try await officer.post("\(base)/status", [("status", "declined"), ("reason", "")])
            #expect(noReason.errorSummaryMessages == ["Enter the reason for moving the case to Declined"])
            #expect(noReason.errorSummaryAnchors == ["reason"])
            #expect(try await officer.post("\(base)/status", [("status", "approved"), ("reason", "")]).isRedirect)
            #expect(try await officer.post("\(base)/note", [("note", "Welcome pack posted")]).isRedirect)
            #expect(try await officer.post("\(base)/message", [("message", "See you at the food bank!")]).isRedirect)
            #expect(try await officer.post("\(base)/status", [("status", "closed"), ("reason", "")]).isRedirect)

            let kinds = try await database.caseEventKinds(reference)
            for kind in ["status_changed", "assigned", "information_requested", "information_supplied", "note", "message", "notification_queued"] {
                #expect(kinds.contains(kind), "timeline has \(kind)")
            }
            let final = try await officer.get(base)
            #expect(final.html.contains("Target met"))
            #expect(!final.html.contains("Change status"), "no move leads out of closed")
            // The applicant sees the outcome and the message, not the internal note.
            let seen = try await citizen.get("/account/requests/\(reference)")
            #expect(seen.html.contains("Your request has been approved."))
            #expect(seen.html.contains("See you at the food bank!"))
            #expect(!seen.html.contains("Welcome pack posted"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func viewingACaseGoesOnTheAuditTrailNotTheTimeline(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (_, reference) = try await Self.submitSignedIn(client, database)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            let before = try await database.caseEventKinds(reference)
            #expect(try await officer.get("/backoffice/cases/\(reference)").status == .ok)
            let page = try await officer.get("/backoffice/cases/\(reference)")
            #expect(try await database.caseEventKinds(reference) == before, "no timeline row for a view")
            #expect(!page.text.contains("Opened"))
            #expect(try await database.auditActions().filter { $0 == "staff.case-viewed" }.count == 2)
        }
    }

    @Test func anAnonymousApplicantRepliesThroughAOneTimeLink() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            let anonymous = BrowserSession(client)
            try await anonymous.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await anonymous.walk("volunteering", Journeys.volunteering)
            let reference = try #require(try await anonymous.submit("volunteering").reference)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            _ = try await officer.get("/backoffice/cases/\(reference)")
            _ = try await officer.post("/backoffice/cases/\(reference)/request-information", [("question", "Do you drive?")])

            let body = try await database.read { db in
                try await db.raw("SELECT payload FROM outbox WHERE topic = 'notification' AND reference = \(bind: reference) ORDER BY id DESC").first()?
                    .decode(column: "payload", as: String.self)
            } ?? ""
            let path = try #require(body.range(of: #"/reply/[A-Za-z0-9_-]{32}"#, options: .regularExpression).map { String(body[$0]) })
            let browser = BrowserSession(client)
            let form = try await browser.get(path)
            #expect(form.html.contains("Do you drive?"))
            let sent = try await browser.post(path, [("answer", "Yes, a van")])
            #expect(sent.status == .ok)
            #expect(sent.reference == reference)
            #expect(try await database.caseStatuses(reference).last == "in-review")
            #expect(try await browser.get(path).status == .notFound, "the link works once")
        }
    }

    @Test func agentsMayReadButOnlyOfficersMoveCasesAndOtherServicesAreClosed() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            let (_, reference) = try await Self.submitSignedIn(client, database)
            _ = try await StaffFixture.create(database, "agent@council.example", .customerServiceAgent)
            _ = try await StaffFixture.create(database, "potholes@council.example", .caseOfficer, service: "report-a-pothole")
            let agent = BrowserSession(client)
            _ = try await agent.enrolStaff("agent@council.example", clock: clock)
            let page = try await agent.get("/backoffice/cases/\(reference)")
            #expect(page.status == .ok)
            #expect(!page.html.contains("Change status"))
            #expect(!page.html.contains("Assign the case"))
            let taken = try await agent.post("/backoffice/cases/\(reference)/assign", [("assignee", "me")])
            #expect(taken.errorSummaryMessages == ["Only a case officer can take on a case"])
            let forced = try await agent.post("/backoffice/cases/\(reference)/status", [("status", "in-review"), ("reason", "")])
            #expect(forced.errorSummaryMessages == ["Only a case officer can move a case to In review"])
            #expect(try await database.caseStatuses(reference).last == "received")

            let other = BrowserSession(client)
            _ = try await other.enrolStaff("potholes@council.example", clock: clock)
            #expect(try await other.get("/backoffice/cases/\(reference)").status == .forbidden)
            #expect(try await other.post("/backoffice/cases/\(reference)/note", [("note", "sneaky")]).status == .forbidden)
            #expect(!(try await database.caseEventKinds(reference).contains("note")))
        }
    }

    @Test func aServicesOwnWorkflowSetsTheTargetsAndTheTimeAllowedInEachState() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            // A hardship application through the API; its workflow allows 10 working days to decide, 5 in assessment.
            let sent = try await client.submit("hardship-fund", SubmissionAPITests.validAnswers("hardship-fund"))
            let reference = try #require(sent.json?["reference"] as? String, "\(sent.body)")
            _ = try await StaffFixture.create(database, "hardship@council.example", .caseOfficer, service: "hardship-fund")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("hardship@council.example", clock: clock)
            let base = "/backoffice/cases/\(reference)"
            // TestApp's today is Wednesday 25 November 2026; St Andrew's Day (Monday 30 November) is not a working day.
            let received = try await officer.get(base)
            #expect(received.html.contains("Due: 10 December 2026"))
            #expect(received.html.contains("No limit"))
            #expect(try await officer.post("\(base)/status", [("status", "in-review"), ("reason", "")]).isRedirect)
            let assessing = try await officer.get(base)
            #expect(assessing.html.contains("Being assessed"))
            #expect(assessing.html.contains("Due: 3 December 2026"), "5 working days in assessment")
            // Paid is not reachable before approval in this workflow.
            let early = try await officer.post("\(base)/status", [("status", "paid"), ("reason", "")])
            #expect(early.errorSummaryMessages == ["A case cannot go from Being assessed to Paid"])
        }
    }
}
