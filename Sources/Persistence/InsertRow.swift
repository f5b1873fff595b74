import SQLKit

/// One row to insert. Rows for the same table and columns that share a group-commit transaction are written with
/// one multi-row INSERT: at thousands of submissions a second, statements, not bytes, are what the writer spends.
public struct InsertRow: Sendable {
    public var table: String
    public var columns: [String]
    public var values: [any Encodable & Sendable]

    public init(_ table: String, _ values: KeyValuePairs<String, any Encodable & Sendable>) {
        self.table = table
        self.columns = values.map(\.key)
        self.values = values.map(\.value)
    }

    /// This row with `column` set to `value`, replacing the value it had or adding the column.
    func setting(_ column: String, _ value: any Encodable & Sendable) -> InsertRow {
        var row = self
        if let index = row.columns.firstIndex(of: column) {
            row.values[index] = value
        } else {
            row.columns.append(column)
            row.values.append(value)
        }
        return row
    }

    var shape: String { "\(table)(\(columns.joined(separator: ",")))" }

    /// Writes `rows` with as few statements as the engines' bind limits allow, tables in order of first appearance
    /// (so a row is inserted before rows that refer to it).
    static func insert(_ rows: [InsertRow], _ db: any SQLDatabase) async throws {
        var order: [String] = []
        var groups: [String: [InsertRow]] = [:]
        for row in rows {
            if groups[row.shape] == nil { order.append(row.shape) }
            groups[row.shape, default: []].append(row)
        }
        for shape in order {
            guard let group = groups[shape], let first = group.first else { continue }
            // SQLite allows 32,766 bound values per statement, PostgreSQL 65,535.
            let perStatement = max(1, 30_000 / max(1, first.columns.count))
            var start = 0
            while start < group.count {
                let chunk = group[start..<min(start + perStatement, group.count)]
                var builder = db.insert(into: first.table).columns(first.columns)
                for row in chunk { builder = builder.values(row.values) }
                try await builder.run()
                start += chunk.count
            }
        }
    }
}

/// One row to update, found by its key. Updates of the same table and columns that share a group-commit
/// transaction are written as one `UPDATE … FROM (VALUES …)` statement (SQLite 3.33+ and PostgreSQL), instead of
/// one statement per row: the writer is the one thread every submission waits on.
public struct UpdateRow: Sendable {
    public var table: String
    /// Columns that find the row (with `=`); together they must identify at most one row.
    public var keyColumns: [String]
    public var setColumns: [String]
    /// The key values, then the new values, in column order.
    public var values: [any Encodable & Sendable]

    public init(_ table: String, set: KeyValuePairs<String, any Encodable & Sendable>, where key: KeyValuePairs<String, any Encodable & Sendable>) {
        self.table = table
        self.keyColumns = key.map(\.key)
        self.setColumns = set.map(\.key)
        self.values = key.map(\.value) + set.map(\.value)
    }

    var shape: String { "\(table)(\(keyColumns.joined(separator: ","));\(setColumns.joined(separator: ",")))" }

    /// Applies `rows`, tables in order of first appearance, as few statements as the engines' bind limits allow.
    static func update(_ rows: [UpdateRow], _ db: any SQLDatabase) async throws {
        var order: [String] = []
        var groups: [String: [UpdateRow]] = [:]
        for row in rows {
            if groups[row.shape] == nil { order.append(row.shape) }
            groups[row.shape, default: []].append(row)
        }
        for shape in order {
            guard let group = groups[shape], let first = group.first else { continue }
            let width = first.keyColumns.count + first.setColumns.count
            let perStatement = max(1, 30_000 / max(1, width))
            var start = 0
            while start < group.count {
                let chunk = group[start..<min(start + perStatement, group.count)]
                try await db.raw(statement(first, chunk)).run()
                start += chunk.count
            }
        }
    }

    /// `UPDATE t SET a = v.column3 FROM (VALUES (?, ?, ?), …) AS v WHERE t.k1 = v.column1 AND t.k2 = v.column2`:
    /// both engines name the columns of a VALUES list column1, column2, ….
    static func statement(_ shape: UpdateRow, _ rows: ArraySlice<UpdateRow>) -> SQLQueryString {
        var query: SQLQueryString = "UPDATE "
        query.appendInterpolation(ident: shape.table)
        query.appendLiteral(" SET ")
        for (index, column) in shape.setColumns.enumerated() {
            if index > 0 { query.appendLiteral(", ") }
            query.appendInterpolation(ident: column)
            query.appendLiteral(" = v.column\(shape.keyColumns.count + index + 1)")
        }
        query.appendLiteral(" FROM (VALUES ")
        for (index, row) in rows.enumerated() {
            query.appendLiteral(index == 0 ? "(" : ", (")
            query.appendInterpolation(binds: row.values)
            query.appendLiteral(")")
        }
        query.appendLiteral(") AS v WHERE ")
        for (index, column) in shape.keyColumns.enumerated() {
            if index > 0 { query.appendLiteral(" AND ") }
            query.appendInterpolation(ident: shape.table)
            query.appendLiteral(".")
            query.appendInterpolation(ident: column)
            query.appendLiteral(" = v.column\(index + 1)")
        }
        return query
    }
}
