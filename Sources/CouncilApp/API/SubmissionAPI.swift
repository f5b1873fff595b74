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
        guard try await services.catalogue.entry(slug: slug) != nil else {
            throw APIError(.notFound, field: "slug", code: "unknown_service", message: "There is no published service called \(slug)")
        }
        try call.requireService(slug, field: "slug")
        try APIError.unlessOpen(try await services.catalogue.availabilityForSubmission(slug: slug), slug: slug)
        guard let service = try await services.catalogue.current(slug: slug) else {
            throw APIError(.notFound, field: "slug", code: "unknown_service", message: "There is no published service called \(slug)")
        }
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
        let request = SubmitAnswers.Request(definition: service.definition, version: service.version, answers: answers, channel: .api,
                                            language: language, fileSource: .inline)
        var created: StoredAPIResponse?
        let outcome = try await services.submitAnswers(request) { submission in
            submission.audit = call.auditEntry(status: .created)
            submission.audit?.subject = "submission:\(submission.reference)"
            let reply = try APIJSON.stored(Created(reference: submission.reference, version: service.version), status: .created)
            submission.idempotency = call.idempotency?.completion(reply)
            created = reply
        }
        switch outcome {
        case .recorded:
            guard let created else { throw HTTPError(.internalServerError) }
            return IdempotencyGate.replay(created, replayed: false)
        case .invalid(let problems), .notBookable(let problems):
            throw APIError.validation(problems)
        case .fullyBooked(let field):
            throw APIError(.conflict, field: field, code: "fully_booked", message: BookingRefusal.full.message(language))
        }
    }
}
