import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import SQLKit
import Persistence
import Testing

/// The health check, the service list, headers, cookies, error pages and assets.
@Suite struct HealthAndPagesTests {
    @Test(arguments: TestDatabase.engines)
    func healthCheckReportsTheDatabase(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let response = try await client.getResponse("/healthz")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(response.json?["status"] as? String == "ok")
            #expect(response.json?["database"] as? String == engine.rawValue)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func indexListsTheFiveServices(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            let index = try await browser.get("/")
            #expect(index.status == .ok)
            #expect(index.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(index.heading == "Council services")
            let links = BrowserSession.Page.captureAll(#"<a href="(/services/[^"]+)">"#, in: index.html)
            #expect(Set(links) == [
                "/services/volunteering", "/services/hardship-fund", "/services/report-a-pothole",
                "/services/bulky-waste", "/services/school-transport-consultation",
            ])
            #expect(links.count == 5)
            for title in ["Sign up to volunteer", "Apply for a hardship payment", "Report a pothole", "Book a bulky waste collection"] {
                #expect(index.text.contains(title))
            }
            #expect(index.text.contains("Tell us about a pothole on a road, pavement or cycle path"))

            let gaelic = try await browser.get("/?lang=gd")
            #expect(gaelic.heading == "Seirbheisean na comhairle")
            #expect(gaelic.text.contains("Dèan aithris air toll san rathad"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func startPageShowsTheServiceWithoutStartingAJourney(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            let start = try await browser.get("/services/hardship-fund")
            #expect(start.status == .ok)
            #expect(start.heading == "Apply for a hardship payment")
            #expect(start.text.contains("Before you start"))
            #expect(start.html.contains(#"href="/services/hardship-fund/start""#))
            #expect(!start.setCookies.contains { $0.hasPrefix("oc_session=") })
            #expect(try await database.count("journeys") == 0)

