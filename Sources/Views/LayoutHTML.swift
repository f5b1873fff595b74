import Domain

/// What the page frame needs: language, title, header, language switch, back link.
public struct LayoutModel: Sendable {
    public var language: Language
    public var title: String
    public var hasErrors: Bool
    public var serviceName: String?
    public var serviceURL: String?
    public var backLink: String?
    /// The page's own address and any query to keep, for the language-switch links.
    public var path: String
    public var keepQuery: String
    /// Sign in, or the signed-in person's account and sign-out links.
    public var headerLinks: [HeaderLink]
    /// The citizen pages keep a readable measure; staff tools use the width of the screen.
    public var width: LayoutWidth = .standard
    /// The links to each staff area, on every staff page.
    public var staffNavigation: StaffNavigation?
    /// Set on the designer's preview of a citizen page: says it is a preview and leads back to the designer.
    public var previewBanner: PreviewBanner?
    /// Scripts and extra stylesheets from this origin (the map picker's): every page works without them.
    public var scripts: [String] = []
    public var stylesheets: [String] = []

    public init(language: Language, title: String, hasErrors: Bool, serviceName: String?, serviceURL: String?, backLink: String?, path: String, keepQuery: String, headerLinks: [HeaderLink] = []) {
        self.headerLinks = headerLinks
        self.language = language
        self.title = title
        self.hasErrors = hasErrors
        self.serviceName = serviceName
        self.serviceURL = serviceURL
        self.backLink = backLink
        self.path = path
        self.keepQuery = keepQuery
    }
}

public enum LayoutWidth: Sendable {
    /// The citizen layout: one readable column.
    case standard
    /// The staff workspace: the full width of the screen, for tables and a side column.
    case wide

    var containerClass: String { self == .wide ? "width-container width-container-wide" : "width-container" }
}

public struct HeaderLink: Sendable, Equatable {
    public var text: String
    public var href: String

    public init(text: String, href: String) {
        self.text = text
        self.href = href
    }
}

/// The frame around every page: skip link, header, language switch, back link, footer.
public enum LayoutHTML {
    public static func render(_ model: LayoutModel, main: String) -> String {
        var out = HTMLWriter(capacity: main.utf8.count + 2048)
        out.raw("<!DOCTYPE html>\n<html")
        out.attribute("lang", model.language.rawValue)
        out.raw(">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        if model.hasErrors { out.text("\(Phrase.errorPrefix(model.language)): ") }
        out.text(model.title)
        if let serviceName = model.serviceName { out.text(" – \(serviceName)") }
        out.text(" – \(Phrase.council(model.language))")
        out.raw("</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n")
        out.raw("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n")
        for stylesheet in model.stylesheets { out.raw("<link rel=\"stylesheet\""); out.attribute("href", stylesheet); out.raw(">\n") }
        for script in model.scripts { out.raw("<script defer"); out.attribute("src", script); out.raw("></script>\n") }
        out.raw("</head>\n<body>\n<a href=\"#main-content\" class=\"skip-link\">")
        out.text(Phrase.skip(model.language))
        out.raw("</a>\n<header class=\"header\">\n  <div class=\"\(model.width.containerClass) header-inner\">\n    <a href=\"/\" class=\"header-logo\">")
        out.text(Phrase.council(model.language))
        out.raw("</a>\n")
        if let serviceName = model.serviceName {
            out.raw("    <a")
            out.attribute("href", model.serviceURL ?? "/")
            out.raw(" class=\"header-service\">")
            out.text(serviceName)
            out.raw("</a>\n")
        }
        if !model.headerLinks.isEmpty {
            out.raw("    <nav class=\"header-account\"")
            out.attribute("aria-label", Phrase.accountNav(model.language))
            out.raw(">")
            for link in model.headerLinks {
                out.raw("<a"); out.attribute("href", link.href); out.raw(">"); out.text(link.text); out.raw("</a>")
            }
            out.raw("</nav>\n")
        }
        out.raw("  </div>\n</header>\n")
        if let navigation = model.staffNavigation { StaffNavigationHTML.write(navigation, width: model.width, language: model.language, to: &out) }
        out.raw("<div class=\"\(model.width.containerClass)\">\n  <nav class=\"language-switch\"")
        out.attribute("aria-label", Phrase.languageNav(model.language))
        out.raw(">\n    <ul>")
        for language in Language.allCases {
            out.raw("<li>")
            if language == model.language {
                out.raw("<span aria-current=\"true\">")
                out.text(language.nativeName)
                out.raw("</span>")
            } else {
                out.raw("<a")
                out.attribute("href", "\(model.path)?\(model.keepQuery)lang=\(language.rawValue)")
                out.attribute("hreflang", language.rawValue)
                out.attribute("lang", language.rawValue)
                out.raw(">")
                out.text(language.nativeName)
                out.raw("</a>")
            }
            out.raw("</li>")
        }
        out.raw("</ul>\n  </nav>\n")
        out.raw("  <main id=\"main-content\" class=\"main\" tabindex=\"-1\">\n")
        if let banner = model.previewBanner { PreviewBannerHTML.write(banner, into: &out) }
        // Inside the main landmark, so that no content sits outside one (axe: region).
        if let backLink = model.backLink {
            out.raw("  <a")
            out.attribute("href", backLink)
            out.raw(" class=\"back-link\">")
            out.text(Phrase.back(model.language))
            out.raw("</a>\n")
        }
        out.raw(main)
        out.raw("\n  </main>\n</div>\n<footer class=\"footer\">\n  <div class=\"\(model.width.containerClass)\">\n    <p>")
        out.text(Phrase.footer(model.language))
        out.raw("</p>\n  </div>\n</footer>\n</body>\n</html>\n")
        return out.html
    }
}

/// "There is a problem": every error on the page, each linking to its field.
public enum ErrorSummaryHTML {
    public static func render(_ errors: [FieldError], language: Language) -> String {
        guard !errors.isEmpty else { return "" }
        var out = HTMLWriter(capacity: 512)
        out.raw("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" autofocus>\n  <h2 class=\"error-summary-title\" id=\"error-summary-title\">")
        out.text(Phrase.thereIsAProblem(language))
        out.raw("</h2>\n  <ul class=\"error-summary-list\">\n")
        for error in errors {
            out.raw("    <li><a")
            out.attribute("href", "#\(error.anchor)")
            out.raw(">")
            out.text(error.message)
            out.raw("</a></li>\n")
        }
        out.raw("  </ul>\n</div>\n")
        return out.html
    }
}
