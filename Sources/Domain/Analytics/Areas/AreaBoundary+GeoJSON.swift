/// An area's boundary as stored in `areas.boundary`: a GeoJSON MultiPolygon geometry.
extension AreaBoundary {
    public var geometryJSON: String {
        func position(_ point: GeoPoint) -> JSONValue { .array([.number(point.longitude), .number(point.latitude)]) }
        let polygons = polygons.map { polygon in
            JSONValue.array(([polygon.outer] + polygon.holes).map { ring in .array(ring.map(position)) })
        }
        return JSONText.serialize(.object(["type": .string("MultiPolygon"), "coordinates": .array(polygons)]))
    }

    /// The area from its stored geometry; nil when the text is not a Polygon or MultiPolygon.
    public init?(code: String, name: String, kind: String, geometryJSON: String) {
        guard let geometry = try? JSONText.parse(Array(geometryJSON.utf8)),
              let polygons = try? BoundaryFile.polygons(geometry) else { return nil }
        self.init(code: code, name: name, kind: kind, polygons: polygons)
    }
}

/// The areas with their boundaries, for the maps.
public protocol AreaBoundaries: Sendable {
    /// Every area with its boundary, by name.
    func boundaries() async throws -> [AreaBoundary]
}

/// Where the areas are kept: `onecouncil areas import` replaces them, the locator and the maps read them.
public protocol AreaStore: AreaBoundaries {
    /// Replaces every area with these, in one transaction.
    func replaceAreas(_ areas: [AreaBoundary]) async throws
    /// Replaces every postcode with these, in one transaction.
    func replacePostcodes(_ postcodes: [PostcodeArea]) async throws
    /// Every area with its boundary, by name.
    func boundaries() async throws -> [AreaBoundary]
}
