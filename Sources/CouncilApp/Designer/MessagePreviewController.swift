import Domain
import Foundation
import Hummingbird
import Views

/// `/designer/services/{slug}/messages`: every message a service sends, rendered in English and Gaelic with sample
/// answers drawn from its definition, as an email and as a text message — what a designer checks before publishing.
struct MessagePreviewController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.group("designer").staffArea().get("services/{slug}/messages", use: preview)
    }

    @Sendable func preview(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard let service = try await services.catalogue.current(slug: slug) else { throw HTTPError(.notFound) }
        let definition = service.definition
        let today = services.today()
        let composer = NotificationComposer(definition: definition)
        let answers = SampleAnswers.answers(for: definition, today: today)
        let facts = SampleAnswers.facts(for: definition, today: today, publicURL: services.identity.publicURL)
        let title = definition.title.text(context.language)
        let events = NotificationEvent.allCases.map { event in
            let template = definition.notifications.template(event)
            // A confirmation shows a date only when the form books one (its sample answer does).
            var eventFacts = facts
            if event == .submitted { eventFacts.appointment = nil }
            return MessagePreviewPage.Event(
                event: event, ownTemplate: definition.notifications.templates[event] != nil,
                notifyEmailTemplate: template.notifyEmailTemplate, notifySMSTemplate: template.notifySMSTemplate,
                messages: Language.allCases.map { language in
                    let message = composer.compose(event, language: language, facts: eventFacts, answers: answers)
                    return .init(language: language, subject: message.subject, emailBody: message.emailBody, sms: message.sms)
                }
            )
        }
        return MessagePreviewPage(
            layout: context.layout(title: Phrase.previewTitle(title)(context.language), path: request.uri.path, back: "/designer"),
            serviceTitle: title, version: service.version, channelQuestion: definition.notifications.channelQuestion, events: events
        ).response()
    }
}
