import Domain
import SQLKit

/// The SQL for one `CaseQuery`. Controllers never see it; `SQLCaseQueue` runs it.
///
/// A page is found by keyset paging: each index range scan starts just after (or before) the cursor row, in the
/// page's order, and stops after one row more than a page, so page 500 costs what page 1 costs. Where the list spans
/// several services (or services and statuses, or services of one assignee), each gets its own scan of
/// `cases_queue_service_due` / `cases_queue_status_due` / `cases_queue_assignee_due` (or the age indexes), and the
/// few rows each returns are merged: neither engine can merge
/// ordered ranges of one index by itself, and sorting every case of several services for one page would not stay fast.
/// A free-text search instead starts from the search index and sorts only what matches.
struct CaseQueueSQL {
    let query: CaseQuery
    let engine: DatabaseEngine

    /// One index range scan.
    enum Partition: Equatable {
        case service(String)
        case serviceAndStatus(String, String)
        /// One person's cases (or, for nil, nobody's) in one service.
        case assigneeAndService(Int64?, String)
        /// No partition: every filter is a condition (search, and counting).
        case whole
    }

    enum Direction {
        case forward, backward
    }

    var sortKey: SQLQueryString {
        query.sort == .due ? SQLQueryString(CaseQueueSchema.dueKey) : "c.created_at"
    }

    /// The scans a page needs, chosen so that each has an index in the page's order.
    var partitions: [Partition] {
        if !query.text.isEmpty { return [.whole] }
        let services = query.services.sorted()
        switch query.assigneeRule {
        case .only(.staff(let id)): return services.map { .assigneeAndService(id, $0) }
        case .only(.nobody): return services.map { .assigneeAndService(nil, $0) }
        case .anyone, .contradictory: break
        }
        if query.statuses.isEmpty { return services.map(Partition.service) }
        return services.flatMap { service in query.statuses.sorted().map { Partition.serviceAndStatus(service, $0) } }
    }

    /// Whether a scan runs from the highest key down: newest-first forward, or any other order backward.
    func descending(_ direction: Direction) -> Bool {
        query.sort.isDescending != (direction == .backward)
    }

    /// Up to `pageSize + 1` rows from `cursor` on, in `direction`, with every column a queue shows, and on each row
    /// the count of matches when the query wants it (in the same statement: one round trip, one plan, not two).
    func page(from cursor: CaseCursor?, _ direction: Direction) -> SQLQueryString {
        let order: SQLQueryString = descending(direction) ? " DESC" : ""
        let limit = query.pageSize + 1
        let scans = partitions.enumerated().map { index, partition -> SQLQueryString in
            var conditions = conditions(for: partition)
            if let cursor { conditions.append(after(cursor, descending: descending(direction))) }
            let scan: SQLQueryString = """
                SELECT c.id AS id, CAST(\(sortKey) AS BIGINT) AS sort_key FROM \(source(fenced: false)) WHERE \(conditions.joined(separator: " AND "))
                ORDER BY \(sortKey)\(order), c.id\(order) LIMIT \(literal: limit)
                """
            return "SELECT id, sort_key FROM (\(scan)) AS scan\(literal: index)"
        }
        let counted: SQLQueryString = query.countsMatches ? ", (\(count)) AS matching" : ""
        return """
            SELECT c.id, c.reference, c.service_slug, c.status, c.created_at, c.channel, c.assignee_id, c.due_day, c.target_met_at,
                   c.applicant_name, c.applicant_email, c.postcode_district, q.sort_key\(counted)
            FROM (\(scans.joined(separator: " UNION ALL "))) AS q JOIN cases c ON c.id = q.id
            ORDER BY q.sort_key\(order), q.id\(order) LIMIT \(literal: limit)
            """
    }

    /// How many cases match, counting no further than `CasePage.countLimit + 1`.
    private var count: SQLQueryString {
        """
        SELECT COUNT(*) FROM (SELECT 1 AS one FROM \(source(fenced: true)) WHERE \(conditions(for: .whole, fenced: true).joined(separator: " AND "))
        LIMIT \(literal: CasePage.countLimit + 1)) AS matching
        """
    }

