/// How many visits are booked in one area on one day: in all, and per slot.
public struct DayUsage: Sendable, Equatable {
    public var day: CalendarDay
    public var total: Int
    public var bySlot: [String: Int]

    public init(day: CalendarDay, total: Int, bySlot: [String: Int] = [:]) {
        self.day = day
        self.total = total
        self.bySlot = bySlot
    }
}

/// A day a citizen may book, with the places left in each slot that still has room.
public struct AvailableDay: Sendable, Equatable {
    public var day: CalendarDay
    public var slots: [(slot: TimeSlot, placesLeft: Int)]

    public static func == (lhs: AvailableDay, rhs: AvailableDay) -> Bool {
        lhs.day == rhs.day && lhs.slots.map(\.slot) == rhs.slots.map(\.slot) && lhs.slots.map(\.placesLeft) == rhs.slots.map(\.placesLeft)
    }
}

/// Why an appointment cannot be booked.
public enum BookingRefusal: Error, Sendable, Equatable {
    /// The day is not one the service offers today (a weekend, a holiday, too soon or too far ahead).
    case notOffered
    /// The slot is not one of the service's.
    case unknownSlot
    /// No area of the service covers this postcode district.
    case noArea(district: String?)
    /// The day, or the slot on that day, has no places left.
    case full

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.notOffered, .gd): "Tagh aon de na cinn-latha a chithear"
        case (.notOffered, _): "Choose one of the dates shown; that date can no longer be booked"
        case (.unknownSlot, .gd): "Tagh aon de na cinn-latha a chithear"
        case (.unknownSlot, _): "Choose one of the dates and times shown"
        case (.noArea, .gd): "Chan urrainn dhuinn ceann-latha a ghlèidheadh air-loidhne airson a’ chòd-puist seo"
        case (.noArea(let district), _): "We cannot book a date online for \(district.map { "postcode district \($0)" } ?? "this address"); call us to arrange one"
        case (.full, .gd): "Tha an ceann-latha no an t-àm sin làn a-nis. Tagh fear eile"
        case (.full, _): "That date and time is now fully booked. Choose another"
        }
    }
}

/// The dates and slots a service offers, and whether one may be booked, from its scheduling rules, the working
/// calendar and the bookings already made. Capacity is checked again, race-free, when the booking is written.
public struct Availability: Sendable {
    public let scheduling: Scheduling
    public let calendar: WorkingCalendar
    public let today: CalendarDay

    public init(scheduling: Scheduling, calendar: WorkingCalendar, today: CalendarDay) {
        self.scheduling = scheduling
        self.calendar = calendar
        self.today = today
    }

    /// Every working day from the earliest to the latest the service offers, full or not.
    public var offeredDays: [CalendarDay] {
        let first = calendar.adding(workingDays: scheduling.earliestWorkingDays, to: today)
        let last = calendar.adding(workingDays: scheduling.latestWorkingDays, to: today)
        var days: [CalendarDay] = []
        var day = first
        while day <= last {
            if calendar.isWorkingDay(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// The offered days that still have room in `area`, each with its slots that have room.
    public func availableDays(in area: ServiceArea, usage: [DayUsage]) -> [AvailableDay] {
        let byDay = Dictionary(usage.map { ($0.day, $0) }, uniquingKeysWith: { first, _ in first })
        return offeredDays.compactMap { day in
            let used = byDay[day] ?? DayUsage(day: day, total: 0)
            let dayLeft = area.dailyCapacity - used.total
            guard dayLeft > 0 else { return nil }
            let slots = scheduling.slots.compactMap { slot -> (slot: TimeSlot, placesLeft: Int)? in
                let left = min(dayLeft, slot.capacity.map { $0 - (used.bySlot[slot.id] ?? 0) } ?? dayLeft)
                return left > 0 ? (slot, left) : nil
            }
            return slots.isEmpty ? nil : AvailableDay(day: day, slots: slots)
        }
    }

    /// Whether `appointment` may be booked in `area` given `usage` (nil: capacity not checked here).
    public func check(_ appointment: Appointment, in area: ServiceArea?, district: String?, usage: [DayUsage]?) -> BookingRefusal? {
        guard scheduling.slot(appointment.slot) != nil else { return .unknownSlot }
        guard offeredDays.contains(appointment.day) else { return .notOffered }
        guard let area else { return .noArea(district: district) }
        guard let usage else { return nil }
        let open = availableDays(in: area, usage: usage).first { $0.day == appointment.day }
        return open?.slots.contains { $0.slot.id == appointment.slot } == true ? nil : .full
    }

    /// The day numbers to read usage for.
    public var dayRange: ClosedRange<Int> {
        let days = offeredDays
        guard let first = days.first, let last = days.last else { return today.dayNumber...today.dayNumber }
        return first.dayNumber...last.dayNumber
    }
}
