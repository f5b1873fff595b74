import Domain
import Integrations
import Persistence
import Views

/// What the controllers share: the repositories, the renderer and a few settings.
struct AppServices: Sendable {
    let database: Database
    let catalogue: ServiceCatalogue
    let sessions: any SessionRepository
    let journeys: any JourneyRepository
    let uploads: any UploadRepository
    let submissions: any SubmissionRepository
    let cases: any CaseRepository
    let jobs: any JobRepository
    /// The OpenID Connect providers configured, if any.
    let providers: IdentityProviders?
    let identity: IdentityServices
    let renderer: PageRenderer
    let secureCookies: Bool
    let maxBodySize: Int
    /// Whether messages go out through GOV.UK Notify (otherwise they stay in the local outbox).
    let notifyConfigured: Bool
    /// Working days, for case targets.
    let calendar: WorkingCalendar
    /// "Today" for date checks: the clock's `today`, kept for the callers that ask for it.
    let today: @Sendable () -> CalendarDay
    /// The app's one clock: `now`, and `today` in the council's time zone. `identity.now` and `today` are its.
    let clock: CouncilClock
    let apiClients: any APIClientRepository
    let idempotencyKeys: any IdempotencyKeyRepository
    let caseQueue: any CaseQueue
    let caseEvents: any CaseEventFeed
}
