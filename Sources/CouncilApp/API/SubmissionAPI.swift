import Domain
import Foundation
import Hummingbird

/// `POST /api/v1/services/{slug}/submissions`: answers validated by the same code as the pages, made durable with
/// the call's audit entry (and, under an `Idempotency-Key`, the answer a retry gets) in one transaction.
struct SubmissionAPI {
    let services: AppServices

    struct Created: Encodable {
        var reference: String
        var version: Int
    }

    func create(_ call: APICall) async throws -> Response {
        let slug = try call.parameter("slug")
        let body = try await APIJSON.object(call.request, limit: services.maxBodySize, example: "{\"answers\": {...}}")
        guard let service = try await services.catalogue.current(slug: slug) else {
            throw APIError(.notFound, field: "slug", code: "unknown_service", message: "There is no published service called \(slug)")
        }
        try call.requireService(slug, field: "slug")
        var language = Language.en
        if let code = body["language"] {
            guard let text = code.stringValue, let chosen = Language(code: text) else {
                throw APIError(.unprocessableContent, field: "language", code: "invalid", message: "language must be \"en\" or \"gd\"")
            }
            language = chosen
        }
        try APIJSON.rejectUnknown(body, allowed: ["answers", "language"], hint: "the body has answers and, optionally, language")
        guard let answers = body["answers"]?.objectValue else {
            throw APIError(.unprocessableContent, field: "answers", code: "required", message: "answers must be an object of question ids to answers")
        }
        let validator = SubmissionValidator(definition: service.definition, language: language, today: services.today(), fileSource: .inline)
        switch validator.validate(answers) {
        case .failure(let problems):
            throw APIError.validation(problems.errors)
        case .success(let validated):
            var submission = NewSubmission(validated: validated, definition: service.definition, version: service.version, channel: .api, language: language)
            submission.setDue(service.definition.workflow, calendar: services.calendar, today: services.today())
            let booking = AppointmentBooking(services: services)
            let problems = try await booking.problems(service.definition, validated.answers, language: language)
            if !problems.isEmpty { throw APIError.validation(problems) }
            submission.booking = booking.job(for: submission, service.definition)
            submission.audit = call.auditEntry(status: .created)
            submission.audit?.subject = "submission:\(submission.reference)"
            let created = try APIJSON.stored(Created(reference: submission.reference, version: service.version), status: .created)
            submission.idempotency = call.idempotency?.completion(created)
            do {
                try await services.submissions.record(submission, completing: nil)
            } catch BookingRefusal.full {
                let field = service.definition.pages.lazy.compactMap(\.appointmentQuestion).first?.id ?? ""
                throw APIError(.conflict, field: field, code: "fully_booked", message: BookingRefusal.full.message(language))
            }
            return IdempotencyGate.replay(created, replayed: false)
        }
    }
}
