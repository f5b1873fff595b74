import Domain

/// One job on a field worker's day list, ready to draw.
public struct FieldJobCard: Sendable {
    public var id: Int64
    /// "Morning (8am to 12 noon): Collection".
    public var heading: String
    public var addressLines: [String]
    public var mapsURL: String?
    public var keyAnswers: [(label: String, lines: [String])]
    /// "Case BLK-2345-6789, Booked. Assigned to you."
    public var caseLine: String
    /// What was recorded, once the job is done; nil while it is still to do.
    public var recorded: String?
    /// Whether this worker may record the outcome (theirs, their crew's or no one's).
    public var mayRecord: Bool
    /// The outcomes ("Could not complete") whose move of the case needs a reason the applicant will see; the form
    /// asks for that reason only when there are some.
    public var outcomesNeedingApplicantReason: [String]

    public init(id: Int64, heading: String, addressLines: [String], mapsURL: String?, keyAnswers: [(label: String, lines: [String])],
                caseLine: String, recorded: String?, mayRecord: Bool, outcomesNeedingApplicantReason: [String] = []) {
        self.id = id
        self.heading = heading
        self.addressLines = addressLines
        self.mapsURL = mapsURL
        self.keyAnswers = keyAnswers
        self.caseLine = caseLine
        self.recorded = recorded
        self.mayRecord = mayRecord
        self.outcomesNeedingApplicantReason = outcomesNeedingApplicantReason
    }
}

