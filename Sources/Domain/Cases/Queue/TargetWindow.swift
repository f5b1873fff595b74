/// Where "today" and "due soon" fall in due-day numbers, so a target state becomes a range of due days a database can
/// filter on. `TargetStatus.of` says what a single case's state is; this says the same thing for a whole list at once.
public struct TargetWindow: Sendable, Equatable {
    /// `CalendarDay.dayNumber` of today.
    public let today: Int
    /// The first day that is no longer "due soon": due soon means within two working days, so this is the third
    /// working day after today (a deadline on a weekend before it still counts as due soon).
    public let dueSoonEnd: Int

    public init(today: CalendarDay, calendar: WorkingCalendar) {
        self.today = today.dayNumber
        self.dueSoonEnd = calendar.adding(workingDays: 3, to: today).dayNumber
    }

    /// Due days of cases in `state`: from `lower` (inclusive) to `upper` (exclusive) on the sort key (`CaseSort.dueKey`,
    /// where a case without a deadline sorts last), and whether the target must (true) or must not (false) be met yet.
    public func range(of state: TargetStatus) -> DueKeyRange {
        let noDeadline = CaseSort.noDeadlineKey
        switch state {
        case .overdue: return DueKeyRange(lower: nil, upper: Int64(today), met: false)
        case .dueSoon: return DueKeyRange(lower: Int64(today), upper: Int64(dueSoonEnd), met: false)
        case .onTrack: return DueKeyRange(lower: Int64(dueSoonEnd), upper: noDeadline, met: false)
        case .met: return DueKeyRange(lower: nil, upper: noDeadline, met: true)
        case .none: return DueKeyRange(lower: noDeadline, upper: nil, met: nil)
        }
    }

    /// The state of a case with this deadline; agrees with `TargetStatus.of` for every day (the tests hold it to that).
    public func state(dueDay: Int?, met: Bool) -> TargetStatus {
        let key = CaseSort.dueKey(dueDay)
        return TargetStatus.allCases.first { state in
            let range = range(of: state)
            return range.contains(key) && (range.met.map { $0 == met } ?? true)
        } ?? .none
    }
}

/// A range of the due-date sort key, and what the target-met mark must be.
public struct DueKeyRange: Sendable, Equatable {
    public var lower: Int64?
    public var upper: Int64?
    public var met: Bool?

    public func contains(_ key: Int64) -> Bool {
        (lower.map { key >= $0 } ?? true) && (upper.map { key < $0 } ?? true)
    }
}
