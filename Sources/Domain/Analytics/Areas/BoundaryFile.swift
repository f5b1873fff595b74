/// Reads area boundaries from a GeoJSON (RFC 7946) FeatureCollection: one Feature per area, its geometry a Polygon
/// or MultiPolygon in WGS84 longitude/latitude, its properties naming the area's code and name (the property names
/// are configurable: boundary files from the ONS call them `WD24CD` and `WD24NM`, for instance).
public struct BoundaryFile: Sendable {
    public var file: String
    public var codeProperty: String
    public var nameProperty: String
    public var kind: String

    public init(file: String, codeProperty: String = "code", nameProperty: String = "name", kind: String = "ward") {
        self.file = file
        self.codeProperty = codeProperty
        self.nameProperty = nameProperty
        self.kind = kind
    }

    public func read(_ bytes: [UInt8]) throws(AreaFileProblems) -> [AreaBoundary] {
        let document: JSONValue
        do {
            document = try JSONText.parse(bytes)
        } catch {
            let (line, column) = lineAndColumn(of: error.offset, in: bytes)
            throw AreaFileProblems([AreaFileProblem(file: file, line: line, column: column, message: "this is not valid JSON (\(error.reason))")])
        }
        guard let root = document.objectValue, root["type"]?.stringValue == "FeatureCollection" else {
            throw AreaFileProblems([problem(1, 1, "the file must be a GeoJSON FeatureCollection: an object with \"type\": \"FeatureCollection\" and a \"features\" list")])
        }
        guard let features = root["features"]?.arrayValue else {
            throw AreaFileProblems([problem(1, 1, "the FeatureCollection has no \"features\" list: add one feature per area")])
        }
        guard !features.isEmpty else { throw AreaFileProblems([problem(1, 1, "the \"features\" list is empty: add one feature per area")]) }
        let offsets = Self.featureOffsets(bytes)
        var problems: [AreaFileProblem] = []
        var areas: [AreaBoundary] = []
        var seen: [String: Int] = [:]
        for (index, feature) in features.enumerated() {
            guard problems.count < AreaFileProblems.limit else { break }
            let (line, column) = index < offsets.count ? lineAndColumn(of: offsets[index], in: bytes) : (1, 1)
            let name = "feature \(index + 1)"
            func fail(_ message: String) { problems.append(problem(line, column, "\(name): \(message)")) }
            guard let object = feature.objectValue, object["type"]?.stringValue == "Feature" else {
                fail("is not a Feature: write {\"type\": \"Feature\", \"properties\": {…}, \"geometry\": {…}}")
                continue
            }
            let properties = object["properties"]?.objectValue ?? [:]
            guard let code = Self.text(properties[codeProperty]), !code.isEmpty else {
                fail("its properties have no \"\(codeProperty)\": give each area its code there (or name the property with --code-property)")
                continue
            }
            guard let areaName = Self.text(properties[nameProperty]), !areaName.isEmpty else {
                fail("area \(code) has no \"\(nameProperty)\" in its properties: give each area its name there (or name the property with --name-property)")
                continue
            }
            if let first = seen[code] {
                fail("area \(code) is already feature \(first): give each area once (a MultiPolygon holds an area in several parts)")
                continue
            }
            seen[code] = index + 1
            do {
                let polygons = try Self.polygons(object["geometry"])
                areas.append(AreaBoundary(code: code, name: areaName, kind: kind, polygons: polygons))
            } catch {
                fail("area \(code): \(error.message)")
            }
        }
        if !problems.isEmpty { throw AreaFileProblems(problems) }
        return areas
    }

    private func problem(_ line: Int, _ column: Int, _ message: String) -> AreaFileProblem {
        AreaFileProblem(file: file, line: line, column: column, message: message)
    }

