import Foundation

/// An invented council for trying the analytics at scale: the town of Strathmorven, twelve wards laid out as a 4 × 3
/// grid of rectangles (so point-in-boundary is easy to check by eye), each with forty invented postcodes in the
/// `SV` area, which no real UK postcode uses. Made from a seed, so the same seed gives the same council.
public struct SyntheticCouncil: Sendable {
    public struct Ward: Sendable, Equatable {
        public var code: String
        public var name: String
        public var minLongitude: Double
        public var minLatitude: Double
        public var maxLongitude: Double
        public var maxLatitude: Double
        /// How many of the council's requests come from here, relative to the other wards.
        public var weight: Double
        public var postcodes: [Postcode]

        /// The boundary as a GeoJSON Polygon geometry (longitude, latitude; the ring closed, anticlockwise).
        public var boundaryGeoJSON: String {
            let corners = [(minLongitude, minLatitude), (maxLongitude, minLatitude), (maxLongitude, maxLatitude),
                           (minLongitude, maxLatitude), (minLongitude, minLatitude)]
            let ring = corners.map { "[\(Self.coordinate($0.0)),\(Self.coordinate($0.1))]" }.joined(separator: ",")
            return "{\"type\":\"Polygon\",\"coordinates\":[[\(ring)]]}"
        }

        public func contains(latitude: Double, longitude: Double) -> Bool {
            (minLatitude..<maxLatitude).contains(latitude) && (minLongitude..<maxLongitude).contains(longitude)
        }

        static func coordinate(_ value: Double) -> String { String(format: "%.5f", value) }
    }

    /// A postcode (as written, with its space) and its centre point.
    public struct Postcode: Sendable, Equatable {
        public var postcode: String
        public var areaCode: String
        public var latitude: Double
        public var longitude: Double
    }

    public static let town = "Strathmorven"
    static let wardNames = ["Harbour", "Castlehill", "Millburn", "Kirkton", "Riverside", "Braeside",
                            "Westfield", "Lochend", "Muirhead", "Newlands", "Old Town", "Station"]
    /// The grid's south-west corner and one ward's size, in degrees: about 2.4 km by 2.8 km a ward.
    static let origin = (longitude: -4.30, latitude: 57.40)
    static let size = (longitude: 0.04, latitude: 0.025)
    public static let postcodesPerWard = 40

    public let wards: [Ward]

    public init(seed: UInt64) {
        var random = SeededRandom(seed: seed ^ 0x57A7_C0DE)
        var wards: [Ward] = []
        for (index, name) in Self.wardNames.enumerated() {
            let column = index % 4, row = index / 4
            let minLongitude = Self.origin.longitude + Double(column) * Self.size.longitude
            let minLatitude = Self.origin.latitude + Double(row) * Self.size.latitude
            let code = String(format: "W%02d", index + 1)
            var seen = Set<String>()
            var postcodes: [Postcode] = []
            while postcodes.count < Self.postcodesPerWard {
                let inward = "\(Int.random(in: 1...9, using: &random))\(random.pick(Self.inwardLetters) ?? "A")\(random.pick(Self.inwardLetters) ?? "B")"
                guard seen.insert(inward).inserted else { continue }
                // Centres kept off the edges, so a point near a centre is still inside the ward.
                postcodes.append(Postcode(
                    postcode: "SV\(index + 1) \(inward)", areaCode: code,
                    latitude: minLatitude + Double.random(in: 0.1...0.9, using: &random) * Self.size.latitude,
                    longitude: minLongitude + Double.random(in: 0.1...0.9, using: &random) * Self.size.longitude
                ))
            }
            wards.append(Ward(code: code, name: "\(Self.town) \(name)", minLongitude: minLongitude, minLatitude: minLatitude,
                              maxLongitude: minLongitude + Self.size.longitude, maxLatitude: minLatitude + Self.size.latitude,
                              weight: Double.random(in: 0.5...2.0, using: &random), postcodes: postcodes))
        }
        self.wards = wards
    }

    /// A place in the council: a ward (busier wards more often), one of its postcodes, and a point near that
    /// postcode's centre, inside the ward.
    public func place(using random: inout SeededRandom) -> (ward: Ward, postcode: Postcode, latitude: Double, longitude: Double) {
        let ward = random.weighted(wards.map { ($0, $0.weight) }) ?? wards[0]
        let postcode = random.pick(ward.postcodes) ?? ward.postcodes[0]
        let latitude = postcode.latitude + Double.random(in: -0.08...0.08, using: &random) * Self.size.latitude
        let longitude = postcode.longitude + Double.random(in: -0.08...0.08, using: &random) * Self.size.longitude
        return (ward, postcode, latitude, longitude)
    }

    private static let inwardLetters = Array("ABDEFGHJLNPQRSTUWXYZ").map(String.init)
}
