import Domain

/// A visit as a card that reads on a 360-pixel phone. Every id carries the visit's, as the page holds many forms.
extension FieldVisitCard {
    /// `earlyDay`, for a day after today: the warning that the visit is booked for later, and the box that confirms
    /// it was done early (needed to record it as completed).
    public func body(_ page: inout PageParts, action: String, csrf: String, fields: [String: String], errors: [FieldError],
                     earlyDay: CalendarDay?) {
        let language = page.language
        let place = addressLines.joined(separator: ", ")
        var out = HTMLWriter(capacity: 4096)
        out.raw("<li class=\"job-card\""); out.attribute("id", elementID); out.raw(">\n<h2 class=\"heading-m job-card-heading\">")
        out.text("\(slotLabel): \(kindLabel)"); out.raw("</h2>\n")
        if !addressLines.isEmpty {
            out.raw("<p class=\"body job-address\">")
            for (index, line) in addressLines.enumerated() {
                if index > 0 { out.raw("<br>") }
                out.text(line)
            }
            out.raw("</p>\n")
        }
        if let mapsURL {
            out.raw("<p class=\"body\"><a class=\"link\" rel=\"noopener noreferrer\""); out.attribute("href", mapsURL)
            out.raw(">"); out.text(Phrase.fieldOpenInMaps(language)); out.raw("<span class=\"visually-hidden\">: "); out.text(place); out.raw("</span></a></p>\n")
        }
        if !keyAnswers.isEmpty {
            out.raw("<dl class=\"summary-list job-answers\">\n")
            for answer in keyAnswers {
                out.raw("<div class=\"summary-list-row\"><dt class=\"summary-list-key\">"); out.text(answer.label)
                out.raw("</dt><dd class=\"summary-list-value\">")
                for (index, line) in answer.lines.enumerated() {
                    if index > 0 { out.raw("<br>") }
                    out.text(line)
                }
                out.raw("</dd></div>\n")
            }
            out.raw("</dl>\n")
        }
        let assigned = switch assignee {
        case .you: Phrase.fieldAssignedToYou
        case .crew(let crew): Phrase.fieldAssignedToCrew(crew)
        case .nobody: Phrase.fieldAssignedToNobody
        }
        out.raw("<p class=\"body job-case\">"); out.text(Phrase.fieldCase(reference: caseReference, status: caseStatus)(language))
        out.text(" " + assigned(language)); out.raw("</p>\n")
        if let record {
            out.raw("<p class=\"notice job-recorded\">"); out.text(record.text(language)); out.raw("</p>\n")
        } else if mayRecord {
            form(place: place, action: action, csrf: csrf, fields: fields, errors: errors, earlyDay: earlyDay, language: language, into: &out)
        }
        out.raw("</li>\n")
        page.raw(out.html)
    }