/// A field worker's job, as a card that reads on a 360-pixel phone: where, a maps link, what to know, and the
/// outcome form (outcome, reason, notes, photo). Every id carries the job's id, as the page holds many forms.
public enum FieldJobCardHTML {
    /// `early`, on a day after today: the warning that the job is booked for later, and the label of the box that
    /// confirms it was done early (needed to record it as completed).
    public static func render(_ card: FieldJobCard, action: String, csrf: String, fields: [String: String], errors: [FieldError],
                              early: (warning: String, confirm: String)? = nil) -> String {
        let prefix = "job-\(card.id)"
        let place = card.addressLines.joined(separator: ", ")
        var out = HTMLWriter(capacity: 4096)
        out.raw("<li class=\"job-card\""); out.attribute("id", prefix); out.raw(">\n<h2 class=\"heading-m job-card-heading\">")
        out.text(card.heading); out.raw("</h2>\n")
        if !card.addressLines.isEmpty {
            out.raw("<p class=\"body job-address\">")
            for (index, line) in card.addressLines.enumerated() {
                if index > 0 { out.raw("<br>") }
                out.text(line)
            }
            out.raw("</p>\n")
        }
        if let maps = card.mapsURL {
            out.raw("<p class=\"body\"><a class=\"link\" rel=\"noopener noreferrer\""); out.attribute("href", maps)
            out.raw(">Open in maps<span class=\"visually-hidden\">: "); out.text(place); out.raw("</span></a></p>\n")
        }
        if !card.keyAnswers.isEmpty {
            out.raw("<dl class=\"summary-list job-answers\">\n")
            for answer in card.keyAnswers {
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
        out.raw("<p class=\"body job-case\">"); out.text(card.caseLine); out.raw("</p>\n")
        if let recorded = card.recorded {
            out.raw("<p class=\"notice job-recorded\">"); out.text(recorded); out.raw("</p>\n")
        } else if card.mayRecord {
            form(card, prefix: prefix, place: place, action: action, csrf: csrf, fields: fields, errors: errors, early: early, into: &out)
        }
        out.raw("</li>\n")
        return out.html
    }

    private static func form(_ card: FieldJobCard, prefix: String, place: String, action: String, csrf: String,
                             fields: [String: String], errors: [FieldError], early: (warning: String, confirm: String)?,
                             into out: inout HTMLWriter) {
        func error(_ name: String) -> String? { errors.first { $0.questionID == "\(prefix)-\(name)" }?.message }
        func groupStart(_ name: String) { out.raw(error(name) == nil ? "<div class=\"form-group\">\n" : "<div class=\"form-group form-group-error\">\n") }
        func errorMessage(_ name: String) {
            guard let message = error(name) else { return }
            out.raw("<p"); out.attribute("id", "\(prefix)-\(name)-error"); out.raw(" class=\"error-message\"><span class=\"visually-hidden\">Error:</span> ")
            out.text(message); out.raw("</p>\n")
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

        if let early {
            out.raw("<div class=\"warning-text\"><span class=\"warning-text-icon\" aria-hidden=\"true\">!</span>")
            out.raw("<strong class=\"warning-text-text\"><span class=\"visually-hidden\">Warning: </span>"); out.text(early.warning)
            out.raw("</strong></div>\n")
        }
        out.raw("<form method=\"post\" enctype=\"multipart/form-data\" novalidate class=\"job-form\""); out.attribute("action", action)
        out.raw(">\n<input type=\"hidden\" name=\"_csrf\""); out.attribute("value", csrf); out.raw(">\n")
        if let early {
            groupStart("confirm-early")
            errorMessage("confirm-early")
            out.raw("<div class=\"checkboxes\"><div class=\"checkboxes-item\"><input class=\"checkboxes-input\" type=\"checkbox\" name=\"confirm-early\" value=\"yes\"")
            out.attribute("id", "\(prefix)-confirm-early"); described("confirm-early", hint: false)
            if fields["confirm-early"] == "yes" { out.raw(" checked") }
            out.raw("><label class=\"label checkboxes-label\""); out.attribute("for", "\(prefix)-confirm-early"); out.raw(">")
            out.text(early.confirm); out.raw("</label></div></div>\n</div>\n")
        }
        groupStart("outcome")
        out.raw("<fieldset class=\"fieldset\""); described("outcome", hint: false)
        out.raw(">\n<legend class=\"fieldset-legend fieldset-legend-m\">Outcome<span class=\"visually-hidden\">: ")
        out.text(place); out.raw("</span></legend>\n")
        errorMessage("outcome")
        out.raw("<div class=\"radios\">\n")
        for (index, outcome) in JobOutcome.allCases.enumerated() {
            let id = index == 0 ? "\(prefix)-outcome" : "\(prefix)-outcome-\(index + 1)"
            out.raw("<div class=\"radios-item\"><input class=\"radios-input\" type=\"radio\" name=\"outcome\""); out.attribute("id", id)
            out.attribute("value", outcome.rawValue)
            if fields["outcome"] == outcome.rawValue { out.raw(" checked") }
            out.raw("><label class=\"label radios-label\""); out.attribute("for", id); out.raw(">"); out.text(outcome.label); out.raw("</label></div>\n")
        }
        out.raw("</div>\n</fieldset>\n</div>\n")
        textarea("reason", label: "Why you could not complete it", hint: "For the council’s records. Not sent to the applicant")
        textarea("notes", label: "Notes (optional)", hint: "Only staff see these")
        if !card.outcomesNeedingApplicantReason.isEmpty {
            let outcomes = card.outcomesNeedingApplicantReason.map { "“\($0)”" }.joined(separator: " or ")
            textarea("citizen-reason", label: "Reason the applicant will see",
                     hint: "Needed if you choose \(outcomes). It is sent to the applicant with their case’s new status")
        }
        groupStart("photo")
        out.raw("<label class=\"label\""); out.attribute("for", "\(prefix)-photo"); out.raw(">Photo (optional)</label>\n<div")
        out.attribute("id", "\(prefix)-photo-hint"); out.raw(" class=\"hint\">A JPG or PNG, up to 10 MB</div>\n")
        errorMessage("photo")
        out.raw("<input class=\"file-upload\" type=\"file\" name=\"photo\" accept=\"image/jpeg,image/png,.jpg,.jpeg,.png\"")
        out.attribute("id", "\(prefix)-photo"); described("photo", hint: true); out.raw(">\n</div>\n")
        out.raw("<button type=\"submit\" class=\"button\">Record outcome<span class=\"visually-hidden\">: "); out.text(place)
        out.raw("</span></button>\n</form>\n")
    }
}
