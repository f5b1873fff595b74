import Domain
import Testing
@testable import Views

/// Scheduling a visit from the back office: the case page's visits part (none yet, and several with outcomes and a
/// photo) and the "Schedule a job" page sent back with errors.
@Suite struct FieldScheduleVisitSnapshotTests {
    /// The case page's visits part alone, in the staff frame.
    struct SectionPage: PageModel {
        var layout: LayoutModel
        var section: CaseVisitsSection

        func body(_ page: inout PageParts) { section.body(&page) }
    }

    static func questions() -> [Question] {
        func choice(_ id: String, _ label: Phrase, _ options: [(String, String)]) -> Question {
            var question = Question(id: id, type: .choice, label: LocalisedText(label.en, gaelic: label.gd))
            question.options = options.map { Option(value: $0.0, label: LocalisedText($0.1)) }
            return question
        }
        var date = Question(id: "job-date", type: .date, label: LocalisedText(Phrase.visitsDate.en, gaelic: Phrase.visitsDate.gd))
        date.hint = LocalisedText(Phrase.visitsDateHint("25 11 2026").en, gaelic: Phrase.visitsDateHint("25 11 2026").gd)
        return [
            choice("job-kind", .visitsKind, [("collection", "Collection")]),
            date,
            choice("job-slot", .visitsTime, [("am", "Morning (7am to 12 noon)"), ("pm", "Afternoon (12 noon to 5pm)")]),
            choice("job-assignee", .visitsAssignee, [("staff:7", "sam@council.example"), ("crew:Oban crew", "Oban crew"),
                                                    ("none", Phrase.visitsAssigneeNobody.en)]),
        ]
    }

    static func fields(errors: [FieldError] = [], posted: [String: [String]] = ["job-kind": ["collection"]]) -> ScheduleVisitFields {
        ScheduleVisitFields(caseReference: "BLK-2345-6789", questions: questions(), fields: posted, errors: errors, csrfToken: "csrf-token")
    }

    static func section(_ language: Language, rows: [CaseVisitsSection.Row]) -> SectionPage {
        SectionPage(layout: MockLayout.staff(language, title: "BLK-2345-6789", path: "/backoffice/cases/BLK-2345-6789", roles: [.caseOfficer]),
                    section: CaseVisitsSection(rows: rows, form: fields()))
    }

    @Test func aCaseWithNoVisits() {
        assertPageSnapshots({ Self.section($0, rows: []) }, named: "none")
    }

    @Test func aCaseWithVisits() {
        assertPageSnapshots({ language in
            Self.section(language, rows: [
                .init(when: AppointmentText.day(CalendarDay(year: 2026, month: 11, day: 25), language) + ", Morning (7am to 12 noon)",
                      kind: "Collection", who: "sam@council.example",
                      record: FieldVisitRecord(outcome: .notCompleted, reason: "Nothing outside"), photoHref: nil),
                .init(when: AppointmentText.day(CalendarDay(year: 2026, month: 11, day: 27), language) + ", Afternoon (12 noon to 5pm)",
                      kind: "Collection", who: "Oban crew",
                      record: FieldVisitRecord(outcome: .completed, notes: "Sofa by the gate"), photoHref: "/backoffice/cases/BLK-2345-6789/visits/2/photo"),
                .init(when: AppointmentText.day(CalendarDay(year: 2026, month: 12, day: 1), language) + ", Morning (7am to 12 noon)",
                      kind: "Collection", who: Phrase.visitsNobodyYet(language), record: nil, photoHref: nil),
            ])
        }, named: "visits")
    }

    @Test func theScheduleFormSentBackWithErrors() {
        assertPageSnapshots({ language in
            let errors = [
                FieldError(questionID: "job-date", part: "day", message: Phrase.visitsEnterDate(language)),
                FieldError(questionID: "job-slot", message: Phrase.visitsSelectTime(language)),
                FieldError(questionID: "job-assignee", message: Phrase.visitsSelectAssignee(language)),
            ]
            return ScheduleVisitPage(
                layout: MockLayout.staff(language, title: Phrase.visitsSchedule(language), path: "/backoffice/cases/BLK-2345-6789/visits",
                                         roles: [.caseOfficer], back: "/backoffice/cases/BLK-2345-6789", errors: true),
                form: Self.fields(errors: errors)
            )
        }, named: "errors")
    }
}
