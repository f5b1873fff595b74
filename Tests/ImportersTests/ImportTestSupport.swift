import Domain
import Foundation
import Testing
import ZIPFoundation
@testable import Importers

/// The fixtures (written for these tests from each builder's public documentation) and a citizen completing an
/// imported service.
enum ImportFixtures {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func text(_ json: String) -> [UInt8] { Array(json.utf8) }

    /// An Open Forms export ZIP made from the JSON files of a fixture folder, with `changes` replacing (or, when nil,
    /// leaving out) files.
    static func openFormsZIP(_ folder: String = "open-forms-bulky-waste", changes: [String: String?] = [:]) throws -> [UInt8] {
        var files: [String: Data] = [:]
        let url = directory.appendingPathComponent(folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".json") {
            files[name] = try Data(contentsOf: url.appendingPathComponent(name))
        }
        for (name, replacement) in changes { files[name] = replacement.map { Data($0.utf8) } }
        return try zip(files)
    }

    static func zip(_ files: [String: Data]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    static let today = CalendarDay(year: 2026, month: 6, day: 15)

    /// What a citizen sends: `choices` for the questions that decide the route, a plausible answer to every other
    /// question the route asks. Answers are added as the validator asks for them, so the route is the one the
    /// answers decide.
    static func complete(_ definition: ServiceDefinition, choosing choices: [String: JSONValue] = [:]) -> (body: [String: JSONValue], result: Result<ValidatedSubmission, ValidationErrors>) {
        let validator = SubmissionValidator(definition: definition, language: .en, today: today, fileSource: .inline)
        var body: [String: JSONValue] = [:]
        var result = validator.validate(body)
        for _ in 0..<200 {
            guard case .failure(let failure) = result else { break }
            // Answers to pages the route no longer reaches (the route changed as choices were made) are taken out.
            let leftBehind = failure.errors.filter { $0.code == "not_applicable" }.map(\.questionID)
            for id in leftBehind { body[id] = nil }
            let wanted = Set(failure.errors.filter { $0.code != "not_applicable" }.map(\.questionID)).subtracting(body.keys)
            let answered = wanted.compactMap { id -> (String, JSONValue)? in
                if let choice = choices[id] { return (id, choice) }
                if let page = definition.page(id), page.repeatGroup != nil {
                    return (id, .array([.object(Dictionary(uniqueKeysWithValues: page.questions.map { ($0.id, answer(to: $0)) }))]))
                }
                guard let question = definition.pages.flatMap(\.questions).first(where: { $0.id == id }) else { return nil }
                return (id, answer(to: question))
            }
            guard !answered.isEmpty || !leftBehind.isEmpty else { break }
            for (id, value) in answered { body[id] = value }
            result = validator.validate(body)
        }
        return (body, result)
    }

    static func answer(to question: Question) -> JSONValue {
        switch question.type {
        case .text:
            if let pattern = question.pattern, pattern.contains("0-9]{8}") { return .string("12345678") }
            if question.pattern != nil { return .string("AB12 CDE") }
            return .string("Sample answer")
        case .longText: return .string("A longer answer, in a sentence or two.")
        case .number: return .number(Double(truncating: (question.minimum ?? 1) as NSNumber))
        case .decimal: return .string("\(question.minimum ?? 1)")
        case .email: return .string("ann@example.com")
        case .phone: return .string("07700 900982")
        case .postcode: return .string("EH1 1YZ")
        case .date: return .string(question.futureOnly ? "2026-07-01" : "1985-03-27")
        case .choice: return .string(question.options[0].value)
        case .choices: return .array([.string(question.options[0].value)])
        case .yesNo: return .string("yes")
        case .address: return .object(["line1": .string("1 High Street"), "town": .string("Edinburgh"), "postcode": .string("EH1 1YZ")])
        case .file: return .object(["filename": .string("photo.pdf"), "content_type": .string("application/pdf"), "data_base64": .string(Data("%PDF-1.4\n%%EOF\n".utf8).base64EncodedString())])
        case .location: return .object(["description": .string("Behind the library")])
        case .appointment: return .null
        case .declaration: return .bool(true)
        case .niNumber: return .string("QQ 12 34 56 C")
        }
    }

    static func errors(_ result: Result<ValidatedSubmission, ValidationErrors>) -> [FieldError] {
        if case .failure(let failure) = result { return failure.errors }
        return []
    }

    static func route(_ result: Result<ValidatedSubmission, ValidationErrors>) -> [String]? {
        (try? result.get())?.route.map(\.id)
    }
}

extension ImportResult {
    func note(at location: String) -> String? { notes.first { $0.location == location }?.message }

    func question(_ id: String) -> Question? { definition.pages.flatMap(\.questions).first { $0.id == id } }
}
