import Foundation
import Synchronization
import Testing
@testable import Domain

/// A submission store that keeps what it is given, or refuses as a full day would.
fileprivate final class RecordingSubmissions: SubmissionRepository {
    let recorded = Mutex<[(NewSubmission, JourneyState?)]>([])
    let refuseAsFull: Bool

    init(refuseAsFull: Bool = false) { self.refuseAsFull = refuseAsFull }

    func record(_ submission: NewSubmission, completing journey: JourneyState?) async throws {
        if refuseAsFull { throw BookingRefusal.full }
        recorded.withLock { $0.append((submission, journey)) }
    }

    func submission(reference: String) async throws -> StoredSubmission? { nil }
    func submissionCount() async throws -> Int { recorded.withLock { $0.count } }
}

/// Bookings that report the problems they are given and book nothing.
fileprivate struct FixedBookings: SubmissionBookings {
    var problems: [FieldError] = []

    func problems(_ definition: ServiceDefinition, _ answers: Answers, language: Language) async throws -> [FieldError] { problems }
    func visit(for submission: NewSubmission, _ definition: ServiceDefinition) -> NewVisit? { nil }
}

@Suite("SubmitAnswers")
struct SubmitAnswersTests {
    let definition: ServiceDefinition

    init() throws {
        definition = try Fixtures.definition(pages: """
        - id: name
          questions:
            - {id: full-name, type: text, label: Full name}
        """)
    }

    fileprivate func submit(_ answers: [String: JSONValue], store: RecordingSubmissions, bookings: FixedBookings = FixedBookings(),
                prepare: (inout NewSubmission) -> Void = { _ in }) async throws -> SubmitAnswers.Outcome {
        let useCase = SubmitAnswers(submissions: store, bookings: bookings, calendar: WorkingCalendar(name: "test", holidays: []),
                                    today: { Fixtures.today })
        let request = SubmitAnswers.Request(definition: definition, version: 3, answers: answers, channel: .api, language: .en,
                                            fileSource: .inline)
        return try await useCase(request, prepare: prepare)
    }

    @Test("valid answers are recorded once, with the caller's additions and a due date")
    func recordsValidAnswers() async throws {
        let store = RecordingSubmissions()
        let outcome = try await submit(["full-name": .string("Ann Example")], store: store) { $0.contactEmail = "ann@example.com" }
        guard case .recorded(let submission) = outcome else { Issue.record("expected recorded, got \(outcome)"); return }
        let recorded = store.recorded.withLock { $0 }
        #expect(recorded.count == 1)
        #expect(recorded.first?.0.reference == submission.reference)
        #expect(submission.contactEmail == "ann@example.com")
        #expect(submission.serviceVersion == 3)
        #expect(submission.channel == .api)
    }

    @Test("invalid answers come back as the validator's errors and nothing is recorded")
    func refusesInvalidAnswers() async throws {
        let store = RecordingSubmissions()
        let outcome = try await submit([:], store: store)
        guard case .invalid(let errors) = outcome else { Issue.record("expected invalid, got \(outcome)"); return }
        #expect(errors.map { $0.questionID } == ["full-name"])
        #expect(try await store.submissionCount() == 0)
    }

    @Test("an appointment that can no longer be booked is refused before anything is recorded")
    func refusesUnbookableAppointments() async throws {
        let store = RecordingSubmissions()
        let problem = FieldError(questionID: "visit", message: "That date is not available", code: "not_available")
        let outcome = try await submit(["full-name": .string("Ann Example")], store: store, bookings: FixedBookings(problems: [problem]))
        guard case .notBookable(let errors) = outcome else { Issue.record("expected notBookable, got \(outcome)"); return }
        #expect(errors.map { $0.questionID } == ["visit"])
        #expect(try await store.submissionCount() == 0)
    }

