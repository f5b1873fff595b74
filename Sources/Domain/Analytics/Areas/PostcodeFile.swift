/// One postcode's area and centre point, as `postcode_areas` keeps it.
public struct PostcodeArea: Sendable, Equatable {
    /// `PostcodeKey.make` form: upper case, no spaces.
    public var postcode: String
    public var areaCode: String
    public var point: GeoPoint?

    public init(postcode: String, areaCode: String, point: GeoPoint?) {
        self.postcode = postcode
        self.areaCode = areaCode
        self.point = point
    }
}

/// Reads a CSV of postcodes and their areas. The header names the columns: the postcode, the area code, and the
/// centre point as latitude/longitude (WGS84) or easting/northing (the OS National Grid, converted to WGS84). The
/// ONS Postcode Directory's own names (`pcds`, `osward`, `oseast1m`, `osnrth1m`) are recognised, so an extract of
/// it loads as it comes; other names can be chosen. A postcode with an empty point (the directory has some) is kept
/// without one.
public struct PostcodeFile: Sendable {
    /// Column names to look for, first match wins; matching ignores case.
    public struct Columns: Sendable {
        public var postcode = ["postcode", "pcds", "pcd", "pcd7", "pcd8"]
        public var area = ["area_code", "area", "ward_code", "ward", "osward"]
        public var latitude = ["latitude", "lat"]
        public var longitude = ["longitude", "long", "lon", "lng"]
        public var easting = ["easting", "oseast1m"]
        public var northing = ["northing", "osnrth1m"]

        public init() {}
    }

    public var file: String
    public var columns: Columns

    public init(file: String, columns: Columns = Columns()) {
        self.file = file
        self.columns = columns
    }

