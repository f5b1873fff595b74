import Foundation
import Testing
@testable import Domain

@Suite("Scheduling: definitions, available dates, appointment answers, job sites")
struct SchedulingTests {
    static let pages = """
    - id: address
      questions:
        - {id: address, type: address, label: Your address}
    - id: visit
      questions:
        - {id: visit, type: appointment, label: When should we come?}
    """

    static let workflow = """
    workflow:
      states:
        - {id: received, label: Received}
        - {id: done, label: Done, final: true}
        - {id: missed, label: Missed}
      transitions:
        - {from: [received, missed], to: done, roles: [field-worker, case-officer]}
        - {from: received, to: missed, roles: [field-worker]}
    """

    static func yaml(pages: String = pages, scheduling: String) -> String {
        Fixtures.yaml(pages: pages) + "\n" + workflow + "\nscheduling:\n" + Fixtures.indent(scheduling, by: 2)
    }

    static let scheduling = """
    jobs:
      - {id: visit, label: Visit}
      - {id: inspection, label: {en: Inspection, gd: Sgrùdadh}}
    slots:
      - {id: am, label: Morning}
      - {id: pm, label: Afternoon, capacity: 2}
    areas:
      - {id: north, label: North, postcode_districts: [pa34, PA35], daily_capacity: 3, crew: North crew}
      - {id: rest, label: Everywhere else, postcode_districts: all, daily_capacity: 5}
    earliest_working_days: 2
    latest_working_days: 10
    on_complete:
      completed: {to: done}
      not_completed: {to: missed}
    key_answers: [address]
    """

    /// Wednesday 25 November 2026; Monday 30 November is St Andrew's Day (a Scottish holiday).
    static let wednesday = CalendarDay(year: 2026, month: 11, day: 25)

    @Test func aSchedulingSectionIsRead() throws {
        let definition = try DefinitionParser.parse(yaml: Self.yaml(scheduling: Self.scheduling))
        let scheduling = try #require(definition.scheduling)
        #expect(scheduling.visitKinds.map(\.id) == ["visit", "inspection"])
        #expect(scheduling.kind("inspection")?.label.text(.gd) == "Sgrùdadh")
        #expect(scheduling.slots.map(\.capacity) == [nil, 2])
        #expect(scheduling.area("north")?.districts == ["PA34", "PA35"])
        #expect(scheduling.area("north")?.crew == "North crew")
        #expect(scheduling.area(forDistrict: "pa35")?.id == "north")
        #expect(scheduling.area(forDistrict: "IV2")?.id == "rest")
        #expect(scheduling.area(forDistrict: nil)?.id == "rest")
        #expect((scheduling.earliestWorkingDays, scheduling.latestWorkingDays) == (2, 10))
        #expect(scheduling.onOutcome == [.completed: "done", .notCompleted: "missed"])
        #expect(scheduling.keyAnswers == ["address"])
        // The appointment question offers the slots and books the first job kind unless it names one.
        let question = try #require(definition.page("visit")?.appointmentQuestion)
        #expect(question.options.map(\.value) == ["am", "pm"])
        #expect(question.visitKind == "visit")
    }

    @Test func onCompleteHasAShortFormForTheCompletedOutcome() throws {
        let short = Self.scheduling.replacingOccurrences(of: """
        on_complete:
          completed: {to: done}
          not_completed: {to: missed}
        """, with: "on_complete: {to: done}")
        let definition = try DefinitionParser.parse(yaml: Self.yaml(scheduling: short))
        #expect(definition.scheduling?.onOutcome == [.completed: "done"])
    }

    @Test func theBulkyWasteSampleBooksCollectionsInTwoAreas() throws {
        let definition = try Fixtures.sample("bulky-waste")
        let scheduling = try #require(definition.scheduling)
        #expect(scheduling.areas.map(\.dailyCapacity) == [20, 20])
        #expect(scheduling.slots.map(\.id) == ["am", "pm"])
        #expect(scheduling.area(forDistrict: "PA34")?.crew == "Oban crew")
        #expect(scheduling.area(forDistrict: "KT1")?.crew == "Mainland crew")
        #expect(scheduling.onOutcome[.completed] == "collected")
        #expect(definition.pages.compactMap(\.appointmentQuestion).map(\.id) == ["collection-date"])
        #expect(try definition.workflow.transition(from: "received", to: "collected", roles: [.fieldWorker]).notifiesCitizen)
    }

