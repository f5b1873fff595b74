import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

/// The designer's preview: a service's pages as the citizen sees them, answers checked by the citizen validator,
/// branches followed, nothing stored; open to service designers only.
@Suite struct DesignerPreviewTests {
    @Test(arguments: TestDatabase.engines)
    func aDesignerWalksThePreviewFollowingABranchAndNothingIsStored(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            let base = "/designer/services/volunteering/preview"
            let start = try await designer.get(base)
            #expect(start.status == .ok)
            #expect(start.heading == "Sign up to volunteer")
            #expect(start.html.contains("class=\"preview-banner\""))
            #expect(start.html.contains("href=\"\(base)/aged-16-or-over\""), "Start now leads into the preview, not the live service")

            let question = try await designer.get("\(base)/aged-16-or-over")
            #expect(question.heading == "Are you 16 or over?")
            #expect(question.html.contains("action=\"\(base)/aged-16-or-over\""))

            let unanswered = try await designer.post("\(base)/aged-16-or-over", [])
            #expect(unanswered.status == .unprocessableContent)
            #expect(unanswered.errorSummaryMessages.count == 1, "the citizen validator's message: \(unanswered.errorSummaryMessages)")

            let tooYoung = try await designer.post("\(base)/aged-16-or-over", [("aged-16-or-over", "no")])
            #expect(tooYoung.location == "\(base)/too-young", "the branch on the page's own answer is followed")
            let exit = try await designer.get("\(base)/too-young")
            #expect(exit.heading == "You need to be 16 or over to sign up")

            let old = try await designer.post("\(base)/aged-16-or-over", [("aged-16-or-over", "yes")])
            #expect(old.location == "\(base)/full-name")

            let gaelic = try await designer.get("\(base)/aged-16-or-over?lang=gd")
            #expect(gaelic.heading == "A bheil thu 16 no nas sine?")

            let end = try await designer.get("\(base)/check-answers?lang=en")
            #expect(end.status == .ok && end.heading == "End of the preview", "\(end.heading ?? end.html)")
            #expect(end.html.contains("What happens next"))

            let journeys = try await database.read { try await $0.raw("SELECT COUNT(*) AS n FROM journeys").first()?.decode(column: "n", as: Int.self) }
            #expect(journeys == 0, "a preview keeps no journey")
        }
    }

    @Test func otherRolesCannotOpenThePreview() async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let officer = try await BrowserSession.staff(client, database, "officer@council.example", .caseOfficer, service: "volunteering", clock: clock)
            let refused = try await officer.get("/designer/services/volunteering/preview")
            #expect(refused.status == .forbidden)
            let citizen = BrowserSession(client)
            let signedOut = try await citizen.get("/designer/services/volunteering/preview/aged-16-or-over")
            #expect(signedOut.status == .seeOther || signedOut.status == .found)
        }
    }
}
