import Domain

extension AssistedStartPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.boAssistedStart(language))
        page.paragraph(Phrase.boAssistedIntro(language))
        page.formStart(action: "/backoffice/assisted", csrf: csrfToken)
        page.choices("service", legend: Phrase.boService(language), options: services.map { ($0.slug, $0.title) },
                     selected: [fields["service"] ?? ""], errors: errors)
        page.choices("channel", legend: Phrase.boHowDidTheyContact(language), options: channels.map { ($0.rawValue, $0.boAssistedChoice(language)) },
                     selected: [fields["channel"] ?? ""], errors: errors)
        page.input("caller-email", label: Phrase.boCallerEmail(language), type: "email", value: fields["caller-email"] ?? "",
                   hint: Phrase.boCallerEmailHint(language), autocomplete: "off", errors: errors)
        page.input("caller-phone", label: Phrase.boCallerPhone(language), type: "tel", value: fields["caller-phone"] ?? "",
                   autocomplete: "off", errors: errors, width: "width-20")
        page.button(Phrase.boStartTheForm(language))
        page.formEnd()
        page.subheading(Phrase.boFindRequests(language))
        AssistedFindPage.searchForm(&page, query: "")
    }
}

extension AssistedFindPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.boFindRequests(language))
        Self.searchForm(&page, query: query)
        guard !query.isEmpty else { return }
        if found.isEmpty {
            page.paragraph(Phrase.boNoRequestsMatch(query)(language))
        } else {
            page.table(caption: Phrase.boRequestCount(found.count)(language),
                       headers: [Phrase.boReference(language), Phrase.boService(language), Phrase.boStatus(language), Phrase.boReceived(language)],
                       rows: found.map { row in [
                           (row.reference, "/backoffice/cases/\(row.reference)"), (row.service, nil), (row.status, nil),
                           (BackOfficeText.dayAndTime(row.received, language), nil),
                       ] })
        }
    }

    /// A GET form: a search changes nothing, and its address can be kept.
    static func searchForm(_ page: inout PageParts, query: String) {
        let language = page.language
        page.raw("<form method=\"get\" action=\"/backoffice/assisted/find\" novalidate>\n")
        page.input("q", label: Phrase.boFindLabel(language), value: query, autocomplete: "off")
        page.button(Phrase.boFind(language), secondary: true)
        page.raw("</form>\n")
    }
}
