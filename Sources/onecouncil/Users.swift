import ArgumentParser
import CouncilApp
import Foundation
import Persistence

struct Users: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage staff accounts.",
        subcommands: [Create.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a staff account. The password is read from standard input when it is not a terminal; otherwise a one-time set-up link is printed."
        )

        @Option(help: "Work email address") var email: String
        @Option(help: "administrator, service-designer, case-officer, field-worker, customer-service-agent, analyst or strategy-lead") var role: String
        @Option(help: "The service a case officer or field worker works on (its slug); for a service designer, the one service they may design (leave out for every service)") var service: String?
        @Option(help: "The site's address, for the set-up link (default: $ONECOUNCIL_PUBLIC_URL, else http://127.0.0.1:8080)") var publicURL: String?
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            let password = isatty(STDIN_FILENO) == 0 ? readLine(strippingNewline: true) : nil
            let location = try databaseOptions.location()
            let database = try await Database.open(location, logger: makeLogger("onecouncil.users"))
            try await database.migrate()
            let configuration = AppConfiguration(
                database: location, publicURL: publicURL ?? ProcessInfo.processInfo.environment["ONECOUNCIL_PUBLIC_URL"]
            )
            do {
                let provisioning = try StaffProvisioning(database: database, configuration: configuration)
                let created = try await provisioning.create(email: email, role: role, service: service, password: password.flatMap { $0.isEmpty ? nil : $0 })
                await database.close()
                if let link = created.setUpLink {
                    print("Created staff account \(created.id) for \(email). Give them this one-time set-up link (expires in 72 hours):\n\(link)")
                } else {
                    print("Created staff account \(created.id) for \(email). They set up their authenticator app at their first sign-in.")
                }
            } catch let problem as StaffProvisioning.Problem {
                await database.close()
                FileHandle.standardError.write(Data("error: \(problem.description)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

struct Emails: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the emails queued for an address (confirmation and reset links), for installations without a notification service yet."
    )

    @Option(help: "The address") var to: String
    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let database = try await Database.open(try databaseOptions.location(), logger: makeLogger("onecouncil.emails"))
        try await database.migrate()
        let emails = try await SQLEmailOutbox(database: database).queued(to: to.lowercased())
        await database.close()
        if emails.isEmpty { print("No emails queued for \(to).") }
        for email in emails { print("Subject: \(email.subject)\n\n\(email.body)\n\n---") }
    }
}
