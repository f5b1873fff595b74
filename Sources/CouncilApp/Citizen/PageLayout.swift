import Domain
import Hummingbird
import Views

/// What every page shares: language, title, header, back link, errors. Becomes the layout and the error summary.
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
    var headerLinks: [HeaderLink] = []

    var model: LayoutModel {
        LayoutModel(
            language: language, title: title, hasErrors: !errors.isEmpty, serviceName: serviceName,
            serviceURL: serviceURL, backLink: backLink, path: path, keepQuery: keepQuery, headerLinks: headerLinks
        )
    }
}
