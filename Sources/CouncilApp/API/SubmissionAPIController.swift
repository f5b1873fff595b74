import Domain
import Foundation
import Hummingbird
import NIOCore

/// The JSON API for machine clients: the service list and submissions, validated by the same code as the pages.
struct SubmissionAPIController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        let api = router.group("api/v1")
        api.get("services", use: listServices)
        api.post("services/{slug}/submissions", use: createSubmission)
    }

    struct ServiceSummary: ResponseEncodable {
        var slug: String
        var version: Int
        var title: String
        var summary: String
    }

    struct Created: ResponseEncodable {
        var reference: String
        var version: Int
    }

    @Sendable func listServices(_ request: Request, context: AppRequestContext) async throws -> [String: [ServiceSummary]] {
        let list = try await services.catalogue.current().map {
            ServiceSummary(slug: $0.slug, version: $0.version, title: $0.definition.title.text(context.language), summary: $0.definition.summary.text(context.language))
        }
        return ["services": list]
    }

    @Sendable func createSubmission(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<Created> {
        let slug = try context.parameters.require("slug")
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: services.maxBodySize)
        } catch {
            throw APIError(.contentTooLarge, code: "too_large", message: "The request body is larger than the limit of \(services.maxBodySize / 1024) KB")
        }
        let body: [String: JSONValue]
        do {
            guard case .object(let object) = try JSONText.parse(buffer.readableBytesView) else {
                throw APIError(.badRequest, code: "invalid_json", message: "The body must be a JSON object like {\"answers\": {...}}")
            }
            body = object
        } catch let error as JSONText.SyntaxError {
            throw APIError(.badRequest, code: "invalid_json", message: "The body is not valid JSON (\(error.description)); send an object like {\"answers\": {...}}")
        }
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
        if let unknown = body.keys.sorted().first(where: { !["answers", "language"].contains($0) }) {
            throw APIError(.unprocessableContent, field: unknown, code: "unknown_field", message: "Unknown field; the body has answers and, optionally, language")
        }
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
            do {
                try await services.submissions.record(submission, completing: nil)
            } catch BookingRefusal.full {
                let field = service.definition.pages.lazy.compactMap(\.appointmentQuestion).first?.id ?? ""
                throw APIError(.conflict, field: field, code: "fully_booked", message: BookingRefusal.full.message(language))
            }
            return EditedResponse(status: .created, response: Created(reference: submission.reference, version: service.version))
        }
    }
}