    private func form(place: String, action: String, csrf: String, fields: [String: String], errors: [FieldError], earlyDay: CalendarDay?,
                      language: Language, into out: inout HTMLWriter) {
        let prefix = elementID
        func error(_ name: String) -> String? { errors.first { $0.questionID == "\(prefix)-\(name)" }?.message }
        func groupStart(_ name: String) { out.raw(error(name) == nil ? "<div class=\"form-group\">\n" : "<div class=\"form-group form-group-error\">\n") }
        func errorMessage(_ name: String) {
            guard let message = error(name) else { return }
            out.raw("<p"); out.attribute("id", "\(prefix)-\(name)-error"); out.raw(" class=\"error-message\"><span class=\"visually-hidden\">")
            out.text(Phrase.errorLabel(language)); out.raw("</span> "); out.text(message); out.raw("</p>\n")
        }
        func described(_ name: String, hint: Bool) {
            let ids = (hint ? ["\(prefix)-\(name)-hint"] : []) + (error(name) == nil ? [] : ["\(prefix)-\(name)-error"])
            if !ids.isEmpty { out.attribute("aria-describedby", ids.joined(separator: " ")) }
        }
        func textarea(_ name: String, label: String, hint: String?) {
            groupStart(name)
            out.raw("<label class=\"label\""); out.attribute("for", "\(prefix)-\(name)"); out.raw(">"); out.text(label); out.raw("</label>\n")
            if let hint { out.raw("<div"); out.attribute("id", "\(prefix)-\(name)-hint"); out.raw(" class=\"hint\">"); out.text(hint); out.raw("</div>\n") }
            errorMessage(name)
            out.raw("<textarea"); out.attribute("class", "textarea" + (error(name) == nil ? "" : " input-error"))
            out.attribute("id", "\(prefix)-\(name)"); out.attribute("name", name); out.raw(" rows=\"3\"")
            described(name, hint: hint != nil); out.raw(">"); out.text(fields[name] ?? ""); out.raw("</textarea>\n</div>\n")
        }

        if let earlyDay {
            out.raw("<div class=\"warning-text\"><span class=\"warning-text-icon\" aria-hidden=\"true\">!</span>")
            out.raw("<strong class=\"warning-text-text\"><span class=\"visually-hidden\">"); out.text(Phrase.fieldWarning(language)); out.raw("</span>")
            out.text(Phrase.fieldEarlyWarning(AppointmentText.day(earlyDay, .en), AppointmentText.day(earlyDay, .gd))(language))
            out.raw("</strong></div>\n")
        }
        out.raw("<form method=\"post\" enctype=\"multipart/form-data\" novalidate class=\"job-form\""); out.attribute("action", action)
        out.raw(">\n<input type=\"hidden\" name=\"_csrf\""); out.attribute("value", csrf); out.raw(">\n")
        if earlyDay != nil {
            groupStart("confirm-early")
            errorMessage("confirm-early")
            out.raw("<div class=\"checkboxes\"><div class=\"checkboxes-item\"><input class=\"checkboxes-input\" type=\"checkbox\" name=\"confirm-early\" value=\"yes\"")
            out.attribute("id", "\(prefix)-confirm-early"); described("confirm-early", hint: false)
            if fields["confirm-early"] == "yes" { out.raw(" checked") }
            out.raw("><label class=\"label checkboxes-label\""); out.attribute("for", "\(prefix)-confirm-early"); out.raw(">")
            out.text(Phrase.fieldConfirmEarly(language)); out.raw("</label></div></div>\n</div>\n")
        }
        groupStart("outcome")
        out.raw("<fieldset class=\"fieldset\""); described("outcome", hint: false)
        out.raw(">\n<legend class=\"fieldset-legend fieldset-legend-m\">"); out.text(Phrase.fieldOutcomeLegend(language))
        out.raw("<span class=\"visually-hidden\">: "); out.text(place); out.raw("</span></legend>\n")
        errorMessage("outcome")
        out.raw("<div class=\"radios\">\n")
        for (index, outcome) in VisitOutcome.allCases.enumerated() {
            let id = index == 0 ? "\(prefix)-outcome" : "\(prefix)-outcome-\(index + 1)"
            out.raw("<div class=\"radios-item\"><input class=\"radios-input\" type=\"radio\" name=\"outcome\""); out.attribute("id", id)
            out.attribute("value", outcome.rawValue)
            if fields["outcome"] == outcome.rawValue { out.raw(" checked") }
            out.raw("><label class=\"label radios-label\""); out.attribute("for", id); out.raw(">"); out.text(Phrase.fieldOutcome(outcome)(language))
            out.raw("</label></div>\n")
        }
        out.raw("</div>\n</fieldset>\n</div>\n")
        textarea("reason", label: Phrase.fieldReasonLabel(language), hint: Phrase.fieldReasonHint(language))
        textarea("notes", label: Phrase.fieldNotesLabel(language), hint: Phrase.fieldNotesHint(language))
        if !outcomesNeedingApplicantReason.isEmpty {
            func quoted(_ language: Language) -> String {
                outcomesNeedingApplicantReason.map { "“\(Phrase.fieldOutcome($0)(language))”" }.joined(separator: Phrase.fieldOr(language))
            }
            textarea("citizen-reason", label: Phrase.fieldCitizenReasonLabel(language),
                     hint: Phrase.fieldCitizenReasonHint(quoted(.en), quoted(.gd))(language))
        }
        groupStart("photo")
        out.raw("<label class=\"label\""); out.attribute("for", "\(prefix)-photo"); out.raw(">"); out.text(Phrase.fieldPhotoLabel(language)); out.raw("</label>\n<div")
        out.attribute("id", "\(prefix)-photo-hint"); out.raw(" class=\"hint\">"); out.text(Phrase.fieldPhotoHint(language)); out.raw("</div>\n")
        errorMessage("photo")
        out.raw("<input class=\"file-upload\" type=\"file\" name=\"photo\" accept=\"image/jpeg,image/png,.jpg,.jpeg,.png\"")
        out.attribute("id", "\(prefix)-photo"); described("photo", hint: true); out.raw(">\n</div>\n")
        out.raw("<button type=\"submit\" class=\"button\">"); out.text(Phrase.fieldRecordOutcome(language)); out.raw("<span class=\"visually-hidden\">: ")
        out.text(place); out.raw("</span></button>\n</form>\n")
    }
}
