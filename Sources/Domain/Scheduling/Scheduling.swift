/// How a service schedules work on site (visits, inspections, collections): the kinds of visit, the time slots of a
/// day, the areas with their daily capacity, the window of dates a citizen may book, and what completing a visit does
/// to the case. Declared in the service definition under `scheduling:`.
public struct Scheduling: Sendable, Equatable {
    public var visitKinds: [VisitKind]
    public var slots: [TimeSlot]
    public var areas: [ServiceArea]
    /// The earliest date offered is this many working days after today.
    public var earliestWorkingDays: Int
    /// The latest date offered is this many working days after today.
    public var latestWorkingDays: Int
    /// The workflow state a visit's outcome moves its case to; no entry leaves the case where it is.
    public var onOutcome: [VisitOutcome: String]
    /// The questions (or repeating pages) whose answers a field worker sees with each visit.
    public var keyAnswers: [String]

    public init(
        visitKinds: [VisitKind], slots: [TimeSlot], areas: [ServiceArea], earliestWorkingDays: Int, latestWorkingDays: Int,
        onOutcome: [VisitOutcome: String] = [:], keyAnswers: [String] = []
    ) {
        self.visitKinds = visitKinds
        self.slots = slots
        self.areas = areas
        self.earliestWorkingDays = earliestWorkingDays
        self.latestWorkingDays = latestWorkingDays
        self.onOutcome = onOutcome
        self.keyAnswers = keyAnswers
    }

    public func kind(_ id: String) -> VisitKind? { visitKinds.first { $0.id == id } }

    /// The state a visit of this kind moves its case to with this outcome: the kind's own `on_complete`, else the
    /// service's; nil leaves the case where it is.
    public func target(for outcome: VisitOutcome, kind kindID: String) -> String? {
        if let own = kind(kindID)?.onOutcome, !own.isEmpty { return own[outcome] }
        return onOutcome[outcome]
    }
    public func slot(_ id: String) -> TimeSlot? { slots.first { $0.id == id } }
    public func area(_ id: String) -> ServiceArea? { areas.first { $0.id == id } }

    /// The area covering a postcode district (`PA34`): the first that lists it, else the first that covers all.
    public func area(forDistrict district: String?) -> ServiceArea? {
        if let district = district?.uppercased(), let listed = areas.first(where: { $0.districts?.contains(district) == true }) {
            return listed
        }
        return areas.first { $0.districts == nil }
    }

    /// Where a slot sits in the day, for ordering a day's visits; unknown slots go last.
    public func slotOrder(_ id: String) -> Int { slots.firstIndex { $0.id == id } ?? slots.count }
}

/// A kind of visit a service sends someone out to do.
public struct VisitKind: Sendable, Equatable {
    public var id: String
    public var label: LocalisedText
    /// What completing a visit of this kind does to its case, in place of the service's `on_complete`; empty uses that.
    public var onOutcome: [VisitOutcome: String]

    public init(id: String, label: LocalisedText, onOutcome: [VisitOutcome: String] = [:]) {
        self.id = id
        self.label = label
        self.onOutcome = onOutcome
    }
}

/// A part of the working day a visit is booked into, like morning or afternoon.
public struct TimeSlot: Sendable, Equatable {
    public var id: String
    public var label: LocalisedText
    /// At most this many visits in this slot, per area and day; nil means only the area's daily capacity applies.
    public var capacity: Int?

    public init(id: String, label: LocalisedText, capacity: Int? = nil) {
        self.id = id
        self.label = label
        self.capacity = capacity
    }
}

/// A part of the council area worked as one: by postcode district, with its own daily capacity and crew.
public struct ServiceArea: Sendable, Equatable {
    public var id: String
    public var label: LocalisedText
    /// Upper-case postcode districts (`PA34`); nil covers every district no other area lists.
    public var districts: Set<String>?
    /// Visits per working day in this area, across all slots.
    public var dailyCapacity: Int
    /// The crew citizens' bookings in this area go to, when no one person is assigned.
    public var crew: String?

    public init(id: String, label: LocalisedText, districts: Set<String>?, dailyCapacity: Int, crew: String? = nil) {
        self.id = id
        self.label = label
        self.districts = districts
        self.dailyCapacity = dailyCapacity
        self.crew = crew
    }
}

/// What a field worker records about a visit.
public enum VisitOutcome: String, Sendable, CaseIterable {
    case completed
    case notCompleted = "not_completed"

    public var label: String {
        switch self {
        case .completed: "Completed"
        case .notCompleted: "Could not complete"
        }
    }
}
