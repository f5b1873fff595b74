import Domain
import Foundation
import Testing
@testable import Views

@Suite struct BackOfficeCaseSnapshotTests {
    static let received = Date(timeIntervalSince1970: 1_795_000_000)

    static func timeline() -> [CaseDetailPage.Event] {
        let at = { (minutes: Double) in received.addingTimeInterval(minutes * 60) }
        return [
            .init(entry: CaseTimelineEntry(kind: .notificationDelivery, detail: ["channel": .string("email"), "to": .string("calum@example.org"),
                                                                                 "status": .string("delivered")], actor: nil, at: at(50)), who: .platform),
            .init(entry: CaseTimelineEntry(kind: .note, detail: ["note": .string("Welcome pack posted second class.")], actor: "staff:7", at: at(40)),
                  who: .staff("officer@council.example")),
            .init(entry: CaseTimelineEntry(kind: .informationSupplied, detail: ["answer": .string("Any Sunday.")], actor: "citizen:3", at: at(30)),
                  who: .applicant),
            .init(entry: CaseTimelineEntry(kind: .statusChanged, detail: ["status": .string("declined"), "reason": .string("Places are full")],
                                           actor: "staff:7", at: at(20)), who: .staff("officer@council.example")),
            .init(entry: CaseTimelineEntry(kind: .assigned, detail: ["name": .string("officer@council.example")], actor: "staff:7", at: at(10)),
                  who: .staff("officer@council.example")),
            .init(entry: CaseTimelineEntry(kind: .targetWarning, detail: ["level": .string("overdue"), "due": .string("2026-11-16")], actor: nil,
                                           at: at(5)), who: .platform),
        ]
    }

    static func page(_ language: Language, officer: Bool = true, done: String? = nil, errors: [FieldError] = [], fields: [String: String] = [:],
                     answers: Bool = true) -> CaseDetailPage {
        CaseDetailPage(
            layout: MockLayout.staff(language, title: "Sign up to volunteer: VOL-7K3D-9Q2P", path: "/backoffice/cases/VOL-7K3D-9Q2P",
                                     roles: officer ? [.caseOfficer] : [.customerServiceAgent], back: "/backoffice", errors: !errors.isEmpty),
            reference: "VOL-7K3D-9Q2P", serviceTitle: "Sign up to volunteer", done: done,
            applicant: "Calum Mac an t-Saoir, calum@example.org", status: language == .gd ? "Ga sgrùdadh" : "In review",
            target: .dueSoon, due: CalendarDay(year: 2026, month: 12, day: 3),
            statusTarget: officer ? (.onTrack, CalendarDay(year: 2026, month: 12, day: 10)) : nil,
            assignee: officer ? "officer@council.example" : nil, received: received, channel: officer ? "online" : "phone",
            enteredBy: officer ? nil : "agent@council.example",
            answers: answers ? [
                .init(title: "About you", rows: [.init(question: "Full name", lines: ["Calum Mac an t-Saoir"]),
                                                 .init(question: "Address", lines: ["1 High Street", "Inverness", "IV2 3AB"])]),
            ] : nil,
            locations: officer ? [Location(latitude: 55.9533, longitude: -3.1883, description: "Outside the library")] : [],
            files: officer ? [FileReference(id: "f1", filename: "photo.jpg", contentType: "image/jpeg", size: 2_400_000)] : [],
            fieldVisitsHTML: officer ? "<h2 class=\"heading-m\">Jobs</h2>\n<p class=\"body\">No jobs are scheduled for this case.</p>\n" : "",
            timeline: timeline(),
            statusLabels: ["declined": language == .gd ? "Air a dhiùltadh" : "Declined"],
            colleagues: officer ? [("8", "colleague@council.example")] : nil,
            moves: officer ? [("approved", "Approved"), ("declined", "Declined"), ("closed", "Closed")] : [],
            canRequestInformation: officer, fields: fields, errors: errors, csrfToken: "csrf-token"
        )
    }

    @Test func anOfficersCase() {
        assertPageSnapshots({ Self.page($0, done: "note") }, named: "officer")
    }

    @Test func anAgentsViewOfACaseTheyEntered() {
        assertPageSnapshots({ Self.page($0, officer: false, answers: false) }, named: "agent")
    }

    @Test func aStatusChangeWithAnError() {
        assertPageSnapshots({ language in
            Self.page(language, errors: [FieldError(questionID: "reason", message: "Enter the reason for moving the case to Declined")],
                      fields: ["status": "declined"])
        }, named: "status-error")
    }
}
