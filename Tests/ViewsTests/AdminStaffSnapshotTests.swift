import Domain
import Foundation
import Testing
@testable import Views

@Suite struct AdminStaffSnapshotTests {
    static let created = Date(timeIntervalSince1970: 1_780_000_000)
    static let services = [ServiceChoice(slug: "report-a-pothole", title: "Report a pothole"), ServiceChoice(slug: "bulky-waste", title: "Book a bulky waste collection")]

    static let officer = StaffMember(
        id: 7, email: "ewan@council.example", passwordHash: "hash", totpSecret: "secret", disabled: false,
        grants: [RoleGrant(role: .caseOfficer, serviceSlug: "report-a-pothole"), RoleGrant(role: .fieldWorker, serviceSlug: "bulky-waste"),
                 RoleGrant(role: .analyst)],
        createdAt: created
    )
    static let newcomer = StaffMember(id: 8, email: "new.person@council.example", passwordHash: nil, totpSecret: nil, disabled: true,
                                      grants: [], createdAt: created)

    @Test func staffList() {
        assertPageSnapshots({ language in
            StaffListPage(layout: MockLayout.staff(language, title: Phrase.navStaffAccounts(language), path: "/admin"),
                          members: [Self.officer, Self.newcomer], serviceTitles: ["report-a-pothole": "Report a pothole"])
        }, named: "full")
    }

    @Test func newStaff() {
        assertPageSnapshots({ language in
            NewStaffPage(layout: MockLayout.staff(language, title: Phrase.adminAddStaff(language), path: "/admin/staff/new", back: "/admin"),
                         csrfToken: "csrf-token", email: "", selectedRoles: [], service: "", services: Self.services, errors: [])
        }, named: "empty")
        assertPageSnapshots({ language in
            NewStaffPage(layout: MockLayout.staff(language, title: Phrase.adminAddStaff(language), path: "/admin/staff/new", back: "/admin", errors: true),
                         csrfToken: "csrf-token", email: "new.person@council.example", selectedRoles: ["case-officer", "analyst"], service: "",
                         services: Self.services,
                         errors: [FieldError(questionID: "service", message: Phrase.adminSelectServiceForRoles(language))])
        }, named: "errors")
    }

    @Test func staffMember() {
        assertPageSnapshots({ language in
            StaffMemberPage(layout: MockLayout.staff(language, title: Self.officer.email, path: "/admin/staff/7", back: "/admin"),
                            csrfToken: "csrf-token", member: Self.officer, sessions: 2, notice: .roles, services: Self.services)
        }, named: "full")
        assertPageSnapshots({ language in
            StaffMemberPage(layout: MockLayout.staff(language, title: Self.newcomer.email, path: "/admin/staff/8", back: "/admin"),
                            csrfToken: "csrf-token", member: Self.newcomer, sessions: 1, notice: .created, services: Self.services)
        }, named: "no-roles")
    }

    @Test func everyNoticeHasWords() {
        for notice in StaffMemberPage.Notice.allCases {
            let page = StaffMemberPage(layout: MockLayout.staff(.gd, path: "/admin/staff/7"), csrfToken: "t", member: Self.officer,
                                       sessions: 0, notice: notice, services: [])
            #expect(page.render().contains("notification-banner"), "\(notice)")
        }
    }
}
