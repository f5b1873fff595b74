import AsyncHTTPClient
import Domain
import Integrations
import Jobs
import Foundation
import Hummingbird
import Logging
import Persistence
import ServiceLifecycle
import Views

/// Builds the whole application: opens and migrates the database, publishes sample services on first start, routes.
public func buildApplication(_ configuration: AppConfiguration, logger: Logger) async throws -> some ApplicationProtocol {
    let database = try await Database.open(configuration.database, logger: logger)
    do {
        try await database.migrate()
        try await ServicePublisher(database: database).publishMissing(from: configuration.servicesDirectory, logger: logger)
    } catch {
        await database.close()
        throw error
    }
    // Calls to identity providers never follow redirects: a token endpoint that redirects is misconfigured or hostile.
    // Enough pooled connections per host for the worker's concurrent sends to Notify or a webhook receiver.
    var clientConfiguration = HTTPClient.Configuration(redirectConfiguration: .disallow)
    clientConfiguration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(8, configuration.jobConcurrency)
    let httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
    let metrics = JobMetrics()
    // Counters are kept in memory and flushed every 2 s (docs/analytics.md, "Measures").
    let measures = MeasureRecorder(store: SQLMeasureStore(database: database), logger: logger)
    // The one clock: the router's identity and date checks and the worker's jobs all read it.
    let clock = CouncilClock.system
    let router: Router<AppRequestContext>
    do {
        router = try await buildRouter(configuration, database: database, clock: clock, httpClient: httpClient, jobMetrics: metrics,
                                       measures: measures, announceDemo: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) })
    } catch {
        try? await httpClient.shutdown()
        await database.close()
        throw error
    }
    // A service group stops its services in the reverse of their order: the server first, then the job worker, and
    // only then the database and HTTP client they both use. The measure recorder stops after the server and the
    // worker, so its last flush holds every request's counts, and before the database closes.
    var services: [any Service] = [DatabaseService(database: database, httpClient: httpClient), measures]
    if configuration.runsJobWorker {
        services.append(jobWorker(configuration, database: database, httpClient: httpClient, logger: logger, metrics: metrics, clock: clock))
        // Every server with a worker also schedules; the queue's idempotency keys make the periods' jobs one each.
        services.append(JobScheduler(queue: SQLJobQueue(database: database), tasks: ScheduledWork.tasks(notify: configuration.notify != nil), logger: logger))
    }
    return Application(
        router: router,
        server: configuration.connectionTimeouts.server,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "OneCouncil"),
        services: services,
        logger: logger
    )
}

