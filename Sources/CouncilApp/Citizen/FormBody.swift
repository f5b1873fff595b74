import Domain
import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// A posted HTML form, parsed from either encoding, with its CSRF token checked against the session.
struct FormBody: Sendable {
    var input: FieldInput

    func value(_ name: String) -> String { input.value(name) }

    static func parse(_ request: Request, context: AppRequestContext, limit: Int) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: limit)
        let contentType = request.headers[.contentType] ?? ""
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = parameter("boundary", in: contentType) else {
                throw HTTPError(.badRequest, message: "The form was sent without a multipart boundary.")
            }
            return FormBody(input: try parseMultipart(buffer, boundary: boundary))
        }
        return FormBody(input: FieldInput(fields: parseURLEncoded(String(buffer: buffer))))
    }

    /// Rejects the form unless it carries the session's token: a page of another site cannot post it.
    func requireToken(_ expected: String) throws {
        let sent = Array(value("_csrf").utf8)
        let wanted = Array(expected.utf8)
        var difference = UInt8(sent.count == wanted.count ? 0 : 1)
        for (a, b) in zip(sent, wanted) { difference |= a ^ b }
        guard difference == 0, !wanted.isEmpty else { throw HTTPError(.forbidden, message: "csrf") }
    }

    static func parseURLEncoded(_ body: String) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            fields[name, default: []].append(value)
        }
        return fields
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    private static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let pair = piece.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].lowercased() == name {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    private static func parseMultipart(_ buffer: ByteBuffer, boundary: String) throws -> FieldInput {
        var input = FieldInput()
        var headers: [String: String] = [:]
        var body = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            defer {
                headers = [:]
                body = ByteBuffer()
            }
            let disposition = headers["content-disposition"] ?? ""
            guard let name = parameter("name", in: disposition) else { return }
            if let filename = parameter("filename", in: disposition) {
                let data = body.readableBytesView.map { $0 }
                guard !(filename.isEmpty && data.isEmpty) else { return }
                input.files[name] = UploadedFile(filename: filename, contentType: headers["content-type"] ?? "", data: data)
            } else {
                input.fields[name, default: []].append(String(buffer: body))
            }
        }
        do {
            try parser.execute(buffer)
        } catch {
            throw HTTPError(.badRequest, message: "The form could not be read. Go back and try again.")
        }
        return input
    }
}
