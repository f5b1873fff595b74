import CouncilApp
import CouncilTestSupport
import Domain
import Persistence
import Testing

/// Field visits moved from `/field/jobs/…` and `/backoffice/cases/{reference}/jobs…`: the old addresses redirect,
/// so bookmarks, sent links and pages opened before the change still work.
@Suite struct VisitAddressesTests {
    @Test func theOldAddressesRedirectToTheNewOnes() async throws {
        try await TestApp.with(.sqlite) { client, _ in
            let visitor = BrowserSession(client)
            let photo = try await visitor.get("/field/jobs/5/photo")
            #expect(photo.status == .movedPermanently)
            #expect(photo.location == "/field/visits/5/photo")
            let posted = try await visitor.post("/field/jobs/5?day=2026-11-25", [("outcome", "completed")], withToken: false)
            #expect(posted.status == .permanentRedirect, "a 308 keeps the method and the form")
            #expect(posted.location == "/field/visits/5?day=2026-11-25")
            let casePhoto = try await visitor.get("/backoffice/cases/BLK-2345-6789/jobs/3/photo")
            #expect(casePhoto.status == .movedPermanently)
            #expect(casePhoto.location == "/backoffice/cases/BLK-2345-6789/visits/3/photo")
            let scheduled = try await visitor.post("/backoffice/cases/BLK-2345-6789/jobs", [("job-kind", "collection")], withToken: false)
            #expect(scheduled.status == .permanentRedirect)
            #expect(scheduled.location == "/backoffice/cases/BLK-2345-6789/visits")
            // The new addresses are behind the staff sign-in.
            #expect(try await visitor.get("/field/visits/5/photo").location?.hasPrefix("/staff/sign-in") == true)
        }
    }
}
