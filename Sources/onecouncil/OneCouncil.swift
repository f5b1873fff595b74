import ArgumentParser
import CouncilApp
import struct Domain.DefinitionParser
import struct Domain.MessageLimits
import struct Domain.DemandRule
import struct Domain.DefinitionProblems
import enum Domain.DefinitionWriter
import struct Domain.WorkingCalendar
import Foundation
import Integrations
import Logging
import Persistence

@main
struct OneCouncil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onecouncil",
        abstract: "OneCouncil: online services, cases and MyAccount for a council.",
        subcommands: [Serve.self, Services.self, Users.self, Emails.self, Cases.self, APIClients.self, JobsCommand.self, Areas.self, DesignerBench.self],
        defaultSubcommand: Serve.self
    )
}

/// Options shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "postgres://user:password@host:5432/db, or an SQLite file path (default: $ONECOUNCIL_DATABASE_URL, else data/onecouncil.sqlite)")
    var database: String?

    func location() throws -> DatabaseLocation {
        let text = database ?? ProcessInfo.processInfo.environment["ONECOUNCIL_DATABASE_URL"] ?? DatabaseLocation.defaultSQLitePath
        do {
            return try DatabaseLocation(url: text)
        } catch {
            throw ValidationError("--database: \(error.description)")
        }
    }
}

/// A definition file's text, or nil after printing `FILE:1:1: cannot read the file`.
func readDefinition(_ file: String) -> String? {
    guard let source = try? String(contentsOfFile: file, encoding: .utf8) else {
        print("\(file):1:1: cannot read the file")
        return nil
    }
    return source
}

