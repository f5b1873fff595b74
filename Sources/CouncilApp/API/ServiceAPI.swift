import Domain
import Foundation
import Hummingbird

/// The service catalogue and each service's current definition, for `services:read`. A client kept to some
/// services sees only those.
struct ServiceAPI {
    let services: AppServices

    struct Summary: Encodable {
        var slug: String
        var version: Int
        var title: String
        var summary: String
    }

    func list(_ call: APICall) async throws -> Response {
        let language = call.context.language
        let list = try await services.catalogue.current().filter { call.client.mayReach(service: $0.slug) }.map {
            Summary(slug: $0.slug, version: $0.version, title: $0.definition.title.text(language), summary: $0.definition.summary.text(language))
        }
        return try APIJSON.response(["services": list])
    }

    struct Definition: Encodable {
        var slug: String
        var version: Int
        var title: String
        var summary: String
        var publishedAt: Date
        var pages: [PageOutline]
        var statuses: [Status]
        /// The definition file itself, YAML, as the designer published it.
        var source: String

        enum CodingKeys: String, CodingKey {
            case slug, version, title, summary, pages, statuses, source
            case publishedAt = "published_at"
        }
    }

    struct PageOutline: Encodable {
        var id: String
        var title: String
        var repeating: Bool
        var questions: [QuestionOutline]
    }

    struct QuestionOutline: Encodable {
        var id: String
        var type: String
        var label: String
        var required: Bool
        var options: [String]
    }

    struct Status: Encodable {
        var id: String
        var label: String
        var final: Bool
    }

    func show(_ call: APICall) async throws -> Response {
        let slug = try call.parameter("slug")
        guard let service = try await services.catalogue.current(slug: slug) else {
            throw APIError(.notFound, field: "slug", code: "unknown_service", message: "There is no published service called \(slug)")
        }
        try call.requireService(slug, field: "slug")
        let language = call.context.language
        let definition = service.definition
        let pages = definition.pages.filter { !$0.questions.isEmpty }.map { page in
            PageOutline(id: page.id, title: page.heading.text(language), repeating: page.repeatGroup != nil, questions: page.questions.map {
                QuestionOutline(id: $0.id, type: $0.type.rawValue, label: $0.label.text(language), required: $0.required, options: $0.options.map(\.value))
            })
        }
        let statuses = definition.workflow.states.map { Status(id: $0.id, label: $0.label.text(language), final: $0.isFinal) }
        return try APIJSON.response(Definition(
            slug: slug, version: service.version, title: definition.title.text(language), summary: definition.summary.text(language),
            publishedAt: service.publishedAt, pages: pages, statuses: statuses, source: service.source
        ))
    }
}
