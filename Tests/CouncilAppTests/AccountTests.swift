import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import Persistence
import Testing

@Suite struct MyAccountTests {
    @Test(arguments: TestDatabase.engines)
    func registerConfirmAndSeeYourAccount(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            _ = try await browser.get("/account/register")
            let registered = try await browser.post("/account/register", [("email", " Morag@Example.com "), ("password", "correct horse battery staple")])
            #expect(registered.location == "/account/check-email?for=register")
            // Not signed in until the address is confirmed.
            #expect(try await browser.get("/account").location?.hasPrefix("/account/sign-in") == true)
            let email = try #require(try await database.lastEmail(to: "morag@example.com"))
            #expect(email.template == "confirm-email")
            let link = try #require(email.linkPath)
            #expect(link.hasPrefix("/account/confirm/"))

            let confirmed = try await browser.get(link)
            #expect(confirmed.location == "/account?confirmed=1")
            let home = try await browser.get("/account?confirmed=1")
            #expect(home.status == .ok)
            #expect(home.html.contains("morag@example.com"))
            #expect(home.html.contains("Your requests"))

            // The link works once.
            let again = try await BrowserSession(client).get(link)
            #expect(again.status == .notFound)
            #expect(again.heading?.contains("expired or has already been used") == true)
            #expect(try await database.auditActions().contains("citizen.email-confirmed"))
        }
    }

    @Test func weakPasswordsAndBadEmailsAreRefusedWithSpecificMessages() async throws {
        try await TestApp.with { client, database in
            let browser = BrowserSession(client)
            _ = try await browser.get("/account/register")
            let common = try await browser.post("/account/register", [("email", "a@example.com"), ("password", "password1234")])
            #expect(common.status == .unprocessableContent)
            #expect(common.title?.hasPrefix("Error: ") == true)
            #expect(common.errorSummaryMessages.first?.contains("too common") == true)
            #expect(common.errorSummaryAnchors == ["password"])

            let short = try await browser.post("/account/register", [("email", "not-an-email"), ("password", "short")])
            #expect(short.errorSummaryAnchors == ["email", "password"])
            #expect(short.errorSummaryMessages == [
                "Enter an email address in the correct format, like name@example.com",
                "Your password must be at least 10 characters",
            ])
            #expect(try await database.rowCount("citizens") == 0)
        }
    }

    @Test func registeringAnAddressTwiceRevealsNothingAndTellsTheOwner() async throws {
        try await TestApp.with { client, database in
            try await BrowserSession(client).registerAndConfirm("iain@example.com", database: database)
            let other = BrowserSession(client)
            _ = try await other.get("/account/register")
            let second = try await other.post("/account/register", [("email", "iain@example.com"), ("password", "another long passphrase")])
            #expect(second.location == "/account/check-email?for=register")
            #expect(try await database.lastEmail(to: "iain@example.com")?.template == "account-exists")
            #expect(try await database.rowCount("citizens") == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func wrongPasswordsAreThrottledPerAccountWithoutSayingWhichPartWasWrong(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await BrowserSession(client).registerAndConfirm("ewan@example.com", database: database)
            let attacker = BrowserSession(client)
            let unknown = try await attacker.signIn("nobody@example.com", password: "whatever you like")
            let wrong = try await attacker.signIn("ewan@example.com", password: "wrong guess number 1")
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.errorSummaryMessages == wrong.errorSummaryMessages)
            for attempt in 2...4 { _ = try await attacker.signIn("ewan@example.com", password: "wrong guess number \(attempt)") }
            let locked = try await attacker.signIn("ewan@example.com", password: "wrong guess number 5")
            #expect(locked.status == .unprocessableContent)
            // Five failures from this browser's address: its next guess, even the right password, waits.
            let right = try await attacker.signIn("ewan@example.com")
            #expect(right.status == .tooManyRequests)
            #expect(right.errorSummaryMessages.first == "You have tried to sign in too many times. Try again in 1 minute")
            #expect(right.location == nil)
            #expect(try await database.auditActions().filter { $0 == "citizen.sign-in-failed" }.count == 6)
        }
    }

    @Test func signInFormsRefuseAPostWithoutTheCSRFToken() async throws {
        try await TestApp.with { client, database in
            try await BrowserSession(client).registerAndConfirm("rona@example.com", database: database)
            let browser = BrowserSession(client)
            _ = try await browser.get("/account/sign-in")
            let forged = try await browser.post("/account/sign-in", [("email", "rona@example.com"), ("password", "correct horse battery staple")], withToken: false)
            #expect(forged.status == .forbidden)
            #expect(forged.headers[.setCookie] == nil)
            let register = try await browser.post("/account/register", [("email", "x@example.com"), ("password", "a fine long password")], withToken: false)
            #expect(register.status == .forbidden)
            #expect(try await database.rowCount("citizens") == 1)
        }
    }

    @Test func passwordResetWorksOnceAndSignsOutEverywhere() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            let laptop = BrowserSession(client)
            try await laptop.registerAndConfirm("kirsty@example.com", database: database)
            #expect(try await laptop.get("/account").status == .ok)

            let phone = BrowserSession(client)
            _ = try await phone.get("/account/forgot-password")
            let unknown = try await phone.post("/account/forgot-password", [("email", "stranger@example.com")])
            let known = try await phone.post("/account/forgot-password", [("email", "kirsty@example.com")])
            #expect(unknown.location == known.location)
            try await database.runJobs()
            #expect(try await database.lastEmail(to: "stranger@example.com") == nil)
            let link = try #require(try await database.lastEmail(to: "kirsty@example.com")?.linkPath)

            #expect(try await phone.get(link).status == .ok)
            let weak = try await phone.post(link, [("password", "qwertyuiop")])
            #expect(weak.errorSummaryMessages.first?.contains("too common") == true)
            let reset = try await phone.post(link, [("password", "a brand new passphrase")])
            #expect(reset.location == "/account/sign-in?reset=1")
            // The other browser was signed in with the old password: it is not any more.
            #expect(try await laptop.get("/account").location?.hasPrefix("/account/sign-in") == true)
            #expect(try await phone.get(link).status == .notFound)
            #expect(try await phone.signIn("kirsty@example.com", password: "a brand new passphrase").location == "/account")

            // Reset links expire after an hour.
            _ = try await phone.post("/account/forgot-password", [("email", "kirsty@example.com")])
            try await database.runJobs()
            let late = try #require(try await database.lastEmail(to: "kirsty@example.com")?.linkPath)
            clock.advance(3601)
            #expect(try await phone.get(late).status == .notFound)
        }
    }

    @Test func sessionsEndAfterAnHourIdleAndSignOutNeedsAPost() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            let browser = BrowserSession(client)
            try await browser.registerAndConfirm("calum@example.com", database: database)
            clock.advance(50 * 60)
            #expect(try await browser.get("/account").status == .ok)
            clock.advance(50 * 60)
            #expect(try await browser.get("/account").status == .ok, "each visit restarts the idle clock")
            clock.advance(61 * 60)
            #expect(try await browser.get("/account").location == "/account/sign-in?return=/account")

            #expect(try await browser.signIn("calum@example.com").location == "/account")
            let confirmPage = try await browser.get("/account/sign-out")
            #expect(confirmPage.status == .ok)
            #expect(try await browser.get("/account").status == .ok, "GET /account/sign-out alone does not sign out")
            let signedOut = try await browser.post("/account/sign-out", [])
            #expect(signedOut.status == .ok)
            #expect(try await browser.get("/account").isRedirect)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func yourRequestsListsOnlyYourOwnAndNobodyElseCanOpenThem(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let morag = BrowserSession(client)
            try await morag.registerAndConfirm("morag@example.com", database: database)
            try await morag.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await morag.walk("volunteering", Journeys.volunteering)
            let confirmation = try await morag.submit("volunteering")
            let reference = try #require(confirmation.reference)

            let home = try await morag.get("/account")
            #expect(home.html.contains("/account/requests/\(reference)"))
            #expect(home.html.contains("Received"))
            let detail = try await morag.get("/account/requests/\(reference)")
            #expect(detail.status == .ok)
            #expect(detail.html.contains("We received your request"))
            #expect(detail.html.contains("Alex Morgan"), "the answers given are shown")
            #expect(try await database.auditActions().contains("citizen.request-viewed"))

            let other = BrowserSession(client)
            try await other.registerAndConfirm("someone@example.com", database: database)
            #expect(try await other.get("/account/requests/\(reference)").status == .notFound)
            #expect(!(try await other.get("/account").html.contains(reference)))
            // Signed out, the page asks for sign-in first.
            #expect(try await BrowserSession(client).get("/account/requests/\(reference)").location == "/account/sign-in?return=/account/requests/\(reference)")
            // The API has no way to read a submission back.
            #expect(try await client.getResponse("/api/v1/services/volunteering/submissions/\(reference)").status != .ok)
        }
    }

    @Test func anAnonymousSubmissionCanBeAddedWithItsReferenceAndEmail() async throws {
        try await TestApp.with { client, database in
            let anonymous = BrowserSession(client)
            try await anonymous.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await anonymous.walk("volunteering", Journeys.volunteering)
            let reference = try #require(try await anonymous.submit("volunteering").reference)

            let browser = BrowserSession(client)
            try await browser.registerAndConfirm("alex@example.com", database: database)
            _ = try await browser.get("/account/requests/add")
            let wrong = try await browser.post("/account/requests/add", [("reference", reference), ("email", "someone.else@example.com")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorSummaryAnchors == ["reference"])
            let added = try await browser.post("/account/requests/add", [("reference", reference.lowercased()), ("email", "ALEX@example.com")])
            #expect(added.location == "/account/requests/\(reference)")
            #expect(try await browser.get("/account").html.contains(reference))
            // Once in an account it cannot be claimed again by someone who learns the reference and email.
            let thief = BrowserSession(client)
            try await thief.registerAndConfirm("thief@example.com", database: database)
            _ = try await thief.get("/account/requests/add")
            #expect(try await thief.post("/account/requests/add", [("reference", reference), ("email", "alex@example.com")]).status == .unprocessableContent)
        }
    }

    @Test func aSignedInJourneyIsSavedAndContinuesInAnotherBrowser() async throws {
        try await TestApp.with { client, database in
            let laptop = BrowserSession(client)
            try await laptop.registerAndConfirm("eilidh@example.com", database: database)
            try await laptop.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await laptop.walk("volunteering", Array(Journeys.volunteering.prefix(3)))

            let phone = BrowserSession(client)
            #expect(try await phone.signIn("eilidh@example.com").location == "/account")
            let home = try await phone.get("/account")
            #expect(home.html.contains("Continue where you left off"))
            #expect(home.html.contains("/account/continue/volunteering"))
            let resumed = try await phone.follow(try await phone.get("/account/continue/volunteering"))
            #expect(resumed.status == .ok)
            #expect(resumed.html.contains("action=\"/services/volunteering/postcode\""), "continues at the first unanswered page")
        }
    }

    @Test func deletingTheAccountNeedsThePasswordAndKeepsTheCouncilsRecords() async throws {
        try await TestApp.with { client, database in
            let browser = BrowserSession(client)
            try await browser.registerAndConfirm("fiona@example.com", database: database)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Journeys.volunteering)
            _ = try await browser.submit("volunteering")
            _ = try await browser.get("/account/delete")
            let wrong = try await browser.post("/account/delete", [("current-password", "not my password")])
            #expect(wrong.status == .unprocessableContent)
            #expect(try await database.rowCount("citizens") == 1)
            let deleted = try await browser.post("/account/delete", [("current-password", "correct horse battery staple")])
            #expect(deleted.status == .ok)
            #expect(try await database.rowCount("citizens") == 0)
            #expect(try await database.rowCount("submissions") == 1)
            #expect(try await browser.get("/account").isRedirect)
            #expect(try await browser.signIn("fiona@example.com").status == .unprocessableContent)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func anAnonymousCitizenSavesAndComesBackWithAOneTimeLink(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let first = BrowserSession(client)
            let page = try await first.start("volunteering", expectingFirstPage: "aged-16-or-over")
            #expect(page.html.contains("href=\"/services/volunteering/save\""))
            try await first.walk("volunteering", Array(Journeys.volunteering.prefix(3)))
            let save = try await first.get("/services/volunteering/save")
            #expect(save.status == .ok)
            let bad = try await first.post("/services/volunteering/save", [("email", "nope")])
            #expect(bad.errorSummaryAnchors == ["email"])
            let sent = try await first.post("/services/volunteering/save", [("email", "shona@example.com")])
            #expect(sent.location == "/account/check-email?for=resume")
            let link = try #require(try await database.lastEmail(to: "shona@example.com")?.linkPath)
            #expect(link.hasPrefix("/resume/"))

            let later = BrowserSession(client)
            let opened = try await later.get(link)
            #expect(opened.location == "/services/volunteering/start")
            let resumed = try await later.follow(opened)
            #expect(resumed.html.contains("action=\"/services/volunteering/postcode\""))
            #expect(try await BrowserSession(client).get(link).status == .notFound, "the link works once")

            // Links expire after 7 days.
            _ = try await later.get("/services/volunteering/save")
            _ = try await later.post("/services/volunteering/save", [("email", "shona@example.com")])
            let stale = try #require(try await database.lastEmail(to: "shona@example.com")?.linkPath)
            clock.advance(7 * 24 * 3600 + 1)
            #expect(try await BrowserSession(client).get(stale).status == .notFound)
        }
    }

    @Test func changingEmailNeedsThePasswordAndTheNewAddressesLink() async throws {
        try await TestApp.with { client, database in
            let browser = BrowserSession(client)
            try await browser.registerAndConfirm("old@example.com", database: database)
            _ = try await browser.get("/account/change-email")
            let wrong = try await browser.post("/account/change-email", [("email", "new@example.com"), ("current-password", "not it at all")])
            #expect(wrong.errorSummaryAnchors == ["current-password"])
            #expect(try await database.lastEmail(to: "new@example.com") == nil)
            let sent = try await browser.post("/account/change-email", [("email", "New@Example.com"), ("current-password", "correct horse battery staple")])
            #expect(sent.location == "/account/check-email?for=change")
            #expect(try await database.lastEmail(to: "old@example.com")?.template == "change-email-notice")
            let link = try #require(try await database.lastEmail(to: "new@example.com")?.linkPath)
            #expect(try await browser.get("/account").html.contains("old@example.com"), "unchanged until the link is opened")
            #expect(try await browser.get(link).heading == "Your email address has changed")
            #expect(try await browser.get("/account").html.contains("new@example.com"))

            _ = try await browser.get("/account/change-password")
            let common = try await browser.post("/account/change-password", [("current-password", "correct horse battery staple"), ("password", "1234567890")])
            #expect(common.errorSummaryAnchors == ["password"])
            let changed = try await browser.post("/account/change-password", [("current-password", "correct horse battery staple"), ("password", "an even better passphrase")])
            #expect(changed.status == .ok)
            #expect(try await browser.get("/account").status == .ok, "this browser stays signed in")
            #expect(try await BrowserSession(client).signIn("new@example.com", password: "an even better passphrase").location == "/account")
        }
    }

    @Test func oneAddressTryingManyAccountsIsThrottled() async throws {
        try await TestApp.with(live: true) { client, database in
            let browser = BrowserSession(client)
            for attempt in 1...50 {
                let page = try await browser.signIn("person\(attempt)@example.com", password: "guessing \(attempt) passwords")
                #expect(page.status == .unprocessableContent)
            }
            let locked = try await browser.signIn("person51@example.com", password: "another guess here")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.errorSummaryMessages.first == "You have tried to sign in too many times. Try again in 1 minute")
            let audit = try await SQLAuditLog(database: database).recent(limit: 1, actorOrSubject: nil)
            #expect(audit.first?.ipAddress == "127.0.0.1")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func forgottenPasswordDoesTheSameWorkWhetherOrNotTheAccountExists(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await BrowserSession(client).registerAndConfirm("kenna@example.com", database: database)
            let outbox = { try await database.rowCount("outbox") }
            let audit = { try await database.rowCount("audit_log") }
            let links = { try await database.rowCount("one_time_links") }
            let browser = BrowserSession(client)
            _ = try await browser.get("/account/forgot-password")
            var changes: [[Int]] = []
            var responses: [String?] = []
            for email in ["kenna@example.com", "nobody-here@example.com"] {
                let before = [try await outbox(), try await audit(), try await links()]
                let page = try await browser.post("/account/forgot-password", [("email", email)])
                responses.append("\(page.status.code) \(page.location ?? "") \(page.html)")
                changes.append(zip([try await outbox(), try await audit(), try await links()], before).map { $0 - $1 })
            }
            #expect(responses[0] == responses[1])
            #expect(changes[0] == changes[1], "the same rows written both ways: \(changes)")
            #expect(changes[0] == [1, 0, 0], "one queued job, nothing account-specific in the request")
            try await database.runJobs()
            #expect(try await database.lastEmail(to: "kenna@example.com")?.template == "reset-password")
            #expect(try await database.lastEmail(to: "nobody-here@example.com") == nil)
        }
    }
}