func makeLogger(_ label: String) -> Logger {
    var logger = Logger(label: label)
    let level = ProcessInfo.processInfo.environment["ONECOUNCIL_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
    logger.logLevel = level ?? .info
    return logger
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Migrate the database, publish the sample services on first start, and serve HTTP.")

    @Option(help: "Address to listen on (default: $ONECOUNCIL_HOST, else 127.0.0.1)") var host: String?
    @Option(help: "Port to listen on (default: $ONECOUNCIL_PORT, else 8080)") var port: Int?
    @Option(help: "Folder of service definitions published on first start") var services: String = "services"
    @Option(help: "OpenID Connect providers file (default: $ONECOUNCIL_IDENTITY_PROVIDERS; see docs/identity.md)") var identityProviders: String?
    @Option(help: "Public holidays file, one YYYY-MM-DD per line (default: $ONECOUNCIL_HOLIDAYS, else Scotland 2025-2027)") var holidays: String?
    @Option(help: "Seconds a client has from a request's first byte to the end of its headers (default: $ONECOUNCIL_HEADER_TIMEOUT, else 10)")
    var headerTimeout: String?
    @Option(help: "Seconds an idle connection is kept open (default: $ONECOUNCIL_IDLE_TIMEOUT, else 75)") var idleTimeout: String?
    @Option(help: "Proxies whose X-Forwarded-For is believed: addresses or CIDR networks, comma-separated (default: $ONECOUNCIL_TRUSTED_PROXIES, else none)") var trustedProxies: String?
    @Flag(help: "Demo mode: demo staff for every role and invented cases, with how to sign in printed on start. Without it, demo accounts cannot sign in.")
    var demo = false
    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let host = host ?? environment["ONECOUNCIL_HOST"] ?? "127.0.0.1"
        guard let port = port ?? Int(environment["ONECOUNCIL_PORT"] ?? "8080"), (1...65535).contains(port) else {
            throw ValidationError("--port must be a number between 1 and 65535")
        }
        var configuration = AppConfiguration(
            host: host, port: port, database: try databaseOptions.location(), servicesDirectory: services,
            secureCookies: AppConfiguration.flag("ONECOUNCIL_COOKIE_SECURE"), publicURL: environment["ONECOUNCIL_PUBLIC_URL"]
        )
        if let file = identityProviders ?? environment["ONECOUNCIL_IDENTITY_PROVIDERS"] {
            do {
                configuration.identityProviders = try IdentityProvidersFile.load(path: file, environment: environment)
            } catch {
                for problem in error.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
                throw ExitCode(1)
            }
        }
        if let file = holidays ?? environment["ONECOUNCIL_HOLIDAYS"] {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                FileHandle.standardError.write(Data("\(file):1: cannot read the holidays file\n".utf8))
                throw ExitCode(1)
            }
            do {
                configuration.calendar = try WorkingCalendar.parse(text, file: file)
            } catch {
                for line in error.lines { FileHandle.standardError.write(Data("\(line)\n".utf8)) }
                throw ExitCode(1)
            }
        }
        if let text = environment["ONECOUNCIL_OPEN_DATA_THRESHOLD"] {
            guard let threshold = Int(text), (1...1000).contains(threshold) else {
                throw ValidationError("ONECOUNCIL_OPEN_DATA_THRESHOLD must be a whole number from 1 to 1000 (the smallest count open data publishes)")
            }
            configuration.openDataThreshold = threshold
        }
        if let text = headerTimeout ?? environment["ONECOUNCIL_HEADER_TIMEOUT"] {
            guard let seconds = ConnectionTimeouts.seconds(text) else {
                throw ValidationError("--header-timeout (ONECOUNCIL_HEADER_TIMEOUT) must be a number of seconds, more than 0 and at most 3600")
            }
            configuration.connectionTimeouts.headerRead = seconds
        }
        if let text = idleTimeout ?? environment["ONECOUNCIL_IDLE_TIMEOUT"] {
            guard let seconds = ConnectionTimeouts.seconds(text) else {
                throw ValidationError("--idle-timeout (ONECOUNCIL_IDLE_TIMEOUT) must be a number of seconds, more than 0 and at most 3600")
            }
            configuration.connectionTimeouts.idle = seconds
        }
        if let list = trustedProxies ?? environment["ONECOUNCIL_TRUSTED_PROXIES"] {
            switch TrustedProxies.parse(list) {
            case .success(let proxies): configuration.trustedProxies = proxies
            case .failure(let invalid): throw ValidationError("trusted proxies: \(invalid.entry) is not an IP address or CIDR network")
            }
        }
        for (name, path) in [("ONECOUNCIL_EMAILS_PER_RECIPIENT", \MessageLimits.perRecipient), ("ONECOUNCIL_EMAILS_PER_ADDRESS", \MessageLimits.perAddress),
                             ("ONECOUNCIL_REGISTRATIONS_PER_ADDRESS", \MessageLimits.registrationsPerAddress)] {
            guard let text = environment[name] else { continue }
            guard let limit = Int(text), limit >= 1 else { throw ValidationError("\(name) must be a number, 1 or more (per hour)") }
            configuration.messageLimits[keyPath: path] = MessageLimits.Rule(limit: limit, window: 3600)
        }
        configuration.demo = demo
        configuration.runsJobWorker = AppConfiguration.flag("ONECOUNCIL_JOB_WORKER") ?? true
        if let text = environment["ONECOUNCIL_JOB_CONCURRENCY"] {
            guard let concurrency = Int(text), (1...256).contains(concurrency) else {
                throw ValidationError("ONECOUNCIL_JOB_CONCURRENCY must be a number from 1 to 256")
            }
            configuration.jobConcurrency = concurrency
        }
        if let text = environment["ONECOUNCIL_RETENTION_DAYS"] {
            guard let days = Int(text), days >= 2 else { throw ValidationError("ONECOUNCIL_RETENTION_DAYS must be a number of days, 2 or more") }
            configuration.retention.finishedJobsDays = days
            configuration.retention.journeyDays = days
        }
        configuration.demandRule = try demandRule(environment)
        configuration.metricsToken = try secret("ONECOUNCIL_METRICS_TOKEN", environment)
        switch MapSettings.read(environment) {
        case .success(let map): configuration.map = map
        case .failure(let problem): throw ValidationError(problem.message)
        }
        configuration.notifyCallbackToken = try secret("ONECOUNCIL_NOTIFY_CALLBACK_TOKEN", environment)
        if let key = environment["ONECOUNCIL_NOTIFY_API_KEY"], !key.isEmpty {
            guard let template = environment["ONECOUNCIL_NOTIFY_EMAIL_TEMPLATE"], !template.isEmpty else {
                throw ValidationError("ONECOUNCIL_NOTIFY_EMAIL_TEMPLATE: set it to the id of a Notify email template with ((subject)) and ((body))")
            }
            do {
                configuration.notify = NotifySettings(
                    apiKey: try NotifyAPIKey(key), baseURL: environment["ONECOUNCIL_NOTIFY_URL"] ?? "https://api.notifications.service.gov.uk",
                    emailTemplateID: template, smsTemplateID: environment["ONECOUNCIL_NOTIFY_SMS_TEMPLATE"]
                )
            } catch {
                throw ValidationError("ONECOUNCIL_NOTIFY_API_KEY: \(error.description)")
            }
        }
        let logger = makeLogger("onecouncil")
        logger.info("starting", metadata: ["address": "http://\(host):\(port)", "database": "\(configuration.database)"])
        let app = try await buildApplication(configuration, logger: logger)
        try await app.runService()
    }
}

