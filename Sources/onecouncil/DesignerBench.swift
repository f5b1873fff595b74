import ArgumentParser
import struct Domain.DefinitionDiff
import struct Domain.DefinitionGenerator
import struct Domain.DefinitionParser
import struct Domain.RouteMap
import Foundation
import Persistence
import Views

/// `onecouncil designer-bench`: how long the designer's heavy steps take for a large generated service (hidden; run
/// by scripts/bench-designer on a release build). Each step runs `--runs` times after one warm-up; the table gives
/// the median and 95th percentile in milliseconds, and the command fails if a p95 misses its target.
struct DesignerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "designer-bench",
        abstract: "Time validating and saving, the route map and the diff for a generated service definition.",
        shouldDisplay: false
    )

    @Option(help: "Questions in the generated service") var questions = 1000
    @Option(help: "Conditions (branches and show_when) in the generated service") var conditions = 300
    @Option(help: "Timed runs of each step") var runs = 20
    @Option(help: "Only write the generated service and its edited variant (generated.yaml, generated-edited.yaml) into this directory, for timing the designer's pages")
    var writeDefinitions: String?

    struct Step {
        var name: String
        var target: Double?
        var millis: [Double] = []

        func percentile(_ fraction: Double) -> Double {
            let sorted = millis.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
        }
    }

    func run() async throws {
        guard questions >= 2, conditions >= 0, runs >= 1 else { throw ValidationError("--questions must be 2 or more, --conditions 0 or more, --runs 1 or more") }
        let yaml = DefinitionGenerator(questions: questions, conditions: conditions).yaml()
        let edited = DefinitionGenerator(questions: questions, conditions: conditions, variant: 1).yaml()
        if let writeDefinitions {
            let directory = URL(fileURLWithPath: writeDefinitions)
            try yaml.write(to: directory.appendingPathComponent("generated.yaml"), atomically: true, encoding: .utf8)
            try edited.write(to: directory.appendingPathComponent("generated-edited.yaml"), atomically: true, encoding: .utf8)
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("designer-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var logger = makeLogger("onecouncil.designer-bench")
        logger.logLevel = .warning
        let database = try await Database.open(.sqlite(path: directory.appendingPathComponent("bench.sqlite").path), logger: logger)
        try await database.migrate()
        let repository = SQLServiceRepository(database: database)

        var save = Step(name: "validate + save", target: 100)
        var map = Step(name: "route map + render", target: 200)
        var diff = Step(name: "diff + render", target: nil)
        let older = try DefinitionParser.parse(yaml: yaml)
        let newer = try DefinitionParser.parse(yaml: edited)
        var pages = 0, changes = 0, svgBytes = 0
        for run in 0...runs {
            // Each run saves a new version: the source differs by a comment, as a designer's save differs by an edit.
            let source = yaml + "# save \(run)\n"
            let saveMillis = try await Self.time {
                let definition = try DefinitionParser.parse(yaml: source)
                _ = try await repository.publish(definition, source: source)
            }
            let mapMillis = await Self.time {
                let routeMap = RouteMap(older)
                var parts = PageParts(language: .en)
                RouteMapHTML.write(routeMap, serviceTitle: older.title.english, language: .en, into: &parts)
                pages = routeMap.pages.count
                svgBytes = parts.html.utf8.count
            }
            let diffMillis = await Self.time {
                let found = DefinitionDiff(from: older, to: newer)
                var parts = PageParts(language: .en)
                DefinitionDiffHTML.write(found, from: 1, to: 2, language: .en, into: &parts)
                changes = found.changes.count
            }
            guard run > 0 else { continue }   // the first run warms caches and is not counted
            save.millis.append(saveMillis)
            map.millis.append(mapMillis)
            diff.millis.append(diffMillis)
        }
        await database.close()

        print("designer-bench: \(questions) questions, \(conditions) conditions, \(pages) pages, YAML \(yaml.utf8.count / 1024) KB, "
              + "route map page \(svgBytes / 1024) KB, \(changes) changes in the diff; \(runs) runs")
        print("step                  median ms    p95 ms   target (p95)")
        var missed = false
        for step in [save, map, diff] {
            let median = step.percentile(0.5), p95 = step.percentile(0.95)
            let verdict = step.target.map { p95 < $0 ? "< \(Int($0)) ms ok" : "< \(Int($0)) ms MISSED" } ?? "-"
            if let target = step.target, p95 >= target { missed = true }
            print(step.name.padding(toLength: 20, withPad: " ", startingAt: 0)
                  + String(format: "%11.1f %9.1f   ", median, p95) + verdict)
        }
        if missed { throw ExitCode(1) }
    }

    private static func time(_ body: () async throws -> Void) async rethrows -> Double {
        let start = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
