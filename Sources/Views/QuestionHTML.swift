import Domain

/// The markup of one question (GOV.UK patterns): label or legend, hint, error, and the inputs its type needs.
public enum QuestionHTML {
    public static func render(
        _ question: Question, fields: [String: [String]], errors: [FieldError], isHeading: Bool,
        language: Language, currentFile: FileReference? = nil, appointment: AppointmentChoices? = nil, map: MapPicker? = nil
    ) -> String {
        if question.type == .appointment {
            return AppointmentHTML.render(question, fields: fields, errors: errors, isHeading: isHeading, language: language, choices: appointment)
        }
        if question.type == .declaration {
            return DeclarationHTML.render(question, ticked: fields[question.id]?.first == "yes", errors: errors, language: language)
        }
        let id = question.id
        let mine = errors.filter { $0.questionID == id }
        let error = mine.first?.message
        var describedBy: [String] = []
        if question.hint != nil { describedBy.append("\(id)-hint") }
        if error != nil { describedBy.append("\(id)-error") }
        let describedByValue = describedBy.joined(separator: " ")
        let value = fields[id]?.first ?? ""
        func field(_ part: String) -> String { fields["\(id)-\(part)"]?.first ?? "" }
        func partHasError(_ part: String) -> Bool { mine.contains { $0.part == part } }

        var out = HTMLWriter(capacity: 1024)
        out.raw(error == nil ? "<div class=\"form-group\">\n" : "<div class=\"form-group form-group-error\">\n")

        /// "(optional)" after the label, unless the service designer already wrote it there.
        func optionalMarker() {
            let marker = Phrase.optional(language)
            let label = question.label.text(language).lowercased()
            guard !question.required, !label.hasSuffix(marker.lowercased()), !label.hasSuffix("(optional)") else { return }
            out.raw(" <span class=\"optional\">"); out.text(marker); out.raw("</span>")
        }
        func hintAndError() {
            if let hint = question.hint {
                out.raw("<div"); out.attribute("id", "\(id)-hint"); out.raw(" class=\"hint\">"); out.text(hint.text(language)); out.raw("</div>\n")
            }
            if let error {
                out.raw("<p"); out.attribute("id", "\(id)-error"); out.raw(" class=\"error-message\"><span class=\"visually-hidden\">")
                out.text(Phrase.errorLabel(language)); out.raw("</span> "); out.text(error); out.raw("</p>\n")
            }
        }
        func describedByAttribute() { if !describedByValue.isEmpty { out.attribute("aria-describedby", describedByValue) } }
        func input(_ name: String, classes: String, type: String = "text", value: String, extra: [(String, String)] = []) {
            out.raw("<input"); out.attribute("class", classes); out.attribute("id", name); out.attribute("name", name)
            out.attribute("type", type); out.attribute("value", value)
            for (attribute, attributeValue) in extra { out.attribute(attribute, attributeValue) }
            out.raw(">")
        }
        func labelled(_ part: String, _ label: String, classes: String, autocomplete: String?, inputmode: String? = nil) {
            let name = "\(id)-\(part)"
            out.raw("<div class=\"form-group\"><label class=\"label\""); out.attribute("for", name); out.raw(">"); out.text(label); out.raw("</label>")
            var extra: [(String, String)] = []
            if let inputmode { extra.append(("inputmode", inputmode)) }
            if let autocomplete { extra.append(("autocomplete", autocomplete)) }
            input(name, classes: classes + (partHasError(part) ? " input-error" : ""), value: field(part), extra: extra)
            out.raw("</div>\n")
        }

        switch question.type {
        case .choice where !question.displayAsSelect, .yesNo, .choices, .date, .address, .location:
            out.raw("<fieldset class=\"fieldset\"")
            describedByAttribute()
            if [.choice, .yesNo, .choices].contains(question.type) { out.attribute("id", "\(id)-fieldset") }
            out.raw(">\n  <legend class=\"fieldset-legend ")
            out.raw(isHeading ? "fieldset-legend-l\">\n    <h1 class=\"fieldset-heading\">" : "fieldset-legend-m\">\n    ")
            out.text(question.label.text(language))
            if isHeading { out.raw("</h1>") }
            optionalMarker()
            out.raw("\n  </legend>\n")
            hintAndError()
            switch question.type {
            case .date:
                out.raw("<div class=\"date-input\">\n")
                let birthday = question.pastOnly && id.contains("birth")
                for (part, width, partLabel) in [("day", "width-2", Phrase.day), ("month", "width-2", Phrase.month), ("year", "width-4", Phrase.year)] {
                    let name = "\(id)-\(part)"
                    out.raw("<div class=\"date-input-item\"><label class=\"label\""); out.attribute("for", name); out.raw(">")
                    out.text(partLabel(language)); out.raw("</label>")
                    let flagged = partHasError(part) || mine.contains { $0.part == nil }
                    var extra = [("inputmode", "numeric")]
                    if birthday { extra.append(("autocomplete", "bday-\(part)")) }
                    input(name, classes: "input \(width)" + (flagged ? " input-error" : ""), value: field(part), extra: extra)
                    out.raw("</div>\n")
                }
                out.raw("</div>\n")
            case .address:
                labelled("line1", Phrase.addressLine1(language), classes: "input", autocomplete: "address-line1")
                labelled("line2", Phrase.addressLine2(language), classes: "input", autocomplete: "address-line2")
                labelled("town", Phrase.town(language), classes: "input width-two-thirds", autocomplete: "address-level2")
                labelled("postcode", Phrase.postcode(language), classes: "input width-10", autocomplete: "postal-code")
            case .location:
                let name = "\(id)-description"
                out.raw("<div class=\"form-group\"><label class=\"label\""); out.attribute("for", name); out.raw(">")
                out.text(Phrase.locationDescription(language)); out.raw("</label><div"); out.attribute("id", "\(name)-hint"); out.raw(" class=\"hint\">")
                out.text(Phrase.locationHint(language)); out.raw("</div><textarea")
                out.attribute("class", "textarea" + (partHasError("description") ? " input-error" : ""))
                out.attribute("id", name); out.attribute("name", name); out.raw(" rows=\"3\""); out.attribute("aria-describedby", "\(name)-hint")
                out.raw(">"); out.text(field("description")); out.raw("</textarea></div>\n")
                map?.write(questionID: id, language: language, to: &out)
                out.raw("<p class=\"body\"><strong>")
                out.text(Phrase.coordinates(language)); out.raw("</strong></p>\n<div class=\"coordinates\">\n")
                labelled("latitude", Phrase.latitude(language), classes: "input width-10", autocomplete: nil, inputmode: "decimal")
                labelled("longitude", Phrase.longitude(language), classes: "input width-10", autocomplete: nil, inputmode: "decimal")
                out.raw("</div>\n")
            default:
                let checkbox = question.type == .choices
                let kind = checkbox ? "checkboxes" : "radios"
                out.raw("<div class=\"\(kind)\(question.type == .yesNo ? " radios-inline" : "")\">\n")
                let selected = fields[id] ?? []
                for (index, option) in options(question).enumerated() {
                    let inputID = index == 0 ? id : "\(id)-\(index + 1)"
                    if option.exclusive {
                        out.raw("<div class=\"\(kind)-divider\">"); out.text(Phrase.journeyOr(language)); out.raw("</div>\n")
                    }
                    out.raw("<div class=\"\(kind)-item\">\n<input class=\"\(kind)-input\""); out.attribute("id", inputID); out.attribute("name", id)
                    out.raw(checkbox ? " type=\"checkbox\"" : " type=\"radio\""); out.attribute("value", option.value)
                    if selected.contains(option.value) { out.raw(" checked") }
                    if option.exclusive { out.raw(" data-behaviour=\"exclusive\"") }
                    if option.hint != nil { out.attribute("aria-describedby", "\(inputID)-item-hint") }
                    out.raw(">\n<label class=\"label \(kind)-label\""); out.attribute("for", inputID); out.raw(">")
                    out.text(option.label.text(language)); out.raw("</label>\n")
                    if let hint = option.hint {
                        out.raw("<div"); out.attribute("id", "\(inputID)-item-hint"); out.raw(" class=\"hint \(kind)-hint\">")
                        out.text(hint.text(language)); out.raw("</div>\n")
                    }
                    out.raw("</div>\n")
                }
                out.raw("</div>\n")
            }
            out.raw("</fieldset>\n")

        default:
            if isHeading {
                out.raw("<h1 class=\"label-wrapper\"><label class=\"label label-l\"")
            } else {
                out.raw("<label class=\"label label-s\"")
            }
            out.attribute("for", id); out.raw(">"); out.text(question.label.text(language)); optionalMarker()
            out.raw(isHeading ? "</label></h1>\n" : "</label>\n")
            hintAndError()
            let errorClass = error == nil ? "" : " input-error"
            switch question.type {
            case .longText:
                out.raw("<textarea"); out.attribute("class", "textarea" + errorClass); out.attribute("id", id); out.attribute("name", id)
                out.raw(" rows=\"6\""); describedByAttribute(); out.raw(">"); out.text(value); out.raw("</textarea>\n")
            case .choice:
                out.raw("<select"); out.attribute("class", "select" + errorClass); out.attribute("id", id); out.attribute("name", id)
                describedByAttribute(); out.raw(">\n<option value=\"\">"); out.text(Phrase.selectPlaceholder(language)); out.raw("</option>\n")
                for option in question.options {
                    out.raw("<option"); out.attribute("value", option.value)
                    if value == option.value { out.raw(" selected") }
                    out.raw(">"); out.text(option.label.text(language)); out.raw("</option>\n")
                }
                out.raw("</select>\n")
            case .file:
                if let currentFile {
                    out.raw("<p class=\"body\">"); out.text(Phrase.fileCurrent(language)); out.raw(": <strong>"); out.text(currentFile.filename)
                    out.raw("</strong>. "); out.text(Phrase.fileReplace(language)); out.raw("</p>\n")
                }
                out.raw("<input"); out.attribute("class", "file-upload" + errorClass); out.attribute("id", id); out.attribute("name", id)
                out.raw(" type=\"file\"")
                out.attribute("accept", question.fileTypes.flatMap { type in type.extensions.map { ".\($0)" } }.joined(separator: ","))
                describedByAttribute(); out.raw(">\n")
            default:
                let (type, width, inputmode, autocomplete) = inputStyle(question)
                out.raw("<div class=\"input-wrapper\">")
                if question.money { out.raw("<div class=\"input-prefix\" aria-hidden=\"true\">£</div>") }
                var extra: [(String, String)] = []
                if let inputmode { extra.append(("inputmode", inputmode)) }
                if let autocomplete { extra.append(("autocomplete", autocomplete)) }
                if question.type == .email { extra.append(("spellcheck", "false")) }
                if !describedByValue.isEmpty { extra.append(("aria-describedby", describedByValue)) }
                input(id, classes: "input \(width)" + errorClass, type: type, value: value, extra: extra)
                if let suffix = question.suffix, question.type == .number {
                    out.raw("<div class=\"input-suffix\" aria-hidden=\"true\">"); out.text(suffix.text(language)); out.raw("</div>")
                }
                out.raw("</div>\n")
            }
        }
        out.raw("</div>\n")
        return out.html
    }

    private static func inputStyle(_ question: Question) -> (type: String, width: String, inputmode: String?, autocomplete: String?) {
        switch question.type {
        case .email: ("email", "width-20", nil, "email")
        case .phone: ("tel", "width-20", nil, "tel")
        case .postcode: ("text", "width-10", nil, "postal-code")
        case .niNumber: ("text", "width-10", nil, nil)
        case .number: ("text", "width-5", "numeric", nil)
        case .decimal: ("text", "width-10", "decimal", nil)
        default: ("text", "", nil, question.autocomplete)
        }
    }

    private static func options(_ question: Question) -> [Option] {
        question.type == .yesNo
            ? [Option(value: "yes", label: LocalisedText("Yes", gaelic: "Tha")), Option(value: "no", label: LocalisedText("No", gaelic: "Chan eil"))]
            : question.options
    }
}
