import Domain
import Foundation
import Testing
@testable import Views

@Suite struct BackOfficeQueueSnapshotTests {
    static let received = Date(timeIntervalSince1970: 1_795_000_000)

    static func rows(_ language: Language) -> [CaseQueuePage.Row] {
        [
            CaseQueuePage.Row(reference: "HRD-AAAA-0001", applicantName: "Alex Morgan", applicantEmail: "alex.morgan.with.a.long.address@example.com",
                              service: "Apply for a hardship payment", status: language == .gd ? "Ga mheasadh" : "Being assessed",
                              target: .overdue, due: CalendarDay(year: 2026, month: 11, day: 16), assignee: "officer@council.example",
                              channel: "online", received: received),
            CaseQueuePage.Row(reference: "POT-BBBB-0002", applicantName: nil, applicantEmail: "pothole@example.com", service: "Report a pothole",
                              status: language == .gd ? "Air fhaighinn" : "Received", target: .none, due: nil, assignee: nil,
                              channel: "face_to_face", received: received.addingTimeInterval(3600 * 5)),
        ]
    }

    static func page(_ language: Language, results: CaseQueuePage.Results?, errors: [FieldError] = [], filters: CaseQueuePage.Filters = .init(),
                     bulkFields: [String: String] = [:], services: [CaseQueuePage.Option]? = nil) -> CaseQueuePage {
        let serviceOptions = services ?? [("hardship-fund", "Apply for a hardship payment"), ("report-a-pothole", "Report a pothole")]
        return CaseQueuePage(
            layout: MockLayout.staff(language, title: Phrase.navCases(language), path: "/backoffice", roles: [.caseOfficer], errors: !errors.isEmpty),
            serviceTitles: serviceOptions.map(\.label), queue: .all,
            queueAddresses: [.mine: "/backoffice?queue=mine", .unassigned: "/backoffice?queue=unassigned", .all: "/backoffice?queue=all"],
            clearAddress: "/backoffice?queue=all", filters: filters, serviceOptions: serviceOptions,
            statusOptions: [("received", "Received"), ("in-review", "Being assessed"), ("closed", "Closed")],
            colleagueOptions: [("7", "officer@council.example")], results: results, errors: errors, bulkFields: bulkFields, csrfToken: "csrf-token"
        )
    }

    static func results(_ language: Language, rows: [CaseQueuePage.Row], first: Bool = true) -> CaseQueuePage.Results {
        CaseQueuePage.Results(rows: rows, count: rows.isEmpty ? 0 : 28, countIsCapped: false, firstPage: first,
                              previous: first ? nil : "/backoffice?queue=all&before=abc", next: rows.isEmpty ? nil : "/backoffice?queue=all&after=def",
                              exportAddress: "/backoffice/export.csv?queue=all", returnAddress: "/backoffice?queue=all")
    }

    @Test func aListOfCases() {
        assertPageSnapshots({ Self.page($0, results: Self.results($0, rows: Self.rows($0), first: false)) }, named: "cases")
    }

    @Test func noCasesMatch() {
        var filters = CaseQueuePage.Filters()
        filters.text = "boiler"
        filters.statuses = ["closed"]
        assertPageSnapshots({ Self.page($0, results: Self.results($0, rows: []), filters: filters) }, named: "none")
    }

    @Test func filtersWithErrorsShowNoList() {
        var filters = CaseQueuePage.Filters()
        filters.from = "2026-13-45"
        filters.district = "NOT A DISTRICT"
        assertPageSnapshots({ language in
            Self.page(language, results: nil, errors: [
                FieldError(questionID: "from", message: Phrase.boErrorFromDate(language)),
                FieldError(questionID: "district", message: Phrase.boErrorDistrict(language)),
            ], filters: filters)
        }, named: "filter-errors")
    }

    @Test func aBulkActionWithAnError() {
        assertPageSnapshots({ language in
            Self.page(language, results: Self.results(language, rows: Self.rows(language)),
                      errors: [FieldError(questionID: "note", message: Phrase.boErrorEnterNote(language))],
                      bulkFields: ["action": "note", "reason": "", "note": ""], services: [("hardship-fund", "Apply for a hardship payment")])
        }, named: "bulk-error")
    }

    @Test func whatABulkActionDid() {
        assertPageSnapshots({ language in
            BulkOutcomePage(
                layout: MockLayout.staff(language, title: Phrase.boSelectedCases(language), path: "/backoffice/bulk", roles: [.caseOfficer],
                                         back: "/backoffice?queue=all"),
                changed: [.init(reference: "HRD-AAAA-0001", text: Phrase.boAssignedToYou(language)),
                          .init(reference: "HRD-AAAA-0002", text: Phrase.boStatusChangedTo("Approved")(language))],
                notChanged: [.init(reference: "POT-BBBB-0002", text: Phrase.boNotYourService(language))],
                backAddress: "/backoffice?queue=all"
            )
        }, named: "bulk-outcome")
    }
}