    @Test func mistakesInSchedulingAreReportedWithTheirPlace() {
        let yaml = Self.yaml(scheduling: """
        jobs:
          - {id: visit, label: Visit}
          - {id: visit, label: Again}
        slots:
          - {id: am, label: Morning, capacity: 0}
        areas:
          - {id: north, label: North, postcode_districts: [PA34, 12X], daily_capacity: 3}
          - {id: south, label: South, postcode_districts: [pa34], daily_capacity: 0}
          - {id: east, label: East, postcode_districts: all, daily_capacity: 3}
          - {id: west, label: West, postcode_districts: all, daily_capacity: 3}
        earliest_working_days: 5
        latest_working_days: 3
        on_complete:
          completed: {to: finished}
          not_completed: {to: received}
        key_answers: [nowhere]
        colour: blue
        """)
        let problems = Fixtures.problems(yaml)
        let messages = problems.map(\.message)
        #expect(messages.contains("jobs id visit is used twice"))
        #expect(messages.contains("capacity must be 1 or more"))
        #expect(messages.contains("12X is not a postcode district; write the first half of a postcode, like PA34"))
        #expect(messages.contains("postcode district PA34 is already in area north"))
        #expect(messages.contains("daily_capacity must be between 1 and 10000"))
        #expect(messages.contains("areas east and west both cover all districts; only one area can"))
        #expect(messages.contains("latest_working_days (3) is before earliest_working_days (5)"))
        #expect(messages.contains { $0.hasPrefix("there is no state finished in this service's workflow") })
        #expect(messages.contains { $0.hasPrefix("no transition to received allows the field-worker role") })
        #expect(messages.contains("key_answers names nowhere, which is not a question (or repeating page) of this service"))
        #expect(messages.contains { $0.hasPrefix("unknown key colour in scheduling") })
        let duplicate = problems.first { $0.message.contains("already in area north") }
        #expect(duplicate?.line == Fixtures.line(of: "postcode_districts: [pa34]", in: yaml))
        #expect(duplicate?.column == Fixtures.column(of: "pa34]", in: yaml))
        let finished = problems.first { $0.message.contains("state finished") }
        #expect(finished?.line == Fixtures.line(of: "{to: finished}", in: yaml))
    }

