import Foundation

/// Static files (the stylesheet, the map picker's script) shipped with the module.
public enum Assets {
    public static func file(named name: String) -> Data? {
        guard name.range(of: #"^[a-z0-9-]+\.(css|svg|ico|js)$"#, options: .regularExpression) != nil,
              let url = Bundle.module.resourceURL?.appendingPathComponent("Assets").appendingPathComponent(name) else { return nil }
        return try? Data(contentsOf: url)
    }
}
