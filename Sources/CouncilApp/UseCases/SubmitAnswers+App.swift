import Domain

/// Appointment booking as the submit flow needs it (the checks and the job), answered from the job store.
struct VisitBookings: SubmissionBookings {
    let booking: AppointmentBooking

    func problems(_ definition: ServiceDefinition, _ answers: Answers, language: Language) async throws -> [FieldError] {
        try await booking.problems(definition, answers, language: language)
    }

    func visit(for submission: NewSubmission, _ definition: ServiceDefinition) -> NewVisit? {
        booking.visit(for: submission, definition)
    }
}

extension AppServices {
    /// Sending a form's answers, for the pages and the API alike.
    var submitAnswers: SubmitAnswers {
        SubmitAnswers(submissions: submissions, bookings: VisitBookings(booking: AppointmentBooking(services: self)),
                      calendar: calendar, today: today, areas: areas, measures: measures)
    }
}
