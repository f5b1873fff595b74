import Foundation

/// What a submission needs from appointment booking: the checks of the dates chosen (window and area; capacity is the
/// record's own last word) and the visit a submission books. The app's `AppointmentBooking` answers from the visit store.
public protocol SubmissionBookings: Sendable {
    func problems(_ definition: ServiceDefinition, _ answers: Answers, language: Language) async throws -> [FieldError]
    func visit(for submission: NewSubmission, _ definition: ServiceDefinition) -> NewVisit?
}

/// Sending a form's answers, the one way both the pages (check answers) and the API do it: validate every answer,
/// set the due date, check any appointment chosen, book it, and make it all durable in one transaction.
public struct SubmitAnswers: Sendable {
    /// What a caller sends.
    public struct Request: Sendable {
        public var definition: ServiceDefinition
        public var version: Int
        public var answers: [String: JSONValue]
        public var channel: Channel
        public var language: Language
        /// Files already uploaded page by page (the journey) or inline in the answers (the API).
        public var fileSource: SubmissionValidator.FileSource
        /// The journey the submission completes, marked submitted in the same transaction; nil for the API.
        public var completing: JourneyState?

        public init(definition: ServiceDefinition, version: Int, answers: [String: JSONValue], channel: Channel, language: Language,
                    fileSource: SubmissionValidator.FileSource, completing: JourneyState? = nil) {
            self.definition = definition
            self.version = version
            self.answers = answers
            self.channel = channel
            self.language = language
            self.fileSource = fileSource
            self.completing = completing
        }
    }

    public enum Outcome: Sendable {
        case recorded(NewSubmission)
        /// Answers that fail validation, as the validator words them (by question, not page).
        case invalid([FieldError])
        /// An appointment chosen that cannot be booked any more (outside the window, or the area has none).
        case notBookable([FieldError])
        /// Someone else took the last place between the date page and now; `questionID` is the appointment question.
        case fullyBooked(questionID: String)
    }

    let submissions: any SubmissionRepository
    let bookings: any SubmissionBookings
    let calendar: WorkingCalendar
    let today: @Sendable () -> CalendarDay
    let areas: (any AreaLocating)?
    let measures: any MeasureRecording

    public init(submissions: any SubmissionRepository, bookings: any SubmissionBookings, calendar: WorkingCalendar,
                today: @escaping @Sendable () -> CalendarDay, areas: (any AreaLocating)? = nil,
                measures: any MeasureRecording = NoMeasures()) {
        self.submissions = submissions
        self.bookings = bookings
        self.calendar = calendar
        self.today = today
        self.areas = areas
        self.measures = measures
    }

    /// Submits `request`; `prepare` adds what only the caller knows (who entered it, the API call's audit entry and
    /// idempotent answer), given the submission with its reference before anything is written.
    public func callAsFunction(_ request: Request, prepare: (inout NewSubmission) throws -> Void = { _ in }) async throws -> Outcome {
        let definition = request.definition
        let validator = SubmissionValidator(definition: definition, language: request.language, today: today(), fileSource: request.fileSource)
        let validated: ValidatedSubmission
        switch validator.validate(request.answers) {
        case .failure(let problems): return .invalid(problems.errors)
        case .success(let valid): validated = valid
        }
        var submission = NewSubmission(validated: validated, definition: definition, version: request.version,
                                       channel: request.channel, language: request.language)
        try prepare(&submission)
        submission.setDue(definition.workflow, calendar: calendar, today: today())
        let problems = try await bookings.problems(definition, validated.answers, language: request.language)
        if !problems.isEmpty { return .notBookable(problems) }
        submission.booking = bookings.visit(for: submission, definition)
        submission.areaCode = await area(of: submission.location)
        do {
            try await submissions.record(submission, completing: request.completing)
        } catch BookingRefusal.full {
            return .fullyBooked(questionID: definition.pages.lazy.compactMap(\.appointmentQuestion).first?.id ?? "")
        }
        measures.record(MeasureKey(day: today().dayNumber, service: submission.serviceSlug, version: submission.serviceVersion,
                                   channel: submission.channel, language: submission.language, area: submission.areaCode ?? "",
                                   measure: .submitted))
        return .recorded(submission)
    }

    /// The area the request's postcode or point lies in. Looked up only when the answers give a place; a lookup that
    /// fails leaves the area unknown rather than refuse the submission (the case is still made, with its point).
    private func area(of location: CaseLocation) async -> String? {
        guard let areas, !location.isEmpty else { return nil }
        return try? await areas.area(postcode: location.postcode, latitude: location.latitude, longitude: location.longitude)
    }
}
