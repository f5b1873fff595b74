import Foundation
import SQLKit

/// The schema, as numbered steps applied once each, in order, on both engines.
enum Migrations {
    struct Step: Sendable {
        let version: Int
        let statements: @Sendable (DatabaseEngine) -> [String]
    }

    static func identity(_ engine: DatabaseEngine) -> String {
        engine == .sqlite ? "INTEGER PRIMARY KEY" : "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
    }

    static func blob(_ engine: DatabaseEngine) -> String {
        engine == .sqlite ? "BLOB" : "BYTEA"
    }

    static let steps: [Step] = [
        Step(version: 1) { engine in [
            """
            CREATE TABLE service_versions (
                slug TEXT NOT NULL, version INTEGER NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL,
                published_at BIGINT NOT NULL, PRIMARY KEY (slug, version))
            """,
            """
            CREATE TABLE web_sessions (
                id_hash TEXT PRIMARY KEY, csrf_token TEXT NOT NULL, language TEXT NOT NULL,
                created_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE journeys (
                session_hash TEXT NOT NULL, slug TEXT NOT NULL, version INTEGER NOT NULL,
                answers TEXT NOT NULL, completed TEXT NOT NULL, submitted_reference TEXT,
                updated_at BIGINT NOT NULL, PRIMARY KEY (session_hash, slug))
            """,
            """
            CREATE TABLE uploads (
                id TEXT PRIMARY KEY, session_hash TEXT, submission_reference TEXT,
                filename TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL,
                data \(blob(engine)) NOT NULL, created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX uploads_submission ON uploads (submission_reference)",
            """
            CREATE TABLE submissions (
                id \(identity(engine)), reference TEXT NOT NULL UNIQUE, service_slug TEXT NOT NULL,
                service_version INTEGER NOT NULL, answers TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL,
                contact_email TEXT, contact_phone TEXT, submitted_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE cases (
                id \(identity(engine)), reference TEXT NOT NULL UNIQUE REFERENCES submissions (reference),
                service_slug TEXT NOT NULL, status TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
            """,
            "CREATE INDEX cases_service_status ON cases (service_slug, status, created_at)",
            """
            CREATE TABLE case_events (
                id \(identity(engine)), case_reference TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL,
                actor TEXT, created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX case_events_case ON case_events (case_reference, id)",
            """
            CREATE TABLE outbox (
                id \(identity(engine)), topic TEXT NOT NULL, reference TEXT NOT NULL, payload TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE, status TEXT NOT NULL, attempts INTEGER NOT NULL,
                available_at BIGINT NOT NULL, created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX outbox_pending ON outbox (status, available_at)",
        ] },
        Step(version: 2) { engine in [
            """
            CREATE TABLE citizens (
                id \(identity(engine)), email TEXT NOT NULL UNIQUE, password_hash TEXT, email_confirmed_at BIGINT,
                created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE citizen_identities (
                provider TEXT NOT NULL, subject TEXT NOT NULL, citizen_id BIGINT NOT NULL, created_at BIGINT NOT NULL,
                PRIMARY KEY (provider, subject))
            """,
            "CREATE INDEX citizen_identities_citizen ON citizen_identities (citizen_id)",
            """
            CREATE TABLE staff (
                id \(identity(engine)), email TEXT NOT NULL UNIQUE, password_hash TEXT, totp_secret TEXT,
                totp_last_step BIGINT NOT NULL DEFAULT 0, disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE staff_roles (
                staff_id BIGINT NOT NULL, role TEXT NOT NULL, service_slug TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (staff_id, role, service_slug))
            """,
            """
            CREATE TABLE recovery_codes (
                staff_id BIGINT NOT NULL, code_hash TEXT NOT NULL, used_at BIGINT, PRIMARY KEY (staff_id, code_hash))
            """,
            """
            CREATE TABLE auth_sessions (
                id_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, subject_id BIGINT NOT NULL, second_factor_done INTEGER NOT NULL,
                created_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL)
            """,
            "CREATE INDEX auth_sessions_subject ON auth_sessions (kind, subject_id)",
            """
            CREATE TABLE one_time_links (
                token_hash TEXT PRIMARY KEY, purpose TEXT NOT NULL, subject_id BIGINT, payload TEXT NOT NULL,
                expires_at BIGINT NOT NULL, used_at BIGINT, created_at BIGINT NOT NULL)
            """,
            "CREATE TABLE sign_in_failures (key TEXT NOT NULL, failed_at BIGINT NOT NULL)",
            "CREATE INDEX sign_in_failures_key ON sign_in_failures (key, failed_at)",
            """
            CREATE TABLE audit_log (
                id \(identity(engine)), at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT,
                detail TEXT NOT NULL, ip_address TEXT)
            """,
            "CREATE INDEX audit_log_actor ON audit_log (actor, id)",
            "CREATE INDEX audit_log_subject ON audit_log (subject, id)",
            """
            CREATE TABLE oidc_pending (
                state_hash TEXT PRIMARY KEY, provider TEXT NOT NULL, nonce TEXT NOT NULL, code_verifier TEXT NOT NULL,
                redirect_uri TEXT NOT NULL, return_to TEXT NOT NULL, created_at BIGINT NOT NULL)
            """,
            "ALTER TABLE submissions ADD COLUMN citizen_id BIGINT",
            "CREATE INDEX submissions_citizen ON submissions (citizen_id, submitted_at)",
            "ALTER TABLE journeys ADD COLUMN citizen_id BIGINT",
            "CREATE INDEX journeys_citizen ON journeys (citizen_id, updated_at)",
        ] },
        Step(version: 3) { _ in [
            // What an identity provider vouched for (address, name), to pre-fill forms; JSON.
            "ALTER TABLE citizens ADD COLUMN profile TEXT",
            // The browser that started a provider sign-in: only it may finish it.
            "ALTER TABLE oidc_pending ADD COLUMN session_hash TEXT",
        ] },
        Step(version: 4) { _ in [
            """
            CREATE TABLE staff_identities (
                provider TEXT NOT NULL, subject TEXT NOT NULL, staff_id BIGINT NOT NULL, created_at BIGINT NOT NULL,
                PRIMARY KEY (provider, subject))
            """,
        ] },
        Step(version: 5) { _ in [
            // Case handling: who has it, how it came in, when it is due, and what the queues filter and search by.
            "ALTER TABLE cases ADD COLUMN assignee_id BIGINT",
            "ALTER TABLE cases ADD COLUMN channel TEXT NOT NULL DEFAULT 'online'",
            "ALTER TABLE cases ADD COLUMN due_day INTEGER",
            "ALTER TABLE cases ADD COLUMN target_met_at BIGINT",
            "ALTER TABLE cases ADD COLUMN status_since BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE cases ADD COLUMN applicant_name TEXT",
            "ALTER TABLE cases ADD COLUMN applicant_email TEXT",
            "ALTER TABLE cases ADD COLUMN postcode_district TEXT",
            "ALTER TABLE cases ADD COLUMN search_text TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX cases_assignee ON cases (assignee_id, due_day)",
            "CREATE INDEX cases_service_due ON cases (service_slug, due_day, id)",
        ] },
        // The back-office queues and case search (see CaseQueueSchema).
        Step(version: 6) { engine in CaseQueueSchema.firstIndexes(engine) },
        Step(version: 7) { engine in [
            // Mobile working: jobs on site for cases, on a day (`CalendarDay.dayNumber`) and a slot, for a field worker or a crew.
            """
            CREATE TABLE jobs (
                id \(identity(engine)), case_reference TEXT NOT NULL, service_slug TEXT NOT NULL, kind TEXT NOT NULL,
                day INTEGER NOT NULL, slot TEXT NOT NULL, area TEXT NOT NULL, assignee_id BIGINT, crew TEXT,
                status TEXT NOT NULL, outcome TEXT, reason TEXT, notes TEXT, photo_upload_id TEXT,
                created_at BIGINT NOT NULL, created_by TEXT, completed_at BIGINT, completed_by TEXT)
            """,
            // A field worker's day list; a service's day (theirs and crews' jobs); a case's jobs.
            "CREATE INDEX jobs_assignee_day ON jobs (assignee_id, day)",
            "CREATE INDEX jobs_service_day ON jobs (service_slug, day, area)",
            "CREATE INDEX jobs_case ON jobs (case_reference)",
            // Places taken per service, area, day and slot ('' = the whole day): a booking takes one with a conditional
            // UPDATE inside its write transaction, so two bookings at once cannot both take the last place.
            """
            CREATE TABLE job_places (
                service_slug TEXT NOT NULL, area TEXT NOT NULL, day INTEGER NOT NULL, slot TEXT NOT NULL, booked INTEGER NOT NULL,
                PRIMARY KEY (service_slug, area, day, slot))
            """,
        ] },
        Step(version: 8) { _ in [
            // A form a member of staff fills in for a caller: channel, who, and the caller's contact details (JSON).
            "ALTER TABLE journeys ADD COLUMN assisted TEXT",
            // When the case is due out of its current state, for states with their own time limit.
            "ALTER TABLE cases ADD COLUMN state_due_day INTEGER",
        ] },
        Step(version: 9) { _ in [
            // The outbox becomes the job queue: leases for claimed jobs, the last error, the outcome.
            "ALTER TABLE outbox ADD COLUMN claimed_until BIGINT",
            "ALTER TABLE outbox ADD COLUMN last_error TEXT",
            "ALTER TABLE outbox ADD COLUMN result TEXT",
            "ALTER TABLE outbox ADD COLUMN completed_at BIGINT",
            "CREATE INDEX outbox_claimable ON outbox (status, available_at, id)",
        ] },
        Step(version: 10) { engine in [
            """
            CREATE TABLE webhook_subscriptions (
                id \(identity(engine)), url TEXT NOT NULL, service_slug TEXT, events TEXT NOT NULL, secret TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE webhook_deliveries (
                id \(identity(engine)), subscription_id BIGINT NOT NULL, event TEXT NOT NULL, reference TEXT NOT NULL,
                status_code INTEGER, error TEXT, milliseconds INTEGER NOT NULL, at BIGINT NOT NULL)
            """,
            "CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, id)",
        ] },
        // The queues at a million cases: covering indexes, and PostgreSQL's search vector stored (see CaseQueueSchema).
        Step(version: 11) { engine in CaseQueueSchema.coveringIndexes(engine) },
        Step(version: 12) { engine in [
            // Partner API clients: the secret is stored as its SHA-256 only (it is 258 random bits, so no slow hash
            // is needed); scopes and services are comma-separated, services empty for every service.
            """
            CREATE TABLE api_clients (
                id \(identity(engine)), name TEXT NOT NULL, scopes TEXT NOT NULL, services TEXT NOT NULL,
                secret_hash TEXT NOT NULL, created_at BIGINT NOT NULL, created_by TEXT NOT NULL, revoked_at BIGINT)
            """,
        ] },
        Step(version: 13) { _ in [
            // Messages GOV.UK Notify accepted, by Notify's id, and what it later said became of them (callback or poll).
            """
            CREATE TABLE notify_messages (
                notification_id TEXT PRIMARY KEY, reference TEXT NOT NULL, job_id BIGINT NOT NULL, channel TEXT NOT NULL,
                recipient TEXT NOT NULL, status TEXT NOT NULL, settled INTEGER NOT NULL DEFAULT 0,
                sent_at BIGINT NOT NULL, status_at BIGINT, checked_at BIGINT)
            """,
            "CREATE INDEX notify_messages_reference ON notify_messages (reference)",
            // What a retried job already sent.
            "CREATE INDEX notify_messages_job ON notify_messages (job_id)",
            // The poller's list: messages with no final status yet, oldest first.
            "CREATE INDEX notify_messages_unsettled ON notify_messages (sent_at) WHERE settled = 0",
            // Tomorrow's appointments, for reminders.
            "CREATE INDEX jobs_day_status ON jobs (day, status)",
        ] },
        Step(version: 14) { _ in [
            // Messages sent and registrations made, per key (recipient or client address, hashed) and fixed window.
            """
            CREATE TABLE limit_counts (
                key TEXT NOT NULL, window_start BIGINT NOT NULL, hits INTEGER NOT NULL, PRIMARY KEY (key, window_start))
            """,
        ] },
        Step(version: 15) { _ in [
            // Partner API Idempotency-Keys, per client: claimed before the work (status NULL while in progress), the
            // answer stored in the change's own transaction; `token` is the claim's, so a request whose claim was
            // taken over cannot store its answer (or, for a submission, commit at all).
            """
            CREATE TABLE api_idempotency_keys (
                client_id BIGINT NOT NULL, idem_key TEXT NOT NULL, fingerprint TEXT NOT NULL, token TEXT NOT NULL,
                status INTEGER, content_type TEXT, body TEXT, claimed_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
                PRIMARY KEY (client_id, idem_key))
            """,
            // The hourly clean-up's scan.
            "CREATE INDEX api_idempotency_keys_expiry ON api_idempotency_keys (expires_at)",
        ] },
        Step(version: 16) { _ in [
            // One row the readiness check rewrites through the group-commit writer: proof that writes still commit.
            "CREATE TABLE readiness_probe (id INTEGER PRIMARY KEY, checked_at BIGINT NOT NULL)",
        ] },
        // Field visits get their own name: "job" is the background queue's word (the outbox). The case events'
        // kinds (`job_scheduled`, `job_completed`) stay as they are: partners read them through the API and webhooks.
        // A server of an earlier version still reads `jobs`, so every server is upgraded together (as for any step).
        Step(version: 17) { engine in
            let indexes = [("assignee_day", "(assignee_id, day)"), ("service_day", "(service_slug, day, area)"), ("case", "(case_reference)"),
                           ("day_status", "(day, status)")]
            let renames = ["ALTER TABLE jobs RENAME TO visits", "ALTER TABLE job_places RENAME TO visit_places"]
            switch engine {
            case .sqlite:
                // SQLite cannot rename an index: each is made again under its new name.
                return renames + indexes.flatMap { name, columns in
                    ["DROP INDEX jobs_\(name)", "CREATE INDEX visits_\(name) ON visits \(columns)"]
                }
            case .postgresql:
                return renames + indexes.map { name, _ in "ALTER INDEX jobs_\(name) RENAME TO visits_\(name)" } + [
                    "ALTER INDEX jobs_pkey RENAME TO visits_pkey",
                    "ALTER INDEX job_places_pkey RENAME TO visit_places_pkey",
                    "ALTER SEQUENCE IF EXISTS jobs_id_seq RENAME TO visits_id_seq",
                ]
            }
        },
        Step(version: 18) { _ in [
            // The audit trail filtered by one action, newest first: without it a rare action scans the whole log.
            "CREATE INDEX audit_log_action ON audit_log (action, id)",
        ] },
        // The lifecycle of a service (see ServiceStatus): versions carry when they go live, close and who published
        // and approved them; one working draft per service; settings (audience, approval, archived). Which version is current is decided when read, from the times.
        Step(version: 19) { _ in [
            "ALTER TABLE service_versions ADD COLUMN approval TEXT NOT NULL DEFAULT 'published'",
            // NULL: live as soon as stored, whatever the reader's clock (the command line's import, and every
            // version stored before this step); a time: live from then, by the clock of whoever reads it.
            "ALTER TABLE service_versions ADD COLUMN live_from BIGINT",
            "ALTER TABLE service_versions ADD COLUMN published_by TEXT",
            "ALTER TABLE service_versions ADD COLUMN change_note TEXT",
            "ALTER TABLE service_versions ADD COLUMN closes_at BIGINT",
            "ALTER TABLE service_versions ADD COLUMN submission_limit INTEGER",
            "ALTER TABLE service_versions ADD COLUMN approved_by TEXT",
            "ALTER TABLE service_versions ADD COLUMN approved_at BIGINT",
            "ALTER TABLE service_versions ADD COLUMN rolled_back_from INTEGER",
            """
            CREATE TABLE service_drafts (
                slug TEXT PRIMARY KEY, source TEXT NOT NULL, based_on_version INTEGER, updated_by TEXT NOT NULL,
                updated_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE service_settings (
                slug TEXT PRIMARY KEY, audience TEXT NOT NULL, requires_approval INTEGER NOT NULL, archived_at BIGINT,
                updated_at BIGINT NOT NULL)
            """,
            // A submission limit counts a service's submissions since a moment.
            "CREATE INDEX submissions_service_time ON submissions (service_slug, submitted_at)",
        ] },
        // Data and analytics (docs/analytics.md): counters kept as the platform runs, the council's areas, where
        // each case is, feedback, unit costs per channel and demand alerts. No personal data in the counters.
        Step(version: 20) { engine in [
            // One counter per day (`CalendarDay.dayNumber`), service, version, channel, language, area code ('' when
            // unknown) and measure ('started', 'page', 'exit', 'saved', 'submitted', 'error', 'feedback', 'decided',
            // ...), with the measure's detail ('' or a page id, an error, a rating, days taken).
            """
            CREATE TABLE measure_counts (
                service_slug TEXT NOT NULL, day INTEGER NOT NULL, measure TEXT NOT NULL, detail TEXT NOT NULL,
                version INTEGER NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL, area TEXT NOT NULL,
                count BIGINT NOT NULL,
                PRIMARY KEY (service_slug, day, measure, detail, version, channel, language, area))
            """,
            // Open data and the ward dashboards read across services by day.
            "CREATE INDEX measure_counts_day ON measure_counts (day, measure)",
            // The council's areas (wards and the like): a code, a name, a kind and the boundary as GeoJSON geometry
            // (longitude, latitude), with its bounding box for the maps.
            """
            CREATE TABLE areas (
                code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, boundary TEXT,
                min_longitude DOUBLE PRECISION, min_latitude DOUBLE PRECISION,
                max_longitude DOUBLE PRECISION, max_latitude DOUBLE PRECISION)
            """,
            // Postcode (upper case, no spaces) to area, with the postcode's centre point where known.
            """
            CREATE TABLE postcode_areas (
                postcode TEXT PRIMARY KEY, area_code TEXT NOT NULL,
                latitude DOUBLE PRECISION, longitude DOUBLE PRECISION)
            """,
            // Where a case is: its area, and the point a location question gave.
            "ALTER TABLE cases ADD COLUMN area_code TEXT",
            "ALTER TABLE cases ADD COLUMN latitude DOUBLE PRECISION",
            "ALTER TABLE cases ADD COLUMN longitude DOUBLE PRECISION",
            "CREATE INDEX cases_located ON cases (service_slug, created_at) WHERE latitude IS NOT NULL",
            // Satisfaction answers after confirmation: a rating 1 (very dissatisfied) to 5 (very satisfied) and an
            // optional comment (free text, so it is kept no longer than the retention schedule allows).
            """
            CREATE TABLE feedback (
                id \(identity(engine)), service_slug TEXT NOT NULL, version INTEGER NOT NULL, day INTEGER NOT NULL,
                rating INTEGER NOT NULL, comment TEXT, language TEXT NOT NULL, created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX feedback_service_day ON feedback (service_slug, day)",
            // What a transaction costs the council on each channel, in pence: service '' is the default for all.
            """
            CREATE TABLE channel_costs (
                service_slug TEXT NOT NULL, channel TEXT NOT NULL, pence INTEGER NOT NULL, updated_by TEXT NOT NULL,
                updated_at BIGINT NOT NULL, PRIMARY KEY (service_slug, channel))
            """,
            // Demand well above its usual level for a service in an area (docs/analytics.md, "Early warning").
            """
            CREATE TABLE demand_alerts (
                id \(identity(engine)), service_slug TEXT NOT NULL, area TEXT NOT NULL, day INTEGER NOT NULL,
                observed INTEGER NOT NULL, expected DOUBLE PRECISION NOT NULL, threshold DOUBLE PRECISION NOT NULL,
                raised_at BIGINT NOT NULL, acknowledged_by TEXT, acknowledged_at BIGINT)
            """,
            "CREATE UNIQUE INDEX demand_alerts_once ON demand_alerts (service_slug, area, day)",
        ] },
    ]

    /// Applies the steps not yet applied. Safe when several servers start at once: PostgreSQL holds an advisory
    /// lock, SQLite an immediate transaction.
    static func run(on database: Database) async throws {
        let engine = database.engine
        try await database.backend.withWriter { db in
            try await db.raw("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)").run()
            if engine == .postgresql { try await db.raw("SELECT pg_advisory_lock(7340211)").run() }
            do {
                for step in steps {
                    try await db.raw(engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
                    do {
                        let applied = try await db.raw("SELECT version FROM schema_migrations WHERE version = \(bind: step.version)").first()
                        if applied == nil {
                            for statement in step.statements(engine) { try await db.raw(SQLQueryString(statement)).run() }
                            try await db.raw("INSERT INTO schema_migrations (version, applied_at) VALUES (\(bind: step.version), \(bind: Clock.millis()))").run()
                        }
                        try await db.raw("COMMIT").run()
                    } catch {
                        try? await db.raw("ROLLBACK").run()
                        throw error
                    }
                }
            } catch {
                if engine == .postgresql { try? await db.raw("SELECT pg_advisory_unlock(7340211)").run() }
                throw error
            }
            if engine == .postgresql { try await db.raw("SELECT pg_advisory_unlock(7340211)").run() }
        }
    }
}

extension Database {
    /// Brings the schema up to date.
    public func migrate() async throws {
        try await Migrations.run(on: self)
    }
}

enum Clock {
    static func millis(_ date: Date = Date()) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
}
