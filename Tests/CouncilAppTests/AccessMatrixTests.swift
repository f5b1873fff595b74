import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import Testing

/// For every role and every staff and account route: allowed (200) or refused (403); signed-out visitors are sent
/// to the right sign-in page; and nobody reads a case or request they should not.
@Suite struct AccessMatrixTests {
    static let routes = ["/staff", "/backoffice", "/analytics", "/backoffice/strategy", "/field", "/designer", "/designer/services/hardship-fund/messages", "/admin", "/admin/audit",
                          "/admin/staff/new"]

    /// The routes each role may open; every other route in `routes` must answer 403.
    static let allowed: [StaffRole: Set<String>] = [
        .administrator: ["/staff", "/admin", "/admin/audit", "/admin/staff/new"],
        .serviceDesigner: ["/staff", "/designer", "/designer/services/hardship-fund/messages"],
        .caseOfficer: ["/staff", "/backoffice"],
        .fieldWorker: ["/staff", "/field"],
        .customerServiceAgent: ["/staff", "/backoffice"],
        .analyst: ["/staff", "/analytics"],
        .strategyLead: ["/staff", "/analytics", "/backoffice/strategy"],
    ]

    @Test(arguments: TestDatabase.engines)
    func everyRoleSeesExactlyItsAreas(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            for role in StaffRole.allCases {
                let email = "\(role.rawValue)@council.example"
                _ = try await StaffFixture.create(database, email, role, service: role.isPerService ? "hardship-fund" : nil)
                let browser = BrowserSession(client)
                _ = try await browser.enrolStaff(email, clock: clock)
                for route in Self.routes {
                    let page = try await browser.get(route)
                    let expected: HTTPResponse.Status = Self.allowed[role, default: []].contains(route) ? .ok : .forbidden
                    #expect(page.status == expected, "\(role.rawValue) \(route)")
                }
                // Staff sessions are not MyAccount sessions.
                #expect(try await browser.get("/account").location == "/account/sign-in?return=/account", "\(role.rawValue) /account")
            }
        }
    }

    /// Other spellings of `route` that a router or a browser might read as it (or as a neighbour): doubled, dotted and
    /// encoded slashes, a trailing slash, other letter cases.
    static func variants(of route: String) -> [String] {
        let segments = route.split(separator: "/").map(String.init)
        var spellings = ["/" + route, route + "/", route + "//", route + "/.", route.uppercased(), route.capitalized]
        for gap in 1..<max(segments.count, 1) {
            let head = segments[..<gap].joined(separator: "/"), tail = segments[gap...].joined(separator: "/")
            spellings += ["/\(head)//\(tail)", "/\(head)/./\(tail)", "/\(head)%2F\(tail)", "/\(head)%2f\(tail)", "/\(head)/x/../\(tail)"]
        }
        return spellings.filter { $0 != route }
    }

    /// However the address is spelt, a role opens only its own areas: the check follows the route the router matched.
    @Test(arguments: TestDatabase.engines)
    func noSpellingOfAnAddressOpensAnAreaTheRoleMayNotEnter(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            var officer: BrowserSession?
            for role in StaffRole.allCases {
                let email = "\(role.rawValue)@council.example"
                _ = try await StaffFixture.create(database, email, role, service: role.isPerService ? "hardship-fund" : nil)
                let browser = BrowserSession(client)
                _ = try await browser.enrolStaff(email, clock: clock)
                if role == .caseOfficer { officer = browser }
                for route in Self.routes {
                    let allowed = Self.allowed[role, default: []].contains(route)
                    for spelling in Self.variants(of: route) {
                        let page = try await browser.get(spelling)
                        if allowed {
                            #expect([.ok, .notFound, .found, .movedPermanently].contains(page.status), "\(role.rawValue) \(spelling): \(page.status)")
                        } else {
                            #expect([.forbidden, .notFound].contains(page.status), "\(role.rawValue) \(spelling): \(page.status)")
                        }
                    }
                }
            }
            // The spellings the review found: the router collapses them, the area check now does too.
            let caseOfficer = try #require(officer)
            for spelling in ["/backoffice//strategy", "/backoffice/strategy/", "/backoffice///strategy//", "/analytics/", "//analytics"] {
                #expect(try await caseOfficer.get(spelling).status == .forbidden, "\(spelling)")
            }
            #expect(try await caseOfficer.get("/backoffice//").status == .ok)
        }
    }

    /// The partner API checks each operation's scope on the operation matched, so no spelling of its address skips it.
    @Test(arguments: TestDatabase.engines)
    func noSpellingOfAnAPIAddressSkipsItsScope(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let token = try await PartnerFixture.token(database, scopes: [APIScope.servicesRead.rawValue])
            for spelling in ["/api/v1/cases", "/api/v1//cases", "/api//v1/cases", "/api/v1/cases/", "/api/v1/./cases", "/api/v1/cases//"] {
                let response = try await client.executeRequest(uri: spelling, method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
                #expect([.forbidden, .notFound].contains(response.status), "\(spelling): \(response.status)")
                #expect(response.headers[.contentType]?.hasPrefix("application/") == true, "\(spelling)")
            }
            let services = try await client.executeRequest(uri: "/api/v1//services", method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
            #expect(services.status == .ok)
        }
    }

    @Test func signedOutVisitorsAreSentToTheRightSignInPageAndBack() async throws {
        try await TestApp.with { client, database in
            let browser = BrowserSession(client)
            for route in Self.routes where route != "/staff" {
                #expect(try await browser.get(route).location == "/staff/sign-in?return=\(route)", "\(route)")
            }
            #expect(try await browser.get("/staff").location == "/staff/sign-in")
            for route in ["/account", "/account/requests/add", "/account/change-password", "/account/delete"] {
                #expect(try await browser.get(route).location == "/account/sign-in?return=\(route)", "\(route)")
            }
            // A signed-in citizen is not staff.
            try await browser.registerAndConfirm("citizen@example.com", database: database)
            #expect(try await browser.get("/backoffice").location == "/staff/sign-in?return=/backoffice")
            // The return address is only ever a path on this site.
            _ = try await browser.get("/account/sign-out")
            _ = try await browser.post("/account/sign-out", [])
            _ = try await browser.get("/account/sign-in?return=https://evil.example/")
            let signedIn = try await browser.post("/account/sign-in", [("email", "citizen@example.com"), ("password", "correct horse battery staple"), ("return", "//evil.example/")])
            #expect(signedIn.location == "/account")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func caseOfficersOpenOnlyCasesOfTheirServices(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let citizen = BrowserSession(client)
            try await citizen.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await citizen.walk("volunteering", Journeys.volunteering)
            let hardship = try #require(try await citizen.submit("volunteering").reference)
            _ = try await StaffFixture.create(database, "pothole.officer@council.example", .caseOfficer, service: "report-a-pothole")
            _ = try await StaffFixture.create(database, "volunteering.officer@council.example", .caseOfficer, service: "volunteering")
            _ = try await StaffFixture.create(database, "agent@council.example", .customerServiceAgent)

            let potholes = BrowserSession(client)
            _ = try await potholes.enrolStaff("pothole.officer@council.example", clock: clock)
            #expect(try await potholes.get("/backoffice/cases/\(hardship)").status == .forbidden)
            #expect(!(try await potholes.get("/backoffice?queue=all").html.contains(hardship)))

            let volunteering = BrowserSession(client)
            _ = try await volunteering.enrolStaff("volunteering.officer@council.example", clock: clock)
            #expect(try await volunteering.get("/backoffice?queue=all").html.contains(hardship))
            let opened = try await volunteering.get("/backoffice/cases/\(hardship)")
            #expect(opened.status == .ok)
            #expect(opened.html.contains("Alex Morgan"))

            let agent = BrowserSession(client)
            _ = try await agent.enrolStaff("agent@council.example", clock: clock)
            #expect(try await agent.get("/backoffice/cases/\(hardship)").status == .ok)

            let actions = try await database.auditActions()
            #expect(actions.filter { $0 == "staff.case-viewed" }.count == 2)
            #expect(actions.contains("staff.case-access-denied"))
        }
    }
}
