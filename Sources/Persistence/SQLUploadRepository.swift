import Domain
import Foundation
import SQLKit

public struct SQLUploadRepository: UploadRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func store(_ upload: NewUpload, sessionHash: String) async throws {
        try await database.write { db in try await Self.insert(upload, sessionHash: sessionHash, reference: nil, db) }
    }

    static func insert(_ upload: NewUpload, sessionHash: String?, reference: String?, _ db: any SQLDatabase) async throws {
        try await InsertRow.insert([row(upload, sessionHash: sessionHash, reference: reference)], db)
    }

    static func row(_ upload: NewUpload, sessionHash: String?, reference: String?) -> InsertRow {
        let file = upload.reference
        return InsertRow("uploads", [
            "id": file.id, "session_hash": sessionHash, "submission_reference": reference, "filename": file.filename,
            "content_type": file.contentType, "size": file.size, "data": Data(upload.file.data), "created_at": Clock.millis(),
        ])
    }

    public func file(id: String, sessionHash: String) async throws -> (reference: FileReference, data: [UInt8])? {
        try await file("SELECT id, filename, content_type, size, data FROM uploads WHERE id = \(bind: id) AND session_hash = \(bind: sessionHash)")
    }

    public func file(id: String, submissionReference: String) async throws -> (reference: FileReference, data: [UInt8])? {
        try await file("""
            SELECT id, filename, content_type, size, data FROM uploads WHERE id = \(bind: id) AND submission_reference = \(bind: submissionReference)
            """)
    }

    private func file(_ query: SQLQueryString) async throws -> (reference: FileReference, data: [UInt8])? {
        let row = try await database.read { db in try await db.raw(query).first() }
        guard let row else { return nil }
        let reference = FileReference(id: try row.string("id"), filename: try row.string("filename"), contentType: try row.string("content_type"), size: try row.int("size"))
        return (reference, try row.bytes("data"))
    }
}
