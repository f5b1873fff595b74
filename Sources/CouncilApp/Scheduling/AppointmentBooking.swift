import Domain
import Views

/// Appointment questions in a journey or an API submission: what can be offered now, whether a chosen date and slot
/// may be booked, and the job a submission books. The final word on capacity is the submission's own write.
struct AppointmentBooking {
    let services: AppServices

    /// The area the answers put the booking in (by the first postcode given), and that postcode's district.
    func area(_ definition: ServiceDefinition, _ answers: Answers) -> (area: ServiceArea?, district: String?) {
        let district = CaseIndex(answers: answers, definition: definition, reference: "", email: nil).postcodeDistrict
        return (definition.scheduling?.area(forDistrict: district), district)
    }

    func availability(_ scheduling: Scheduling) -> Availability {
        Availability(scheduling: scheduling, calendar: services.calendar, today: services.today())
    }

    /// The days and slots with room, for the page that asks.
    func choices(_ definition: ServiceDefinition, _ answers: Answers, language: Language) async throws -> AppointmentChoices {
        guard let scheduling = definition.scheduling else { return AppointmentChoices(days: []) }
        let (area, district) = area(definition, answers)
        guard let area else { return AppointmentChoices(days: [], unavailable: BookingRefusal.noArea(district: district).message(language)) }
        let rules = availability(scheduling)
        let usage = try await services.visits.usage(service: definition.slug, area: area.id, days: rules.dayRange)
        return AppointmentChoices(days: rules.availableDays(in: area, usage: usage))
    }

    /// Why `appointment` cannot be booked now, if it cannot; with `capacity`, also whether it has room left.
    func refusal(_ appointment: Appointment, _ definition: ServiceDefinition, _ answers: Answers, capacity: Bool) async throws -> BookingRefusal? {
        guard let scheduling = definition.scheduling else { return .notOffered }
        let (area, district) = area(definition, answers)
        let rules = availability(scheduling)
        var usage: [DayUsage]?
        if capacity, let area { usage = try await services.visits.usage(service: definition.slug, area: area.id, days: rules.dayRange) }
        return rules.check(appointment, in: area, district: district, usage: usage)
    }

    /// Checks every appointment answer on the route (window and area, not capacity) and returns the errors to show.
    func problems(_ definition: ServiceDefinition, _ answers: Answers, language: Language) async throws -> [FieldError] {
        var errors: [FieldError] = []
        for page in definition.pages {
            guard let question = page.appointmentQuestion, case .appointment(let appointment)? = answers[question.id] else { continue }
            if let refusal = try await refusal(appointment, definition, answers, capacity: false) {
                errors.append(FieldError(questionID: question.id, message: refusal.message(language), code: "not_available"))
            }
        }
        return errors
    }

    /// The job an appointment answer books when the submission is recorded, in the booking's area, for its crew.
    func visit(for submission: NewSubmission, _ definition: ServiceDefinition) -> NewVisit? {
        guard let scheduling = definition.scheduling,
              let question = definition.pages.lazy.compactMap(\.appointmentQuestion).first,
              case .appointment(let appointment)? = submission.answers[question.id],
              let kind = question.visitKind.flatMap(scheduling.kind) ?? scheduling.visitKinds.first else { return nil }
        let area = scheduling.area(forDistrict: submission.caseIndex.postcodeDistrict)
        let slot = scheduling.slot(appointment.slot)
        return NewVisit(
            caseReference: submission.reference, serviceSlug: definition.slug, kind: kind.id, day: appointment.day, slot: appointment.slot,
            area: area?.id ?? "", assigneeID: nil, crew: area?.crew, limits: area.map { SlotLimits(area: $0, slot: slot) },
            summary: VisitText.summary(kind: kind.label.english, appointment: appointment, slotLabel: slot?.label.english, assignee: area?.crew)
        )
    }
}

/// How visits read on the staff pages and in the timeline.
enum VisitText {
    static func summary(kind: String, appointment: Appointment, slotLabel: String?, assignee: String?) -> String {
        "\(kind) on " + AppointmentText.appointment(appointment, slotLabel: slotLabel, .en) + (assignee.map { " – \($0)" } ?? "")
    }
}
