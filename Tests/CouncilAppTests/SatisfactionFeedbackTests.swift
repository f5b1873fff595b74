import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

/// The optional satisfaction question after confirmation: once per journey, counted with its rating, limited per session.
@Suite struct SatisfactionFeedbackTests {
    static func sent(_ client: any TestClientProtocol) async throws -> (BrowserSession, BrowserSession.Page) {
        let browser = BrowserSession(client)
        try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
        try await browser.walk("volunteering", Journeys.volunteering)
        return (browser, try await browser.submit("volunteering"))
    }

    static let action = "/services/volunteering/confirmation/feedback"

    @Test(arguments: TestDatabase.engines)
    func feedbackIsRecordedAndCountedOnce(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let (browser, confirmation) = try await Self.sent(client)
            #expect(confirmation.text.contains("What did you think of this service?"))
            #expect(confirmation.html.contains(#"action="\#(Self.action)""#))
            #expect(confirmation.hasElement(id: "rating") && confirmation.hasElement(id: "comment"))

            let sent = try await browser.post(Self.action, [("rating", "satisfied"), ("comment", "  Quick and clear.  ")])
            #expect(sent.status == .seeOther)
            #expect(sent.location == Self.action)
            let thanks = try await browser.follow(sent)
            #expect(thanks.heading == "Thank you for your feedback")

            let rows = try await database.read { db in
                try await db.raw("SELECT service_slug, rating, comment, language FROM feedback").all().map {
                    (try $0.decode(column: "service_slug", as: String.self), try $0.decode(column: "rating", as: Int.self),
                     try $0.decode(column: "comment", as: String?.self), try $0.decode(column: "language", as: String.self))
                }
            }
            #expect(rows.count == 1)
            #expect(rows.first?.0 == "volunteering" && rows.first?.1 == 4 && rows.first?.2 == "Quick and clear." && rows.first?.3 == "en")
            #expect(try await database.measure("feedback", detail: "4") == 1)

            // Once per journey: a second answer is not taken, and the confirmation thanks instead of asking.
            let again = try await browser.post(Self.action, [("rating", "very-dissatisfied")])
            #expect(again.location == Self.action)
            #expect(try await database.count("feedback") == 1)
            #expect(try await database.measure("feedback") == 1)
            let confirmationAgain = try await browser.get("/services/volunteering/confirmation")
            #expect(!confirmationAgain.hasElement(id: "rating"))
            #expect(confirmationAgain.text.contains("Thank you for your feedback"))
        }
    }

    @Test func aRatingIsNeededAndTheCommentIsLimited() async throws {
        try await TestApp.with { client, database in
            let (browser, _) = try await Self.sent(client)
            let none = try await browser.post(Self.action, [("comment", "Hello")])
            #expect(none.status == .unprocessableContent)
            #expect(none.errorSummaryMessages == ["Select how you felt about the service"])
            #expect(none.errorSummaryAnchors == ["rating"])
            #expect(none.html.contains(">Hello</textarea>"))
            let long = try await browser.post(Self.action, [("rating", "neither"), ("comment", String(repeating: "a", count: FeedbackEntry.commentLimit + 1))])
            #expect(long.status == .unprocessableContent)
            #expect(long.errorSummaryMessages == ["Your comment must be 1200 characters or fewer"])
            let made = try await browser.post(Self.action, [("rating", "5")])
            #expect(made.status == .unprocessableContent)
            #expect(try await database.count("feedback") == 0)
            // Without the form's token nothing is taken.
            let forged = try await browser.post(Self.action, [("rating", "satisfied")], withToken: false)
            #expect(forged.status == .forbidden)
            #expect(try await database.count("feedback") == 0)
        }
    }

    @Test func theQuestionComesOnlyAfterSending() async throws {
        try await TestApp.with { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            let early = try await browser.post(Self.action, [("rating", "satisfied")])
            #expect(early.location == "/services/volunteering")
            let thanks = try await browser.get(Self.action)
            #expect(thanks.location == "/services/volunteering")
            #expect(try await database.count("feedback") == 0)
        }
    }

    @Test func oneSessionMaySendOnlyAFewInAnHour() async throws {
        try await TestApp.with { client, database in
            let (browser, _) = try await Self.sent(client)
            // This session has already sent its ten for the hour (from other journeys).
            try await database.write { db in
                let hash = try await db.raw("SELECT session_hash FROM journeys").first()?.decode(column: "session_hash", as: String.self) ?? ""
                let key = LimitedKey("feedback:" + hash, MessageLimits.Rule(limit: 10, window: 3600))
                try await db.raw("INSERT INTO limit_counts (key, window_start, hits) VALUES (\(bind: key.key), \(bind: key.windowStart(at: Date())), 10)").run()
            }
            let refused = try await browser.post(Self.action, [("rating", "satisfied")])
            #expect(refused.status == .tooManyRequests)
            #expect(refused.errorSummaryMessages == ["You have sent a lot of feedback. Try again later."])
            #expect(try await database.count("feedback") == 0)
        }
    }

    @Test func gaelicPageAndWords() async throws {
        try await TestApp.with { client, _ in
            let (browser, _) = try await Self.sent(client)
            let gaelic = try await browser.get("/services/volunteering/confirmation?lang=gd")
            #expect(gaelic.text.contains("Dè do bheachd air an t-seirbheis seo?"))
            #expect(gaelic.text.contains("Glè riaraichte"))
        }
    }
}
