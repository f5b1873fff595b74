import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HummingbirdTesting
import Persistence
import Testing

/// A single-line text answer keeps no line breaks, sent by the form or the API: CR, LF and CR LF become a space (a
/// CR LF inside a value would otherwise travel on into exports and messages). Long answers keep theirs.
@Suite struct SingleLineAnswerTests {
    @Test(arguments: TestDatabase.engines)
    func aSingleLineTextAnswerIsStoredWithSpacesForItsLineBreaks(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let citizen = BrowserSession(client)
            try await citizen.start("volunteering", expectingFirstPage: "aged-16-or-over")
            var steps = Journeys.volunteering
            steps[1] = Step("full-name", [("full-name", "Alex\r\n=Morgan\rJr\nX")], next: "contact-details")
            try await citizen.walk("volunteering", steps)
            let byForm = try #require(try await citizen.submit("volunteering").reference)
            let formAnswers = try #require(try await database.submission(byForm)).answersJSON
            #expect(formAnswers.contains(#""full-name":"Alex =Morgan Jr X""#), "\(formAnswers)")
            #expect(formAnswers.contains(#"First aid\nClean driving licence"#), "a long answer keeps its line break")

            var answers = SubmissionAPITests.validAnswers("volunteering")
            answers["full-name"] = "Alex\r\n=Morgan"
            let created = try await client.submit("volunteering", answers)
            #expect(created.status == .created)
            let byAPI = try #require(created.json?["reference"] as? String)
            let apiAnswers = try #require(try await database.submission(byAPI)).answersJSON
            #expect(apiAnswers.contains(#""full-name":"Alex =Morgan""#), "\(apiAnswers)")
        }
    }
}
