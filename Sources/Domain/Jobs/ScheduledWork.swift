import Foundation

/// An appointment (a scheduled field visit) with the applicant's contact details, for its reminder.
public struct AppointmentDue: Sendable, Equatable {
    public var visit: Visit
    public var email: String?
    public var phone: String?
    public var language: Language

    public init(visit: Visit, email: String?, phone: String?, language: Language) {
        self.visit = visit
        self.email = email
        self.phone = phone
        self.language = language
    }
}

/// A case whose target is not met yet and whose deadline is near or past.
public struct CaseNearTarget: Sendable, Equatable {
    public var reference: String
    public var serviceSlug: String
    public var assigneeID: Int64?
    public var dueDay: CalendarDay

    public init(reference: String, serviceSlug: String, assigneeID: Int64?, dueDay: CalendarDay) {
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.assigneeID = assigneeID
        self.dueDay = dueDay
    }
}

/// How close a case is to missing its target.
public enum TargetWarningLevel: String, Sendable {
    /// Due today or on the next working day.
    case dueSoon = "due-soon"
    case overdue

    public static func of(_ due: CalendarDay, today: CalendarDay, calendar: WorkingCalendar) -> TargetWarningLevel? {
        if due < today { return .overdue }
        return due <= calendar.adding(workingDays: 1, to: today) ? .dueSoon : nil
    }
}

/// How long data nobody needs any more is kept before the daily retention job deletes it.
public struct RetentionPolicy: Sendable {
    /// Done and discarded background jobs (dead ones wait for an administrator).
    public var finishedJobsDays = 30
    /// Forms never sent, and forms sent (the submission keeps the answers), untouched this long; a signed-in
    /// citizen's unsent draft stays in their account.
    public var journeyDays = 30
    /// Webhook delivery logs and Notify delivery records (the case timeline keeps the outcome).
    public var deliveryLogDays = 90
    /// Signed-in sessions past their limits, per kind (`citizen`, `staff`): idle and absolute, in seconds.
    public var sessionLimits: [String: (idle: TimeInterval, absolute: TimeInterval)] = [:]

    public init() {}
}

/// What a retention run deletes.
public enum RetentionScope: String, Sendable {
    /// Sign-in sessions past their limits, used or expired one-time links, old sign-in failure counts, unfinished
    /// provider sign-ins, partner API idempotency keys past their 24 hours: small tables, by indexed or tiny scans,
    /// hourly.
    case expiredCredentials = "expired-credentials"
    /// Old journeys, unsent uploads, browser sessions, finished jobs and delivery logs: bigger scans, daily at night.
    case oldRecords = "old-records"
}

/// The queries behind the scheduled jobs: reminders, target warnings and retention.
public protocol ScheduledWorkRepository: Sendable {
    /// Scheduled (not done, not cancelled) appointments on `day`, with the applicant's contact details.
    func appointments(on day: CalendarDay) async throws -> [AppointmentDue]
    /// Cases with an unmet target due on or before `day`, soonest first.
    func casesNearTarget(dueBy day: CalendarDay, limit: Int) async throws -> [CaseNearTarget]
    /// Notes each warning on its case's timeline unless that case already has the same warning; returns those noted.
    func noteTargetWarnings(_ warnings: [(CaseNearTarget, TargetWarningLevel)], at: Date) async throws -> [CaseNearTarget]
    /// Deletes what `policy` says has expired, of one scope; the number of rows deleted per kind of data.
    func purge(_ scope: RetentionScope, _ policy: RetentionPolicy, now: Date) async throws -> [(String, Int)]
}
