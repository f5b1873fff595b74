import Domain
import Foundation
import Testing
@testable import Views

@Suite struct AdminAuditSnapshotTests {
    static let at = Date(timeIntervalSince1970: 1_780_000_000)

    static func page(_ language: Language, filters: AuditTrailPage.Filters = .init(), rows: [AuditTrailPage.Row] = [],
                     personNotFound: Bool = false, newer: String? = nil, older: String? = nil, errors: [FieldError] = []) -> AuditTrailPage {
        AuditTrailPage(
            layout: MockLayout.staff(language, title: Phrase.navAudit(language), path: "/admin/audit", roles: [.administrator], errors: !errors.isEmpty),
            filters: filters, actions: [.staffSignIn, .staffRoleGranted, .citizenSignIn], rows: rows, personNotFound: personNotFound,
            newerHref: newer, olderHref: older, errors: errors
        )
    }

    static let rows = [
        AuditTrailPage.Row(at: at, who: "iain@council.example", whoHref: "/admin/staff/1", action: .staffRoleGranted,
                           about: "ewan@council.example", aboutHref: "/admin/staff/7", detail: "case-officer:report-a-pothole", ipAddress: "192.0.2.10"),
        AuditTrailPage.Row(at: at.addingTimeInterval(-3600), who: "rhona@example.com (citizen)", action: .citizenSignIn, about: "",
                           detail: "", ipAddress: "198.51.100.4"),
        AuditTrailPage.Row(at: at.addingTimeInterval(-7200), who: "Health board referrals (API client)", action: .apiListCases, about: "",
                           detail: "", ipAddress: ""),
    ]

    @Test func fullWithPages() {
        let filters = AuditTrailPage.Filters(person: "iain@council.example", action: "staff.role-granted",
                                             from: .init(day: "1", month: "5", year: "2026"), to: .init(day: "31", month: "5", year: "2026"))
        assertPageSnapshots({ Self.page($0, filters: filters, rows: Self.rows, newer: "/admin/audit?person=iain%40council.example&newer=40",
                                        older: "/admin/audit?person=iain%40council.example&older=38") }, named: "full")
    }

    @Test func empty() {
        assertPageSnapshots({ Self.page($0) }, named: "empty")
    }

    @Test func personNotFound() {
        assertPageSnapshots({ Self.page($0, filters: .init(person: "nobody@example.org"), personNotFound: true) }, named: "person-not-found")
    }

    @Test func badDates() {
        let filters = AuditTrailPage.Filters(from: .init(day: "31", month: "2", year: "2026"), to: .init(day: "4", month: "", year: "2026"))
        assertPageSnapshots({ language in
            Self.page(language, filters: filters, errors: [
                FieldError(questionID: "from-day", message: Phrase.auditDateInvalidFrom(language)),
                FieldError(questionID: "to-day", message: Phrase.auditDateIncompleteTo(language)),
            ])
        }, named: "errors")
    }

    @Test func everyActionHasWordsInBothLanguages() {
        for action in AuditAction.all {
            #expect(AuditAction.names[action] != nil, "\(action.rawValue) has no words")
            #expect(action.name(.en) != action.name(.gd), "\(action.rawValue) is not in Gaelic")
        }
    }

    @Test func datesAreShownInTheLanguageOfThePage() {
        #expect(StaffDate.dayAndTime(Self.at, .en) == "28 May 2026, 9:26pm")
        #expect(StaffDate.dayAndTime(Self.at, .gd) == "28 dhen Chèitean 2026, 21:26")
        #expect(StaffDate.startOfDay(year: 2026, month: 2, day: 31) == nil)
    }
}