/// The router on its own, for tests that call it without a network server. Every store is built here, once, behind
/// its Domain protocol; controllers reach them through `AppServices`.
///
/// In demo mode (`configuration.demo`) it also makes the demo staff and cases, routes `/demo` and hands the sign-in
/// instructions to `announceDemo`; otherwise it switches off any demo accounts the database holds.
public func buildRouter(
    _ configuration: AppConfiguration, database: Database, clock: CouncilClock = .system,
    httpClient: HTTPClient = .shared, jobMetrics: JobMetrics = JobMetrics(),
    measures: any MeasureRecording = NoMeasures(),
    announceDemo: @Sendable (String) -> Void = { _ in }
) async throws -> Router<AppRequestContext> {
    let serviceRepository = SQLServiceRepository(database: database)
    let lifecycle = SQLServiceLifecycleStore(database: database)
    let audit = SQLAuditLog(database: database)
    let staff = SQLStaffRepository(database: database)
    let authSessions = SQLAuthSessionRepository(database: database)
    let submissions = SQLSubmissionRepository(database: database)
    let cases = SQLCaseRepository(database: database)
    let visits = SQLVisitRepository(database: database)
    let identity = IdentityServices(
        citizens: SQLCitizenAccountRepository(database: database), staff: configuration.demo ? staff : DemoRefusingStaff(base: staff),
        sessions: authSessions,
        links: SQLOneTimeLinkRepository(database: database), attempts: SQLSignInAttemptRepository(database: database),
        audit: audit, emails: SQLEmailOutbox(database: database),
        pendingSignIns: SQLPendingProviderSignInRepository(database: database), limitCounter: SQLLimitCounter(database: database),
        configuration: configuration, policy: PasswordPolicy(commonPasswords: try CommonPasswords.load()), clock: clock
    )
    let areaLocator = SQLAreaLocator(database: database)
    let services = AppServices(
        catalogue: ServiceCatalogue(repository: serviceRepository, lifecycle: lifecycle, now: clock.now),
        sessions: SQLSessionRepository(database: database),
        journeys: SQLJourneyRepository(database: database),
        uploads: SQLUploadRepository(database: database),
        submissions: submissions,
        cases: cases,
        visits: visits,
        caseQueue: SQLCaseQueue(database: database),
        caseQueries: SQLCaseQueries(database: database),
        providers: configuration.identityProviders.isEmpty
            ? nil : try IdentityProviders(configurations: configuration.identityProviders, httpClient: httpClient),
        identity: identity,
        secureCookies: configuration.secureCookies,
        maxBodySize: configuration.maxBodySize,
        notifyConfigured: configuration.notify != nil,
        calendar: configuration.calendar,
        today: clock.today,
        backgroundTasks: SQLJobQueue(database: database),
        webhooks: SQLWebhookRepository(database: database),
        apiClients: APIClientRegistry(database: database),
        clock: clock,
        apiClientRecords: SQLAPIClientRepository(database: database),
        idempotencyKeys: SQLIdempotencyKeyRepository(database: database),
        caseEvents: SQLCaseEventFeed(database: database),
        serviceDesign: ServiceDesign(store: lifecycle, audit: audit, clock: clock),
        areas: CachedAreaLocator(areaLocator),
        areaBoundaries: areaLocator,
        locatedCases: SQLLocatedCases(database: database),
        measures: measures,
        analytics: SQLAnalyticsQueries(database: database),
        nearbyReports: SQLNearbyReportStore(database: database),
        feedback: SQLFeedbackStore(database: database),
        mapPicker: MapPickerChoice.picker(configuration.map, logger: database.logger),
        demandAlerts: SQLDemandAlerts(database: database)
    )
    let demo = DemoMode(services: serviceRepository, staff: staff, sessions: authSessions, submissions: submissions, cases: cases,
                        visits: visits, passwords: identity.passwords, calendar: configuration.calendar, clock: clock)
    let demoAccounts: [DemoStaff.Account]
    if configuration.demo {
        demoAccounts = try await demo.prepare()
        announceDemo(DemoStaff.announcement(accounts: demoAccounts, publicURL: configuration.publicURL))
    } else {
        demoAccounts = []
        if try await demo.lockOut() > 0 { database.logger.notice("demo accounts are switched off: the server is not in demo mode") }
    }
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ClientAddressMiddleware(trusted: configuration.trustedProxies))
    router.add(middleware: SecurityHeadersMiddleware(imageSources: MapPickerChoice.imageSources(configuration.map)))
    router.add(middleware: LanguageMiddleware(secureCookies: configuration.secureCookies))
    router.add(middleware: ErrorPageMiddleware())
    router.add(middleware: IdentityMiddleware(identity: services.identity))
    HealthController(storage: database, readiness: Readiness(storage: database, maxAge: configuration.readinessProbeInterval, logger: database.logger))
        .addRoutes(to: router)
    MetricsController(token: configuration.metricsToken.map(BearerToken.init), queue: SQLJobQueue(database: database), metrics: jobMetrics,
                      topics: ["email", "notification", "event", "webhook", "password-reset"] + ScheduledWork.tasks(notify: configuration.notify != nil).map(\.topic),
                      now: clock.now, demandAlerts: SQLDemandAlerts(database: database)).addRoutes(to: router)
    NotifyCallbackController(token: configuration.notifyCallbackToken.map(BearerToken.init), deliveries: SQLDeliveryLog(database: database), now: clock.now).addRoutes(to: router)
    if configuration.demo { DemoController(accounts: demoAccounts, clock: clock).addRoutes(to: router) }
    AssetsController(leafletDirectory: configuration.map.leafletDirectory).addRoutes(to: router)
    PostcodeSearchController(centres: SQLPostcodeCentres(database: database)).addRoutes(to: router)
    PartnerAPI(services: services).addRoutes(to: router)
    AccountSignInController(services: services).addRoutes(to: router)
    ProviderSignInController(services: services, audience: .citizen).addRoutes(to: router)
    ProviderSignInController(services: services, audience: .staff).addRoutes(to: router)
    AccountSettingsController(services: services).addRoutes(to: router)
    YourAccountController(services: services).addRoutes(to: router)
    StaffSignInController(services: services).addRoutes(to: router)
    StaffAreasController(services: services).addRoutes(to: router)
    AreaMapController(services: services).addRoutes(to: router)
    OpenDataController(services: services, publicURL: configuration.publicURL,
                       figures: OpenDataFigures(reading: SQLOpenData(database: database),
                                                suppression: SmallNumberSuppression(threshold: configuration.openDataThreshold), today: clock.today))
        .addRoutes(to: router)
    AnalyticsController(services: services).addRoutes(to: router)
    DemandAlertsController(services: services, rule: configuration.demandRule).addRoutes(to: router)
    MessagePreviewController(services: services).addRoutes(to: router)
    DesignerPreviewController(services: services).addRoutes(to: router)
    DesignerServiceController(services: services, samplesDirectory: configuration.servicesDirectory).addRoutes(to: router)
    DesignerImportController(services: services).addRoutes(to: router)
    DesignerVersionsController(services: services).addRoutes(to: router)
    DesignerPageController(services: services).addRoutes(to: router)
    DesignerQuestionController(services: services).addRoutes(to: router)
    DesignerConditionController(services: services).addRoutes(to: router)
    QueueController(services: services).addRoutes(to: router)
    CaseController(services: services).addRoutes(to: router)
    AssistedController(services: services).addRoutes(to: router)
    CaseVisitsController(services: services).addRoutes(to: router)
    FieldController(services: services).addRoutes(to: router)
    InformationReplyController(services: services).addRoutes(to: router)
    AdminController(services: services).addRoutes(to: router)
    AdminAuditController(services: services).addRoutes(to: router)
    AdminJobsController(services: services).addRoutes(to: router)
    AdminWebhooksController(services: services).addRoutes(to: router)
    AdminAPIClientsController(services: services).addRoutes(to: router)
    SaveForLaterController(services: services).addRoutes(to: router)
    JourneyController(services: services).addRoutes(to: router)
    return router
}

/// For tests whose date rules need "today" fixed apart from the instant (`TestApp`).
public func buildRouter(
    _ configuration: AppConfiguration, database: Database, today: @escaping @Sendable () -> CalendarDay,
    now: @escaping @Sendable () -> Date = Date.init, httpClient: HTTPClient = .shared, jobMetrics: JobMetrics = JobMetrics(),
    measures: any MeasureRecording = NoMeasures()
) async throws -> Router<AppRequestContext> {
    try await buildRouter(configuration, database: database, clock: CouncilClock(now: now, fixingToday: today), httpClient: httpClient,
                          jobMetrics: jobMetrics, measures: measures)
}
