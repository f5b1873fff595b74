import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Persistence
import SQLKit
import HummingbirdTesting
import Testing

/// The location question's map picker: progressive enhancement over the description and latitude/longitude fields.
@Suite struct MapPickerTests {
    static func locationPage(_ client: any TestClientProtocol) async throws -> BrowserSession.Page {
        let browser = BrowserSession(client)
        try await browser.start("report-a-pothole", expectingFirstPage: "immediate-danger")
        try await browser.walk("report-a-pothole", [Step("immediate-danger", [("immediate-danger", "no")], next: "location")])
        return try await browser.get("/services/report-a-pothole/location")
    }

    /// A folder standing in for Debian's libjs-leaflet.
    static func fakeLeaflet() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leaflet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
        try Data("window.L = {};".utf8).write(to: folder.appendingPathComponent("leaflet.js"))
        try Data(".leaflet-container {}".utf8).write(to: folder.appendingPathComponent("leaflet.css"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: folder.appendingPathComponent("images/marker-icon.png"))
        return folder.path
    }

    @Test func withNoTileServiceOnlyUseMyLocationIsOffered() async throws {
        try await TestApp.with { client, _ in
            let page = try await Self.locationPage(client)
            #expect(page.html.contains(#"<script defer src="/assets/location-picker.js"></script>"#))
            #expect(!page.html.contains("leaflet"))
            #expect(page.html.contains(#"<div class="location-tools" hidden data-location-picker="location""#))
            #expect(!page.html.contains("location-map"))
            // The fields are still there, and still the answer.
            #expect(page.hasElement(id: "location-description") && page.hasElement(id: "location-latitude") && page.hasElement(id: "location-longitude"))
            #expect(page.header("Content-Security-Policy")?.contains("img-src 'self' data:;") == true)
            // No script on pages without a location question.
            let other = try await BrowserSession(client).get("/services/report-a-pothole")
            #expect(!other.html.contains("<script"))
        }
    }

    @Test func aConfiguredTileServiceGetsAMapAndItsImagesAreAllowed() async throws {
        let leaflet = try Self.fakeLeaflet()
        try await TestApp.with(configure: { configuration in
            configuration.map.tileURL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
            configuration.map.attribution = "© Example <contributors>"
            configuration.map.leafletDirectory = leaflet
        }) { client, _ in
            let page = try await Self.locationPage(client)
            #expect(page.html.contains(#"<link rel="stylesheet" href="/assets/leaflet/leaflet.css">"#))
            #expect(page.html.contains(#"<script defer src="/assets/leaflet/leaflet.js"></script>"#))
            #expect(page.html.contains(#"data-tile-url="https://{s}.tiles.example.org/{z}/{x}/{y}.png""#))
            #expect(page.html.contains(#"data-attribution="© Example &lt;contributors&gt;""#))
            #expect(page.html.contains(#"<div class="location-map" role="region" id="location-map""#))
            #expect(page.html.contains(#"<input class="input width-10" type="text" autocomplete="postal-code" id="location-postcode-search">"#))
            #expect(page.header("Content-Security-Policy")?.contains("img-src 'self' data: https://*.tiles.example.org;") == true)
            #expect(page.header("Content-Security-Policy")?.contains("script-src 'self';") == true)

            let script = try await BrowserSession(client).get("/assets/leaflet/leaflet.js")
            #expect(script.status == .ok)
            #expect(script.header("Content-Type") == "text/javascript; charset=utf-8")
            #expect(try await BrowserSession(client).get("/assets/leaflet/images/marker-icon.png").header("Content-Type") == "image/png")
            for refused in ["/assets/leaflet/..%2Fsecret.js", "/assets/leaflet/leaflet.js.map", "/assets/leaflet/missing.js"] {
                #expect(try await BrowserSession(client).get(refused).status == .notFound, "\(refused)")
            }
        }
    }

    @Test func withoutLeafletInstalledThereIsNoMapButTheFormWorks() async throws {
        try await TestApp.with(configure: { configuration in
            configuration.map.tileURL = "https://tiles.example.org/{z}/{x}/{y}.png"
            configuration.map.leafletDirectory = "/nonexistent/leaflet"
        }) { client, _ in
            let page = try await Self.locationPage(client)
            #expect(!page.html.contains("leaflet.js"))
            #expect(!page.html.contains("location-map"))
            #expect(page.html.contains("/assets/location-picker.js"))
            #expect(try await BrowserSession(client).get("/assets/leaflet/leaflet.js").status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aPostcodeCentreMovesTheMap(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await database.write { db in
                try await db.raw("INSERT INTO postcode_areas (postcode, area_code, latitude, longitude) VALUES ('KT12AB', 'W01', 55.95, -3.19)").run()
                try await db.raw("INSERT INTO postcode_areas (postcode, area_code) VALUES ('KT19ZZ', 'W01')").run()
            }
            let found = try await BrowserSession(client).get("/location/postcode?postcode=kt1%202ab")
            #expect(found.status == .ok)
            #expect(found.header("Content-Type") == "application/json; charset=utf-8")
            #expect(found.html == #"{"found":true,"latitude":55.95,"longitude":-3.19}"#)
            for missing in ["KT1 9ZZ", "ZZ9 9ZZ", "", "KT1 2AB KT1 2AB"] {
                let page = try await BrowserSession(client).get("/location/postcode?postcode=\(missing.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
                #expect(page.status == .notFound, "\(missing)")
                #expect(page.html == #"{"found":false}"#)
            }
        }
    }

    @Test func thePickerScriptIsServed() async throws {
        try await TestApp.with { client, _ in
            let script = try await BrowserSession(client).get("/assets/location-picker.js")
            #expect(script.status == .ok)
            #expect(script.header("Content-Type") == "text/javascript; charset=utf-8")
            #expect(script.html.contains("navigator.geolocation"))
        }
    }

    @Test func tileSettingsAreCheckedWhenRead() {
        func problem(_ environment: [String: String]) -> String? {
            if case .failure(let problem) = MapSettings.read(environment) { return problem.message }
            return nil
        }
        #expect(problem(["ONECOUNCIL_MAP_TILE_URL": "https://tiles.example.org/{z}/{x}/{y}.png"]) == nil)
        #expect(problem(["ONECOUNCIL_MAP_TILE_URL": "http://tiles.example.org/{z}/{x}/{y}.png"])?.hasPrefix("ONECOUNCIL_MAP_TILE_URL must be") == true)
        #expect(problem(["ONECOUNCIL_MAP_TILE_URL": "https://tiles.example.org/tile.png"])?.hasPrefix("ONECOUNCIL_MAP_TILE_URL must be") == true)
        #expect(problem(["ONECOUNCIL_MAP_CENTRE": "55.9,-3.2"])?.hasPrefix("ONECOUNCIL_MAP_CENTRE must be") == true)
        #expect(MapSettings.tileOrigin("http://127.0.0.1:8099/tiles/{z}/{x}/{y}.png") == "http://127.0.0.1:8099")
        #expect(MapSettings.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png") == "https://*.tile.example.org")
        if case .success(let settings) = MapSettings.read(["ONECOUNCIL_MAP_CENTRE": "55.95, -3.19, 12"]) {
            #expect(settings.centre == MapCentre(latitude: 55.95, longitude: -3.19, zoom: 12))
            #expect(settings.tileURL == nil)
        } else {
            Issue.record("a good centre was refused")
        }
    }
}
