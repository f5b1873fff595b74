import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Persistence
import SQLKit
import Testing

// Shared helpers for the HTTP tests: walking journeys with a BrowserSession, reading pages and the database.

typealias Fields = [(String, String)]

// MARK: Pages

extension BrowserSession.Page {
    var isRedirect: Bool { (300..<400).contains(status.code) }

    /// The page's back link, if it has one.
    var backLink: String? { Self.capture(#"<a href="([^"]*)" class="back-link">"#, in: html) }

    /// Every `href="#…"` in the error summary, in order.
    var errorSummaryAnchors: [String] {
        guard let summary = Self.capture(#"<div class="error-summary"[^>]*>([\s\S]*?)</div>"#, in: html) else { return [] }
        return Self.captureAll(##"href="#([^"]+)""##, in: summary)
    }

    /// Every message in the error summary, in order (HTML entities decoded for the ones templates escape).
    var errorSummaryMessages: [String] {
        guard let summary = Self.capture(#"<div class="error-summary"[^>]*>([\s\S]*?)</div>"#, in: html) else { return [] }
        return Self.captureAll(##"<a href="#[^"]+">([^<]*)</a>"##, in: summary).map(Self.unescape)
    }

    /// The reference shown on a confirmation page.
    var reference: String? { Self.capture(#"<strong class="reference">([^<]+)</strong>"#, in: html) }

    /// Whether an element with this `id` is on the page.
    func hasElement(id: String) -> Bool { html.contains(#"id="\#(id)""#) }

    /// The page's text with tags removed and whitespace collapsed, with the entities templates produce decoded.
    var text: String {
        let stripped = html.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        return Self.unescape(stripped).replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }

    /// All `Set-Cookie` header values.
    var setCookies: [String] { headers.filter { $0.name == .setCookie }.map(\.value) }

    static func captureAll(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// A reference in the documented shape, with the service's prefix.
func isReference(_ text: String?, prefix: String) -> Bool {
    guard let text else { return false }
    return text.range(of: #"^\#(prefix)-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$"#, options: .regularExpression) != nil
}

// MARK: Journeys

extension BrowserSession {
    /// `GET /services/SLUG/start`: expects the redirect to the first page and returns that page (which carries the CSRF token).
    @discardableResult
    func start(_ slug: String, expectingFirstPage first: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Page {
        let redirect = try await get("/services/\(slug)/start")
        #expect(redirect.status == .found, sourceLocation: sourceLocation)
        #expect(redirect.location == "/services/\(slug)/\(first)", sourceLocation: sourceLocation)
        let page = try await follow(redirect)
        #expect(page.status == .ok, sourceLocation: sourceLocation)
        return page
    }

    /// Posts a page's form and expects a 303; returns where it leads.
    @discardableResult
    func answer(_ path: String, _ fields: Fields, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let response = try await post(path, fields)
        #expect(response.status == .seeOther, "POST \(path) gave \(response.status.code): \(response.errorSummaryMessages)", sourceLocation: sourceLocation)
        return try #require(response.location, "POST \(path) did not redirect", sourceLocation: sourceLocation)
    }

    /// Posts each step in turn, checking each leads to the next expected address.
    func walk(_ slug: String, _ steps: [Step], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        for step in steps {
            let location = try await answer("/services/\(slug)/\(step.page)", step.fields, sourceLocation: sourceLocation)
            #expect(location == "/services/\(slug)/\(step.next)", "after \(step.page)", sourceLocation: sourceLocation)
        }
    }

    /// Gets check-answers and sends it; returns the confirmation page.
    func submit(_ slug: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Page {
        let check = try await get("/services/\(slug)/check-answers")
        #expect(check.status == .ok, sourceLocation: sourceLocation)
        let digest = try #require(check.hidden("answers_digest"), sourceLocation: sourceLocation)
        let sent = try await post("/services/\(slug)/check-answers", [("answers_digest", digest)])
        #expect(sent.status == .seeOther, sourceLocation: sourceLocation)
        #expect(sent.location == "/services/\(slug)/confirmation", sourceLocation: sourceLocation)
        return try await follow(sent)
    }
}

/// One page of a journey: what to post, and where it should lead (a page id, `check-answers`, …).
struct Step: Sendable {
    var page: String
    var fields: [(String, String)]
    var next: String

    init(_ page: String, _ fields: [(String, String)], next: String) {
        self.page = page
        self.fields = fields
        self.next = next
    }
}

/// Sample answers that take each journey to check-answers.
enum Journeys {
    static let volunteering: [Step] = [
        Step("aged-16-or-over", [("aged-16-or-over", "yes")], next: "full-name"),
        Step("full-name", [("full-name", "Alex Morgan")], next: "contact-details"),
        Step("contact-details", [("email", "alex@example.com"), ("phone", "07700 900982")], next: "postcode"),
        Step("postcode", [("postcode", "eh1 1yz")], next: "interests"),
        Step("interests", [("interests", "food-bank"), ("interests", "libraries")], next: "availability"),
        Step("availability", [("available-times", "weekends"), ("hours-per-month", "8")], next: "experience"),
        Step("experience", [("experience", "First aid\r\nClean driving licence")], next: "pvg-member"),
        Step("pvg-member", [("pvg-member", "yes")], next: "pvg-number"),
        Step("pvg-number", [("pvg-number", "1234 5678 9012 3456")], next: "check-answers"),
    ]

    /// Bulky waste up to the date page: an address in KT1 (the "rest of the council area", Mainland crew), a sofa.
    static let bulkyWasteToDate: [Step] = [
        Step("collection-address", [("collection-address-line1", "3 Mill Lane"), ("collection-address-town", "Kirkton"),
                                    ("collection-address-postcode", "KT1 2AB")], next: "items"),
        Step("items/1", [("item-type", "sofa"), ("item-quantity", "1")], next: "items"),
        Step("items", [("add-another", "no")], next: "where-left"),
        Step("where-left", [("where-left", "kerbside")], next: "collection-date"),
    ]

    /// After the date page: no benefits, a phone number.
    static let bulkyWasteAfterDate: [Step] = [
        Step("benefits", [("benefits", "none")], next: "contact-details"),
        Step("contact-details", [("phone", "01632 960001"), ("email", "pat@example.org")], next: "contact-by"),
        Step("contact-by", [("contact-by", "email")], next: "check-answers"),
    ]

    /// Report a pothole without a photo or email (the photo page is posted with no file).
    static let pothole: [Step] = [
        Step("immediate-danger", [("immediate-danger", "no")], next: "location"),
        Step("location", [("location-description", "Outside 12 High Street, by the bus stop"), ("location-latitude", "55.9533"), ("location-longitude", "-3.1883")], next: "surface"),
        Step("surface", [("surface", "road")], next: "size"),
        Step("size", [("size", "small")], next: "photo"),
        Step("photo", [], next: "more-detail"),
        Step("more-detail", [("more-detail", "")], next: "email"),
        Step("email", [("email", "")], next: "check-answers"),
    ]
}

/// A small but valid PDF (the type is detected from its first bytes).
let samplePDF: [UInt8] = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)

// MARK: JSON API

struct APIResponse: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String

    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] }

    /// The `errors` list as (field, code, message).
    var errors: [(field: String, code: String, message: String)] {
        ((json?["errors"] as? [[String: Any]]) ?? []).map {
            (($0["field"] as? String) ?? "", ($0["code"] as? String) ?? "", ($0["message"] as? String) ?? "")
        }
    }

    func message(for field: String) -> String? { errors.first { $0.field == field }?.message }
}

extension TestClientProtocol {
    /// `token` defaults to the test database's all-scopes API client (for `/api/v1` only); nil sends none.
    func postJSON(_ uri: String, _ object: Any, token: String? = TestApp.apiToken) async throws -> APIResponse {
        let data = try JSONSerialization.data(withJSONObject: object)
        return try await postRaw(uri, String(decoding: data, as: UTF8.self), token: token)
    }

    func postRaw(_ uri: String, _ body: String, contentType: String = "application/json", token: String? = TestApp.apiToken) async throws -> APIResponse {
        var headers = Self.bearer(uri, token)
        headers[.contentType] = contentType
        let response = try await executeRequest(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        return APIResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    func getResponse(_ uri: String, headers: HTTPFields = [:], token: String? = TestApp.apiToken) async throws -> APIResponse {
        var headers = headers
        if headers[.authorization] == nil { headers.append(contentsOf: Self.bearer(uri, token)) }
        let response = try await executeRequest(uri: uri, method: .get, headers: headers, body: nil)
        return APIResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    static func bearer(_ uri: String, _ token: String?) -> HTTPFields {
        guard uri.hasPrefix("/api/v1"), let token else { return [:] }
        return [.authorization: "Bearer \(token)"]
    }

    func submit(_ slug: String, _ answers: [String: Any], language: String? = nil, token: String? = TestApp.apiToken) async throws -> APIResponse {
        var body: [String: Any] = ["answers": answers]
        if let language { body["language"] = language }
        return try await postJSON("/api/v1/services/\(slug)/submissions", body, token: token)
    }
}

// MARK: Database

struct SubmissionRow: Sendable {
    var reference: String
    var serviceSlug: String
    var serviceVersion: Int
    var answersJSON: String
    var channel: String
    var language: String
    var contactEmail: String?
    var contactPhone: String?

    var answers: [String: JSONValue] { (try? JSONDecoder().decode([String: JSONValue].self, from: Data(answersJSON.utf8))) ?? [:] }
}

struct OutboxRow: Sendable, Equatable {
    var topic: String
    var idempotencyKey: String
}

struct UploadRow: Sendable {
    var id: String
    var sessionHash: String?
    var submissionReference: String?
    var filename: String
    var contentType: String
    var size: Int
}

struct JourneyRow: Sendable {
    var slug: String
    var version: Int
    var answersJSON: String
    var submittedReference: String?

    var answers: [String: JSONValue] { (try? JSONDecoder().decode([String: JSONValue].self, from: Data(answersJSON.utf8))) ?? [:] }
}

extension Database {
    func count(_ table: String) async throws -> Int {
        try await read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    func submissions() async throws -> [SubmissionRow] {
        try await read { db in
            try await db.raw("""
                SELECT reference, service_slug, service_version, answers, channel, language, contact_email, contact_phone
                FROM submissions ORDER BY id
                """).all().map { row in
                SubmissionRow(
                    reference: try row.decode(column: "reference", as: String.self),
                    serviceSlug: try row.decode(column: "service_slug", as: String.self),
                    serviceVersion: try row.decode(column: "service_version", as: Int.self),
                    answersJSON: try row.decode(column: "answers", as: String.self),
                    channel: try row.decode(column: "channel", as: String.self),
                    language: try row.decode(column: "language", as: String.self),
                    contactEmail: try row.decode(column: "contact_email", as: String?.self),
                    contactPhone: try row.decode(column: "contact_phone", as: String?.self)
                )
            }
        }
    }

    func submission(_ reference: String) async throws -> SubmissionRow? {
        try await submissions().first { $0.reference == reference }
    }

    func caseStatuses(_ reference: String) async throws -> [String] {
        try await read { db in
            try await db.raw("SELECT status FROM cases WHERE reference = \(bind: reference)").all().map {
                try $0.decode(column: "status", as: String.self)
            }
        }
    }

    func caseEventKinds(_ reference: String) async throws -> [String] {
        try await read { db in
            try await db.raw("SELECT kind FROM case_events WHERE case_reference = \(bind: reference) ORDER BY id").all().map {
                try $0.decode(column: "kind", as: String.self)
            }
        }
    }

    func outbox(_ reference: String) async throws -> [OutboxRow] {
        try await read { db in
            try await db.raw("SELECT topic, idempotency_key FROM outbox WHERE reference = \(bind: reference) ORDER BY topic").all().map {
                OutboxRow(topic: try $0.decode(column: "topic", as: String.self), idempotencyKey: try $0.decode(column: "idempotency_key", as: String.self))
            }
        }
    }

    func uploads() async throws -> [UploadRow] {
        try await read { db in
            try await db.raw("SELECT id, session_hash, submission_reference, filename, content_type, size FROM uploads ORDER BY created_at").all().map {
                UploadRow(
                    id: try $0.decode(column: "id", as: String.self),
                    sessionHash: try $0.decode(column: "session_hash", as: String?.self),
                    submissionReference: try $0.decode(column: "submission_reference", as: String?.self),
                    filename: try $0.decode(column: "filename", as: String.self),
                    contentType: try $0.decode(column: "content_type", as: String.self),
                    size: try $0.decode(column: "size", as: Int.self)
                )
            }
        }
    }

    func uploadData(_ id: String) async throws -> [UInt8]? {
        try await read { db in
            try await db.raw("SELECT data FROM uploads WHERE id = \(bind: id)").first().map { Array(try $0.decode(column: "data", as: Data.self)) }
        }
    }

    func journeys(slug: String) async throws -> [JourneyRow] {
        try await read { db in
            try await db.raw("SELECT slug, version, answers, submitted_reference FROM journeys WHERE slug = \(bind: slug) ORDER BY updated_at").all().map {
                JourneyRow(
                    slug: try $0.decode(column: "slug", as: String.self),
                    version: try $0.decode(column: "version", as: Int.self),
                    answersJSON: try $0.decode(column: "answers", as: String.self),
                    submittedReference: try $0.decode(column: "submitted_reference", as: String?.self)
                )
            }
        }
    }

    /// The one journey for `slug` (tests that use one browser).
    func journey(slug: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> JourneyRow {
        let rows = try await journeys(slug: slug)
        #expect(rows.count == 1, sourceLocation: sourceLocation)
        return try #require(rows.first, sourceLocation: sourceLocation)
    }
}