    /// The table(s) a scan reads. SQLite's search starts from the FTS5 index (CROSS JOIN fixes that order in its
    /// planner) and looks each match up by id. PostgreSQL's planner chooses for itself between its GIN index and
    /// testing the stored `search_vector` along a queue index, except when counting (`fenced`): there `OFFSET 0` keeps
    /// it from ANDing a bitmap of the service's whole index into the match, which cost ten times the count itself.
    private func source(fenced: Bool) -> SQLQueryString {
        guard !query.text.isEmpty else { return "cases c" }
        switch engine {
        case .sqlite:
            return "cases_fts CROSS JOIN cases c ON c.id = cases_fts.rowid"
        case .postgresql where fenced:
            return """
                (SELECT id, service_slug, status, assignee_id, due_day, target_met_at, channel, created_at, postcode_district FROM cases
                 WHERE \(textMatch) OFFSET 0) AS c
                """
        case .postgresql:
            return "cases c"
        }
    }

    private var textMatch: SQLQueryString {
        switch engine {
        case .sqlite: "cases_fts MATCH \(bind: CaseSearchMatch.fts5(query.text))"
        case .postgresql: "search_vector @@ to_tsquery('simple', \(bind: CaseSearchMatch.tsquery(query.text)))"
        }
    }

    /// Every filter of the query, less what the partition already fixes.
    func conditions(for partition: Partition, fenced: Bool = false) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        switch partition {
        case .service(let slug):
            conditions.append("c.service_slug = \(bind: slug)")
        case .serviceAndStatus(let slug, let status):
            conditions.append("c.service_slug = \(bind: slug)")
            conditions.append("c.status = \(bind: status)")
        case .assigneeAndService(let id, let slug):
            conditions.append(id.map { "c.assignee_id = \(bind: $0)" } ?? "c.assignee_id IS NULL")
            conditions.append("c.service_slug = \(bind: slug)")
        case .whole:
            conditions.append("c.service_slug IN (\(binds: query.services.sorted()))")
        }
        if !query.statuses.isEmpty, !partition.fixesStatus {
            conditions.append("c.status IN (\(binds: query.statuses.sorted()))")
        }
        if !partition.fixesAssignee {
            switch query.assigneeRule {
            case .only(.nobody): conditions.append("c.assignee_id IS NULL")
            case .only(.staff(let id)): conditions.append("c.assignee_id = \(bind: id)")
            case .anyone, .contradictory: break
            }
        }
        if let target = query.target {
            let range = query.window.range(of: target)
            let key = SQLQueryString(CaseQueueSchema.dueKey)
            if let lower = range.lower { conditions.append("\(key) >= \(bind: lower)") }
            if let upper = range.upper { conditions.append("\(key) < \(bind: upper)") }
            if let met = range.met { conditions.append(met ? "c.target_met_at IS NOT NULL" : "c.target_met_at IS NULL") }
        }
        if !query.channels.isEmpty { conditions.append("c.channel IN (\(binds: query.channels.sorted()))") }
        let received = query.receivedMillis
        if let from = received.from { conditions.append("c.created_at >= \(bind: from)") }
        if let until = received.until { conditions.append("c.created_at < \(bind: until)") }
        if let district = query.postcodeDistrict { conditions.append("c.postcode_district = \(bind: district)") }
        if !query.text.isEmpty, !(fenced && engine == .postgresql) { conditions.append(textMatch) }
        return conditions
    }

    /// Rows strictly after `cursor` in the scan's order. Written as a range on the key (which an index can seek to)
    /// plus a tie-break on the id, rather than a row-value comparison, which not every planner turns into a seek.
    private func after(_ cursor: CaseCursor, descending: Bool) -> SQLQueryString {
        descending
            ? "\(sortKey) <= \(bind: cursor.key) AND (\(sortKey) < \(bind: cursor.key) OR c.id < \(bind: cursor.id))"
            : "\(sortKey) >= \(bind: cursor.key) AND (\(sortKey) > \(bind: cursor.key) OR c.id > \(bind: cursor.id))"
    }
}

extension CaseQueueSQL.Partition {
    var fixesStatus: Bool {
        if case .serviceAndStatus = self { return true }
        return false
    }

    var fixesAssignee: Bool {
        if case .assigneeAndService = self { return true }
        return false
    }
}
