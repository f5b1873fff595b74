import Domain
import Foundation
import Logging

/// Publishes service definition files: parse, validate, store as a new version when changed.
public struct ServicePublisher: Sendable {
    let repository: any ServiceRepository

    init(repository: any ServiceRepository) {
        self.repository = repository
    }

    public struct Outcome: Sendable {
        public var slug: String
        public var version: Int
        public var isNew: Bool
    }

    /// Publishes one file's YAML; throws `DefinitionProblems` when it is not valid.
    public func publish(source: String) async throws -> Outcome {
        let definition = try DefinitionParser.parse(yaml: source)
        let result = try await repository.publish(definition, source: source)
        return Outcome(slug: definition.slug, version: result.version, isNew: result.isNew)
    }

    /// On first start, publishes each file in `directory` whose service has no version yet. Bad files are logged, not fatal.
    public func publishMissing(from directory: String, logger: Logger) async throws {
        // Any version, scheduled ones included: a service a designer has scheduled is not a missing sample.
        let published = Set(try await repository.currentVersions(at: .distantFuture).map(\.slug))
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            do {
                let definition = try DefinitionParser.parse(yaml: source)
                guard !published.contains(definition.slug) else { continue }
                let result = try await repository.publish(definition, source: source)
                logger.info("published service", metadata: ["slug": "\(definition.slug)", "version": "\(result.version)"])
            } catch let problems as DefinitionProblems {
                for problem in problems.problems { logger.error("\(problem.formatted(file: path))") }
            }
        }
    }

    /// The YAML of the current version of `slug`.
    public func currentSource(slug: String) async throws -> String? {
        try await repository.currentVersions().first { $0.slug == slug }?.source
    }
}
