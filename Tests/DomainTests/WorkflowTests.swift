import Foundation
import Testing
@testable import Domain

@Suite("Workflows and working days")
struct WorkflowTests {
    static let page = """
    - id: name
      questions:
        - {id: name, type: text, label: Your name}
    """

    static func yaml(workflow: String) -> String {
        Fixtures.yaml(pages: page) + "\nworkflow:\n" + Fixtures.indent(workflow, by: 2)
    }

    @Test func aDeclaredWorkflowIsRead() throws {
        let definition = try DefinitionParser.parse(yaml: Self.yaml(workflow: """
        states:
          - {id: received, label: Received}
          - {id: checked, label: {en: Checked, gd: Air a sgrùdadh}, citizen_text: We have checked it., target_working_days: 3}
          - {id: done, label: Done, final: true}
        transitions:
          - {from: received, to: checked, roles: [case-officer, field-worker], notify: true}
          - {from: [received, checked], to: done, roles: [case-officer], reason: required}
        target: {working_days: 5, until: [done]}
        """))
        let workflow = definition.workflow
        #expect(workflow.initialState == "received")
        #expect(workflow.state("checked")?.targetWorkingDays == 3)
        #expect(workflow.state("checked")?.label.text(.gd) == "Air a sgrùdadh")
        #expect(workflow.state("done")?.isFinal == true)
        #expect(workflow.target == CaseTarget(workingDays: 5, until: ["done"]))
        #expect(workflow.moves(from: "received", for: [.fieldWorker]).map(\.to) == ["checked"])
        let close = try workflow.transition(from: "checked", to: "done", roles: [.caseOfficer])
        #expect(close.needsReason)
        #expect(try workflow.transition(from: "received", to: "checked", roles: [.fieldWorker]).notifiesCitizen)
    }

    @Test func aServiceWithoutAWorkflowGetsTheStandardOne() throws {
        let definition = try Fixtures.definition(pages: Self.page)
        #expect(definition.workflow == .standard)
        #expect(definition.workflow.states.map(\.id) == ["received", "in-review", "awaiting-information", "approved", "declined", "closed"])
    }

