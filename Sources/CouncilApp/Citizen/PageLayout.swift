import Domain
import Hummingbird
import Views

/// The parts of every page's context that the layout needs: language, title, header, back link, errors.
struct PageLayout {
    var language: Language
    var path: String
    var title: String
    var serviceName: String?
    var serviceURL: String?
    var backLink: String?
    var errors: [FieldError] = []
    /// Query items to keep on the language-switch links.
    var keepQuery: String = ""

    func context(merging page: [String: Any]) -> [String: Any] {
        var context = page
        context["lang"] = language.rawValue
        context["t"] = Strings.table(language)
        context["pageTitle"] = errors.isEmpty ? title : title
        context["hasErrors"] = !errors.isEmpty
        context["errors"] = errors.map { ["anchor": $0.anchor, "message": $0.message] }
        if let serviceName { context["serviceName"] = serviceName }
        if let serviceURL { context["serviceURL"] = serviceURL }
        if let backLink { context["backLink"] = backLink }
        context["languages"] = Language.allCases.map { other -> [String: Any] in
            [
                "code": other.rawValue, "name": other.nativeName, "current": other == language,
                "href": "\(path)?\(keepQuery)lang=\(other.rawValue)",
            ]
        }
        return context
    }
}
