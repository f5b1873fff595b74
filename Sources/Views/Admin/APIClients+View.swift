import Domain

extension APIClientsPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.navAPIClients(language))
        if let revoked { page.notice(Phrase.clientRevokedNotice(revoked)(language)) }
        if let created { page.notice(Phrase.clientCreatedNotice(created.client.id, created.client.name, created.token)(language)) }
        page.paragraph(Phrase.clientIntro(language))
        let titles = Dictionary(services.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        page.table(caption: Phrase.clientCount(clients.count)(language),
                   headers: [Phrase.clientClient(language), Phrase.clientScopes(language), Phrase.clientServices(language), Phrase.clientStatus(language)],
                   rows: clients.map { client in [
                       ("\(client.id): \(client.name)", nil), (client.scopes.sorted().map(\.rawValue).joined(separator: ", "), nil),
                       (client.services.isEmpty ? Phrase.adminEveryService(language) : client.services.sorted().map { titles[$0] ?? $0 }.joined(separator: ", "), nil),
                       (client.revokedAt.map { Phrase.clientRevokedOn(StaffDate.dayAndTime($0, language))(language) } ?? Phrase.clientActive(language), nil),
                   ] })
        for client in clients where !client.isRevoked {
            page.formStart(action: "/admin/api-clients/\(client.id)/revoke", csrf: csrfToken)
            page.button(Phrase.clientRevoke(client.name, client.id)(language), warning: true)
            page.formEnd()
        }
        page.subheading(Phrase.clientAdd(language))
        page.formStart(action: "/admin/api-clients", csrf: csrfToken)
        page.input("name", label: Phrase.clientName(language), value: name, hint: Phrase.clientNameHint(language), autocomplete: "off", errors: errors)
        page.choices("scopes", legend: Phrase.clientScopes(language), options: APIScope.allCases.map { ($0.rawValue, "\($0.rawValue): \($0.summary)") },
                     selected: scopes, multiple: true, errors: errors)
        page.choices("services", legend: Phrase.clientServices(language), options: services.map { ($0.slug, $0.title) },
                     selected: chosenServices, multiple: true, hint: Phrase.clientServicesHint(language), errors: errors)
        page.button(Phrase.clientCreate(language))
        page.formEnd()
    }
}
