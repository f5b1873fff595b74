import Foundation

/// A validated answer to one question, normalised (postcodes upper-cased, money to two places, dates as ISO).
public enum Answer: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case decimal(Decimal, places: Int)
    case date(year: Int, month: Int, day: Int)
    case selection([String])
    case address(Address)
    case file(FileReference)
    case location(Location)
    case appointment(Appointment)

    /// The answer in the JSON shape the API documents.
    public var json: JSONValue {
        switch self {
        case .text(let value): .string(value)
        case .integer(let value): .number(Double(value))
        case .decimal(let value, let places): .string(Self.format(value, places: places))
        case .date(let year, let month, let day): .string(Self.isoDate(year: year, month: month, day: day))
        case .selection(let values): .array(values.map { .string($0) })
        case .address(let address): .object(address.json)
        case .file(let file): .object(file.json)
        case .location(let location): .object(location.json)
        case .appointment(let appointment): .object(appointment.json)
        }
    }

    public static func isoDate(year: Int, month: Int, day: Int) -> String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `value` rounded to `places` decimal places, always written with that many (money: "125.50").
    public static func format(_ value: Decimal, places: Int) -> String {
        var rounded = Decimal()
        var copy = value
        NSDecimalRound(&rounded, &copy, places, .plain)
        var text = "\(rounded)"
        guard places > 0 else { return text }
        if !text.contains(".") { text += "." }
        let fraction = text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
        return text + String(repeating: "0", count: max(0, places - fraction))
    }
}

public struct Address: Sendable, Equatable {
    public var line1: String
    public var line2: String
    public var town: String
    public var postcode: String

    public init(line1: String, line2: String, town: String, postcode: String) {
        self.line1 = line1
        self.line2 = line2
        self.town = town
        self.postcode = postcode
    }

    public var lines: [String] { [line1, line2, town, postcode].filter { !$0.isEmpty } }

    var json: [String: JSONValue] {
        ["line1": .string(line1), "line2": .string(line2), "town": .string(town), "postcode": .string(postcode)]
    }
}

/// An uploaded file held by the platform; the bytes live in the upload store under `id`.
public struct FileReference: Sendable, Equatable {
    public var id: String
    public var filename: String
    public var contentType: String
    public var size: Int

    public init(id: String, filename: String, contentType: String, size: Int) {
        self.id = id
        self.filename = filename
        self.contentType = contentType
        self.size = size
    }

    var json: [String: JSONValue] {
        ["id": .string(id), "filename": .string(filename), "content_type": .string(contentType), "size": .number(Double(size))]
    }
}

public struct Location: Sendable, Equatable {
    public var latitude: Double?
    public var longitude: Double?
    public var description: String

    public init(latitude: Double?, longitude: Double?, description: String) {
        self.latitude = latitude
        self.longitude = longitude
        self.description = description
    }

    var json: [String: JSONValue] {
        var object: [String: JSONValue] = ["description": .string(description)]
        if let latitude, let longitude {
            object["latitude"] = .number(latitude)
            object["longitude"] = .number(longitude)
        }
        return object
    }
}

/// The answers of one journey: one entry per answered page question, and a list of items for each repeating page.
public struct Answers: Sendable, Equatable {
    public var values: [String: Answer]
    public var items: [String: [[String: Answer]]]

    public init(values: [String: Answer] = [:], items: [String: [[String: Answer]]] = [:]) {
        self.values = values
        self.items = items
    }

    public subscript(questionID: String) -> Answer? { values[questionID] }

    public var isEmpty: Bool { values.isEmpty && items.isEmpty }
}
