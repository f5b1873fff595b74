import Domain

/// The strip above a previewed citizen page: the designer sees what a citizen would, and is never in doubt that
/// nothing they type is kept or sent.
public struct PreviewBanner: Sendable, Equatable {
    public var text: String
    public var backText: String
    public var backHref: String

    public init(text: String, backText: String, backHref: String) {
        self.text = text
        self.backText = backText
        self.backHref = backHref
    }
}

enum PreviewBannerHTML {
    static func write(_ banner: PreviewBanner, into out: inout HTMLWriter) {
        out.raw("<div class=\"preview-banner\" role=\"note\"><p class=\"body\"><strong>"); out.text(banner.text)
        out.raw("</strong> <a class=\"link\""); out.attribute("href", banner.backHref); out.raw(">"); out.text(banner.backText)
        out.raw("</a></p></div>\n")
    }
}
