import Foundation

/// Draws a page whose body was written elsewhere inside the layout. Pages are `PageModel`s now; this stays for the
/// callers that still hand over a finished body (`FormPages.page`) until they become page models too.
public struct PageRenderer: Sendable {
    public init() {}

    public func page(_ layout: LayoutModel, main: String) -> String {
        LayoutHTML.render(layout, main: main)
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
