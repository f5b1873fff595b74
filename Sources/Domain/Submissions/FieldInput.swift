/// What a citizen typed into one page (or one item of a repeating page): form fields by name, and uploaded files.
///
/// HTML forms and the JSON API both arrive here, so both are validated by the same code.
/// Field names: a question's id, or `ID-day`/`ID-month`/`ID-year` for dates, `ID-line1`/`ID-line2`/`ID-town`/`ID-postcode`
/// for addresses and `ID-latitude`/`ID-longitude`/`ID-description` for locations.
public struct FieldInput: Sendable, Equatable {
    public var fields: [String: [String]]
    public var files: [String: UploadedFile]

    public init(fields: [String: [String]] = [:], files: [String: UploadedFile] = [:]) {
        self.fields = fields
        self.files = files
    }

    public func value(_ name: String) -> String {
        Self.trimmed(fields[name]?.first ?? "")
    }

    public func values(_ name: String) -> [String] {
        (fields[name] ?? []).map(Self.trimmed).filter { !$0.isEmpty }
    }

    /// Without spaces or newlines at either end. Most answers have none, and checking two bytes is far cheaper
    /// than Foundation's trimming, which copies through NSString.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let plain = { (byte: UInt8) in byte > 0x20 && byte < 0x80 }
        if plain(first) && plain(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A file as received, before it is stored.
public struct UploadedFile: Sendable, Equatable {
    public var filename: String
    public var contentType: String
    public var data: [UInt8]

    public init(filename: String, contentType: String, data: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

/// A problem with one field, located precisely enough to link to the input on a page or name it in the API.
public struct FieldError: Error, Sendable, Equatable {
    public var questionID: String
    /// The part of a compound field (`day`, `postcode`, …), nil for the field as a whole.
    public var part: String?
    /// The repeating page and item (from 0) the question belongs to, if any.
    public var item: (pageID: String, index: Int)?
    public var message: String
    /// A stable code for API clients: `required` when nothing was given, `invalid` otherwise.
    public var code: String
    /// Whether `part` is also a field of the answer's JSON (an address's `postcode`) or only of the form (a date's
    /// `day`: the API sends a date as one string), so an API error names only fields the request body has.
    public var partIsInJSON = true

    public init(questionID: String, part: String? = nil, item: (pageID: String, index: Int)? = nil, message: String, code: String = "invalid") {
        self.questionID = questionID
        self.part = part
        self.item = item
        self.message = message
        self.code = code
    }

    /// The `id` of the HTML input to focus, as linked from the error summary.
    public var anchor: String { part.map { "\(questionID)-\($0)" } ?? questionID }

    /// The path named in API errors: `household[1].age`, `address.postcode`.
    public var apiPath: String {
        let part = partIsInJSON ? part : nil
        guard let item else { return part.map { "\(questionID).\($0)" } ?? questionID }
        if questionID == item.pageID { return "\(item.pageID)[\(item.index)]" }
        var path = "\(item.pageID)[\(item.index)].\(questionID)"
        if let part { path += ".\(part)" }
        return path
    }

    /// Two errors are the same when they say the same thing about the same field; `code` follows from the check.
    public static func == (lhs: FieldError, rhs: FieldError) -> Bool {
        lhs.questionID == rhs.questionID && lhs.part == rhs.part && lhs.message == rhs.message
            && lhs.item?.pageID == rhs.item?.pageID && lhs.item?.index == rhs.item?.index
    }
}

/// Every problem found in one set of answers.
public struct ValidationErrors: Error, Sendable, Equatable {
    public var errors: [FieldError]

    public init(_ errors: [FieldError]) { self.errors = errors }
}
