import Foundation
import Mustache

/// Renders the Mustache templates shipped in this module. Contexts are dictionaries: lookups in them are cheap,
/// where reflecting over structs on every variable is not, and page rendering is on the hot path.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    public init() async throws {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Templates").path else {
            throw RendererError.templatesMissing
        }
        // Registered before the templates are parsed: each template selects it with a pragma on its first line.
        MustacheContentTypes.register(SafeHTMLContentType(), named: SafeHTMLContentType.name)
        library = try await MustacheLibrary(directory: directory)
    }

    /// Renders `template` with `context`; fails loudly if a template is missing, which is a packaging bug.
    public func render(_ template: String, _ context: [String: Any]) throws -> String {
        guard let html = library.render(context, withTemplate: template) else { throw RendererError.unknownTemplate(template) }
        return html
    }

    public enum RendererError: Error, CustomStringConvertible {
        case templatesMissing
        case unknownTemplate(String)

        public var description: String {
            switch self {
            case .templatesMissing: "the page templates are missing from the build"
            case .unknownTemplate(let name): "no template named \(name)"
            }
        }
    }
}

/// Static files (the stylesheet) shipped with the module.
public enum Assets {
    public static func file(named name: String) -> Data? {
        guard name.range(of: #"^[a-z0-9-]+\.(css|svg|ico)$"#, options: .regularExpression) != nil,
              let url = Bundle.module.resourceURL?.appendingPathComponent("Assets").appendingPathComponent(name) else { return nil }
        return try? Data(contentsOf: url)
    }
}
