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
