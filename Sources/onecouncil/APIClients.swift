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
        subcommands: [Create.self, List.self, Revoke.self]
    )

    /// Opens and migrates the database, runs `body`, and closes it whatever happened.
    static func withRegistry<T: Sendable>(_ options: DatabaseOptions, _ body: (APIClientRegistry) async throws -> T) async throws -> T {
        let database = try await Database.open(try options.location(), logger: makeLogger("onecouncil.api-clients"))
        do {
            try await database.migrate()
            let result = try await body(APIClientRegistry(database: database))
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

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
            let result = try await APIClients.withRegistry(databaseOptions) { registry in
                try await registry.issue(name: name, scopes: scopes, services: services, by: .commandLine)
            }
            switch result {
            case .failure(let problems):
                for problem in problems.problems {
                    let option = ["scopes": "scope", "services": "service"][problem.field] ?? problem.field
                    FileHandle.standardError.write(Data("error: --\(option): \(problem.description)\n".utf8))
                }
                throw ExitCode(1)
            case .success(let issued):
                let scopes = issued.client.scopes.sorted().map(\.rawValue).joined(separator: " ")
                FileHandle.standardError.write(Data("Created API client \(issued.client.id) (\(issued.client.name)) with \(scopes). Its token, shown once:\n".utf8))
                print(issued.token)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the API clients: id, name, scopes, services, and whether revoked.")

        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            let clients = try await APIClients.withRegistry(databaseOptions) { try await $0.all() }
            for client in clients {
                let services = client.services.isEmpty ? "every service" : client.services.sorted().joined(separator: ",")
                print("\(client.id)\t\(client.name)\t\(client.scopes.sorted().map(\.rawValue).joined(separator: " "))\t\(services)\t\(client.isRevoked ? "revoked" : "active")")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an API client: its token stops working at once.")

        @Option(help: "The client's id (from `api-clients list`, or the number in its token occ_<id>_…)") var id: Int64
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            let revoked = try await APIClients.withRegistry(databaseOptions) { try await $0.revoke(id: id, by: .commandLine) }
            guard revoked else {
                FileHandle.standardError.write(Data("error: --id: there is no active API client \(id)\n".utf8))
                throw ExitCode(1)
            }
            print("Revoked API client \(id).")
        }
    }
}
