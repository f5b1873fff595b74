import Foundation

/// Made-up answers for a designer's preview of a service's messages: one plausible answer per question, by type,
/// the same every time, so a template can be checked without a real case.
public enum SampleAnswers {
    public static func answers(for definition: ServiceDefinition, today: CalendarDay) -> Answers {
        var answers = Answers()
        for page in definition.pages where page.repeatGroup == nil && !page.isExit {
            for question in page.questions {
                answers.values[question.id] = answer(question, definition: definition, today: today)
            }
        }
        return answers
    }

    static func answer(_ question: Question, definition: ServiceDefinition, today: CalendarDay) -> Answer? {
        switch question.type {
        case .text: return .text(question.id.contains("name") ? "Alex Morgan" : "Sample answer")
        case .longText: return .text("A longer answer, as the applicant wrote it.")
        case .number: return .integer(question.minimum.map { NSDecimalNumber(decimal: $0).intValue } ?? 2)
        case .decimal: return .decimal(Decimal(string: "125.50") ?? 125, places: question.places)
        case .email: return .text("alex.morgan@example.com")
        case .phone: return .text("07700 900982")
        case .postcode: return .text("IV1 1AA")
        case .date:
            let day = question.futureOnly ? today.adding(days: 14) : today.adding(days: question.pastOnly ? -30 : 0)
            return .date(year: day.year, month: day.month, day: day.day)
        case .choice: return question.options.first.map { .text($0.value) }
        case .choices: return .selection(question.options.filter { !$0.exclusive }.prefix(2).map(\.value))
        case .yesNo, .declaration: return .text("yes")
        case .niNumber: return .text("QQ123456C")
        case .address: return .address(Address(line1: "12 High Street", line2: "", town: "Inverness", postcode: "IV1 1AA"))
        case .file: return .file(FileReference(id: "sample", filename: "evidence.pdf", contentType: "application/pdf", size: 120_000))
        case .location: return .location(Location(latitude: nil, longitude: nil, description: "Outside 12 High Street, Inverness"))
        case .appointment:
            let slot = definition.scheduling?.slots.first?.id ?? question.options.first?.value ?? ""
            return .appointment(Appointment(day: sampleDay(today), slot: slot))
        }
    }

    /// A weekday a week or so ahead, for appointment samples.
    public static func sampleDay(_ today: CalendarDay) -> CalendarDay {
        var day = today.adding(days: 7)
        while day.weekday == 0 || day.weekday == 6 { day = day.adding(days: 1) }
        return day
    }

    /// Facts for each event: a status the workflow notifies about, a reason, a question, a booked date, a link.
    public static func facts(for definition: ServiceDefinition, today: CalendarDay, publicURL: String) -> NotificationFacts {
        let reference = "\(definition.referencePrefix)-7K3D-9Q2P"
        let workflow = definition.workflow
        let notified = workflow.transitions.first { $0.notifiesCitizen }?.to ?? workflow.states.last?.id
        return NotificationFacts(
            reference: reference, status: notified, reason: "This is where the officer's reason appears.",
            question: "Please send us a recent bank statement.",
            appointment: Appointment(day: sampleDay(today), slot: definition.scheduling?.slots.first?.id ?? ""),
            link: "\(publicURL)/account/requests/\(reference)"
        )
    }
}
