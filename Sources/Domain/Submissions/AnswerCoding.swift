import Foundation

/// Converts answers between their JSON shape (API bodies, stored rows) and form input or typed answers.
public enum AnswerCoding {
    /// Turns one question's JSON answer into the form input the validator reads, or says why the JSON has the wrong shape.
    public static func input(for question: Question, from value: JSONValue?, language: Language) -> Result<FieldInput, FieldError> {
        let id = question.id
        func wrongShape(_ english: String, _ gaelic: String) -> Result<FieldInput, FieldError> {
            .failure(FieldError(questionID: id, message: language == .gd ? gaelic : english))
        }
        guard let value, value != .null else { return .success(FieldInput()) }
        switch question.type {
        case .date:
            guard let text = value.stringValue else { return wrongShape("must be a date written YYYY-MM-DD", "feumaidh e a bhith na cheann-latha mar YYYY-MM-DD") }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { return wrongShape("must be a date written YYYY-MM-DD, like 2024-03-31", "feumaidh e a bhith na cheann-latha mar YYYY-MM-DD") }
            return .success(FieldInput(fields: ["\(id)-year": [parts[0]], "\(id)-month": [parts[1]], "\(id)-day": [parts[2]]]))
        case .address, .location:
            guard let object = value.objectValue else {
                return question.type == .address
                    ? wrongShape("must be an object with line1, line2, town and postcode", "feumaidh e a bhith na oibseact le line1, line2, town agus postcode")
                    : wrongShape("must be an object with latitude and longitude, or description", "feumaidh e a bhith na oibseact le latitude is longitude, no description")
            }
            let allowed = question.type == .address ? ["line1", "line2", "town", "postcode"] : ["latitude", "longitude", "description"]
            if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
                return .failure(FieldError(questionID: id, part: unknown, message: language == .gd ? "chan eil an raon seo ann" : "is not a field of this answer; use \(allowed.joined(separator: ", "))"))
            }
            var fields: [String: [String]] = [:]
            for (key, part) in object { fields["\(id)-\(key)"] = [part.formText ?? ""] }
            return .success(FieldInput(fields: fields))
        case .choices:
            if let list = value.arrayValue {
                let texts = list.compactMap(\.formText)
                guard texts.count == list.count else { return wrongShape("must be a list of option values", "feumaidh e a bhith na liosta de luachan") }
                return .success(FieldInput(fields: [id: texts]))
            }
            guard let text = value.formText else { return wrongShape("must be a list of option values", "feumaidh e a bhith na liosta de luachan") }
            return .success(FieldInput(fields: [id: [text]]))
        case .appointment:
            guard let object = value.objectValue, let date = object["date"]?.stringValue, let slot = object["slot"]?.stringValue,
                  object.count == 2 else {
                return wrongShape("must be an object with date (YYYY-MM-DD) and slot, like {\"date\": \"2026-11-27\", \"slot\": \"am\"}",
                                  "feumaidh e a bhith na oibseact le date (YYYY-MM-DD) agus slot")
            }
            return .success(FieldInput(fields: [id: ["\(date)/\(slot)"]]))
        case .file:
            guard let object = value.objectValue,
                  let encoded = object["data_base64"]?.stringValue else {
                return wrongShape("must be an object with filename, content_type and data_base64", "feumaidh e a bhith na oibseact le filename, content_type agus data_base64")
            }
            guard let data = Data(base64Encoded: encoded) else {
                return .failure(FieldError(questionID: id, part: "data_base64", message: language == .gd ? "chan e base64 dligheach a th’ ann" : "is not valid base64"))
            }
            let file = UploadedFile(filename: object["filename"]?.stringValue ?? "", contentType: object["content_type"]?.stringValue ?? "", data: Array(data))
            return .success(FieldInput(files: [id: file]))
        default:
            guard let text = value.formText else { return wrongShape("must be a single value, not a list or object", "feumaidh e a bhith na aon luach") }
            return .success(FieldInput(fields: [id: [text]]))
        }
    }

    /// Reads an answer stored by the platform; nil when the stored value does not fit the question (a newer version changed it).
    public static func storedAnswer(for question: Question, _ value: JSONValue) -> Answer? {
        switch question.type {
        case .text, .longText, .email, .phone, .postcode, .choice, .yesNo, .declaration, .niNumber:
            return value.stringValue.map { .text($0) }
        case .number:
            if case .number(let number) = value, number.rounded() == number { return .integer(Int(number)) }
            return nil
        case .decimal:
            return value.stringValue.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_GB_POSIX")) }.map { .decimal($0, places: question.places) }
        case .date:
            let parts = (value.stringValue ?? "").split(separator: "-").compactMap { Int($0) }
            return parts.count == 3 ? .date(year: parts[0], month: parts[1], day: parts[2]) : nil
        case .choices:
            return value.arrayValue.map { .selection($0.compactMap(\.stringValue)) }
        case .address:
            guard let object = value.objectValue else { return nil }
            let text = { (key: String) in object[key]?.stringValue ?? "" }
            return .address(Address(line1: text("line1"), line2: text("line2"), town: text("town"), postcode: text("postcode")))
        case .file:
            guard let object = value.objectValue, let id = object["id"]?.stringValue else { return nil }
            var size = 0
            if case .number(let bytes) = object["size"] { size = Int(bytes) }
            return .file(FileReference(id: id, filename: object["filename"]?.stringValue ?? "", contentType: object["content_type"]?.stringValue ?? "", size: size))
        case .location:
            guard let object = value.objectValue else { return nil }
            var latitude: Double?
            var longitude: Double?
            if case .number(let value) = object["latitude"] { latitude = value }
            if case .number(let value) = object["longitude"] { longitude = value }
            return .location(Location(latitude: latitude, longitude: longitude, description: object["description"]?.stringValue ?? ""))
        case .appointment:
            guard let object = value.objectValue, let date = object["date"]?.stringValue, let slot = object["slot"]?.stringValue,
                  let day = CalendarDay(iso: date) else { return nil }
            return .appointment(Appointment(day: day, slot: slot))
        }
    }

    /// Answers in their documented JSON shape: question id to answer, repeating page id to a list of items.
    public static func json(_ answers: Answers) -> [String: JSONValue] {
        var object: [String: JSONValue] = answers.values.mapValues(\.json)
        for (pageID, items) in answers.items {
            object[pageID] = .array(items.map { .object($0.mapValues(\.json)) })
        }
        return object
    }

    /// Reads stored answers back, keeping only those that still fit the definition.
    public static func answers(from object: [String: JSONValue], definition: ServiceDefinition) -> Answers {
        var answers = Answers()
        for page in definition.pages {
            if page.repeatGroup != nil {
                guard let list = object[page.id]?.arrayValue else { continue }
                answers.items[page.id] = list.map { item in
                    let fields = item.objectValue ?? [:]
                    var decoded: [String: Answer] = [:]
                    for question in page.questions {
                        if let value = fields[question.id], let answer = storedAnswer(for: question, value) { decoded[question.id] = answer }
                    }
                    return decoded
                }
            } else {
                for question in page.questions {
                    if let value = object[question.id], let answer = storedAnswer(for: question, value) { answers.values[question.id] = answer }
                }
            }
        }
        return answers
    }

    /// The input a form would need to show this answer again (to prefill a page).
    public static func formFields(for question: Question, _ answer: Answer?) -> [String: [String]] {
        guard let answer else { return [:] }
        let id = question.id
        switch answer {
        case .date(let year, let month, let day):
            return ["\(id)-day": [String(day)], "\(id)-month": [String(month)], "\(id)-year": [String(year)]]
        case .address(let address):
            return ["\(id)-line1": [address.line1], "\(id)-line2": [address.line2], "\(id)-town": [address.town], "\(id)-postcode": [address.postcode]]
        case .location(let location):
            return [
                "\(id)-latitude": [location.latitude.map { String($0) } ?? ""],
                "\(id)-longitude": [location.longitude.map { String($0) } ?? ""],
                "\(id)-description": [location.description],
            ]
        case .selection(let values):
            return [id: values]
        case .appointment(let appointment):
            return [id: [appointment.formValue]]
        case .file:
            return [:]
        default:
            return [id: [answer.json.formText ?? ""]]
        }
    }
}
