import Domain
import Foundation

extension CaseDetailPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.raw("<div class=\"case-heading\">\n")
        page.heading(serviceTitle, caption: reference)
        page.raw("</div>\n")
        if let done { page.notice(Self.notice(done)(language)) }
        summary(&page)
        page.raw("<div class=\"workspace workspace-side-right case-workspace\">\n<div class=\"case-main\">\n")
        answersPart(&page)
        if !fieldVisitsHTML.isEmpty { page.raw("<div id=\"field-visits\">\n" + fieldVisitsHTML + "</div>\n") }
        timelinePart(&page)
        page.raw("</div>\n")
        actions(&page)
        page.raw("</div>\n")
    }

    static func notice(_ done: String) -> Phrase {
        switch done {
        case "assigned": .boDoneAssigned
        case "status": .boDoneStatus
        case "requested": .boDoneRequested
        case "note": .boDoneNote
        case "message": .boDoneMessage
        case "job": .boDoneJob
        default: .boDoneSaved
        }
    }

    private func summary(_ page: inout PageParts) {
        let language = layout.language
        var received = Phrase.boReceivedOn(BackOfficeText.dayAndTime(self.received, language), by: BackOfficeText.channel(channel, language))(language)
        if let enteredBy { received += Phrase.boEnteredBy(enteredBy)(language) }
        page.summaryList([
            (Phrase.boApplicant(language), applicant, nil),
            (Phrase.boStatus(language), status, nil),
            (Phrase.boTarget(language), BackOfficeText.target(target, due: due, language), nil),
            (Phrase.boAssignedTo(language), assignee ?? Phrase.boNobodyInQueue(language), nil),
            (Phrase.boTimeInStatus(language), statusTarget.map { BackOfficeText.target($0.status, due: $0.due, language) } ?? Phrase.boNoLimit(language), nil),
            (Phrase.boReceived(language), received, nil),
        ])
    }

    private func answersPart(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.boAnswers(language))
        if let answers {
            for section in answers {
                page.out.raw("<h3 class=\"heading-s\">"); page.out.text(section.title); page.out.raw("</h3>\n<dl class=\"summary-list\">\n")
                for row in section.rows {
                    page.out.raw("<div class=\"summary-list-row\"><dt class=\"summary-list-key\">"); page.out.text(row.question)
                    page.out.raw("</dt><dd class=\"summary-list-value\">")
                    for (index, line) in row.lines.enumerated() {
                        if index > 0 { page.out.raw("<br>") }
                        page.out.text(line)
                    }
                    page.out.raw("</dd></div>\n")
                }
                page.out.raw("</dl>\n")
            }
        } else {
            page.paragraph(Phrase.boNoAnswers(language))
        }
        for location in locations {
            page.subheading(Phrase.boLocation(language))
            page.paragraph(location.description)
            if let latitude = location.latitude, let longitude = location.longitude {
                let coordinates = "\(String(format: "%.5f", latitude)), \(String(format: "%.5f", longitude))"
                page.link(Phrase.boOpenOnMap(coordinates)(language),
                          href: "https://www.openstreetmap.org/?mlat=\(latitude)&mlon=\(longitude)#map=18/\(latitude)/\(longitude)")
            }
        }
        if !files.isEmpty {
            page.subheading(Phrase.boFiles(language))
            page.links(files.map { file in
                ("\(file.filename) (\(ByteCountFormatter.string(fromByteCount: Int64(file.size), countStyle: .file)))", "\(base)/files/\(file.id)")
            })
        }
    }

    private func timelinePart(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.boTimeline(language))
        page.table(caption: Phrase.boTimelineCaption(language), headers: [Phrase.boWhen(language), Phrase.boWho(language), Phrase.boWhat(language)],
                   rows: timeline.map { event in [
                       (BackOfficeText.dayAndTime(event.entry.at, language), nil),
                       (Self.name(event.who, language), nil),
                       (describe(event.entry), nil),
                   ] })
    }

    static func name(_ who: Who, _ language: Language) -> String {
        switch who {
        case .staff(let name): name
        case .applicant: Phrase.boApplicant(language)
        case .platform: Phrase.boPlatform(language)
        case .other(let actor): actor
        }
    }

    /// The "What" of a timeline row.
    func describe(_ entry: CaseTimelineEntry) -> String {
        let language = layout.language
        let text = { (key: String) in entry.detail[key]?.stringValue ?? "" }
        switch entry.kind {
        case .statusChanged:
            let reason = text("reason")
            return Phrase.boEventStatus(statusLabels[text("status")] ?? text("status"))(language)
                + (reason.isEmpty ? "" : Phrase.boEventReason(reason)(language))
        case .assigned:
            return text("name").isEmpty ? Phrase.boEventReturnedToQueue(language) : Phrase.boEventAssigned(text("name"))(language)
        case .note: return Phrase.boEventNote(text("note").isEmpty ? text("text") : text("note"))(language)
        case .message: return Phrase.boEventMessage(text("text"))(language)
        case .informationRequested: return Phrase.boEventRequested(text("question"))(language)
        case .informationSupplied: return Phrase.boEventReplied(text("answer"))(language)
        case .viewed: return Phrase.boEventOpened(language)
        case .notificationQueued: return Phrase.boEventQueued(text("channel"), text("subject"))(language)
        case .visitScheduled: return Phrase.boEventJobScheduled(text("summary"))(language)
        case .visitCompleted: return Phrase.boEventJobCompleted(text("summary"))(language)
        case .notificationDelivery, .notificationUndeliverable: return describeMessage(entry)
        case .targetWarning:
            let due = CalendarDay(iso: text("due")).map { BackOfficeText.day($0, language) } ?? text("due")
            return text("level") == TargetWarningLevel.overdue.rawValue ? Phrase.boTargetMissed(due)(language) : Phrase.boTargetDue(due)(language)
        case .interestedParty:
            return text("email").isEmpty ? Phrase.boEventJoinedNoEmail(language) : Phrase.boEventJoined(text("email"))(language)
        case .other: return Phrase.boEventOther(language)
        }
    }

    /// What Notify said of a message, or why it could not be sent.
    private func describeMessage(_ entry: CaseTimelineEntry) -> String {
        let language = layout.language
        let text = { (key: String) in entry.detail[key]?.stringValue ?? "" }
        let message = (text("channel") == "sms" ? Phrase.boTextMessageTo(text("to")) : Phrase.boEmailTo(text("to")))(language)
        if entry.kind == .notificationUndeliverable { return message + " " + Phrase.boCouldNotBeSent(text("reason"))(language) }
        let status = DeliveryStatus(rawValue: text("status"))
        if status == .delivered { return message + " " + Phrase.boDeliveredAt(BackOfficeText.dayAndTime(entry.at, language))(language) }
        return message + " " + (status.map { Self.outcome($0)(language) } ?? text("status"))
    }

    static func outcome(_ status: DeliveryStatus) -> Phrase {
        switch status {
        case .created, .sending, .pending: Phrase(en: status.phrase, gd: "ga chur")
        case .sent: Phrase(en: status.phrase, gd: "air a chur (gun chuidhteas airson na h-àireimh seo)")
        case .delivered: Phrase(en: status.phrase, gd: "air a lìbhrigeadh")
        case .permanentFailure: Phrase(en: status.phrase, gd: "gun lìbhrigeadh: chan eil an seòladh no an àireamh ann")
        case .temporaryFailure: Phrase(en: status.phrase, gd: "gun lìbhrigeadh: bha am bogsa làn no am fòn dheth")
        case .technicalFailure: Phrase(en: status.phrase, gd: "gun lìbhrigeadh: dh’fhàillig seirbheis nam brathan")
        }
    }

    /// The column of actions: beside the case on a wide screen, after it on a narrow one.
    private func actions(_ page: inout PageParts) {
        let language = layout.language
        page.out.raw("<section class=\"case-actions\""); page.out.attribute("aria-label", Phrase.boActions(language)); page.out.raw(">\n")
        if let colleagues {
            page.subheading(Phrase.boAssign(language))
            page.formStart(action: "\(base)/assign", csrf: csrfToken)
            let options: [Option] = [("me", Phrase.boToMe(language))] + colleagues + [("queue", Phrase.boBackToQueue(language))]
            page.choices("assignee", legend: Phrase.boAssignTheCase(language), options: options, selected: [fields["assignee"] ?? ""], errors: errors)
            page.button(Phrase.boAssign(language), secondary: true)
            page.formEnd()
        }
        if !moves.isEmpty {
            page.subheading(Phrase.boChangeStatus(language))
            page.formStart(action: "\(base)/status", csrf: csrfToken)
            page.choices("status", legend: Phrase.boNewStatus(language), options: moves, selected: [fields["status"] ?? ""], errors: errors)
            page.textarea("reason", label: Phrase.boReasonApplicantSees(language), value: fields["reason"] ?? "",
                          hint: Phrase.boReasonHint(language), errors: errors, rows: 3)
            page.button(Phrase.boChangeStatus(language), secondary: true)
            page.formEnd()
        }
        if canRequestInformation {
            page.subheading(Phrase.boRequestInformation(language))
            page.formStart(action: "\(base)/request-information", csrf: csrfToken)
            page.textarea("question", label: Phrase.boWhatDoYouNeed(language), value: fields["question"] ?? "", errors: errors, rows: 3)
            page.button(Phrase.boSendRequest(language), secondary: true)
            page.formEnd()
        }
        if !fieldVisitsHTML.isEmpty { page.link(Phrase.boScheduleVisit(language), href: "#field-visits") }
        page.subheading(Phrase.boAddANote(language))
        page.formStart(action: "\(base)/note", csrf: csrfToken)
        page.textarea("note", label: Phrase.boInternalNote(language), value: fields["note"] ?? "", errors: errors, rows: 3)
        page.button(Phrase.boAddNote(language), secondary: true)
        page.formEnd()
        page.subheading(Phrase.boMessageApplicant(language))
        page.formStart(action: "\(base)/message", csrf: csrfToken)
        page.textarea("message", label: Phrase.boMessage(language), value: fields["message"] ?? "", errors: errors, rows: 3)
        page.button(Phrase.boSendMessage(language), secondary: true)
        page.formEnd()
        page.raw("</section>\n")
    }
}