/// A bearer token from the environment: unset or empty means the feature is off; a short one is refused (Notify
/// itself asks for at least 10 characters).
func secret(_ name: String, _ environment: [String: String]) throws -> String? {
    guard let value = environment[name], !value.isEmpty else { return nil }
    guard value.count >= 16 else { throw ValidationError("\(name) must be at least 16 characters") }
    return value
}

struct Services: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate, publish and export service definitions, and import them from other form builders.",
        subcommands: [Validate.self, Import.self, Export.self, ImportFrom.self]
    )

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check definition files; prints FILE:LINE:COLUMN: message for each problem.")

        @Argument(help: "YAML files to check") var files: [String]

        func run() async throws {
            var failed = false
            for file in files {
                guard let source = readDefinition(file) else {
                    failed = true
                    continue
                }
                do {
                    _ = try DefinitionParser.parse(yaml: source)
                } catch {
                    failed = true
                    for problem in error.problems { print(problem.formatted(file: file)) }
                }
            }
            if failed { throw ExitCode(1) }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Publish each file as a new version of its service (unchanged files are skipped).")

        @Argument(help: "YAML files to publish") var files: [String]
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            let database = try await Database.open(try databaseOptions.location(), logger: makeLogger("onecouncil.import"))
            try await database.migrate()
            let publisher = ServicePublisher(database: database)
            var failed = false
            for file in files {
                guard let source = readDefinition(file) else {
                    failed = true
                    continue
                }
                do {
                    let outcome = try await publisher.publish(source: source)
                    print(outcome.isNew
                          ? "\(file): published \(outcome.slug) version \(outcome.version)"
                          : "\(file): \(outcome.slug) is unchanged (version \(outcome.version))")
                } catch let problems as DefinitionProblems {
                    failed = true
                    for problem in problems.problems { print(problem.formatted(file: file)) }
                }
            }
            await database.close()
            if failed { throw ExitCode(1) }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the YAML of the current version of a service.")

        @Argument(help: "The service's slug, e.g. hardship-fund") var slug: String
        @Flag(help: "Print the canonical YAML the designer writes (parsed, then written back) instead of the stored file")
        var canonical = false
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            let database = try await Database.open(try databaseOptions.location(), logger: makeLogger("onecouncil.export"))
            try await database.migrate()
            let source = try await ServicePublisher(database: database).currentSource(slug: slug)
            await database.close()
            guard let source else {
                FileHandle.standardError.write(Data("no published service called \(slug)\n".utf8))
                throw ExitCode(1)
            }
            guard canonical else {
                print(source, terminator: source.hasSuffix("\n") ? "" : "\n")
                return
            }
            do {
                print(try DefinitionWriter.yaml(DefinitionParser.parse(yaml: source)), terminator: "")
            } catch let problems as DefinitionProblems {
                // A stored version was valid when published; a newer parser may read it differently.
                for problem in problems.problems { FileHandle.standardError.write(Data("\(problem.formatted(file: slug))\n".utf8)) }
                throw ExitCode(1)
            }
        }
    }
}

/// The early warning's rule from the environment (docs/analytics.md, "Early warning"): each setting optional.
func demandRule(_ environment: [String: String]) throws -> DemandRule {
    var rule = DemandRule()
    if let text = environment["ONECOUNCIL_DEMAND_WEEKS"] {
        guard let weeks = Int(text), (1...52).contains(weeks) else { throw ValidationError("ONECOUNCIL_DEMAND_WEEKS must be a number of weeks from 1 to 52, not \(text)") }
        rule.weeks = weeks
    }
    if let text = environment["ONECOUNCIL_DEMAND_FALSE_ALARM"] {
        guard let chance = Double(text), chance > 0, chance < 0.5 else {
            throw ValidationError("ONECOUNCIL_DEMAND_FALSE_ALARM must be a probability above 0 and below 0.5, like 0.001, not \(text)")
        }
        rule.falseAlarm = chance
    }
    if let text = environment["ONECOUNCIL_DEMAND_MINIMUM"] {
        guard let minimum = Int(text), minimum >= 1 else { throw ValidationError("ONECOUNCIL_DEMAND_MINIMUM must be a whole number, 1 or more, not \(text)") }
        rule.minimum = minimum
    }
    if let text = environment["ONECOUNCIL_DEMAND_RATIO"] {
        guard let ratio = Double(text), ratio >= 1 else { throw ValidationError("ONECOUNCIL_DEMAND_RATIO must be a number, 1 or more (1.5 alerts at half as much again as usual), not \(text)") }
        rule.ratio = ratio
    }
    return rule
}
