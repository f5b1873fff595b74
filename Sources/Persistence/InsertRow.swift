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
