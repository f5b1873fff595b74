import Domain
import Persistence

// The tools the `onecouncil` command (and tests) build straight from a database. Their SQL stores are made here, so
// the tools themselves know only Domain protocols.

extension ServicePublisher {
    public init(database: Database) {
        self.init(repository: SQLServiceRepository(database: database))
    }
}

extension APIClientRegistry {
    public init(database: Database) {
        self.init(clients: SQLAPIClientRepository(database: database), audit: SQLAuditLog(database: database),
                  services: SQLServiceRepository(database: database))
    }
}

extension StaffProvisioning {
    public init(database: Database, configuration: AppConfiguration) throws {
        self.init(identity: IdentityServices(database: database, configuration: configuration,
                                             policy: PasswordPolicy(commonPasswords: try CommonPasswords.load())))
    }
}

extension CaseGenerator {
    public init(database: Database, calendar: WorkingCalendar = .scotland) {
        self.init(services: SQLServiceRepository(database: database), staff: SQLStaffRepository(database: database),
                  loader: SQLSyntheticCaseLoader(database: database), calendar: calendar)
    }
}

extension IdentityServices {
    /// Identity on its own stores, for the command line's staff provisioning.
    init(database: Database, configuration: AppConfiguration, policy: PasswordPolicy, clock: CouncilClock = .system) {
        self.init(
            citizens: SQLCitizenAccountRepository(database: database), staff: SQLStaffRepository(database: database),
            sessions: SQLAuthSessionRepository(database: database), links: SQLOneTimeLinkRepository(database: database),
            attempts: SQLSignInAttemptRepository(database: database), audit: SQLAuditLog(database: database),
            emails: SQLEmailOutbox(database: database), pendingSignIns: SQLPendingProviderSignInRepository(database: database),
            limitCounter: SQLLimitCounter(database: database), configuration: configuration, policy: policy, clock: clock
        )
    }
}
