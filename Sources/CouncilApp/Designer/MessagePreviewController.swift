import Domain
import Foundation
import Hummingbird
import Views

/// `/designer/services/{slug}/messages`: every message a service sends, rendered in English and Gaelic with sample
/// answers drawn from its definition, as an email and as a text message — what a designer checks before publishing.
struct MessagePreviewController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.group("designer").add(middleware: StaffAreaMiddleware()).get("services/{slug}/messages", use: preview)
    }

    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard let service = try await services.catalogue.current(slug: slug) else { throw HTTPError(.notFound) }
        let definition = service.definition
        let today = services.today()
        let composer = NotificationComposer(definition: definition)
        let answers = SampleAnswers.answers(for: definition, today: today)
        let facts = SampleAnswers.facts(for: definition, today: today, publicURL: services.identity.publicURL)
        let title = definition.title.english
        return pages.page(context, path: request.uri.path, title: "Messages: \(title)", back: "/designer") { page in
            page.heading("Messages", caption: title)
            page.paragraph("Each message this service sends, in English and Gaelic, filled in with made-up answers (version \(service.version)). "
                + "Change them in the notifications section of the service definition.")
            if let question = definition.notifications.channelQuestion {
                page.inset("Applicants choose email, text message or both in the question \(question).")
            } else {
                page.inset("Applicants are not asked how to be contacted: they get an email if they gave an address, otherwise a text message.")
            }
            for event in NotificationEvent.allCases {
                let template = definition.notifications.template(event)
                page.raw("<section aria-labelledby=\"event-\(event.rawValue)\">\n<h2 class=\"heading-m\" id=\"event-\(event.rawValue)\">")
                page.raw(HTMLWriter.escape(Self.eventName(event)))
                page.raw("</h2>\n")
                page.paragraph(definition.notifications.templates[event] == nil
                    ? "Built-in message: this service has no template of its own for this event." : "This service's own template.", classes: "body hint")
                if let id = template.notifyEmailTemplate { page.paragraph("Emails use the Notify template \(id).") }
                if let id = template.notifySMSTemplate { page.paragraph("Text messages use the Notify template \(id).") }
                // A confirmation shows a date only when the form books one (its sample answer does).
                var eventFacts = facts
                if event == .submitted { eventFacts.appointment = nil }
                for language in Language.allCases {
                    let message = composer.compose(event, language: language, facts: eventFacts, answers: answers)
                    Self.draw(message, language: language, event: event, into: &page)
                }
                page.raw("</section>\n")
            }
        }
    }

    /// One language's rendering: the email's subject and body, and the text message with its length.
    private static func draw(_ message: ComposedMessage, language: Language, event: NotificationEvent, into page: inout PageParts) {
        let id = "\(event.rawValue)-\(language.rawValue)"
        page.raw("<h3 class=\"heading-s\" id=\"\(id)\">\(HTMLWriter.escape(language.nativeName))</h3>\n")
        page.raw("<div lang=\"\(language.rawValue)\">\n<dl class=\"summary-list\">\n")
        let rows = [
            ("Email subject", message.subject, "<span>"),
            ("Email body", message.emailBody, "<pre class=\"message-body\">"),
            ("Text message", message.sms, "<pre class=\"message-body\">"),
        ]
        for (label, text, open) in rows {
            page.raw("<div class=\"summary-list-row\"><dt class=\"summary-list-key\" lang=\"en\">\(label)</dt><dd class=\"summary-list-value\">")
            page.raw(open); page.raw(HTMLWriter.escape(text)); page.raw(open.hasPrefix("<pre") ? "</pre>" : "</span>")
            page.raw("</dd></div>\n")
        }
        page.raw("</dl>\n<p class=\"body hint\" lang=\"en\">Text message: \(message.sms.count) characters.</p>\n</div>\n")
    }

    static func eventName(_ event: NotificationEvent) -> String {
        switch event {
        case .submitted: "Request received (submitted)"
        case .statusChanged: "Status changed (status-changed)"
        case .informationRequested: "More information requested (information-requested)"
        case .appointmentBooked: "Appointment booked (appointment-booked)"
        case .reminder: "Appointment reminder (reminder)"
        }
    }
}