            // Without a journey, a question page sends the citizen to the start page.
            let page = try await browser.get("/services/hardship-fund/full-name")
            #expect(page.status == .found)
            #expect(page.location == "/services/hardship-fund")
        }
    }

    static func checkSecurityHeaders(_ responses: [(String, HTTPFields)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, headers) in responses {
            let csp = headers[.contentSecurityPolicy] ?? ""
            #expect(csp.contains("default-src 'self'"), "\(name): Content-Security-Policy", sourceLocation: sourceLocation)
            #expect(csp.contains("frame-ancestors 'none'"), "\(name): Content-Security-Policy", sourceLocation: sourceLocation)
            #expect(headers[.xContentTypeOptions] == "nosniff", "\(name): X-Content-Type-Options", sourceLocation: sourceLocation)
            #expect(HTTPField.Name("X-Frame-Options").flatMap { headers[$0] } == "DENY", "\(name): X-Frame-Options", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func securityHeadersOnPagesAndAPI(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            var responses: [(String, HTTPFields)] = []
            for path in ["/", "/services/volunteering", "/services/volunteering/start", "/services/volunteering/aged-16-or-over", "/no-such-page", "/assets/app.css", "/healthz", "/api/v1/services"] {
                responses.append(("GET \(path)", try await browser.get(path).headers))
            }
            let forbidden = try await browser.post("/services/volunteering/aged-16-or-over", [("aged-16-or-over", "yes")], withToken: false)
            #expect(forbidden.status == .forbidden)
            responses.append(("POST without CSRF (403)", forbidden.headers))
            let invalid = try await browser.post("/services/volunteering/aged-16-or-over", [])
            #expect(invalid.status == .unprocessableContent)
            responses.append(("POST with an error (422)", invalid.headers))
            let created = try await client.submit("volunteering", SubmissionAPITests.validAnswers("volunteering"))
            #expect(created.status == .created)
            responses.append(("POST submissions (201)", created.headers))
            Self.checkSecurityHeaders(responses)

            // Pages with answers on them are never cached; the stylesheet may be.
            let browserPage = try await browser.follow(try await browser.get("/services/volunteering/start"))
            #expect(browserPage.headers[.cacheControl] == "no-store")
            #expect(try await browser.get("/assets/app.css").headers[.cacheControl]?.contains("max-age") == true)
        }
    }

    /// API errors are thrown past the security-headers middleware, so they must still get the headers.
    @Test(arguments: TestDatabase.engines)
    func securityHeadersOnAPIErrors(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let invalid = try await client.submit("volunteering", [:])
            #expect(invalid.status == .unprocessableContent)
            let unknown = try await client.submit("no-such-service", [:])
            #expect(unknown.status == .notFound)
            let badJSON = try await client.postRaw("/api/v1/services/volunteering/submissions", "{")
            #expect(badJSON.status == .badRequest)
            let nowhere = try await client.getResponse("/api/v1/nothing-here")
            #expect(nowhere.status == .notFound)
            Self.checkSecurityHeaders([
                ("POST submissions (422)", invalid.headers), ("POST unknown service (404)", unknown.headers),
                ("POST invalid JSON (400)", badJSON.headers), ("GET unknown API address (404)", nowhere.headers),
            ])
            #expect(invalid.headers[.cacheControl] == "no-store", "API error: Cache-Control")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func sessionCookieIsHttpOnlyLaxAndSecure(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            let start = try await browser.get("/services/volunteering/start")
            #expect(start.status == .found)
            let cookie = try #require(start.setCookies.first { $0.hasPrefix("oc_session=") })
            let attributes = Set(cookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            #expect(attributes.contains("httponly"))
            #expect(attributes.contains("samesite=lax"))
            #expect(attributes.contains("secure"))
            #expect(attributes.contains("path=/"))
            let value = String(cookie.dropFirst("oc_session=".count).prefix { $0 != ";" })
            #expect(value.count == 32)

            // The token is not stored as such: the database keeps its hash.
            let stored = try await database.read { db in
                try await db.raw("SELECT id_hash FROM web_sessions").all().map { try $0.decode(column: "id_hash", as: String.self) }
            }
            #expect(stored.count == 1)
            #expect(!stored.contains(value))

            let language = try await browser.get("/?lang=gd")
            let languageCookie = try #require(language.setCookies.first { $0.hasPrefix("oc_lang=") })
            let languageAttributes = Set(languageCookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            #expect(languageAttributes.contains("secure"))
            #expect(languageAttributes.contains("samesite=lax"))

            // The page after the redirect does not set a second session.
            let first = try await browser.follow(start)
            #expect(!first.setCookies.contains { $0.hasPrefix("oc_session=") })
        }
    }

    @Test(arguments: TestDatabase.engines)
    func unknownAddressesGetAnHTMLNotFoundPage(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            for path in ["/no-such-page", "/services/no-such-service", "/services/no-such-service/start", "/assets/missing.css"] {
                let page = try await browser.get(path)
                #expect(page.status == .notFound, "GET \(path)")
                #expect(page.headers[.contentType]?.hasPrefix("text/html") == true, "GET \(path)")
                #expect(page.heading == "Page not found", "GET \(path)")
            }
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            let missing = try await browser.get("/services/volunteering/no-such-page")
            #expect(missing.status == .notFound)
            #expect(missing.heading == "Page not found")
            let gaelic = try await browser.get("/no-such-page?lang=gd")
            #expect(gaelic.status == .notFound)
            #expect(gaelic.heading == "Cha deach an duilleag a lorg")
            let notRepeating = try await browser.get("/services/volunteering/aged-16-or-over/1")
            #expect(notRepeating.status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func stylesheetIsServedAsCSS(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let response = try await client.getResponse("/assets/app.css")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/css") == true)
            #expect(response.body.contains("{"))
            #expect(response.body.count > 100)
            let index = try await client.getResponse("/")
            #expect(index.body.contains(#"<link rel="stylesheet" href="/assets/app.css">"#))
        }
    }
}
