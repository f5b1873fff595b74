import Domain
import SnapshotTesting
import Testing
@testable import Views

/// Page snapshot tests: each page model rendered from a mock, in English and in Gaelic, compared with the reviewed
/// HTML in `__Snapshots__/<test file>/`. A change to a page shows up as a diff of those files; after reviewing it, run
/// `scripts/record-snapshots` (or delete the file) to accept it.
func assertPageSnapshots<Page: PageModel>(
    _ make: (Language) -> Page, named name: String,
    fileID: StaticString = #fileID, file: StaticString = #filePath, testName: String = #function,
    line: UInt = #line, column: UInt = #column
) {
    for language in Language.allCases {
        assertSnapshot(of: make(language).render(), as: .lines, named: "\(name).\(language.rawValue)",
                       fileID: fileID, file: file, testName: testName, line: line, column: column)
    }
}

/// Frames for mock pages.
enum MockLayout {
    static func citizen(_ language: Language, title: String = "Title", path: String = "/", back: String? = nil,
                        serviceName: String? = nil, errors: Bool = false) -> LayoutModel {
        LayoutModel(language: language, title: title, hasErrors: errors, serviceName: serviceName,
                    serviceURL: serviceName.map { _ in "/services/mock" }, backLink: back, path: path, keepQuery: "",
                    headerLinks: [HeaderLink(text: Phrase.signIn(language), href: "/account/sign-in")])
    }

    /// The staff frame for someone holding `roles` (every role unless told).
    static func staff(_ language: Language, title: String = "Title", path: String, roles: [StaffRole] = StaffRole.allCases,
                      back: String? = nil, errors: Bool = false) -> LayoutModel {
        var layout = LayoutModel(language: language, title: title, hasErrors: errors, serviceName: nil, serviceURL: nil,
                                 backLink: back, path: path, keepQuery: "",
                                 headerLinks: [HeaderLink(text: Phrase.staffHome(language), href: "/staff"),
                                               HeaderLink(text: Phrase.signOut(language), href: "/staff/sign-out")])
        layout.width = .wide
        layout.staffNavigation = StaffNavigation(access: access(roles), currentPath: path)
        return layout
    }

    static func access(_ roles: [StaffRole]) -> StaffAccess {
        StaffAccess(grants: roles.map { RoleGrant(role: $0, serviceSlug: $0.isPerService ? "report-a-pothole" : nil) })
    }
}
