import Domain

/// The staff navigation bar under the header: a list of links that wraps on a narrow screen (no script needed).
enum StaffNavigationHTML {
    static func write(_ navigation: StaffNavigation, width: LayoutWidth, language: Language, to out: inout HTMLWriter) {
        let current = navigation.current
        out.raw("<nav class=\"staff-nav\""); out.attribute("aria-label", Phrase.staffNavigation(language))
        out.raw(">\n  <div class=\"\(width.containerClass)\">\n    <ul class=\"staff-nav-list\">\n")
        for item in navigation.items {
            out.raw("      <li><a class=\"staff-nav-link\""); out.attribute("href", item.href)
            if item == current { out.raw(" aria-current=\"page\"") }
            out.raw(">"); out.text(item.label(language)); out.raw("</a></li>\n")
        }
        out.raw("    </ul>\n  </div>\n</nav>\n")
    }
}
