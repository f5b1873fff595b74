import ArgumentParser
import struct Domain.NewBackgroundJob
import enum Domain.Token
import Foundation
import Persistence

struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "Work with the background job queue.",
        subcommands: [GenerateNotifications.self]
    )

    struct GenerateNotifications: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-notifications",
            abstract: "Queue invented notifications to one address, for measuring how fast the queue drains (not for a live database)."
        )

        @Option(help: "How many notifications to queue, 1 to 1,000,000") var count: Int
        @Option(help: "The address every notification goes to") var to: String = "bench@example.com"
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            guard (1...1_000_000).contains(count) else { throw ValidationError("--count must be from 1 to 1,000,000") }
            let database = try await Database.open(try databaseOptions.location(), logger: makeLogger("onecouncil.jobs"))
            do {
                try await database.migrate()
                let queue = SQLJobQueue(database: database)
                let run = Token.random().prefix(8)
                let now = Date()
                for start in stride(from: 0, to: count, by: 1000) {
                    let jobs = (start..<min(start + 1000, count)).map { index in
                        NewBackgroundJob(topic: "notification", reference: "BENCH-\(index)", payload: [
                            "event": .string("case_update"), "reference": .string("BENCH-\(index)"), "email": .string(to),
                            "subject": .string("Benchmark message \(index)"), "body": .string("An invented message for measuring the job queue."),
                        ], idempotencyKey: "bench:\(run):\(index)", availableAt: now)
                    }
                    try await queue.enqueue(jobs, now: now)
                }
                print("Queued \(count) notifications to \(to)")
                await database.close()
            } catch {
                await database.close()
                throw error
            }
        }
    }
}
