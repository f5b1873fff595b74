import Domain

extension NearbyReportsPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.nearbyTitle(language))
        page.paragraph(Phrase.nearbyIntro(language))
        page.formStart(action: action, csrf: csrfToken)
        var options = reports.map { report in
            (value: report.reference,
             label: Phrase.nearbyOption(reference: report.reference, service: serviceTitle, status: report.status, metres: report.metres)(language))
        }
        options.append((value: Self.different, label: Phrase.nearbyDifferent(language)))
        page.choices("report", legend: Phrase.nearbyLegend(language), options: options, selected: [chosen], errors: errors)
        page.input("email", label: Phrase.nearbyEmail(language), type: "email", value: email, hint: Phrase.nearbyEmailHint(language),
                   autocomplete: "email", errors: errors)
        page.button(Phrase.`continue`(language))
        page.formEnd()
    }
}

extension NearbyJoinedPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.panel(title: Phrase.nearbyJoinedTitle(language), body: Phrase.nearbyJoinedBody(language), emphasis: reference)
        page.paragraph((emailGiven ? Phrase.nearbyJoinedEmail : Phrase.nearbyJoinedNoEmail)(language))
        page.plainLink(Phrase.nearbyReportDifferent(language), href: serviceURL)
    }
}
