import Foundation
import Testing
@testable import Domain

/// Message templates: the `notifications:` section of a definition, rendering, built-in texts and channel choice.
@Suite("Notification templates")
struct NotificationTemplateTests {
    static let contactPages = """
    - id: full-name
      questions:
        - {id: full-name, type: text, label: Full name}
    - id: contact
      title: Contact details
      questions:
        - {id: email, type: email, label: Email}
        - {id: phone, type: phone, label: Phone}
    - id: contact-by
      questions:
        - id: contact-by
          type: choice
          label: {en: How should we contact you?, gd: Ciamar a chuireas sinn fios thugad?}
          options:
            - {value: email, label: Email}
            - {value: sms, label: Text message}
            - {value: both, label: Both}
    """

    static func yaml(notifications: String) -> String {
        Fixtures.yaml(pages: contactPages) + "\nnotifications:\n" + Fixtures.indent(notifications, by: 2) + "\n"
    }

    static func definition(_ notifications: String) throws -> ServiceDefinition {
        try DefinitionParser.parse(yaml: yaml(notifications: notifications))
    }

    // MARK: Parsing

    @Test("templates per event are read in English and Gaelic, with the channel question")
    func templatesAreRead() throws {
        let definition = try Self.definition("""
        channel_question: contact-by
        submitted:
          email_subject: {en: "Received ((reference))", gd: "Fhuair sinn ((reference))"}
          sms: "Got it, ((answers.full-name)): ((reference))"
          notify_email_template: f33517ff-2a88-4f6e-b855-c550268ce08a
        """)
        let submitted = definition.notifications.template(.submitted)
        #expect(submitted.emailSubject.text(.gd)?.source == "Fhuair sinn ((reference))")
        #expect(submitted.sms.text(.en)?.fields == [.answer("full-name"), .reference])
        #expect(submitted.notifyEmailTemplate == "f33517ff-2a88-4f6e-b855-c550268ce08a")
        #expect(submitted.emailBody == MessageTemplate.builtIn(.submitted).emailBody, "a part left out is the built-in one")
        #expect(definition.notifications.templates[.reminder] == nil)
        #expect(definition.notifications.template(.reminder) == MessageTemplate.builtIn(.reminder))
        #expect(definition.notifications.channelQuestion == "contact-by")
    }

    @Test("mistakes in notifications are reported with the line and column of each")
    func mistakesHavePositions() throws {
        let notifications = """
        submited:
          sms: Hello
        status-changed:
          email_subject: {gd: "Ùrachadh ((reference))"}
          email_body: "Now ((stauts)) for ((reference))"
          sms: "((answers.nickname)) ((date))"
          notify_sms_template: not-an-id
        channel_question: full-name
        """
        let yaml = Self.yaml(notifications: notifications)
        let problems = Fixtures.problems(yaml)
        func problem(_ text: String) -> DefinitionProblem? { problems.first { $0.message.contains(text) } }
        let unknownEvent = try #require(problem("unknown event submited in notifications"))
        #expect(unknownEvent.message.contains("did you mean submitted?"))
        #expect(unknownEvent.line == Fixtures.line(of: "submited:", in: yaml))
        #expect(unknownEvent.column == 3)
        let english = try #require(problem("email_subject of status-changed needs an English text (en)"))
        #expect(english.line == Fixtures.line(of: "email_subject: {gd", in: yaml))
        #expect(english.column == Fixtures.column(of: "{gd", in: yaml))
        let field = try #require(problem("unknown personalisation field ((stauts)) in email_body of status-changed"))
        #expect(field.line == Fixtures.line(of: "((stauts))", in: yaml))
        #expect(field.column == Fixtures.column(of: "\"Now", in: yaml))
        #expect(problem("((answers.nickname)) in sms of status-changed names question nickname, which is not in this service") != nil)
        #expect(problem("((date)) is always empty in a status-changed message") != nil)
        #expect(problem("a Notify template id looks like") != nil)
        let channel = try #require(problem("channel_question full-name must be a choice question"))
        #expect(channel.line == Fixtures.line(of: "channel_question: full-name", in: yaml))
    }

