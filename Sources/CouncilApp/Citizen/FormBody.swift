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
        try parse(try await request.body.collect(upTo: limit), contentType: request.headers[.contentType] ?? "")
    }

    /// A body already collected (by a caller that answers a body over its limit itself).
    static func parse(_ buffer: ByteBuffer, contentType: String) throws -> FormBody {
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = parameter("boundary", in: contentType) else {
                throw HTTPError(.badRequest, message: "The form was sent without a multipart boundary.")
            }
            return FormBody(input: try parseMultipart(buffer, boundary: boundary))
        }
        return FormBody(input: FieldInput(fields: buffer.withUnsafeReadableBytes { parseURLEncoded($0) }))
    }

    /// Rejects the form unless it carries the session's token: a page of another site cannot post it.
    func requireToken(_ expected: String) throws {
        let sent = Array(value("_csrf").utf8)
        let wanted = Array(expected.utf8)
        var difference = UInt8(sent.count == wanted.count ? 0 : 1)
        for (a, b) in zip(sent, wanted) { difference |= a ^ b }
        guard difference == 0, !wanted.isEmpty else { throw HTTPError.csrfRefused }
    }

    static func parseURLEncoded(_ body: String) -> [String: [String]] {
        var body = body
        return body.withUTF8 { parseURLEncoded(UnsafeRawBufferPointer($0)) }
    }

    /// `application/x-www-form-urlencoded`, read byte by byte: Foundation's `removingPercentEncoding` and
    /// `replacingOccurrences` went through NSString for every name and value, the largest cost of reading a form.
    static func parseURLEncoded(_ body: UnsafeRawBufferPointer) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        var start = 0
        while start < body.count {
            var end = start
            while end < body.count, body[end] != UInt8(ascii: "&") { end += 1 }
            if end > start {
                var equals = start
                while equals < end, body[equals] != UInt8(ascii: "=") { equals += 1 }
                let name = decode(body[start..<equals])
                let value = equals < end ? decode(body[(equals + 1)..<end]) : ""
                fields[name, default: []].append(value)
            }
            start = end + 1
        }
        return fields
    }

    /// `+` is a space and `%XX` a byte. As before with Foundation: if an escape is malformed or the bytes are not
    /// UTF-8, the text is kept as sent (with `+` still read as a space).
    static func decode(_ text: Slice<UnsafeRawBufferPointer>) -> String {
        guard text.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else {
            return String(decoding: text, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var index = text.startIndex
        var malformed = false
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(0x20)
                index += 1
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < text.endIndex, let high = hexValue(text[index + 1]), let low = hexValue(text[index + 2]) else {
                    malformed = true
                    break
                }
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        if !malformed, let decoded = String(validating: bytes, as: UTF8.self) { return decoded }
        return String(decoding: text.map { $0 == UInt8(ascii: "+") ? 0x20 : $0 }, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
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
