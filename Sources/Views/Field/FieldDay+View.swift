import Domain

extension FieldDayPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        let dayName = AppointmentText.day(day, language)
        page.errorSummary(errors)
        page.heading(Self.title(day: day, today: today, language), caption: day == today ? dayName : Phrase.fieldWork(language))
        if let notice {
            page.raw("<div class=\"notice\" role=\"status\">"); page.raw(HTMLWriter.escape(notice.text(language))); page.raw("</div>\n")
        }
        page.raw("<nav class=\"day-nav\""); page.raw(" aria-label=\"\(HTMLWriter.escape(Phrase.fieldOtherDays(language)))\"><ul class=\"day-nav-list\">")
        for (label, other) in [(Phrase.fieldPreviousDay, day.adding(days: -1)), (Phrase.fieldNextDay, day.adding(days: 1))] {
            page.raw("<li><a class=\"link\" href=\"/field?day=\(other.iso)\">\(HTMLWriter.escape(label(language)))<span class=\"visually-hidden\">: ")
            page.raw(HTMLWriter.escape(AppointmentText.day(other, language))); page.raw("</span></a></li>")
        }
        if day != today { page.raw("<li><a class=\"link\" href=\"/field\">\(HTMLWriter.escape(Phrase.fieldToday(language)))</a></li>") }
        page.raw("</ul></nav>\n")
        guard !cards.isEmpty else {
            page.paragraph(Phrase.fieldNoJobs(language))
            return
        }
        page.paragraph(Phrase.fieldJobCount(cards.count)(language))
        page.raw("<ol class=\"job-list\">\n")
        // A later day's visits each warn that they are not today's, and ask the worker to confirm an early completion.
        let early = day > today
        for card in cards {
            let mine = failed?.visitID == card.id
            card.body(&page, action: action(for: card), csrf: csrfToken, fields: mine ? failed?.fields ?? [:] : [:],
                      errors: mine ? errors : [], earlyDay: early ? day : nil)
        }
        page.raw("</ol>\n")
    }
}
