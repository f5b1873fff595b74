import Domain
import Hummingbird
import Views

/// The context of every route in a staff area: the member of staff is signed in (password and second factor), so
/// handlers get `staff` as a value, not an optional to check again. Made by the router group from the site's context,
/// after `StaffAreaMiddleware` has sent the signed-out to sign-in and refused roles that may not enter the area.
struct StaffRequestContext: ChildRequestContext {
    typealias ParentContext = AppRequestContext
    var coreContext: CoreRequestContextStorage
    let staff: StaffMember
    /// The site's context this one was made from, for what the whole site shares (language, address, header links).
    let site: AppRequestContext

    init(context: AppRequestContext) throws {
        // Unreachable behind StaffAreaMiddleware; a route added without it is refused rather than served to nobody.
        guard let staff = context.staff else { throw HTTPError(.unauthorized) }
        coreContext = context.coreContext
        self.staff = staff
        site = context
    }

    var language: Language { site.language }
    var actor: Actor { .staff(staff.id) }
    var maxUploadSize: Int { site.bodyLimit }

    /// The wide staff frame with the navigation to every area this person's roles open.
    func layout(title: String, path: String, errors: [FieldError] = [], back: String? = nil, keepQuery: String = "") -> LayoutModel {
        var layout = LayoutModel(
            language: language, title: title, hasErrors: !errors.isEmpty, serviceName: nil, serviceURL: nil, backLink: back,
            path: path, keepQuery: keepQuery, headerLinks: site.headerLinks
        )
        layout.width = .wide
        layout.staffNavigation = StaffNavigation(access: staff.access, currentPath: path)
        return layout
    }
}

extension RouterGroup<AppRequestContext> {
    /// Routes of a staff area: signed-in staff whose roles open the area, with a `StaffRequestContext`.
    func staffArea() -> RouterGroup<StaffRequestContext> {
        add(middleware: StaffAreaMiddleware()).group(context: StaffRequestContext.self)
    }
}

extension Router<AppRequestContext> {
    /// Routes under `path` open to any signed-in member of staff (staff home), with a `StaffRequestContext`.
    func signedInStaff(_ path: RouterPath) -> RouterGroup<StaffRequestContext> {
        group(path).add(middleware: StaffSignedInMiddleware()).group(context: StaffRequestContext.self)
    }
}
