import Domain
import Foundation
import Testing

/// `onecouncil areas import`'s readers: the postcodes CSV, the boundaries GeoJSON, the National Grid conversion, and
/// point-in-boundary on the invented Glenmorrow wards (Tests/Fixtures/areas).
@Suite struct AreaFileTests {
    static var fixtures: URL { Fixtures.repoRoot.appendingPathComponent("Tests/Fixtures/areas") }

    static func wards() throws -> [AreaBoundary] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("glenmorrow-wards.geojson"))
        return try BoundaryFile(file: "glenmorrow-wards.geojson").read(Array(data))
    }

    static func problems(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as AreaFileProblems {
            return error.problems.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    // MARK: National Grid

    @Test func gridToOSGB36MatchesTheOrdnanceSurveyWorkedExample() {
        // The OS guide's worked example: E 651409.903, N 313177.270 is 52°39'27.2531"N 1°43'4.5177"E on OSGB36.
        let point = NationalGrid.osgb36(easting: 651_409.903, northing: 313_177.270)
        #expect(abs(point.latitude - (52 + 39.0 / 60 + 27.2531 / 3600)) < 1e-7)
        #expect(abs(point.longitude - (1 + 43.0 / 60 + 4.5177 / 3600)) < 1e-7)
    }

    @Test func osgb36ToWGS84MovesAsTheHelmertTransformationDoes() {
        // 53°N 1°E on WGS84 is 52°59'58.72"N 1°00'06.49"E on OSGB36 (the OS Helmert parameters; about 5 m accuracy).
        let point = NationalGrid.toWGS84(latitude: 52 + 59.0 / 60 + 58.72 / 3600, longitude: 1 + 6.49 / 3600)
        #expect(abs(point.latitude - 53) < 2e-5)
        #expect(abs(point.longitude - 1) < 2e-5)
    }

    // MARK: Postcodes

    @Test func readsPostcodesWithLatitudeAndLongitude() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("glenmorrow-postcodes.csv"), encoding: .utf8)
        let postcodes = try PostcodeFile(file: "p.csv").read(text)
        #expect(postcodes.count == 7)
        #expect(postcodes[0] == PostcodeArea(postcode: "GM11AA", areaCode: "GM01", point: GeoPoint(longitude: -4.29, latitude: 55.905)))
        #expect(postcodes.last?.point == nil)
    }

    @Test func readsAnONSPostcodeDirectoryExtractConvertingEastingsAndNorthings() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("glenmorrow-postcodes-onspd.csv"), encoding: .utf8)
        let postcodes = try PostcodeFile(file: "onspd.csv").read(text)
        #expect(postcodes.map(\.postcode) == ["GM11AA", "GM12AA", "GM21AA", "GM99ZZ"])
        #expect(postcodes.map(\.areaCode) == ["GM01", "GM02", "GM03", "GM02"])
        let expected = NationalGrid.wgs84(easting: 255_400, northing: 665_800)
        #expect(postcodes[0].point == GeoPoint(longitude: expected.longitude, latitude: expected.latitude))
        // Central Scotland: about 55.9°N, 4.3°W.
        #expect(abs(expected.latitude - 55.87) < 0.1 && abs(expected.longitude + 4.3) < 0.2)
        #expect(postcodes[3].point == nil)
    }

    @Test func namesEachBadPostcodeLineByLineAndColumn() {
        let text = """
            postcode,area_code,latitude,longitude
            GM1 1AA,GM01,55.9,-4.2
            NOT A CODE,GM01,55.9,-4.2
            GM1 1AB,,55.9,-4.2
            GM1 1AD,GM01,ninety,-4.2
            GM1 1AE,GM01,55.9,-4.2,extra
            gm1 1aa,GM02,55.9,-4.2
            GM1 1AF,GM01,55.9,200
            """
        #expect(Self.problems { _ = try PostcodeFile(file: "p.csv").read(text) } == [
            "p.csv:3:1: \"NOT A CODE\" is not a postcode: write one like AB12 3CD",
            "p.csv:4:9: the area code is empty: give the code of the area this postcode is in (as in the boundaries file), or remove the line",
            "p.csv:5:14: \"ninety\" is not a latitude: write degrees north from -90 to 90, like 56.41",
            "p.csv:6:24: this line has 5 fields but the header has 4: check for a missing or extra comma, or quote a field that holds one",
            "p.csv:7:1: gm1 1aa is already on line 2: give each postcode once",
            "p.csv:8:19: \"200\" is not a longitude: write degrees east from -180 to 180, like -5.47",
        ])
    }

    @Test func refusesAHeaderWithoutTheColumnsItNeeds() {
        #expect(Self.problems { _ = try PostcodeFile(file: "p.csv").read("code,ward\nGM1 1AA,GM01\n") } == [
            "p.csv:1:1: no postcode column: the header must name one of postcode, pcds, pcd, pcd7, pcd8 (or choose the column with --postcode-column)",
            "p.csv:1:1: no point columns: the header must name latitude and longitude, or easting and northing (the ONS Postcode Directory's oseast1m and osnrth1m)",
        ])
        #expect(Self.problems { _ = try PostcodeFile(file: "p.csv").read("postcode,ward,lat,lon\n\"GM1 1AA,GM01,1,1\n") }
            == ["p.csv:2:1: this quoted field is never closed: add the closing \" (a quote inside a field is written twice, \"\")"])
    }

    // MARK: Boundaries

    @Test func readsTheFixtureWards() throws {
        let wards = try Self.wards()
        #expect(wards.map(\.code) == ["GM01", "GM02", "GM03", "GM04"])
        #expect(wards[0].polygons[0].holes.count == 1)
        #expect(wards[2].polygons.count == 2)
        #expect(wards[2].box == GeoBox(minLongitude: -4.30, minLatitude: 55.885, maxLongitude: -4.20, maxLatitude: 55.96))
    }

    @Test func storedGeometryReadsBackEqual() throws {
        for ward in try Self.wards() {
            #expect(AreaBoundary(code: ward.code, name: ward.name, kind: ward.kind, geometryJSON: ward.geometryJSON) == ward)
        }
    }

    @Test func namesEachBadFeatureByItsPosition() {
        let text = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"code": "A1", "name": "Ay"},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
              {"type": "Feature", "properties": {"name": "Bee"},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
              {"type": "Feature", "properties": {"code": "C1", "name": "Cee"},
               "geometry": {"type": "Point", "coordinates": [0, 0]}},
              {"type": "Feature", "properties": {"code": "D1", "name": "Dee"},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}},
              {"type": "Feature", "properties": {"code": "E1", "name": "Eee"},
               "geometry": {"type": "Polygon", "coordinates": [[[400000, 700000], [1, 0], [1, 1], [400000, 700000]]]}},
              {"type": "Feature", "properties": {"code": "A1", "name": "Ay again"},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}
            ]}
            """
        #expect(Self.problems { _ = try BoundaryFile(file: "b.geojson").read(Array(text.utf8)) } == [
            "b.geojson:4:3: feature 2: its properties have no \"code\": give each area its code there (or name the property with --code-property)",
            "b.geojson:6:3: feature 3: area C1: its geometry is a Point: an area's boundary must be a Polygon or MultiPolygon",
            "b.geojson:8:3: feature 4: area D1: the polygon's outer ring is not closed: its last point must be the same as its first",
            "b.geojson:10:3: feature 5: area E1: point 1 of the polygon's outer ring, [400000.0, 700000.0], is not longitude then latitude in degrees (WGS84); reproject the file (National Grid metres are not accepted here)",
            "b.geojson:12:3: feature 6: area A1 is already feature 1: give each area once (a MultiPolygon holds an area in several parts)",
        ])
    }

    @Test func aJSONSyntaxErrorHasItsLineAndColumn() {
        #expect(Self.problems { _ = try BoundaryFile(file: "b.geojson").read(Array("{\"type\": \"FeatureCollection\",\n  \"features\": [}".utf8)) }
            .first?.hasPrefix("b.geojson:2:16: this is not valid JSON") == true)
        #expect(Self.problems { _ = try BoundaryFile(file: "b.geojson").read(Array("{\"type\": \"Topology\"}".utf8)) }
            == ["b.geojson:1:1: the file must be a GeoJSON FeatureCollection: an object with \"type\": \"FeatureCollection\" and a \"features\" list"])
    }

    // MARK: Point in boundary

    @Test func findsTheWardHoldingAPointHolesAndDetachedPartsIncluded() throws {
        let wards = try Self.wards()
        func ward(_ longitude: Double, _ latitude: Double) -> String? { wards.area(containing: GeoPoint(longitude: longitude, latitude: latitude))?.code }
        #expect(ward(-4.29, 55.905) == "GM01")
        #expect(ward(-4.275, 55.915) == "GM04")   // in Harbour's hole: Mill Island, not Harbour
        #expect(ward(-4.22, 55.91) == "GM02")
        #expect(ward(-4.25, 55.95) == "GM03")
        #expect(ward(-4.215, 55.89) == "GM03")    // Northfield's detached part
        #expect(ward(-4.25, 55.89) == nil)        // south of the town, beside the detached part
        #expect(ward(-3.0, 55.0) == nil)
    }

    @Test func rayCastingHandlesAConcaveRing() {
        // A U shape: the notch between its arms is outside though inside the bounding box.
        let u = GeoPolygon(outer: [.init(longitude: 0, latitude: 0), .init(longitude: 3, latitude: 0), .init(longitude: 3, latitude: 3),
                                   .init(longitude: 2, latitude: 3), .init(longitude: 2, latitude: 1), .init(longitude: 1, latitude: 1),
                                   .init(longitude: 1, latitude: 3), .init(longitude: 0, latitude: 3), .init(longitude: 0, latitude: 0)])
        let area = AreaBoundary(code: "U", name: "U", polygons: [u])
        #expect(area.contains(GeoPoint(longitude: 0.5, latitude: 2)))
        #expect(!area.contains(GeoPoint(longitude: 1.5, latitude: 2)))
        #expect(area.contains(GeoPoint(longitude: 1.5, latitude: 0.5)))
    }
}
