import AsyncHTTPClient
import Domain
import Integrations
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
    let httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
    let router: Router<AppRequestContext>
    do {
        router = try await buildRouter(configuration, database: database, httpClient: httpClient)
    } catch {
        try? await httpClient.shutdown()
        await database.close()
        throw error
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "OneCouncil"),
        services: [DatabaseService(database: database, httpClient: httpClient)],
        logger: logger
    )
}

/// The router on its own, for tests that call it without a network server.
public func buildRouter(
    _ configuration: AppConfiguration, database: Database, today: @escaping @Sendable () -> CalendarDay = { .today() },
    now: @escaping @Sendable () -> Date = Date.init,
    httpClient: HTTPClient = .shared
) async throws -> Router<AppRequestContext> {
    let services = AppServices(
        database: database,
        catalogue: ServiceCatalogue(repository: SQLServiceRepository(database: database)),
        sessions: SQLSessionRepository(database: database),
        journeys: SQLJourneyRepository(database: database),
        uploads: SQLUploadRepository(database: database),
        submissions: SQLSubmissionRepository(database: database),
        cases: SQLCaseRepository(database: database),
        providers: configuration.identityProviders.isEmpty
            ? nil : try IdentityProviders(configurations: configuration.identityProviders, httpClient: httpClient),
        identity: IdentityServices(database: database, configuration: configuration, policy: PasswordPolicy(commonPasswords: try CommonPasswords.load()), now: now),
        renderer: try await PageRenderer(),
        secureCookies: configuration.secureCookies,
        maxBodySize: configuration.maxBodySize,
        calendar: configuration.calendar,
        today: today
    )
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LanguageMiddleware(secureCookies: configuration.secureCookies))
    router.add(middleware: ErrorPageMiddleware(renderer: services.renderer))
    router.add(middleware: IdentityMiddleware(identity: services.identity))
    HealthController(database: database).addRoutes(to: router)
    AssetsController().addRoutes(to: router)
    SubmissionAPIController(services: services).addRoutes(to: router)
    AccountSignInController(services: services).addRoutes(to: router)
    ProviderSignInController(services: services, audience: .citizen).addRoutes(to: router)
    ProviderSignInController(services: services, audience: .staff).addRoutes(to: router)
    AccountSettingsController(services: services).addRoutes(to: router)
    YourAccountController(services: services).addRoutes(to: router)
    StaffSignInController(services: services).addRoutes(to: router)
    StaffAreasController(services: services).addRoutes(to: router)
    QueueController(services: services).addRoutes(to: router)
    CaseController(services: services).addRoutes(to: router)
    InformationReplyController(services: services).addRoutes(to: router)
    AdminController(services: services).addRoutes(to: router)
    SaveForLaterController(services: services).addRoutes(to: router)
    JourneyController(services: services).addRoutes(to: router)
    return router
}

/// Keeps the database and the outbound HTTP client open while the server runs; closes them after the server has
/// finished its last request.
struct DatabaseService: Service {
    let database: Database
    let httpClient: HTTPClient

    func run() async throws {
        try? await gracefulShutdown()
        try? await httpClient.shutdown()
        await database.close()
    }
}
