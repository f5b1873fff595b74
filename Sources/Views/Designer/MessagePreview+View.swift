import Domain

extension MessagePreviewPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.designerMessages(language), caption: serviceTitle)
        page.paragraph(Phrase.previewIntro(version)(language))
        page.inset(channelQuestion.map { Phrase.previewChannelQuestion($0)(language) } ?? Phrase.previewNoChannelQuestion(language))
        for event in events {
            page.out.raw("<section"); page.out.attribute("aria-labelledby", "event-\(event.event.rawValue)")
            page.out.raw(">\n<h2 class=\"heading-m\""); page.out.attribute("id", "event-\(event.event.rawValue)"); page.out.raw(">")
            page.out.text(event.event.name(language)); page.out.raw("</h2>\n")
            page.paragraph((event.ownTemplate ? Phrase.previewOwnTemplate : .previewBuiltIn)(language), classes: "body hint")
            if let id = event.notifyEmailTemplate { page.paragraph(Phrase.previewNotifyEmail(id)(language)) }
            if let id = event.notifySMSTemplate { page.paragraph(Phrase.previewNotifySMS(id)(language)) }
            for message in event.messages { draw(&page, message, event: event.event) }
            page.out.raw("</section>\n")
        }
    }

    /// One language's rendering: the email's subject and body and the text message with its length. The message is
    /// marked with its own language, the labels with the page's.
    private func draw(_ page: inout PageParts, _ message: Message, event: NotificationEvent) {
        let language = layout.language
        let messageLanguage = message.language
        page.out.raw("<h3 class=\"heading-s\""); page.out.attribute("id", "\(event.rawValue)-\(messageLanguage.rawValue)")
        page.out.attribute("lang", messageLanguage.rawValue); page.out.raw(">")
        page.out.text(messageLanguage.nativeName); page.out.raw("</h3>\n<div"); page.out.attribute("lang", messageLanguage.rawValue)
        page.out.raw(">\n<dl class=\"summary-list\">\n")
        for (label, text, preformatted) in [(Phrase.previewEmailSubject, message.subject, false), (.previewEmailBody, message.emailBody, true),
                                            (.previewTextMessage, message.sms, true)] {
            page.out.raw("<div class=\"summary-list-row\"><dt class=\"summary-list-key\""); page.out.attribute("lang", language.rawValue)
            page.out.raw(">"); page.out.text(label(language)); page.out.raw("</dt><dd class=\"summary-list-value\">")
            page.out.raw(preformatted ? "<pre class=\"message-body\">" : "<span>"); page.out.text(text); page.out.raw(preformatted ? "</pre>" : "</span>")
            page.out.raw("</dd></div>\n")
        }
        page.out.raw("</dl>\n</div>\n")
        page.paragraph(Phrase.previewLength(message.sms.count)(language), classes: "body hint")
    }
}
