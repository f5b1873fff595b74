import Domain

extension OutboxPage {
    /// How many messages open to show their text; the table lists them all.
    static let shownInFull = 20

    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.navOutbox(language))
        page.paragraph((notifyConfigured ? Phrase.outboxNotify : .outboxLocal)(language))
        page.table(caption: Phrase.outboxNewest(language),
                   headers: [Phrase.outboxCreated(language), Phrase.outboxTo(language), Phrase.outboxSubject(language), Phrase.tasksStatus(language)],
                   rows: messages.map { message in [
                       (StaffDate.dayAndTime(message.createdAt, language), nil), (message.to.isEmpty ? "–" : message.to.joined(separator: ", "), nil),
                       (message.subject, nil), (message.status.name(language), nil),
                   ] })
        for message in messages.prefix(Self.shownInFull) where !message.to.isEmpty && (message.email != nil || message.sms != nil) {
            page.out.raw("<details class=\"details\"><summary>"); page.out.text(message.subject); page.out.raw("</summary>")
            if let email = message.email {
                page.out.raw("<h3 class=\"heading-s\">"); page.out.text(Phrase.outboxEmail(language))
                page.out.raw("</h3><pre class=\"message-body\">"); page.out.text(email); page.out.raw("</pre>")
            }
            if let sms = message.sms {
                page.out.raw("<h3 class=\"heading-s\">"); page.out.text(Phrase.outboxTextMessage(language))
                page.out.raw("</h3><pre class=\"message-body\">"); page.out.text(sms); page.out.raw("</pre>")
            }
            page.out.raw("</details>\n")
        }
    }
}