    private static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text): text
        case .number: value?.formText
        default: nil
        }
    }

    struct GeometryProblem: Error { var message: String }

    static func polygons(_ geometry: JSONValue?) throws(GeometryProblem) -> [GeoPolygon] {
        guard let object = geometry?.objectValue, let type = object["type"]?.stringValue else {
            throw GeometryProblem(message: "its geometry is missing: give a Polygon or MultiPolygon")
        }
        let coordinates = object["coordinates"]
        switch type {
        case "Polygon": return [try polygon(coordinates, part: nil)]
        case "MultiPolygon":
            guard let parts = coordinates?.arrayValue, !parts.isEmpty else {
                throw GeometryProblem(message: "the MultiPolygon has no polygons in \"coordinates\"")
            }
            var polygons: [GeoPolygon] = []
            for (index, part) in parts.enumerated() { polygons.append(try polygon(part, part: index + 1)) }
            return polygons
        default:
            throw GeometryProblem(message: "its geometry is a \(type): an area's boundary must be a Polygon or MultiPolygon")
        }
    }

    private static func polygon(_ value: JSONValue?, part: Int?) throws(GeometryProblem) -> GeoPolygon {
        let which = part.map { "polygon \($0)" } ?? "the polygon"
        guard let rings = value?.arrayValue, !rings.isEmpty else { throw GeometryProblem(message: "\(which) has no rings: give its outer ring as a list of [longitude, latitude] points") }
        var parsed: [[GeoPoint]] = []
        for (ringIndex, ring) in rings.enumerated() {
            let ringName = ringIndex == 0 ? "\(which)'s outer ring" : "\(which)'s hole \(ringIndex)"
            guard let positions = ring.arrayValue else { throw GeometryProblem(message: "\(ringName) is not a list of points") }
            var points: [GeoPoint] = []
            for (pointIndex, position) in positions.enumerated() {
                guard let pair = position.arrayValue, pair.count >= 2,
                      case .number(let longitude) = pair[0], case .number(let latitude) = pair[1] else {
                    throw GeometryProblem(message: "point \(pointIndex + 1) of \(ringName) is not [longitude, latitude]")
                }
                guard (-180...180).contains(longitude), (-90...90).contains(latitude) else {
                    throw GeometryProblem(message: "point \(pointIndex + 1) of \(ringName), [\(longitude), \(latitude)], is not longitude then latitude in degrees (WGS84); reproject the file (National Grid metres are not accepted here)")
                }
                points.append(GeoPoint(longitude: longitude, latitude: latitude))
            }
            guard points.count >= 4 else { throw GeometryProblem(message: "\(ringName) has \(points.count) points: a ring needs at least four, the last the same as the first") }
            guard points.first == points.last else { throw GeometryProblem(message: "\(ringName) is not closed: its last point must be the same as its first") }
            parsed.append(points)
        }
        return GeoPolygon(outer: parsed[0], holes: Array(parsed.dropFirst()))
    }

    /// Where each element of the top-level "features" list starts, as byte offsets, so a problem in a feature can
    /// be given its line and column (the parsed JSON keeps no positions).
    static func featureOffsets(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var depth = 0, index = 0
        var lastKeyAtTop: [UInt8] = []
        var featuresDepth: Int?
        var expectingElement = false
        let features = Array("features".utf8)
        while index < bytes.count {
            let byte = bytes[index]
            if let inside = featuresDepth, depth == inside, expectingElement,
               ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: "]")].contains(byte) {
                offsets.append(index)
                expectingElement = false
            }
            switch byte {
            case UInt8(ascii: "\""):
                let start = index + 1
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                if depth == 1 { lastKeyAtTop = Array(bytes[start..<min(index, bytes.count)]) }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if byte == UInt8(ascii: "["), depth == 2, featuresDepth == nil, lastKeyAtTop == features {
                    featuresDepth = 2
                    expectingElement = true
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == featuresDepth { return offsets }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == featuresDepth { expectingElement = true }
            default: break
            }
            index += 1
        }
        return offsets
    }
}
