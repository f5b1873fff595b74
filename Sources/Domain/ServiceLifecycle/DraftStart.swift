import Foundation

/// Where a new draft's YAML comes from.
public enum DraftStart: Sendable, Equatable {
    /// A minimal valid service with this slug and title (in both languages until someone translates it).
    case blank(slug: String, title: String, referencePrefix: String)
    /// A sample service file's YAML, as shipped in `services/`.
    case sample(source: String)
    /// The current (or newest) version of an existing service, under a new slug and reference prefix.
    case copy(of: String, slug: String, referencePrefix: String)
    /// YAML written from a form imported from another builder (`origin` says which, and the file: for the audit trail).
    case imported(source: String, origin: String)
}

/// The YAML a new draft starts with.
public enum DraftSource {
    /// Lower-case letters and digits in hyphen-separated words, like `report-a-pothole`.
    public static func isSlug(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// 2 to 4 capital letters, as the definition format requires.
    public static func isReferencePrefix(_ text: String) -> Bool {
        (2...4).contains(text.count) && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// A minimal definition that validates: one section, one page, one question.
    public static func blank(slug: String, title: String, referencePrefix: String) -> String {
        let quoted = yamlString(title)
        return """
        format: 1
        slug: \(slug)
        reference_prefix: \(referencePrefix)
        title:
          en: \(quoted)
          gd: \(quoted)
        summary:
          en: Say in one sentence what this service is for.
          gd: Innis ann an aon seantans carson a tha an t-seirbheis seo ann.
        start:
          body:
            en: Use this service to ask us for something.
            gd: Cleachd an t-seirbheis seo airson rudeigin iarraidh oirnn.
        sections:
          - id: about-you
            title:
              en: About you
              gd: Mu do dhèidhinn
            pages:
              - id: your-name
                questions:
                  - id: full-name
                    type: text
                    label:
                      en: What is your full name?
                      gd: Dè an t-ainm slàn agad?
        confirmation:
          title:
            en: Request received
            gd: Fhuair sinn an t-iarrtas
          what_happens_next:
            en: We will contact you.
            gd: Cuiridh sinn fios thugad.

        """
    }

    /// `source` with its top-level `slug` and `reference_prefix` replaced; everything else (comments included) kept.
    public static func renamed(_ source: String, slug: String, referencePrefix: String) -> String {
        var lines = source.components(separatedBy: "\n")
        for index in lines.indices {
            if lines[index].hasPrefix("slug:") { lines[index] = "slug: \(slug)" }
            if lines[index].hasPrefix("reference_prefix:") { lines[index] = "reference_prefix: \(referencePrefix)" }
        }
        return lines.joined(separator: "\n")
    }

    /// A YAML double-quoted scalar, so a title with a colon or a quote stays one string.
    static func yamlString(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ")
        return "\"\(escaped)\""
    }
}
