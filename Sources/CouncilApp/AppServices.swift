import Domain
import Integrations
import Views

/// What the controllers share: the stores behind their Domain protocols, built once by `buildRouter`, and a few settings.
struct AppServices: Sendable {
    let catalogue: ServiceCatalogue
    let sessions: any SessionRepository
    let journeys: any JourneyRepository
    let uploads: any UploadRepository
    let submissions: any SubmissionRepository
    let cases: any CaseRepository
    let visits: any VisitRepository
    /// The back office's case lists: queues, filters, search and pages.
    let caseQueue: any CaseQueue
    /// Looking cases up and counting them for the staff areas (assisted digital's search, analytics, strategy).
    let caseQueries: any CaseQueries
    /// The OpenID Connect providers configured, if any.
    let providers: IdentityProviders?
    let identity: IdentityServices
    let secureCookies: Bool
    let maxBodySize: Int
    /// Whether messages go out through GOV.UK Notify (otherwise they stay in the local outbox).
    let notifyConfigured: Bool
    /// Working days, for case targets.
    let calendar: WorkingCalendar
    /// "Today" for date checks: the clock's `today`, kept for the callers that ask for it.
    let today: @Sendable () -> CalendarDay
    /// Background tasks (the queue the workers take from), for the administrators' page.
    let backgroundTasks: any JobQueue
    let webhooks: any WebhookRepository
    /// API clients as the admin page and the command line manage them.
    let apiClients: APIClientRegistry
    /// The app's one clock: `now`, and `today` in the council's time zone. `identity.now` and `today` are its.
    let clock: CouncilClock
    /// The API clients as stored, for checking a token.
    let apiClientRecords: any APIClientRepository
    let idempotencyKeys: any IdempotencyKeyRepository
    let caseEvents: any CaseEventFeed
    /// The lifecycle of services and their versions: drafts, publishing, approval, closing, settings.
    let serviceDesign: ServiceDesign
    /// The council area a request belongs to, by its postcode or point (see docs/analytics.md).
    let areas: any AreaLocating
    /// The areas' boundaries (held in memory by the locator), for the staff map.
    let areaBoundaries: any AreaBoundaries
    /// Cases with a point, for the staff map.
    let locatedCases: any LocatedCaseReading
    /// The counters kept as the platform runs (docs/analytics.md, "Measures"): recorded here, flushed in batches.
    let measures: any MeasureRecording
    /// The designer's parsed drafts and versions, by their YAML.
    let designerDefinitions = ParsedDefinitions()
    /// The analyst's dashboards' reads: measure counters, feedback, unit costs, backlog (docs/analytics.md, "Dashboards").
    let analytics: any AnalyticsQueries
    /// Open reports near a point, and citizens following one instead of reporting again (the duplicate check).
    let nearbyReports: any NearbyReportStore
    /// Satisfaction answers after confirmation, with their counter.
    let feedback: any FeedbackStore
    /// The location question's picker: a map when one is configured, otherwise "use my location" alone.
    let mapPicker: MapPicker
    /// Demand alerts the early warning raised (docs/analytics.md, "Early warning").
    let demandAlerts: any DemandAlertStore
}
