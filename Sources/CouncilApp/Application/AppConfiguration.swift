import Domain
import Foundation
import Integrations
import Persistence

/// Everything the server needs to start, read once: flags first, then environment variables, then defaults.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// Service definitions published on first start.
    public var servicesDirectory: String
    /// Whether cookies carry `Secure`; off only for plain-HTTP development on loopback.
    public var secureCookies: Bool
    /// The largest request body accepted, in bytes (uploads are base64 in the API, so this exceeds the file limit).
    public var maxBodySize: Int
    /// How long a connection may take over a request's headers, and stay idle (`--header-timeout`, `--idle-timeout`).
    public var connectionTimeouts = ConnectionTimeouts()
    /// How long `/healthz` reuses its last database probe (a read and a committed write), however often it is asked.
    public var readinessProbeInterval: Duration = .seconds(2)
    /// The address citizens reach the site at, for links sent by email (`ONECOUNCIL_PUBLIC_URL`).
    public var publicURL: String
    /// bcrypt's work factor: 12 in production; tests lower it so they do not spend seconds hashing.
    public var bcryptCost: UInt8 = 12
    public var sessionTimeouts = SessionTimeouts()
    /// OpenID Connect providers citizens and staff may sign in with (see docs/identity.md).
    public var identityProviders: [OIDCProviderConfiguration] = []
    /// Public holidays for working-day targets: Scotland's unless a council loads its own (`--holidays FILE`).
    public var calendar: WorkingCalendar = .scotland
    /// GOV.UK Notify; nil keeps messages in the local outbox.
    public var notify: NotifySettings?
    /// Whether this server also runs background jobs (`ONECOUNCIL_JOB_WORKER=false` for web-only servers).
    public var runsJobWorker = true
    /// Jobs this server's worker runs at once (`ONECOUNCIL_JOB_CONCURRENCY`).
    public var jobConcurrency = 32
    /// The bearer token GOV.UK Notify's delivery-receipt callback must carry (`ONECOUNCIL_NOTIFY_CALLBACK_TOKEN`);
    /// nil: no callback route, delivery status is polled.
    public var notifyCallbackToken: String?
    /// The bearer token `/metrics` requires (`ONECOUNCIL_METRICS_TOKEN`); nil: no `/metrics`.
    public var metricsToken: String?
    /// How long finished work and abandoned forms are kept (`ONECOUNCIL_RETENTION_DAYS` sets the 30-day periods).
    /// (Signed-in sessions expire by `sessionTimeouts`.)
    public var retention = RetentionPolicy()
    /// When demand counts as well above its usual level (`ONECOUNCIL_DEMAND_WEEKS`, `_FALSE_ALARM`, `_MINIMUM`,
    /// `_RATIO`; docs/analytics.md, "Early warning").
    public var demandRule = DemandRule()
    /// Proxies whose `X-Forwarded-For` names the client (`--trusted-proxies` / `ONECOUNCIL_TRUSTED_PROXIES`); none by
    /// default, so the client is the peer.
    public var trustedProxies: TrustedProxies = .none
    /// Emails per recipient and per client address, registrations per address (`ONECOUNCIL_EMAILS_PER_RECIPIENT`,
    /// `ONECOUNCIL_EMAILS_PER_ADDRESS`, `ONECOUNCIL_REGISTRATIONS_PER_ADDRESS`, each per hour).
    public var messageLimits = MessageLimits()
    /// `--demo`: demo staff for every role and sample cases, signed in with a printed password and code. Off, any
    /// demo accounts in the database are disabled at start-up.
    public var demo = false
    /// The citizen map picker: tile service, first view, where Leaflet is (`ONECOUNCIL_MAP_*`; off by default).
    public var map = MapSettings()
    /// Open data and the performance pages hide any count below this (docs/open-data.md); `ONECOUNCIL_OPEN_DATA_THRESHOLD`.
    public var openDataThreshold = 5

    public init(
        host: String = "127.0.0.1", port: Int = 8080,
        database: DatabaseLocation = .sqlite(path: DatabaseLocation.defaultSQLitePath),
        servicesDirectory: String = "services", secureCookies: Bool? = nil, maxBodySize: Int = 30 * 1024 * 1024,
        publicURL: String? = nil
    ) {
        self.publicURL = publicURL ?? "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        self.host = host
        self.port = port
        self.database = database
        self.servicesDirectory = servicesDirectory
        self.secureCookies = secureCookies ?? !Self.isLoopback(host)
        self.maxBodySize = maxBodySize
    }

    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1"].contains(host)
    }

    /// Reads a boolean environment variable such as `ONECOUNCIL_COOKIE_SECURE=false`.
    public static func flag(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool? {
        switch environment[name]?.lowercased() {
        case "1", "true", "yes", "on": true
        case "0", "false", "no", "off": false
        default: nil
        }
    }
}
