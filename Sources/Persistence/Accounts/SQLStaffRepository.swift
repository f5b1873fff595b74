import Domain
import Foundation
import SQLKit

public struct SQLStaffRepository: StaffRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func create(email: String, passwordHash: String?, grants: [RoleGrant]) async throws -> StaffMember {
        let now = Clock.millis()
        let id: Int64? = try await database.write(returning: { db in
            if try await db.raw("SELECT id FROM staff WHERE email = \(bind: email)").first() != nil { return nil }
            let row = try await db.raw("""
                INSERT INTO staff (email, password_hash, created_at) VALUES (\(bind: email), \(bind: passwordHash), \(bind: now)) RETURNING id
                """).first()
            guard let id = try row?.int64("id") else { return nil }
            try await Self.replaceGrants(id: id, grants: grants, db)
            return id
        })
        guard let id else { throw AccountError.emailTaken }
        return StaffMember(id: id, email: email, passwordHash: passwordHash, totpSecret: nil, disabled: false, grants: grants, createdAt: Clock.date(now))
    }

    public func member(id: Int64) async throws -> StaffMember? {
        try await members("WHERE id = \(bind: id)").first
    }

    public func member(email: String) async throws -> StaffMember? {
        try await members("WHERE email = \(bind: email)").first
    }

    public func all() async throws -> [StaffMember] {
        try await members("ORDER BY email")
    }

    private func members(_ clause: SQLQueryString) async throws -> [StaffMember] {
        let (rows, grantRows) = try await database.read { db in
            let rows = try await db.raw("SELECT id, email, password_hash, totp_secret, disabled, created_at FROM staff \(clause)").all()
            let ids = try rows.map { try $0.int64("id") }
            guard !ids.isEmpty else { return (rows, [any SQLRow]()) }
            let grantRows = try await db.raw("""
                SELECT staff_id, role, service_slug FROM staff_roles WHERE staff_id IN (\(binds: ids)) ORDER BY role, service_slug
                """).all()
            return (rows, grantRows)
        }
        var grants: [Int64: [RoleGrant]] = [:]
        for row in grantRows {
            guard let role = StaffRole(rawValue: try row.string("role")) else { continue }
            let slug = try row.string("service_slug")
            grants[try row.int64("staff_id"), default: []].append(RoleGrant(role: role, serviceSlug: slug.isEmpty ? nil : slug))
        }
        return try rows.map { row in
            let id = try row.int64("id")
            return StaffMember(
                id: id, email: try row.string("email"), passwordHash: try row.optionalString("password_hash"),
                totpSecret: try row.optionalString("totp_secret"), disabled: try row.int("disabled") != 0,
                grants: grants[id] ?? [], createdAt: Clock.date(try row.int64("created_at"))
            )
        }
    }

    public func setPassword(id: Int64, hash: String) async throws {
        try await database.write { db in
            try await db.raw("UPDATE staff SET password_hash = \(bind: hash) WHERE id = \(bind: id)").run()
        }
    }

    public func enrolAuthenticator(id: Int64, secret: String, recoveryCodeHashes: [String]) async throws {
        try await database.write { db in
            try await db.raw("UPDATE staff SET totp_secret = \(bind: secret), totp_last_step = 0 WHERE id = \(bind: id)").run()
            try await db.raw("DELETE FROM recovery_codes WHERE staff_id = \(bind: id)").run()
            for hash in recoveryCodeHashes {
                try await db.raw("INSERT INTO recovery_codes (staff_id, code_hash) VALUES (\(bind: id), \(bind: hash))").run()
            }
        }
    }

    public func useTOTPStep(id: Int64, step: Int64) async throws -> Bool {
        try await database.write(returning: { db in
            try await db.raw("""
                UPDATE staff SET totp_last_step = \(bind: step) WHERE id = \(bind: id) AND totp_last_step < \(bind: step) RETURNING id
                """).first() != nil
        })
    }

    public func useRecoveryCode(id: Int64, codeHash: String) async throws -> Bool {
        try await database.write(returning: { db in
            try await db.raw("""
                UPDATE recovery_codes SET used_at = \(bind: Clock.millis())
                WHERE staff_id = \(bind: id) AND code_hash = \(bind: codeHash) AND used_at IS NULL RETURNING staff_id
                """).first() != nil
        })
    }

    public func unusedRecoveryCodes(id: Int64) async throws -> Int {
        let row = try await database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM recovery_codes WHERE staff_id = \(bind: id) AND used_at IS NULL").first()
        }
        return try row?.int("n") ?? 0
    }

    public func resetAuthenticator(id: Int64) async throws {
        try await database.write { db in
            try await db.raw("UPDATE staff SET totp_secret = NULL, totp_last_step = 0 WHERE id = \(bind: id)").run()
            try await db.raw("DELETE FROM recovery_codes WHERE staff_id = \(bind: id)").run()
        }
    }

    public func setGrants(id: Int64, grants: [RoleGrant]) async throws {
        try await database.write { db in try await Self.replaceGrants(id: id, grants: grants, db) }
    }

    private static func replaceGrants(id: Int64, grants: [RoleGrant], _ db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM staff_roles WHERE staff_id = \(bind: id)").run()
        for grant in Set(grants) {
            try await db.raw("""
                INSERT INTO staff_roles (staff_id, role, service_slug) VALUES (\(bind: id), \(bind: grant.role.rawValue), \(bind: grant.serviceSlug ?? ""))
                """).run()
        }
    }

    public func setDisabled(id: Int64, disabled: Bool) async throws {
        try await database.write { db in
            try await db.raw("UPDATE staff SET disabled = \(bind: disabled ? 1 : 0) WHERE id = \(bind: id)").run()
            if disabled { try await db.raw("DELETE FROM auth_sessions WHERE kind = 'staff' AND subject_id = \(bind: id)").run() }
        }
    }

    public func member(provider: String, subject: String) async throws -> StaffMember? {
        try await members("WHERE id = (SELECT staff_id FROM staff_identities WHERE provider = \(bind: provider) AND subject = \(bind: subject))").first
    }

    public func link(provider: String, subject: String, to id: Int64) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO staff_identities (provider, subject, staff_id, created_at)
                VALUES (\(bind: provider), \(bind: subject), \(bind: id), \(bind: Clock.millis()))
                ON CONFLICT (provider, subject) DO UPDATE SET staff_id = excluded.staff_id
                """).run()
        }
    }
}
