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

    /// Renders the page body `template` with `context` inside the layout; fails loudly if a template is missing,
    /// which is a packaging bug. The context gets the UI strings as `t`; pre-rendered markup goes in with `{{{ }}}`.
    public func page(_ layout: LayoutModel, template: String, _ context: [String: Any]) throws -> String {
        var context = context
        context["t"] = Strings.table(layout.language)
        guard let main = library.render(context, withTemplate: template) else { throw RendererError.unknownTemplate(template) }
        return LayoutHTML.render(layout, main: main)
    }

    /// A page whose body was built in Swift.
    public func page(_ layout: LayoutModel, main: String) -> String {
        LayoutHTML.render(layout, main: main)
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