    @Test func forbiddenMovesAndRolesAreRefusedWithClearMessages() {
        let workflow = Workflow.standard
        #expect(throws: WorkflowRefusal.notAllowed(from: "Received", to: "Approved")) {
            try workflow.transition(from: "received", to: "approved", roles: [.caseOfficer])
        }
        #expect(throws: WorkflowRefusal.roleNotAllowed(to: "In review", needed: "Case officer")) {
            try workflow.transition(from: "received", to: "in-review", roles: [.customerServiceAgent])
        }
        #expect(throws: WorkflowRefusal.unknownState("lost")) { try workflow.transition(from: "received", to: "lost", roles: [.caseOfficer]) }
        #expect(WorkflowRefusal.roleNotAllowed(to: "In review", needed: "Case officer").description == "Only a case officer can move a case to In review")
        #expect(workflow.moves(from: "closed", for: [.caseOfficer]).isEmpty)
    }

    @Test func mistakesInAWorkflowAreReportedWithTheirPlace() {
        let yaml = Self.yaml(workflow: """
        states:
          - {id: received, label: Received}
          - {id: done, label: Done, final: true}
        transitions:
          - {from: recieved, to: done, roles: [case-officer]}
          - {from: done, to: received, roles: [wizard]}
        target: {working_days: 0, until: [finished]}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("there is no state recieved in this workflow (did you mean received?)"))
        #expect(messages.contains("state done is final: no transition can leave it"))
        #expect(messages.contains { $0.hasPrefix("unknown role wizard; use administrator") })
        #expect(messages.contains("working_days must be 1 or more"))
        #expect(messages.contains { $0.hasPrefix("there is no state finished") })
        let line = Fixtures.problems(yaml).first { $0.message.contains("recieved") }?.line
        #expect(line == Fixtures.line(of: "from: recieved", in: yaml))
    }

    @Test func dayNumbersRoundTripAndKnowTheWeekday() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDay(year: 1970, month: 1, day: 1).weekday == 4, "a Thursday")
        #expect(CalendarDay(year: 2026, month: 11, day: 25).weekday == 3, "a Wednesday")
        #expect(CalendarDay(year: 1969, month: 12, day: 31).weekday == 3)
        for number in stride(from: -1000, through: 30_000, by: 37) {
            #expect(CalendarDay(dayNumber: number).dayNumber == number)
        }
        #expect(CalendarDay(year: 2028, month: 2, day: 28).adding(days: 1) == CalendarDay(year: 2028, month: 2, day: 29))
        #expect(CalendarDay(iso: "2026-02-29") == nil)
        #expect(CalendarDay(iso: "2026-12-25")?.iso == "2026-12-25")
    }

    @Test func workingDaysSkipWeekendsAndScottishHolidays() {
        let scotland = WorkingCalendar.scotland
        let day = { (text: String) in CalendarDay(iso: text) ?? CalendarDay(year: 1, month: 1, day: 1) }
        // Friday 24 Dec 2027 + 1 working day: the weekend, then substitute days for Christmas and Boxing Day.
        #expect(scotland.adding(workingDays: 1, to: day("2027-12-24")) == day("2027-12-29"))
        // St Andrew's Day 2026 is Monday 30 November.
        #expect(scotland.adding(workingDays: 1, to: day("2026-11-27")) == day("2026-12-01"))
        // Ten working days from Wednesday 25 November 2026, with St Andrew's Day in between.
        #expect(scotland.adding(workingDays: 10, to: day("2026-11-25")) == day("2026-12-10"))
        #expect(scotland.workingDays(from: day("2026-11-25"), to: day("2026-12-10")) == 10)
        #expect(scotland.workingDays(from: day("2026-12-10"), to: day("2026-11-25")) == -10)
        // Both the 2nd of January (Scotland only) and Good Friday 2026.
        #expect(!scotland.isWorkingDay(day("2026-01-02")))
        #expect(!scotland.isWorkingDay(day("2026-04-03")))
        #expect(scotland.isWorkingDay(day("2026-04-06")), "Easter Monday is not a bank holiday in Scotland")
        #expect(scotland.holidays.count == 27)
    }

    @Test func targetStatusIsDueDueSoonOrOverdue() {
        let calendar = WorkingCalendar.scotland
        let today = CalendarDay(year: 2026, month: 11, day: 25)
        #expect(TargetStatus.of(deadline: today.adding(days: 14), today: today, met: false, calendar: calendar) == .onTrack)
        #expect(TargetStatus.of(deadline: CalendarDay(year: 2026, month: 11, day: 27), today: today, met: false, calendar: calendar) == .dueSoon)
        #expect(TargetStatus.of(deadline: CalendarDay(year: 2026, month: 11, day: 24), today: today, met: false, calendar: calendar) == .overdue)
        #expect(TargetStatus.of(deadline: CalendarDay(year: 2026, month: 11, day: 24), today: today, met: true, calendar: calendar) == .met)
        #expect(TargetStatus.of(deadline: nil, today: today, met: false, calendar: calendar) == .none)
    }

    @Test func aHolidayFileIsReadWithLineNumbersForMistakes() throws {
        let calendar = try WorkingCalendar.parse("# Highland local holidays\n2026-03-02 # spring holiday\n\n2026-09-14\n", file: "h.txt")
        #expect(calendar.holidays == [CalendarDay(year: 2026, month: 3, day: 2), CalendarDay(year: 2026, month: 9, day: 14)])
        #expect(throws: CalendarProblems(lines: ["bad.txt:2: 2026-13-01 is not a date in the form 2026-12-25", "bad.txt:3: tomorrow is not a date in the form 2026-12-25"])) {
            try WorkingCalendar.parse("2026-01-05\n2026-13-01\ntomorrow\n", file: "bad.txt")
        }
    }
}