    public func read(_ text: String) throws(AreaFileProblems) -> [PostcodeArea] {
        let records: [CSVRecords.Record]
        do {
            records = try CSVRecords.read(text)
        } catch {
            throw AreaFileProblems([problem(error.line, error.column, "this quoted field is never closed: add the closing \" (a quote inside a field is written twice, \"\")")])
        }
        guard let header = records.first else {
            throw AreaFileProblems([problem(1, 1, "the file is empty: it needs a header line naming the postcode, area code and latitude/longitude or easting/northing columns")])
        }
        let names = header.fields.map { $0.text.trimmingSpaces.lowercased() }
        func find(_ candidates: [String]) -> Int? {
            for candidate in candidates { if let index = names.firstIndex(of: candidate.lowercased()) { return index } }
            return nil
        }
        var problems: [AreaFileProblem] = []
        let postcodeColumn = find(columns.postcode), areaColumn = find(columns.area)
        if postcodeColumn == nil {
            problems.append(problem(1, 1, "no postcode column: the header must name one of \(columns.postcode.joined(separator: ", ")) (or choose the column with --postcode-column)"))
        }
        if areaColumn == nil {
            problems.append(problem(1, 1, "no area code column: the header must name one of \(columns.area.joined(separator: ", ")) (or choose the column with --area-column)"))
        }
        enum Point { case degrees(Int, Int), grid(Int, Int) }
        var pointColumns: Point?
        if let latitude = find(columns.latitude), let longitude = find(columns.longitude) {
            pointColumns = .degrees(latitude, longitude)
        } else if let easting = find(columns.easting), let northing = find(columns.northing) {
            pointColumns = .grid(easting, northing)
        } else {
            problems.append(problem(1, 1, "no point columns: the header must name latitude and longitude, or easting and northing (the ONS Postcode Directory's oseast1m and osnrth1m)"))
        }
        guard problems.isEmpty, let postcodeColumn, let areaColumn, let pointColumns else { throw AreaFileProblems(problems) }

        var seen: [String: Int] = [:]
        var areas: [PostcodeArea] = []
        areas.reserveCapacity(records.count)
        for record in records.dropFirst() {
            guard problems.count < AreaFileProblems.limit else { break }
            guard record.fields.count == header.fields.count else {
                let column = record.fields.last?.column ?? 1
                problems.append(problem(record.line, column, "this line has \(record.fields.count) fields but the header has \(header.fields.count): check for a missing or extra comma, or quote a field that holds one"))
                continue
            }
            let postcodeField = record.fields[postcodeColumn]
            let key = PostcodeKey.make(postcodeField.text)
            guard Self.looksLikePostcode(key) else {
                problems.append(problem(record.line, postcodeField.column, postcodeField.text.trimmingSpaces.isEmpty
                    ? "the postcode is empty: give one, like AB12 3CD, or remove the line"
                    : "\"\(postcodeField.text)\" is not a postcode: write one like AB12 3CD"))
                continue
            }
            if let first = seen[key] {
                problems.append(problem(record.line, postcodeField.column, "\(postcodeField.text.trimmingSpaces) is already on line \(first): give each postcode once"))
                continue
            }
            seen[key] = record.line
            let areaField = record.fields[areaColumn]
            let areaCode = areaField.text.trimmingSpaces
            guard !areaCode.isEmpty else {
                problems.append(problem(record.line, areaField.column, "the area code is empty: give the code of the area this postcode is in (as in the boundaries file), or remove the line"))
                continue
            }
            var point: GeoPoint?
            switch pointColumns {
            case .degrees(let latitudeColumn, let longitudeColumn):
                let latitude = record.fields[latitudeColumn], longitude = record.fields[longitudeColumn]
                if latitude.text.trimmingSpaces.isEmpty && longitude.text.trimmingSpaces.isEmpty { break }
                guard let lat = Double(latitude.text.trimmingSpaces), (-90...90).contains(lat) else {
                    problems.append(problem(record.line, latitude.column, "\"\(latitude.text)\" is not a latitude: write degrees north from -90 to 90, like 56.41"))
                    continue
                }
                guard let lon = Double(longitude.text.trimmingSpaces), (-180...180).contains(lon) else {
                    problems.append(problem(record.line, longitude.column, "\"\(longitude.text)\" is not a longitude: write degrees east from -180 to 180, like -5.47"))
                    continue
                }
                point = GeoPoint(longitude: lon, latitude: lat)
            case .grid(let eastingColumn, let northingColumn):
                let easting = record.fields[eastingColumn], northing = record.fields[northingColumn]
                if easting.text.trimmingSpaces.isEmpty && northing.text.trimmingSpaces.isEmpty { break }
                guard let east = Double(easting.text.trimmingSpaces), (0...700_000).contains(east) else {
                    problems.append(problem(record.line, easting.column, "\"\(easting.text)\" is not a National Grid easting: write metres from 0 to 700000, like 185420"))
                    continue
                }
                guard let north = Double(northing.text.trimmingSpaces), (0...1_300_000).contains(north) else {
                    problems.append(problem(record.line, northing.column, "\"\(northing.text)\" is not a National Grid northing: write metres from 0 to 1300000, like 730150"))
                    continue
                }
                let converted = NationalGrid.wgs84(easting: east, northing: north)
                point = GeoPoint(longitude: converted.longitude, latitude: converted.latitude)
            }
            areas.append(PostcodeArea(postcode: key, areaCode: areaCode, point: point))
        }
        if !problems.isEmpty { throw AreaFileProblems(problems) }
        if areas.isEmpty { throw AreaFileProblems([problem(1, 1, "the file has a header but no postcodes: add a line per postcode")]) }
        return areas
    }

    private func problem(_ line: Int, _ column: Int, _ message: String) -> AreaFileProblem {
        AreaFileProblem(file: file, line: line, column: column, message: message)
    }

    /// The shape of a UK postcode without its space: outward code (letter first, 2-4 characters) and inward code
    /// (digit, two letters).
    static func looksLikePostcode(_ key: String) -> Bool {
        let scalars = Array(key.unicodeScalars)
        guard (5...7).contains(scalars.count), let first = scalars.first, first.properties.isAlphabetic else { return false }
        let inward = scalars.suffix(3)
        let digits = inward.first.map { ("0"..."9").contains($0) } ?? false
        return digits && inward.dropFirst().allSatisfy { ("A"..."Z").contains($0) } && scalars.allSatisfy { $0.isASCII }
    }
}

fileprivate extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
