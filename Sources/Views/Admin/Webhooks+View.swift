import Domain

extension WebhooksPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.navWebhooks(language))
        if let created { page.notice(Phrase.webhookCreated(created.id, created.secret)(language)) }
        let titles = Dictionary(services.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        page.table(caption: Phrase.webhookSubscriptions(language),
                   headers: [Phrase.webhookURL(language), Phrase.webhookService(language), Phrase.webhookEvents(language), Phrase.webhookStatus(language)],
                   rows: subscriptions.map { subscription in [
                       (subscription.url, "/admin/webhooks/\(subscription.id)"),
                       (subscription.serviceSlug.map { titles[$0] ?? $0 } ?? Phrase.adminEveryService(language), nil),
                       (subscription.events.isEmpty ? Phrase.webhookEveryEvent(language) : subscription.events.sorted().joined(separator: ", "), nil),
                       ((subscription.active ? Phrase.webhookActive : .webhookPaused)(language), nil),
                   ] })
        page.subheading(Phrase.webhookAdd(language))
        page.formStart(action: "/admin/webhooks", csrf: csrfToken)
        page.input("url", label: Phrase.webhookReceiverURL(language), type: "url", value: url, hint: Phrase.webhookURLHint(language),
                   autocomplete: "off", errors: errors)
        page.choices("service", legend: Phrase.webhookService(language),
                     options: [("", Phrase.adminEveryService(language))] + services.map { ($0.slug, $0.title) }, selected: [service], errors: errors)
        page.choices("events", legend: Phrase.webhookEvents(language), options: knownEvents.map { ($0, $0) }, selected: events, multiple: true,
                     hint: Phrase.webhookEventsHint(language), errors: errors)
        page.button(Phrase.webhookAdd(language))
        page.formEnd()
    }
}

extension WebhookDeliveriesPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(subscription.url, caption: Phrase.webhookNumber(subscription.id)(language))
        page.formStart(action: "/admin/webhooks/\(subscription.id)", csrf: csrfToken)
        page.button((subscription.active ? Phrase.webhookPause : .webhookResume)(language), secondary: true, name: "active",
                    value: subscription.active ? "0" : "1")
        page.formEnd()
        page.table(caption: Phrase.webhookNewestDeliveries(language),
                   headers: [Phrase.webhookWhen(language), Phrase.webhookEvent(language), Phrase.webhookReference(language),
                             Phrase.webhookAnswer(language), Phrase.webhookTime(language)],
                   rows: deliveries.map { delivery in [
                       (StaffDate.dayAndTime(delivery.at, language), nil), (delivery.event, nil), (delivery.reference, nil),
                       (delivery.statusCode.map(String.init) ?? (delivery.error ?? "–"), nil), ("\(delivery.milliseconds) ms", nil),
                   ] })
    }
}
