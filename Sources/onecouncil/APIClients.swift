import ArgumentParser
import CouncilApp
import Foundation
import Persistence
import struct Domain.APIClient
import struct Domain.APIClientProblems
import enum Domain.APIScope

struct APIClients: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api-clients",
        abstract: "Manage partner API clients.",
        subcommands: [Create.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API client. Its token is printed once, alone on standard output; only its hash is stored."
        )

        @Option(help: "What the client is, e.g. \"Health board referrals\"") var name: String
        @Option(name: .customLong("scope"), help: "services:read, submissions:create, cases:read or cases:write; repeat for several")
        var scopes: [String] = []
        @Option(name: .customLong("service"), help: "Keep the client to this service (its slug); repeat for several; none for every service")
        var services: [String] = []
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            let database = try await Database.open(try databaseOptions.location(), logger: makeLogger("onecouncil.api-clients"))
            try await database.migrate()
            let result: Result<APIClientIssuer.Issued, APIClientProblems>
            do {
                result = try await APIClientIssuer(database: database).issue(name: name, scopes: scopes, services: services, by: "cli")
            } catch {
                await database.close()
                throw error
            }
            await database.close()
            switch result {
            case .failure(let problems):
                for problem in problems.problems { FileHandle.standardError.write(Data("error: --\(problem.field == "scopes" ? "scope" : problem.field == "services" ? "service" : problem.field): \(problem.description)\n".utf8)) }
                throw ExitCode(1)
            case .success(let issued):
                let scopes = issued.client.scopes.sorted().map(\.rawValue).joined(separator: " ")
                FileHandle.standardError.write(Data("Created API client \(issued.client.id) (\(issued.client.name)) with \(scopes). Its token, shown once:\n".utf8))
                print(issued.token)
            }
        }
    }
}
