import ArgumentParser
import struct Domain.AreaBoundary
import struct Domain.BoundaryFile
import struct Domain.PostcodeArea
import struct Domain.PostcodeFile
import Foundation
import Persistence

struct Areas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The council's areas (wards) for analytics, the maps and open data.",
        subcommands: [Import.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load postcodes and their areas (CSV) and area boundaries (GeoJSON); each file given replaces what was loaded before.",
            discussion: """
            The postcodes CSV has a header naming its columns: the postcode, the area code, and the postcode's centre as \
            latitude and longitude (WGS84) or easting and northing (OS National Grid). An extract of the ONS Postcode \
            Directory loads as it comes (pcds, osward, oseast1m, osnrth1m). The boundaries file is a GeoJSON \
            FeatureCollection of Polygon or MultiPolygon features in longitude/latitude with the area's code and name \
            in its properties. Both files are checked before anything is written; a problem is printed as \
            FILE:LINE:COLUMN: message and nothing changes. See docs/analytics.md, "Areas and maps".
            """
        )

        @Option(help: "CSV of postcodes and area codes") var postcodes: String?
        @Option(help: "GeoJSON FeatureCollection of area boundaries") var boundaries: String?
        @Option(help: "The postcodes column holding the postcode (default: postcode, pcds, pcd…)") var postcodeColumn: String?
        @Option(help: "The postcodes column holding the area code (default: area_code, area, ward_code, ward, osward)") var areaColumn: String?
        @Option(help: "The boundary property holding the area's code") var codeProperty = "code"
        @Option(help: "The boundary property holding the area's name") var nameProperty = "name"
        @Option(help: "What kind of area the boundaries are") var kind = "ward"
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            guard postcodes != nil || boundaries != nil else {
                throw ValidationError("give --postcodes FILE.csv, --boundaries FILE.geojson, or both")
            }
            var problems: [String] = []
            var areas: [AreaBoundary]?
            var postcodeAreas: [PostcodeArea]?
            if let boundaries {
                if let data = FileManager.default.contents(atPath: boundaries) {
                    do {
                        areas = try BoundaryFile(file: boundaries, codeProperty: codeProperty, nameProperty: nameProperty, kind: kind).read(Array(data))
                    } catch {
                        problems += error.problems.map(\.description)
                    }
                } else {
                    problems.append("\(boundaries):1:1: cannot read the file")
                }
            }
            if let postcodes {
                if let text = try? String(contentsOfFile: postcodes, encoding: .utf8) {
                    var columns = PostcodeFile.Columns()
                    if let postcodeColumn { columns.postcode = [postcodeColumn] }
                    if let areaColumn { columns.area = [areaColumn] }
                    do {
                        postcodeAreas = try PostcodeFile(file: postcodes, columns: columns).read(text)
                    } catch {
                        problems += error.problems.map(\.description)
                    }
                } else {
                    problems.append("\(postcodes):1:1: cannot read the file (is it UTF-8 text?)")
                }
            }
            if !problems.isEmpty {
                for problem in problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
                FileHandle.standardError.write(Data("Nothing was imported.\n".utf8))
                throw ExitCode(1)
            }
            let database = try await Database.open(try databaseOptions.location(), logger: makeLogger("onecouncil.areas"))
            do {
                try await database.migrate()
                let store = SQLAreaStore(database: database)
                if let areas {
                    try await store.replaceAreas(areas)
                    print("Loaded \(areas.count) areas from \(boundaries ?? "").")
                }
                if let postcodeAreas {
                    let known = Set(try await store.boundaries().map(\.code))
                    try await store.replacePostcodes(postcodeAreas)
                    let located = postcodeAreas.filter { $0.point != nil }.count
                    print("Loaded \(postcodeAreas.count) postcodes (\(located) with a point) from \(postcodes ?? "").")
                    let unknown = Set(postcodeAreas.map(\.areaCode)).subtracting(known)
                    if !known.isEmpty, !unknown.isEmpty {
                        print("Note: \(unknown.count) area codes in the postcodes have no boundary loaded: \(unknown.sorted().prefix(10).joined(separator: ", "))")
                    }
                }
                await database.close()
            } catch {
                await database.close()
                throw error
            }
        }
    }
}