    @Test func appointmentQuestionsNeedSchedulingAndAnAddressFirst() {
        let noScheduling = Fixtures.yaml(pages: Self.pages)
        #expect(Fixtures.problems(noScheduling).map(\.message) == [
            "appointment question visit needs a scheduling section in this service (visits, slots and areas)",
        ])
        #expect(Fixtures.problems(noScheduling).first?.line == Fixtures.line(of: "type: appointment", in: noScheduling))

        let first = """
        - id: visit
          questions:
            - {id: visit, type: appointment, label: When should we come?, job: survey}
        - id: address
          questions:
            - {id: address, type: address, label: Your address}
        """
        let listedOnly = Self.scheduling.replacingOccurrences(of: "  - {id: rest, label: Everywhere else, postcode_districts: all, daily_capacity: 5}\n", with: "")
        let messages = Fixtures.problems(Self.yaml(pages: first, scheduling: listedOnly)).map(\.message)
        #expect(messages.contains { $0.hasPrefix("there is no job kind survey in scheduling.jobs") })
        #expect(messages.contains { $0.hasPrefix("appointment question visit comes before any address or postcode question") })
    }

    // MARK: Available dates

    static func rules(_ scheduling: Scheduling? = nil) throws -> Availability {
        let parsed = try #require(try DefinitionParser.parse(yaml: yaml(scheduling: Self.scheduling)).scheduling)
        return Availability(scheduling: scheduling ?? parsed, calendar: .scotland, today: wednesday)
    }

    @Test func availableDatesSkipWeekendsAndHolidays() throws {
        let rules = try Self.rules()
        // From the 2nd to the 10th working day after Wednesday 25 November: no weekends, no St Andrew's Day.
        #expect(rules.offeredDays.map(\.iso) == [
            "2026-11-27", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10",
        ])
        let north = try #require(rules.scheduling.area("north"))
        let days = rules.availableDays(in: north, usage: [])
        #expect(days.count == 9)
        #expect(days[0].slots.map(\.slot.id) == ["am", "pm"])
        // Morning has the whole day's room; afternoon its own capacity of 2.
        #expect(days[0].slots.map(\.placesLeft) == [3, 2])
    }

    @Test func fullDaysAndFullSlotsAreNotOffered() throws {
        let rules = try Self.rules()
        let north = try #require(rules.scheduling.area("north"))
        let friday = CalendarDay(year: 2026, month: 11, day: 27)
        let tuesday = CalendarDay(year: 2026, month: 12, day: 1)
        let wednesday = CalendarDay(year: 2026, month: 12, day: 2)
        let usage = [
            DayUsage(day: friday, total: 3, bySlot: ["am": 2, "pm": 1]),
            DayUsage(day: tuesday, total: 2, bySlot: ["pm": 2]),
            DayUsage(day: wednesday, total: 2, bySlot: ["am": 2]),
        ]
        let days = rules.availableDays(in: north, usage: usage)
        #expect(!days.contains { $0.day == friday })
        #expect(days.first { $0.day == tuesday }?.slots.map(\.slot.id) == ["am"])
        #expect(days.first { $0.day == wednesday }?.slots.map(\.placesLeft) == [1, 1])

        #expect(rules.check(Appointment(day: friday, slot: "am"), in: north, district: "PA34", usage: usage) == .full)
        #expect(rules.check(Appointment(day: tuesday, slot: "pm"), in: north, district: "PA34", usage: usage) == .full)
        #expect(rules.check(Appointment(day: tuesday, slot: "am"), in: north, district: "PA34", usage: usage) == nil)
        let saturday = CalendarDay(year: 2026, month: 11, day: 28)
        let holiday = CalendarDay(year: 2026, month: 11, day: 30)
        let tooFar = CalendarDay(year: 2026, month: 12, day: 11)
        for day in [saturday, holiday, tooFar, Self.wednesday] {
            #expect(rules.check(Appointment(day: day, slot: "am"), in: north, district: "PA34", usage: []) == .notOffered, "\(day.iso)")
        }
        #expect(rules.check(Appointment(day: tuesday, slot: "night"), in: north, district: "PA34", usage: []) == .unknownSlot)
        #expect(rules.check(Appointment(day: tuesday, slot: "am"), in: nil, district: "ZE1", usage: nil) == .noArea(district: "ZE1"))
        #expect(BookingRefusal.noArea(district: "ZE1").message(.en).contains("postcode district ZE1"))
    }

    // MARK: Appointment answers

    @Test func anAppointmentAnswerIsCheckedReadAndShown() throws {
        let definition = try DefinitionParser.parse(yaml: Self.yaml(scheduling: Self.scheduling))
        let question = try #require(definition.page("visit")?.appointmentQuestion)
        let validator = QuestionValidator(language: .en, today: Self.wednesday)
        let chosen = validator.validate(question, FieldInput(fields: ["visit": ["2026-12-01/pm"]]))
        let appointment = Appointment(day: CalendarDay(year: 2026, month: 12, day: 1), slot: "pm")
        #expect(chosen.answer == .appointment(appointment))
        #expect(validator.validate(question, FieldInput()).errors.map(\.message) == ["Select an answer to ‘When should we come?’"])
        for bad in ["2026-12-01/night", "2026-02-30/am", "tomorrow", "2026-11-25/am"] {
            #expect(validator.validate(question, FieldInput(fields: ["visit": [bad]])).errors.map(\.message) == ["Choose one of the dates and times shown"], "\(bad)")
        }

        let json = Answer.appointment(appointment).json
        #expect(json == .object(["date": .string("2026-12-01"), "slot": .string("pm")]))
        #expect(AnswerCoding.storedAnswer(for: question, json) == .appointment(appointment))
        #expect(try AnswerCoding.input(for: question, from: json, language: .en).get() == FieldInput(fields: ["visit": ["2026-12-01/pm"]]))
        #expect(throws: FieldError.self) { try AnswerCoding.input(for: question, from: .string("2026-12-01"), language: .en).get() }
        #expect(AnswerCoding.formFields(for: question, .appointment(appointment)) == ["visit": ["2026-12-01/pm"]])
        #expect(AnswerDisplay.lines(.appointment(appointment), for: question, language: .en) == ["Tuesday 1 December 2026, Afternoon"])
        #expect(AnswerDisplay.lines(.appointment(appointment), for: question, language: .gd) == ["Dimàirt 1 An Dùbhlachd 2026, Afternoon"])
    }

    // MARK: Job sites

    @Test func aJobSiteHasItsAddressAMapsLinkAndTheKeyAnswers() throws {
        let definition = try DefinitionParser.parse(yaml: Self.yaml(scheduling: Self.scheduling))
        let address = Address(line1: "Flat 2", line2: "5 Shore Road", town: "Òban", postcode: "PA34 4LY")
        let site = VisitSite(answers: Answers(values: ["address": .address(address)]), definition: definition)
        #expect(site.addressLines == ["Flat 2", "5 Shore Road", "Òban", "PA34 4LY"])
        #expect(site.mapsURL == "https://www.google.com/maps/search/?api=1&query=Flat%202,%205%20Shore%20Road,%20%C3%92ban,%20PA34%204LY")
        #expect(site.geoURI == nil)
        #expect(site.keyAnswers.map(\.label) == ["Your address"])

        let pothole = try Fixtures.sample("report-a-pothole")
        let located = VisitSite(answers: Answers(values: [
            "location": .location(Location(latitude: 57.4778, longitude: -4.2247, description: "By the bus stop")),
        ]), definition: pothole)
        #expect(located.addressLines == ["By the bus stop"])
        #expect(located.mapsURL == "https://www.google.com/maps/search/?api=1&query=57.477800,-4.224700")
        #expect(located.geoURI == "geo:57.477800,-4.224700")
    }

    @Test func aJobIsRecordedOnlyByItsWorkerOrAnyWorkerOfItsServiceWhenUnassigned() {
        let access = StaffAccess(grants: [RoleGrant(role: .fieldWorker, serviceSlug: "bulky-waste")])
        var job = Visit(id: 1, caseReference: "BLK-AAAA-BBBB", serviceSlug: "bulky-waste", kind: "collection",
                      day: Self.wednesday, slot: "am", area: "north", assigneeID: nil, crew: "North crew", status: .scheduled)
        #expect(job.mayBeRecorded(by: 7, access: access))
        job.assigneeID = 7
        #expect(job.mayBeRecorded(by: 7, access: access))
        #expect(!job.mayBeRecorded(by: 8, access: access))
        job.serviceSlug = "report-a-pothole"
        #expect(!job.mayBeRecorded(by: 7, access: access))
    }
}
