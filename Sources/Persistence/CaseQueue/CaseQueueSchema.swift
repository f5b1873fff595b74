/// Migration steps 6 and 11: the indexes behind the back-office queues and the case search.
///
/// Every queue page is a handful of index range scans: one per service (or per service and status, or the assignee's),
/// each already in the page's order, merged and cut to a page (see `CaseQueueSQL`). The due-date order treats a case
/// without a deadline as due on day 2,147,483,647, so both engines sort it last and the index holds that expression.
enum CaseQueueSchema {
    /// The due-date sort key, exactly as the indexes hold it: queries must spell it the same way to use them.
    static let dueKey = "COALESCE(c.due_day, 2147483647)"

    /// PostgreSQL's search document, kept in the generated column `cases.search_vector`: the search text with
    /// everything but letters and digits turned into spaces, so its words are split where SQLite FTS5's `unicode61`
    /// tokenizer splits them (PostgreSQL's own parser would keep `alex@example.com` and `HRD-7K3D-9Q2P` whole).
    /// Stored rather than an expression index: the planner may test it row by row along a queue index, and working it
    /// out again for each row cost 50 µs (a search over a million cases took 130 ms instead of 8).
    static let postgresDocument = "to_tsvector('simple', regexp_replace(search_text, '[^[:alnum:]]+', ' ', 'g'))"

    /// Every column a queue filters on. Each queue index carries them all after its key, so a scan tests every filter
    /// in the index and reads the table only for the rows it returns: on a million cases a district or channel filter
    /// read from the table cost ten times as much. (PostgreSQL: `INCLUDE`, for index-only scans; SQLite: trailing
    /// columns.)
    static let filterColumns = ["status", "assignee_id", "due_day", "target_met_at", "channel", "created_at", "postcode_district"]

    /// The queue indexes: name and key. `DUE` is the due-date sort key.
    static let queueIndexes: [(name: String, key: [String], where: String?)] = [
        ("cases_queue_service_due", ["service_slug", "DUE", "id"], nil),
        // Cases whose target is not met yet: a few per cent of a service's history, and what the overdue, due-soon and
        // on-track filters ask for (`target_met_at IS NULL` in the query lets both planners use it).
        ("cases_queue_unmet_due", ["service_slug", "DUE", "id"], "target_met_at IS NULL"),
        ("cases_queue_status_due", ["service_slug", "status", "DUE", "id"], nil),
        // "My cases" and "unassigned" (assignee_id IS NULL), per service.
        ("cases_queue_assignee_due", ["assignee_id", "service_slug", "DUE", "id"], nil),
        ("cases_queue_service_age", ["service_slug", "created_at", "id"], nil),
        ("cases_queue_status_age", ["service_slug", "status", "created_at", "id"], nil),
        ("cases_queue_assignee_age", ["assignee_id", "service_slug", "created_at", "id"], nil),
    ]

    /// Step 6, as first shipped: narrower queue indexes and PostgreSQL search through an expression index. Kept as it
    /// was, because databases that have run it must end where new ones do after step 11.
    static func firstIndexes(_ engine: DatabaseEngine) -> [String] {
        let key = "COALESCE(due_day, 2147483647)"
        let keyColumn = engine == .sqlite ? key : "(\(key))"
        var statements = [
            "DROP INDEX cases_assignee",
            "DROP INDEX cases_service_due",
            "CREATE INDEX cases_queue_service_due ON cases (service_slug, \(keyColumn), id)",
            "CREATE INDEX cases_queue_status_due ON cases (service_slug, status, \(keyColumn), id)",
            "CREATE INDEX cases_queue_assignee_due ON cases (assignee_id, service_slug, \(keyColumn), id)",
            "CREATE INDEX cases_queue_service_age ON cases (service_slug, created_at, id)",
        ]
        switch engine {
        case .sqlite:
            statements += sqliteSearch
        case .postgresql:
            statements.append("CREATE INDEX cases_search ON cases USING GIN (\(postgresDocument))")
        }
        return statements
    }

    /// Step 11: the covering queue indexes in place of step 6's, and PostgreSQL's search vector stored.
    static func coveringIndexes(_ engine: DatabaseEngine) -> [String] {
        let key = "COALESCE(due_day, 2147483647)"
        var statements = [
            "DROP INDEX cases_queue_service_due", "DROP INDEX cases_queue_status_due", "DROP INDEX cases_queue_assignee_due",
            "DROP INDEX cases_queue_service_age", "DROP INDEX cases_service_status",
        ]
        for index in queueIndexes {
            let keyColumns = index.key.map { $0 == "DUE" ? (engine == .sqlite ? key : "(\(key))") : $0 }
            let covered = filterColumns.filter { !index.key.contains($0) }
            let condition = index.where.map { " WHERE \($0)" } ?? ""
            statements.append(engine == .sqlite
                ? "CREATE INDEX \(index.name) ON cases (\((keyColumns + covered).joined(separator: ", ")))\(condition)"
                : "CREATE INDEX \(index.name) ON cases (\(keyColumns.joined(separator: ", "))) INCLUDE (\(covered.joined(separator: ", ")))\(condition)")
        }
        if engine == .postgresql {
            // The expression index of step 6 gives way to one on the stored column.
            statements += [
                "DROP INDEX cases_search",
                "ALTER TABLE cases ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (\(postgresDocument)) STORED",
                "CREATE INDEX cases_search ON cases USING GIN (search_vector)",
            ]
        }
        return statements
    }

    /// An external-content FTS5 index over cases.search_text (which already holds the reference, the email and every
    /// answer). Triggers keep it in step with every writer, including the group-commit multi-row INSERTs.
    private static let sqliteSearch = [
        """
        CREATE VIRTUAL TABLE cases_fts USING fts5(
            search_text, content='cases', content_rowid='id', tokenize='unicode61 remove_diacritics 2')
        """,
        """
        CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
            INSERT INTO cases_fts (rowid, search_text) VALUES (new.id, new.search_text);
        END
        """,
        """
        CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
            INSERT INTO cases_fts (cases_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        END
        """,
        """
        CREATE TRIGGER cases_fts_update AFTER UPDATE OF search_text ON cases BEGIN
            INSERT INTO cases_fts (cases_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
            INSERT INTO cases_fts (rowid, search_text) VALUES (new.id, new.search_text);
        END
        """,
        "INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')",
    ]
}
