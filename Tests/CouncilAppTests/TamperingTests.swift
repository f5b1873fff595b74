import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// Requests a browser following the links would never make: the server must not trust the order, the digest or the form.
@Suite struct TamperingTests {
    @Test(arguments: TestDatabase.engines)
    func laterPageBeforeEarlierOnesRedirectsToFirstUnanswered(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")

            let shown = try await browser.get("/services/volunteering/postcode")
            #expect(shown.status == .found)
            #expect(shown.location == "/services/volunteering/aged-16-or-over")
            let posted = try await browser.post("/services/volunteering/postcode", [("postcode", "EH1 1YZ")])
            #expect(posted.status == .seeOther)
            #expect(posted.location == "/services/volunteering/aged-16-or-over")
            #expect(try await database.journey(slug: "volunteering").answers.isEmpty)

            try await browser.walk("volunteering", Array(Journeys.volunteering.prefix(2)))
            let skipping = try await browser.post("/services/volunteering/interests", [("interests", "food-bank")])
            #expect(skipping.location == "/services/volunteering/contact-details")
            #expect(try await database.journey(slug: "volunteering").answers["interests"] == nil)
            let item = try await browser.get("/services/hardship-fund/household-members/1")
            #expect(item.status == .found, "no hardship journey in this browser")
            #expect(item.location == "/services/hardship-fund")
            #expect(try await database.count("submissions") == 0)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func repeatingItemsOfAnUnreachedPageAreRefused(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            let posted = try await browser.post("/services/hardship-fund/household-members/1", [("member-name", "Sam"), ("member-age", "3"), ("member-relationship", "child")])
            #expect(posted.status == .seeOther)
            #expect(posted.location == "/services/hardship-fund/lives-in-area")
            let removed = try await browser.post("/services/hardship-fund/household-members/1/remove", [("remove", "yes")])
            #expect(removed.location == "/services/hardship-fund/lives-in-area")
            #expect(try await database.journey(slug: "hardship-fund").answers["household-members"] == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func pageHiddenByBranchingCannotBeAnswered(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("report-a-pothole", expectingFirstPage: "immediate-danger")
            // A small pothole skips the depth question.
            try await browser.walk("report-a-pothole", Array(Journeys.pothole.prefix(4)))
            let shown = try await browser.get("/services/report-a-pothole/depth")
            #expect(shown.status == .found)
            #expect(shown.location == "/services/report-a-pothole/photo")
            let posted = try await browser.post("/services/report-a-pothole/depth", [("depth", "very-deep")])
            #expect(posted.status == .seeOther)
            #expect(posted.location == "/services/report-a-pothole/photo")
            #expect(try await database.journey(slug: "report-a-pothole").answers["depth"] == nil)

            // The exit page for an immediate danger is not on this route either.
            let exit = try await browser.get("/services/report-a-pothole/report-urgently")
            #expect(exit.status == .found)
            #expect(exit.location == "/services/report-a-pothole/photo")

            try await browser.walk("report-a-pothole", Array(Journeys.pothole.dropFirst(4)))
            let confirmation = try await browser.submit("report-a-pothole")
            let reference = try #require(confirmation.reference)
            #expect(try await database.submission(reference)?.answers["depth"] == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func answersOffTheRouteAfterAChangeAreNotSent(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("report-a-pothole", expectingFirstPage: "immediate-danger")
            var steps = Journeys.pothole
            steps[3] = Step("size", [("size", "large")], next: "depth")
            steps.insert(Step("depth", [("depth", "deep")], next: "photo"), at: 4)
            try await browser.walk("report-a-pothole", steps)
            #expect(try await browser.get("/services/report-a-pothole/check-answers").text.contains("Between 4cm and 10cm"))
            // Now small: depth no longer applies, though the journey still remembers it.
            #expect(try await browser.answer("/services/report-a-pothole/size", [("size", "small"), ("change", "1")]) == "/services/report-a-pothole/check-answers")
            #expect(!(try await browser.get("/services/report-a-pothole/check-answers").text.contains("Between 4cm and 10cm")))
            let confirmation = try await browser.submit("report-a-pothole")
            let reference = try #require(confirmation.reference)
            let row = try #require(try await database.submission(reference))
            #expect(row.answers["size"] == .string("small"))
            #expect(row.answers["depth"] == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func checkAnswersBeforeEveryPageIsDoneRedirects(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Array(Journeys.volunteering.prefix(3)))
            let shown = try await browser.get("/services/volunteering/check-answers")
            #expect(shown.status == .found)
            #expect(shown.location == "/services/volunteering/postcode")
            let sent = try await browser.post("/services/volunteering/check-answers", [("answers_digest", "anything")])
            #expect(sent.status == .seeOther)
            #expect(sent.location == "/services/volunteering/postcode")
            #expect(try await database.count("submissions") == 0)
            #expect(try await database.journey(slug: "volunteering").submittedReference == nil)

            // With no journey at all, back to the start page.
            let stranger = BrowserSession(client)
            let none = try await stranger.post("/services/volunteering/check-answers", [], withToken: false)
            #expect(none.status == .seeOther)
            #expect(none.location == "/services/volunteering")
            #expect(try await database.count("submissions") == 0)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func wrongOrMissingDigestAsksToCheckAgain(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Journeys.volunteering)
            let check = try await browser.get("/services/volunteering/check-answers")
            let digest = try #require(check.hidden("answers_digest"))
            #expect(!digest.isEmpty)

            for fields: Fields in [[], [("answers_digest", "")], [("answers_digest", "AAAA" + digest.dropFirst(4))]] {
                let sent = try await browser.post("/services/volunteering/check-answers", fields)
                #expect(sent.status == .seeOther)
                #expect(sent.location == "/services/volunteering/check-answers?changed=1")
            }
            #expect(try await database.count("submissions") == 0)

            // The digest of what was shown no longer matches once an answer changes in another tab.
            try await browser.answer("/services/volunteering/full-name", [("full-name", "Someone Else"), ("change", "1")])
            let stale = try await browser.post("/services/volunteering/check-answers", [("answers_digest", digest)])
            #expect(stale.location == "/services/volunteering/check-answers?changed=1")
            let again = try await browser.get("/services/volunteering/check-answers?changed=1")
            #expect(again.text.contains("Your answers changed since you last checked them"))
            #expect(again.text.contains("Someone Else"))
            #expect(again.hidden("answers_digest") != digest)
            #expect(try await database.count("submissions") == 0)

            // A digest is bound to its session: another browser's digest for the same answers does not work.
            let other = BrowserSession(client)
            try await other.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await other.walk("volunteering", Journeys.volunteering)
            let otherDigest = try #require(try await other.get("/services/volunteering/check-answers").hidden("answers_digest"))
            let replayed = try await browser.post("/services/volunteering/check-answers", [("answers_digest", otherDigest)])
            #expect(replayed.location == "/services/volunteering/check-answers?changed=1")
            #expect(try await database.count("submissions") == 0)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func formsWithoutTheCSRFTokenAreForbidden(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await browser.walk("hardship-fund", Self.hardshipToHousehold)
            let base = "/services/hardship-fund/household-members"
            _ = try await browser.get("\(base)/1")
            try await browser.answer("\(base)/1", [("member-name", "Sam"), ("member-age", "30"), ("member-relationship", "partner")])

            let attempts: [(String, Fields)] = [
                ("/services/hardship-fund/full-name", [("full-name", "Mallory")]),
                ("\(base)/1", [("member-name", "Mallory"), ("member-age", "40"), ("member-relationship", "partner")]),
                ("\(base)/2", [("member-name", "Mallory"), ("member-age", "40"), ("member-relationship", "partner")]),
                (base, [("add-another", "no")]),
                ("\(base)/1/remove", [("remove", "yes")]),
                ("/services/hardship-fund/check-answers", [("answers_digest", "x")]),
            ]
            let before = try await database.journey(slug: "hardship-fund").answersJSON
            for (path, fields) in attempts {
                let missing = try await browser.post(path, fields, withToken: false)
                #expect(missing.status == .forbidden, "POST \(path) without _csrf")
                #expect(missing.heading == "Your session has expired or the form was sent twice")
                let wrong = try await browser.post(path, fields + [("_csrf", "0123456789abcdef0123456789abcdef")], withToken: false)
                #expect(wrong.status == .forbidden, "POST \(path) with a wrong _csrf")
            }
            // Another session's token is a wrong token here.
            let other = BrowserSession(client)
            try await other.start("hardship-fund", expectingFirstPage: "lives-in-area")
            let otherToken = try #require(await other.csrfToken)
            #expect(otherToken != (await browser.csrfToken))
            let borrowed = try await browser.post("/services/hardship-fund/full-name", [("full-name", "Mallory"), ("_csrf", otherToken)], withToken: false)
            #expect(borrowed.status == .forbidden)

            let rows = try await database.journeys(slug: "hardship-fund")
            #expect(rows.count == 2)
            let after = try #require(rows.first { $0.answers["full-name"] != nil })
            #expect(after.answersJSON == before)
            #expect(after.answers["full-name"] == .string("Jamie Example"))
            // Still on the household page: "no" was never accepted.
            #expect(try await browser.get("/services/hardship-fund/monthly-income").location == base)
            #expect(try await database.count("submissions") == 0)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func submittingWithoutTheCSRFTokenIsForbidden(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Journeys.volunteering)
            let digest = try #require(try await browser.get("/services/volunteering/check-answers").hidden("answers_digest"))
            let sent = try await browser.post("/services/volunteering/check-answers", [("answers_digest", digest)], withToken: false)
            #expect(sent.status == .forbidden)
            #expect(try await database.count("submissions") == 0)
            #expect(try await database.count("outbox") == 0)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func journeyKeepsItsVersionWhenANewOneIsPublished(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let old = BrowserSession(client)
            try await old.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await old.walk("volunteering", [Journeys.volunteering[0]])
            #expect(try await old.get("/services/volunteering/full-name").heading == "What is your full name?")

            let path = TestApp.repositoryRoot.appendingPathComponent("services/volunteering.yaml").path
            let source = try String(contentsOfFile: path, encoding: .utf8)
            let changed = source
                .replacingOccurrences(of: "en: What is your full name?", with: "en: What is your full legal name?")
                .replacingOccurrences(of: "      - id: experience\n        questions:\n          - id: experience\n            type: long_text\n            required: false",
                                      with: "      - id: experience\n        questions:\n          - id: experience\n            type: long_text\n            required: true")
            #expect(changed != source)
            let outcome = try await ServicePublisher(database: database).publish(source: changed)
            #expect(outcome.version == 2)
            #expect(outcome.isNew)

            // The journey in progress stays on version 1: old wording, and experience still optional.
            #expect(try await old.get("/services/volunteering/full-name").heading == "What is your full name?")
            var steps = Journeys.volunteering
            steps[6] = Step("experience", [("experience", "")], next: "pvg-member")
            try await old.walk("volunteering", Array(steps.dropFirst()))
            let resumed = try await old.get("/services/volunteering/start")
            #expect(resumed.location == "/services/volunteering/check-answers")
            let confirmation = try await old.submit("volunteering")
            let reference = try #require(confirmation.reference)
            #expect(try await database.submission(reference)?.serviceVersion == 1)

            // The catalogue re-reads the current version at most once a second.
            try await Task.sleep(for: .milliseconds(1100))
            let new = BrowserSession(client)
            try await new.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await new.walk("volunteering", [Journeys.volunteering[0]])
            #expect(try await new.get("/services/volunteering/full-name").heading == "What is your full legal name?")
            let versions = try await database.journeys(slug: "volunteering").map(\.version).sorted()
            #expect(versions == [1, 2])
            try await new.walk("volunteering", Array(Journeys.volunteering[1...5]))
            let blank = try await new.post("/services/volunteering/experience", [("experience", "")])
            #expect(blank.status == .unprocessableContent, "version 2 makes experience required")
            try await new.walk("volunteering", Array(Journeys.volunteering[6...]))
            let second = try #require(try await new.submit("volunteering").reference)
            #expect(try await database.submission(second)?.serviceVersion == 2)

            // The API uses the current version.
            var answers: [String: Any] = [
                "aged-16-or-over": "yes", "full-name": "Alex Morgan", "email": "alex@example.com", "postcode": "EH1 1YZ",
                "interests": ["food-bank"], "available-times": ["weekends"], "hours-per-month": 8, "pvg-member": "no", "pvg-willing": "yes",
            ]
            let missing = try await client.submit("volunteering", answers)
            #expect(missing.message(for: "experience") != nil, "experience is required in version 2")
            answers["experience"] = "Driving"
            let created = try await client.submit("volunteering", answers)
            #expect(created.status == .created)
            #expect(created.json?["version"] as? Int == 2)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func pagesAfterSubmissionRedirectToConfirmation(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Journeys.volunteering)
            let check = try await browser.get("/services/volunteering/check-answers")
            let digest = try #require(check.hidden("answers_digest"))
            let confirmation = try await browser.submit("volunteering")
            let reference = try #require(confirmation.reference)

            for path in ["full-name", "pvg-number", "check-answers"] {
                let page = try await browser.get("/services/volunteering/\(path)")
                #expect(page.status == .found, "GET \(path)")
                #expect(page.location == "/services/volunteering/confirmation", "GET \(path)")
            }
            let changed = try await browser.post("/services/volunteering/full-name", [("full-name", "Someone Else")])
            #expect(changed.location == "/services/volunteering/confirmation")
            let twice = try await browser.post("/services/volunteering/check-answers", [("answers_digest", digest)])
            #expect(twice.status == .seeOther)
            #expect(twice.location == "/services/volunteering/confirmation")
            #expect(try await database.count("submissions") == 1)
            #expect(try await database.submission(reference)?.answers["full-name"] == .string("Alex Morgan"))
            #expect(try await browser.get("/services/volunteering/confirmation").reference == reference)

            // "Start a new request" begins a fresh journey.
            let fresh = try await browser.get("/services/volunteering/start")
            #expect(fresh.location == "/services/volunteering/aged-16-or-over")
            let page = try await browser.get("/services/volunteering/aged-16-or-over")
            #expect(page.status == .ok)
            #expect(try await browser.get("/services/volunteering/confirmation").location == "/services/volunteering")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func confirmationOfSomeoneElsesJourneyIsNotShown(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Journeys.volunteering)
            _ = try await browser.submit("volunteering")

            let stranger = BrowserSession(client)
            for path in ["/services/volunteering/confirmation", "/services/volunteering/confirmation/print"] {
                let page = try await stranger.get(path)
                #expect(page.status == .found)
                #expect(page.location == "/services/volunteering")
            }
            // A forged session cookie is no session.
            await stranger.setCookie("oc_session", String(repeating: "A", count: 32))
            #expect(try await stranger.get("/services/volunteering/confirmation/print").location == "/services/volunteering")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func sessionIDChosenByTheBrowserIsNotAdopted(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            let planted = String(repeating: "B", count: 32)
            await browser.setCookie("oc_session", planted)
            let start = try await browser.get("/services/volunteering/start")
            #expect(start.status == .found)
            let cookie = try #require(start.setCookies.first { $0.hasPrefix("oc_session=") })
            #expect(!cookie.hasPrefix("oc_session=\(planted)"))
        }
    }

    static let hardshipToHousehold: [Step] = [
        Step("lives-in-area", [("lives-in-area", "yes")], next: "previous-payment"),
        Step("previous-payment", [("previous-payment", "no")], next: "full-name"),
        Step("full-name", [("full-name", "Jamie Example")], next: "date-of-birth"),
        Step("date-of-birth", [("date-of-birth-day", "27"), ("date-of-birth-month", "3"), ("date-of-birth-year", "1985")], next: "contact-details"),
        Step("contact-details", [("email", "jamie@example.com"), ("phone", "01632 960001")], next: "contact-by"),
        Step("contact-by", [("contact-by", "email")], next: "home-address"),
        Step("home-address", [("home-address-line1", "12 High Street"), ("home-address-town", "Kirkton"), ("home-address-postcode", "KT1 2AB")], next: "household-members"),
    ]
}
