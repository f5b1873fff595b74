import Domain
import Foundation
import Testing
@testable import Views

/// The field worker's day list (`/field`): a full day, an empty day, a later day (each card warns and asks to confirm
/// an early completion), a form sent back with errors, and the notice after an outcome is recorded.
@Suite struct FieldDaySnapshotTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 25)

    static func card(_ id: Int64, record: FieldVisitRecord? = nil, assignee: FieldVisitCard.Assignee = .you, mayRecord: Bool = true,
                     needingReason: [VisitOutcome] = [], _ language: Language) -> FieldVisitCard {
        FieldVisitCard(
            id: id, slotLabel: language == .gd ? "Madainn (7m gu 12 meadhan-latha)" : "Morning (7am to 12 noon)",
            kindLabel: language == .gd ? "Cruinneachadh" : "Collection",
            addressLines: ["12 Argyll Street", "Oban", "PA34 4AA"],
            mapsURL: "https://www.google.com/maps/search/?api=1&query=56.415000,-5.471000",
            keyAnswers: [(label: language == .gd ? "Nithean" : "Items", lines: ["Sofa, 1", "Fridge, 1"])],
            caseReference: "BLK-2345-6789", caseStatus: language == .gd ? "Glèidhte" : "Booked", assignee: assignee, record: record,
            mayRecord: mayRecord, outcomesNeedingApplicantReason: needingReason
        )
    }

    static func page(_ language: Language, day: CalendarDay = today, cards: [FieldVisitCard], notice: FieldRecordedNotice? = nil,
                     failed: FieldDayPage.FailedForm? = nil, errors: [FieldError] = []) -> FieldDayPage {
        FieldDayPage(
            layout: MockLayout.staff(language, title: FieldDayPage.title(day: day, today: today, language), path: "/field",
                                     roles: [.fieldWorker], errors: !errors.isEmpty),
            day: day, today: today, notice: notice, cards: cards, csrfToken: "csrf-token", failed: failed, errors: errors
        )
    }

    @Test func aFullDay() {
        assertPageSnapshots({ language in
            Self.page(language, cards: [
                Self.card(1, needingReason: [.notCompleted], language),
                Self.card(2, assignee: .crew("Oban crew"), language),
                Self.card(3, record: FieldVisitRecord(outcome: .completed, completedAt: Date(timeIntervalSince1970: 1_795_615_500),
                                                      notes: "Sofa by the gate"), language),
                Self.card(4, record: FieldVisitRecord(outcome: .notCompleted, reason: "Nothing outside"), assignee: .nobody, language),
                Self.card(5, record: FieldVisitRecord(cancelled: true, outcome: nil), language),
            ])
        }, named: "full")
    }

    @Test func anEmptyDay() {
        assertPageSnapshots({ Self.page($0, day: Self.today.adding(days: 1), cards: []) }, named: "empty")
    }

    @Test func aLaterDayAsksToConfirmAnEarlyCompletion() {
        assertPageSnapshots({ Self.page($0, day: Self.today.adding(days: 2), cards: [Self.card(7, $0)]) }, named: "later-day")
    }

    @Test func aFormSentBackWithErrors() {
        assertPageSnapshots({ language in
            Self.page(language, cards: [Self.card(1, needingReason: [.notCompleted], language), Self.card(2, language)],
                      failed: .init(visitID: 1, fields: ["outcome": "not_completed", "notes": "Gate locked"]),
                      errors: [FieldError(questionID: "job-1-reason", message: Phrase.fieldEnterReason(language)),
                               FieldError(questionID: "job-1-citizen-reason",
                                          message: Phrase.fieldNeedsCitizenReason(language == .gd ? "Cha b’ urrainnear a chruinneachadh" : "Not collected")(language))])
        }, named: "errors")
    }

    @Test func theNoticeAfterRecording() {
        assertPageSnapshots({ language in
            Self.page(language, cards: [Self.card(3, record: FieldVisitRecord(outcome: .completed), language)],
                      notice: FieldRecordedNotice(caseReference: "BLK-2345-6789", outcome: .completed,
                                                  caseState: .now(language == .gd ? "Air a chruinneachadh" : "Collected")))
        }, named: "recorded")
        assertPageSnapshots({ language in
            Self.page(language, cards: [Self.card(3, record: FieldVisitRecord(outcome: .completed), language)],
                      notice: FieldRecordedNotice(caseReference: "BLK-2345-6789", outcome: .completed,
                                                  caseState: .stays(language == .gd ? "Glèidhte" : "Booked", why: nil)))
        }, named: "recorded-case-stays")
    }

    @Test func aRecordReadsTheSameOnTheCardAndTheCasePage() {
        let record = FieldVisitRecord(outcome: .notCompleted, reason: "Nothing outside", notes: "Rang twice!")
        #expect(record.text(.en) == "Recorded: Could not complete. Why it could not be completed: Nothing outside. Notes: Rang twice!")
        #expect(record.caseStatus(.en) == "Could not complete. Why it could not be completed: Nothing outside. Notes: Rang twice!")
        #expect(FieldVisitRecord(cancelled: true, outcome: nil).text(.gd) == "Air a sgur dheth.")
    }
}