    @Test("a channel question must offer only email, sms and both, with somewhere to send each")
    func channelQuestionIsChecked() {
        let yaml = Fixtures.yaml(pages: """
        - id: contact
          questions:
            - {id: email, type: email, label: Email}
        - id: contact-by
          questions:
            - id: contact-by
              type: choice
              label: How?
              options:
                - {value: sms, label: Text}
                - {value: post, label: Letter}
        """) + "\nnotifications:\n  channel_question: contact-by\n"
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("the options of channel_question contact-by must have the values email, sms or both, not post"))
        #expect(messages.contains { $0.contains("offers text messages, but the service asks for no phone number") })
    }

    @Test("every sample service's messages parse; hardship fund and bulky waste have their own in English and Gaelic")
    func sampleServicesHaveTemplates() throws {
        for name in ["hardship-fund", "bulky-waste"] {
            let definition = try Fixtures.sample(name)
            #expect(definition.notifications.channelQuestion == "contact-by")
            let submitted = try #require(definition.notifications.templates[.submitted])
            #expect(submitted.emailBody.translations[.gd] != nil && submitted.sms.translations[.gd] != nil)
        }
    }

    // MARK: Rendering

    @Test("rendering fills fields, leaves out lines whose fields are all empty, and falls back to English")
    func rendering() throws {
        var unknown: [String] = []
        let text = TemplateText("Dear ((answers.full-name)),\n\nReference: ((reference))\n\nReason: ((reason))\n\nSee ((link))", unknown: &unknown)
        #expect(unknown.isEmpty)
        let filled = MessageRenderer.render(text, [.answer("full-name"): "Mòrag", .reference: "HRD-1234-5678", .link: "https://x.example/r"])
        #expect(filled == "Dear Mòrag,\n\nReference: HRD-1234-5678\n\nSee https://x.example/r")
        let sms = TemplateText("Booked for ((date)), ((slot)). Ref ((reference)).", unknown: &unknown)
        #expect(MessageRenderer.render(sms, [.date: "Friday 27 November 2026", .reference: "BLK-1"]) == "Booked for Friday 27 November 2026. Ref BLK-1.")

        let definition = try Self.definition("""
        submitted:
          email_subject: {en: "Received ((reference))"}
          email_body: {en: "Hello ((answers.full-name))", gd: "Halò ((answers.full-name))"}
        """)
        let answers = Answers(values: ["full-name": .text("Alex Morgan")])
        let gaelic = NotificationComposer(definition: definition).compose(.submitted, language: .gd, facts: NotificationFacts(reference: "TST-1"), answers: answers)
        #expect(gaelic.subject == "Received TST-1", "no Gaelic subject: the English one")
        #expect(gaelic.emailBody == "Halò Alex Morgan")
        #expect(gaelic.personalisation["answers.full-name"] == "Alex Morgan")
        #expect(gaelic.personalisation["reference"] == "TST-1" && gaelic.personalisation["link"] == "")
    }

    @Test("a value cannot add fields, lines or links to a message")
    func noInjection() {
        var unknown: [String] = []
        let text = TemplateText("Hello ((answers.name))\nRef ((reference))", unknown: &unknown)
        let rendered = MessageRenderer.render(text, [.answer("name"): "Eve ((reference))\n# Pay here [now](https://evil.example)\u{202E}", .reference: "R-1"])
        #expect(rendered == "Hello Eve ((reference)) # Pay here (now)(https://evil.example)\nRef R-1")
        let reason = TemplateText("((reason))", unknown: &unknown)
        #expect(MessageRenderer.render(reason, [.reason: "First.\r\n\r\n\r\nSecond."]) == "First.\n\nSecond.", "officers' paragraphs stay")
    }

    @Test("the built-in messages of every event read well in both languages with a standard service")
    func builtInMessages() throws {
        let definition = try Fixtures.sample("volunteering")
        let composer = NotificationComposer(definition: definition)
        let today = CalendarDay(year: 2026, month: 11, day: 25)
        let facts = SampleAnswers.facts(for: definition, today: today, publicURL: "https://council.example")
        for event in NotificationEvent.allCases {
            for language in Language.allCases {
                let message = composer.compose(event, language: language, facts: facts, answers: Answers())
                #expect(!message.subject.isEmpty && !message.emailBody.isEmpty && !message.sms.isEmpty, "\(event) \(language)")
                #expect(!message.emailBody.contains("(("), "\(event) \(language): \(message.emailBody)")
                #expect(message.emailBody.contains(facts.reference) || message.subject.contains(facts.reference))
            }
        }
        let status = composer.compose(.statusChanged, language: .gd, facts: NotificationFacts(reference: "VOL-1", status: "approved", reason: "Chaidh gabhail ris."),
                                      answers: Answers())
        #expect(status.emailBody.contains("Chaidh gabhail ris."))
        let booked = composer.compose(.reminder, language: .en, facts: NotificationFacts(reference: "VOL-1", appointment: Appointment(day: today, slot: "am")),
                                      answers: Answers())
        #expect(booked.emailBody.contains("Wednesday 25 November 2026"))

        let bulky = try Fixtures.sample("bulky-waste")
        var withoutOwnTemplates = bulky
        withoutOwnTemplates.notifications = ServiceNotifications()
        let booking = Answers(values: ["collection-date": .appointment(Appointment(day: today, slot: "am"))])
        let confirmation = NotificationComposer(definition: withoutOwnTemplates).compose(.submitted, language: .en, facts: NotificationFacts(reference: "BLK-1"), answers: booking)
        #expect(confirmation.emailBody.contains("Booked for Wednesday 25 November 2026, Morning (7am to 12 noon)."), "a date booked in the form is in the built-in confirmation")
        #expect(!composer.compose(.submitted, language: .en, facts: NotificationFacts(reference: "VOL-1"), answers: Answers()).emailBody.contains("Booked for"), "and left out without one")
    }

    // MARK: Channels

    @Test("the citizen's choice decides the channels, falling back when a channel has no address")
    func channelChoice() {
        let both = MessageDestinations.chosen(.both, email: "a@example.com", phone: "07700 900982", canText: true)
        #expect(both == MessageDestinations(email: "a@example.com", phone: "07700 900982"))
        #expect(MessageDestinations.chosen(.sms, email: "a@example.com", phone: "07700 900982", canText: true).email == nil)
        #expect(MessageDestinations.chosen(.sms, email: "a@example.com", phone: nil, canText: true).email == "a@example.com")
        #expect(MessageDestinations.chosen(.sms, email: "a@example.com", phone: "07700 900982", canText: false).phone == nil)
        #expect(MessageDestinations.chosen(.email, email: "a@example.com", phone: "07700 900982", canText: true).phone == nil)
        #expect(MessageDestinations.chosen(nil, email: nil, phone: "07700 900982", canText: true).phone == "07700 900982")
        #expect(MessageDestinations.chosen(nil, email: "a@example.com", phone: "07700 900982", canText: true).phone == nil)
    }
}
