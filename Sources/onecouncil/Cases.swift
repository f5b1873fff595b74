import ArgumentParser
import CouncilApp
import Foundation
import Persistence

struct Cases: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with cases in bulk.",
        subcommands: [Generate.self]
    )

    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Invent cases across the published services, for trying and measuring the back office (not for a live database)."
        )

        @Option(help: "How many cases to make, 1 to 10,000,000") var count: String?
        @Option(help: "Seed: the same seed makes the same cases (default 1)") var seed: String = "1"
        @Option(help: "Case officers per service to spread cases across; invented, disabled accounts are added if there are fewer (default 8)")
        var officersPerService: String = "8"
        @Option(help: "Folder of service definitions published first if missing") var services: String = "services"
        @Flag(help: "Also make the synthetic council of Strathmorven (12 wards, boundaries, postcodes), place each case in a ward, and invent the journeys, measure counters and feedback behind the cases")
        var analytics = false
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            guard let countText = count else { Self.fail("--count: give the number of cases to make, like --count 1000000") }
            let count = try Self.number(countText, "--count", 1...10_000_000)
            let seed = try Self.number(seed, "--seed", 0...Int.max)
            let officers = try Self.number(officersPerService, "--officers-per-service", 0...1000)
            let logger = makeLogger("onecouncil.cases")
            let location: DatabaseLocation
            do {
                location = try databaseOptions.location()
            } catch let error as ValidationError {
                Self.fail(error.message)
            }
            let database = try await Database.open(location, logger: logger)
            do {
                try await database.migrate()
                try await ServicePublisher(database: database).publishMissing(from: services, logger: logger)
                let started = Date()
                print("Generating \(count) cases in \(location)")
                let made = try await CaseGenerator(database: database).generate(
                    count: count, seed: UInt64(seed), officersPerService: officers, analytics: analytics
                ) { written in
                    let seconds = Date().timeIntervalSince(started)
                    if written == count || written % 50_000 < 5000 {
                        print("  \(written) of \(count) cases (\(Int(Double(written) / max(seconds, 0.001)))/s)")
                    }
                }
                if analytics { print("With \(made.journeyEvents) journey events and \(made.feedback) feedback answers, in 12 wards of Strathmorven") }
                print("Generated \(count) cases in \(String(format: "%.1f", Date().timeIntervalSince(started))) s (statistics refreshed)")
                await database.close()
            } catch let problem as CaseGenerator.Problem {
                await database.close()
                Self.fail(problem.description)
            } catch {
                await database.close()
                throw error
            }
        }

        /// A whole number in `range`, or `NAME: …` on standard error and exit status 1.
        static func number(_ text: String, _ name: String, _ range: ClosedRange<Int>) throws -> Int {
            guard let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
                fail("\(name): \(text.isEmpty ? "give a number" : "\(text) is not a whole number")")
            }
            guard range.contains(value) else { fail("\(name): must be from \(range.lowerBound) to \(range.upperBound), not \(value)") }
            return value
        }

        static func fail(_ message: String) -> Never {
            FileHandle.standardError.write(Data("\(message)\n".utf8))
            Foundation.exit(1)
        }
    }
}
