import Domain
import Hummingbird
import Views

/// The context of every MyAccount route behind sign-in: the citizen is signed in, so handlers get `citizen` as a
/// value, not an optional to check again. Made by the router group from the site's context, after
/// `CitizenOnlyMiddleware` has sent the signed-out to sign-in.
struct CitizenRequestContext: ChildRequestContext {
    typealias ParentContext = AppRequestContext
    var coreContext: CoreRequestContextStorage
    let citizen: CitizenAccount
    /// The site's context this one was made from, for what the whole site shares (language, address, header links).
    let site: AppRequestContext

    init(context: AppRequestContext) throws {
        // Unreachable behind CitizenOnlyMiddleware; a route added without it is refused rather than served to nobody.
        guard let citizen = context.citizen else { throw HTTPError(.unauthorized) }
        coreContext = context.coreContext
        self.citizen = citizen
        site = context
    }

    var language: Language { site.language }
    var actor: Actor { .citizen(citizen.id) }
    var maxUploadSize: Int { site.bodyLimit }

    /// The citizen frame, with the account's header links.
    func layout(title: String, path: String, errors: [FieldError] = [], back: String? = nil) -> LayoutModel {
        site.accountLayout(title: title, path: path, errors: errors, back: back)
    }
}

extension AppRequestContext {
    /// The citizen frame the account pages are drawn in, with this request's header links (sign in, or the account's).
    func accountLayout(title: String, path: String, errors: [FieldError] = [], back: String? = nil) -> LayoutModel {
        LayoutModel(language: language, title: title, hasErrors: !errors.isEmpty, serviceName: nil, serviceURL: nil,
                    backLink: back, path: path, keepQuery: "", headerLinks: headerLinks)
    }
}
