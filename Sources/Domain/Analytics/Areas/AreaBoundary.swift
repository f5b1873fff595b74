/// A point as GeoJSON orders it: longitude, then latitude (WGS84 degrees).
public struct GeoPoint: Sendable, Equatable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// A rectangle of longitude and latitude: the cheap test before the exact one.
public struct GeoBox: Sendable, Equatable {
    public var minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double

    public init(minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.minLatitude = minLatitude
        self.maxLongitude = maxLongitude
        self.maxLatitude = maxLatitude
    }

    /// The smallest box holding every point; nil for none.
    public init?(points: some Sequence<GeoPoint>) {
        var box: GeoBox?
        for point in points {
            if var grown = box {
                grown.minLongitude = min(grown.minLongitude, point.longitude)
                grown.maxLongitude = max(grown.maxLongitude, point.longitude)
                grown.minLatitude = min(grown.minLatitude, point.latitude)
                grown.maxLatitude = max(grown.maxLatitude, point.latitude)
                box = grown
            } else {
                box = GeoBox(minLongitude: point.longitude, minLatitude: point.latitude,
                             maxLongitude: point.longitude, maxLatitude: point.latitude)
            }
        }
        guard let box else { return nil }
        self = box
    }

    public func contains(_ point: GeoPoint) -> Bool {
        point.longitude >= minLongitude && point.longitude <= maxLongitude
            && point.latitude >= minLatitude && point.latitude <= maxLatitude
    }

    public func union(_ other: GeoBox) -> GeoBox {
        GeoBox(minLongitude: min(minLongitude, other.minLongitude), minLatitude: min(minLatitude, other.minLatitude),
               maxLongitude: max(maxLongitude, other.maxLongitude), maxLatitude: max(maxLatitude, other.maxLatitude))
    }
}

/// One polygon: an outer ring and any holes, each ring closed (first point repeated last) as GeoJSON requires.
public struct GeoPolygon: Sendable, Equatable {
    public var outer: [GeoPoint]
    public var holes: [[GeoPoint]]

    public init(outer: [GeoPoint], holes: [[GeoPoint]] = []) {
        self.outer = outer
        self.holes = holes
    }

    /// Inside the outer ring and in no hole. A point exactly on an edge may fall either way.
    public func contains(_ point: GeoPoint) -> Bool {
        Self.ring(outer, contains: point) && !holes.contains { Self.ring($0, contains: point) }
    }

    /// Ray casting: a ray from the point eastwards crosses the ring's edges an odd number of times when inside.
    static func ring(_ ring: [GeoPoint], contains point: GeoPoint) -> Bool {
        var inside = false
        var previous = ring.last ?? point
        for current in ring {
            if (current.latitude > point.latitude) != (previous.latitude > point.latitude) {
                let crossing = (previous.longitude - current.longitude) * (point.latitude - current.latitude)
                    / (previous.latitude - current.latitude) + current.longitude
                if point.longitude < crossing { inside.toggle() }
            }
            previous = current
        }
        return inside
    }
}

/// A council area (a ward, say) with its boundary: one or more polygons.
public struct AreaBoundary: Sendable, Equatable {
    public var code: String
    public var name: String
    public var kind: String
    public let polygons: [GeoPolygon]
    /// The box round every polygon's outer ring.
    public let box: GeoBox

    public init(code: String, name: String, kind: String = "ward", polygons: [GeoPolygon]) {
        self.code = code
        self.name = name
        self.kind = kind
        self.polygons = polygons
        self.box = GeoBox(points: polygons.flatMap(\.outer))
            ?? GeoBox(minLongitude: 0, minLatitude: 0, maxLongitude: 0, maxLatitude: 0)
    }

    /// The bounding box first (most areas fail it), then the polygons.
    public func contains(_ point: GeoPoint) -> Bool {
        box.contains(point) && polygons.contains { $0.contains(point) }
    }
}

extension [AreaBoundary] {
    /// The first area whose boundary holds the point (boundaries of one kind do not overlap).
    public func area(containing point: GeoPoint) -> AreaBoundary? {
        first { $0.contains(point) }
    }
}
