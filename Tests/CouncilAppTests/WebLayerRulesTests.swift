import Foundation
import Testing

/// The web layer's shape, checked on the source: controllers parse, call a use case, build a page model and render it;
/// markup lives in `Views`; storage is wired once, by the application builder.
///
/// The lists of files still breaking a rule only shrink: a file moved to the new shape comes off its list, and a file
/// that is not on a list may not start breaking the rule.
@Suite struct WebLayerRulesTests {
    static let appSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CouncilApp")

    /// Files of `Sources/CouncilApp` (relative paths) whose text matches `pattern`.
    static func files(matching pattern: String) throws -> Set<String> {
        let regex = try NSRegularExpression(pattern: pattern)
        var found: Set<String> = []
        let enumerator = FileManager.default.enumerator(at: appSources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                found.insert(String(url.path.dropFirst(appSources.path.count + 1)))
            }
        }
        return found
    }

    /// Page building: the writer, its parts, a page drawn by a closure, or literal tags.
    static let markup = #"PageParts|HTMLWriter|pages\.page\(|\.raw\("<|renderer\.(page|response)\(|"<[a-z]"#

    static let markupNotYetMoved: Set<String> = []

    /// Storage is reached through Domain protocols; only the application builder names the SQL stores.
    static let persistenceImport = #"(?m)^import Persistence$"#

    static let persistenceNotYetMoved: Set<String> = []

    @Test func noMarkupIsWrittenOutsideViews() throws {
        let offending = try Self.files(matching: Self.markup)
        #expect(offending.subtracting(Self.markupNotYetMoved).sorted() == [], "markup belongs in a page model's view in Sources/Views")
        #expect(Self.markupNotYetMoved.subtracting(offending).sorted() == [], "moved: take these off markupNotYetMoved")
    }

    @Test func onlyTheApplicationBuilderImportsPersistence() throws {
        let offending = try Self.files(matching: Self.persistenceImport).filter { !$0.hasPrefix("Application") }
        #expect(offending.subtracting(Self.persistenceNotYetMoved).sorted() == [], "reach storage through a Domain protocol wired in buildRouter")
        #expect(Self.persistenceNotYetMoved.subtracting(offending).sorted() == [], "moved: take these off persistenceNotYetMoved")
    }
}
