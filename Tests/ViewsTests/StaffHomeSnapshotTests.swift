import Domain
import Testing
@testable import Views

@Suite struct StaffHomeSnapshotTests {
    static func page(_ language: Language, roles: [StaffRole], providers: Bool = false, linked: Bool = false) -> StaffHomePage {
        let access = MockLayout.access(roles)
        return StaffHomePage(
            layout: MockLayout.staff(language, title: Phrase.staffHome(language), path: "/staff", roles: roles),
            email: "morag@council.example", access: access, roles: Array(access.grants).sorted { $0.role.rawValue < $1.role.rawValue },
            accountLinked: linked,
            identityProviders: providers ? [.init(id: "entra", name: "Highland Council account")] : [],
            csrfToken: providers ? "csrf-token" : nil
        )
    }

    @Test func everyRole() {
        assertPageSnapshots({ Self.page($0, roles: StaffRole.allCases, providers: true, linked: true) }, named: "every-role")
    }

    @Test func caseOfficerOnly() {
        assertPageSnapshots({ Self.page($0, roles: [.caseOfficer]) }, named: "case-officer")
    }

    @Test func noRolesYet() {
        assertPageSnapshots({ Self.page($0, roles: []) }, named: "no-roles")
    }

    @Test func theNavigationListsExactlyTheAreasTheRolesOpen() {
        let officer = StaffNavigation.items(for: MockLayout.access([.caseOfficer])).map(\.href)
        #expect(officer == ["/staff", "/backoffice"])
        let agent = StaffNavigation.items(for: MockLayout.access([.customerServiceAgent])).map(\.href)
        #expect(agent == ["/staff", "/backoffice", "/backoffice/assisted"])
        let admin = StaffNavigation.items(for: MockLayout.access([.administrator])).map(\.href)
        #expect(admin.contains("/admin/audit") && admin.contains("/admin/jobs") && !admin.contains("/backoffice"))
        let navigation = StaffNavigation(access: MockLayout.access(StaffRole.allCases), currentPath: "/backoffice/strategy")
        #expect(navigation.current?.href == "/backoffice/strategy", "the longest matching address, not /backoffice")
        #expect(StaffNavigation(access: MockLayout.access([.caseOfficer]), currentPath: "/backoffice/cases/ABC").current?.href == "/backoffice")
    }
}
