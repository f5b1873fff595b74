/// Migration step 6: the indexes behind the back-office queues and the case search.
///
/// Every queue page is a handful of index range scans: one per service (or per service and status, or the assignee's),
/// each already in the page's order, merged and cut to a page (see `CaseQueueSQL`). The due-date order treats a case
/// without a deadline as due on day 2,147,483,647, so both engines sort it last and the index holds that expression.
enum CaseQueueSchema {
    /// The due-date sort key, exactly as the indexes hold it: queries must spell it the same way to use them.
    static let dueKey = "COALESCE(c.due_day, 2147483647)"

    /// PostgreSQL's search document: the search text with everything but letters and digits turned into spaces, so
    /// its words are split where SQLite FTS5's `unicode61` tokenizer splits them (PostgreSQL's own parser would keep
    /// `alex@example.com` and `HRD-7K3D-9Q2P` whole). The index and the queries must use this same expression.
    static let postgresDocument = "to_tsvector('simple', regexp_replace(c.search_text, '[^[:alnum:]]+', ' ', 'g'))"

    static func statements(_ engine: DatabaseEngine) -> [String] {
        let key = "COALESCE(due_day, 2147483647)"
        let keyColumn = engine == .sqlite ? key : "(\(key))"
        var statements = [
            // Replaced by the wider indexes below, which also serve what these did.
            "DROP INDEX cases_assignee",
            "DROP INDEX cases_service_due",
            "CREATE INDEX cases_queue_service_due ON cases (service_slug, \(keyColumn), id)",
            "CREATE INDEX cases_queue_status_due ON cases (service_slug, status, \(keyColumn), id)",
            // "My cases" and "unassigned" (assignee_id IS NULL) per service.
            "CREATE INDEX cases_queue_assignee_due ON cases (assignee_id, service_slug, \(keyColumn), id)",
            "CREATE INDEX cases_queue_service_age ON cases (service_slug, created_at, id)",
            // (service_slug, status, created_at) from step 1 serves the age orders within a status.
        ]
        switch engine {
        case .sqlite:
            // An external-content FTS5 index over cases.search_text (which already holds the reference, the email and
            // every answer). Triggers keep it in step with every writer, including the group-commit multi-row INSERTs.
            statements += [
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
        case .postgresql:
            statements.append(
                "CREATE INDEX cases_search ON cases USING GIN (\(postgresDocument.replacingOccurrences(of: "c.search_text", with: "search_text")))"
            )
        }
        return statements
    }
}
