import Foundation

/// The citizen map picker's settings (docs/service-definitions.md, "Location questions"): a tile service to draw the
/// map from, and where Leaflet (Debian's `libjs-leaflet`) is installed. With no tile service the location question
/// stays the description and latitude/longitude fields (with "use my location" when JavaScript is on).
public struct MapSettings: Sendable, Equatable {
    /// A Leaflet tile URL template, `https://tiles.example.org/{z}/{x}/{y}.png` (`{s}` for subdomains allowed).
    public var tileURL: String?
    /// The tile service's required credit, as plain text (`ONECOUNCIL_MAP_ATTRIBUTION`).
    public var attribution: String = ""
    /// Where the map opens before a point is chosen: latitude, longitude and zoom (`ONECOUNCIL_MAP_CENTRE`).
    public var centre = MapCentre(latitude: 56.49, longitude: -4.2, zoom: 7)
    /// Leaflet's files (`ONECOUNCIL_LEAFLET_DIR`): served under `/assets/leaflet/`; when absent, no map is offered.
    public var leafletDirectory = "/usr/share/javascript/leaflet"

    public init() {}

    /// Reads `ONECOUNCIL_MAP_TILE_URL`, `ONECOUNCIL_MAP_ATTRIBUTION`, `ONECOUNCIL_MAP_CENTRE` and `ONECOUNCIL_LEAFLET_DIR`;
    /// a message naming the variable when one is wrong.
    public static func read(_ environment: [String: String]) -> Result<MapSettings, MapSettingsProblem> {
        var settings = MapSettings()
        if let url = environment["ONECOUNCIL_MAP_TILE_URL"], !url.isEmpty {
            guard tileOrigin(url) != nil, url.contains("{z}"), url.contains("{x}"), url.contains("{y}") else {
                return .failure(MapSettingsProblem(message: "ONECOUNCIL_MAP_TILE_URL must be an https:// (or http:// on this machine) tile address with {z}, {x} and {y}, for example https://tiles.example.org/{z}/{x}/{y}.png"))
            }
            settings.tileURL = url
        }
        settings.attribution = environment["ONECOUNCIL_MAP_ATTRIBUTION"] ?? ""
        if let text = environment["ONECOUNCIL_MAP_CENTRE"], !text.isEmpty {
            let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 3, let latitude = parts[0], let longitude = parts[1], let zoom = parts[2],
                  (-90...90).contains(latitude), (-180...180).contains(longitude), (1...19).contains(zoom) else {
                return .failure(MapSettingsProblem(message: "ONECOUNCIL_MAP_CENTRE must be latitude,longitude,zoom, for example 55.95,-3.19,12 (zoom 1 to 19)"))
            }
            settings.centre = MapCentre(latitude: latitude, longitude: longitude, zoom: Int(zoom))
        }
        if let directory = environment["ONECOUNCIL_LEAFLET_DIR"], !directory.isEmpty { settings.leafletDirectory = directory }
        return .success(settings)
    }

    /// The scheme, host and port tiles come from, for the Content-Security-Policy's `img-src`; `{s}.` becomes `*.`.
    public static func tileOrigin(_ url: String) -> String? {
        let wildcarded = url.replacingOccurrences(of: "{s}.", with: "wildcard-subdomain.")
        guard let components = URLComponents(string: wildcarded.replacingOccurrences(of: "{", with: "%7B").replacingOccurrences(of: "}", with: "%7D")),
              let scheme = components.scheme?.lowercased(), let host = components.host, !host.isEmpty else { return nil }
        let loopback = ["127.0.0.1", "localhost", "[::1]", "::1"].contains(host)
        guard scheme == "https" || (scheme == "http" && loopback) else { return nil }
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host.replacingOccurrences(of: "wildcard-subdomain.", with: "*."))\(port)"
    }

    /// Whether Leaflet's script is where it should be (checked once, at start-up).
    public var leafletInstalled: Bool {
        FileManager.default.fileExists(atPath: (leafletDirectory as NSString).appendingPathComponent("leaflet.js"))
    }
}

public struct MapCentre: Sendable, Equatable {
    public var latitude: Double
    public var longitude: Double
    public var zoom: Int

    public init(latitude: Double, longitude: Double, zoom: Int) {
        self.latitude = latitude
        self.longitude = longitude
        self.zoom = zoom
    }
}

public struct MapSettingsProblem: Error, Equatable {
    public var message: String
}