    @Test("a day filled between the date page and sending is an outcome, not an error")
    func reportsAFullDay() async throws {
        let outcome = try await submit(["full-name": .string("Ann Example")], store: RecordingSubmissions(refuseAsFull: true))
        guard case .fullyBooked(let questionID) = outcome else { Issue.record("expected fullyBooked, got \(outcome)"); return }
        #expect(questionID == "", "this service asks no appointment question")
    }
}

/// Counts kept in memory, for checking what a use case counted.
fileprivate final class CountedMeasures: MeasureRecording {
    let counts = Mutex<[MeasureKey: Int]>([:])
    func record(_ key: MeasureKey, count: Int) { counts.withLock { $0[key, default: 0] += count } }
}

/// Areas by postcode from a fixed list, or a lookup that always fails.
fileprivate struct FixedAreas: AreaLocating {
    var areas: [String: String] = [:]
    var fails = false
    func area(postcode: String?, latitude: Double?, longitude: Double?) async throws -> String? {
        if fails { throw CancellationError() }
        return postcode.flatMap { areas[PostcodeKey.make($0)] }
    }
}

@Suite("SubmitAnswers: area and measures")
struct SubmitAnswersAreaTests {
    let definition: ServiceDefinition

    init() throws {
        definition = try Fixtures.definition(pages: """
        - id: where
          title: Where is it
          questions:
            - {id: spot, type: location, label: Where is it}
            - {id: code, type: postcode, label: Postcode}
        """)
    }

    fileprivate func submit(areas: FixedAreas, measures: CountedMeasures, store: RecordingSubmissions) async throws -> SubmitAnswers.Outcome {
        let useCase = SubmitAnswers(submissions: store, bookings: FixedBookings(), calendar: WorkingCalendar(name: "test", holidays: []),
                                    today: { Fixtures.today }, areas: areas, measures: measures)
        let answers: [String: JSONValue] = [
            "spot": .object(["description": .string("By the school"), "latitude": .number(55.9), "longitude": .number(-3.2)]),
            "code": .string("kt1 2ab"),
        ]
        return try await useCase(SubmitAnswers.Request(definition: definition, version: 2, answers: answers, channel: .phone,
                                                       language: .gd, fileSource: .inline))
    }

    @Test("a submission carries its area and point, and counts submitted in that area")
    func areaAndSubmittedCount() async throws {
        let measures = CountedMeasures()
        let store = RecordingSubmissions()
        let outcome = try await submit(areas: FixedAreas(areas: ["KT12AB": "W07"]), measures: measures, store: store)
        guard case .recorded(let submission) = outcome else { Issue.record("expected recorded, got \(outcome)"); return }
        #expect(submission.areaCode == "W07")
        #expect(submission.location == CaseLocation(postcode: "KT1 2AB", latitude: 55.9, longitude: -3.2))
        #expect(store.recorded.withLock { $0.first?.0.areaCode } == "W07")
        let key = MeasureKey(day: Fixtures.today.dayNumber, service: definition.slug, version: 2, channel: .phone, language: .gd, area: "W07",
                             measure: .submitted)
        #expect(measures.counts.withLock { $0 } == [key: 1])
    }

    @Test("an area lookup that fails leaves the area unknown and the submission is still made")
    func failedLookup() async throws {
        let measures = CountedMeasures()
        let store = RecordingSubmissions()
        let outcome = try await submit(areas: FixedAreas(fails: true), measures: measures, store: store)
        guard case .recorded(let submission) = outcome else { Issue.record("expected recorded, got \(outcome)"); return }
        #expect(submission.areaCode == nil)
        #expect(measures.counts.withLock { $0.keys.map(\.area) } == [""])
    }

    @Test("nothing is counted when the submission is not made")
    func notCountedWhenRefused() async throws {
        let measures = CountedMeasures()
        _ = try await submit(areas: FixedAreas(), measures: measures, store: RecordingSubmissions(refuseAsFull: true))
        #expect(measures.counts.withLock { $0.isEmpty })
    }
}
