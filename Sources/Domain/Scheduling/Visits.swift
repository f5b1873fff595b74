import Foundation

/// A visit's place in its life: booked, done (whatever the outcome), or called off.
public enum VisitStatus: String, Sendable, CaseIterable {
    case scheduled, completed, cancelled
}

/// A scheduled visit as stored.
public struct Visit: Sendable, Equatable {
    public var id: Int64
    public var caseReference: String
    public var serviceSlug: String
    public var kind: String
    public var day: CalendarDay
    public var slot: String
    /// The scheduling area it counts against; empty when the case's address is in none.
    public var area: String
    public var assigneeID: Int64?
    public var crew: String?
    public var status: VisitStatus
    public var outcome: VisitOutcome?
    public var reason: String?
    public var notes: String?
    public var photoUploadID: String?
    public var completedAt: Date?
    public var completedBy: String?

    public init(id: Int64, caseReference: String, serviceSlug: String, kind: String, day: CalendarDay, slot: String, area: String,
                assigneeID: Int64?, crew: String?, status: VisitStatus, outcome: VisitOutcome? = nil, reason: String? = nil,
                notes: String? = nil, photoUploadID: String? = nil, completedAt: Date? = nil, completedBy: String? = nil) {
        self.id = id
        self.caseReference = caseReference
        self.serviceSlug = serviceSlug
        self.kind = kind
        self.day = day
        self.slot = slot
        self.area = area
        self.assigneeID = assigneeID
        self.crew = crew
        self.status = status
        self.outcome = outcome
        self.reason = reason
        self.notes = notes
        self.photoUploadID = photoUploadID
        self.completedAt = completedAt
        self.completedBy = completedBy
    }

    /// Whether a field worker holding `access` may record this visit: a visit of one of their services that is theirs,
    /// or their service's crew's, or nobody's yet. Another worker's visit is not.
    public func mayBeRecorded(by staffID: Int64, access: StaffAccess) -> Bool {
        guard access.fieldServices.contains(serviceSlug) else { return false }
        return assigneeID == nil || assigneeID == staffID
    }
}

/// The most visits a booking may make its area's day (and slot) hold; checked inside the write, so two bookings
/// made at once cannot both take the last place.
public struct SlotLimits: Sendable, Equatable {
    public var daily: Int
    public var slot: Int?

    public init(daily: Int, slot: Int?) {
        self.daily = daily
        self.slot = slot
    }

    public init(area: ServiceArea, slot: TimeSlot?) {
        self.init(daily: area.dailyCapacity, slot: slot?.capacity)
    }
}

/// A visit to schedule: for a case, on a day and slot, for a field worker or a crew.
public struct NewVisit: Sendable, Equatable {
    public var caseReference: String
    public var serviceSlug: String
    public var kind: String
    public var day: CalendarDay
    public var slot: String
    public var area: String
    public var assigneeID: Int64?
    public var crew: String?
    /// Capacity to respect; nil books without counting against any (no area covers the case).
    public var limits: SlotLimits?
    /// How the timeline describes it: "Collection on Friday 27 November 2026, morning".
    public var summary: String
    /// The citizen's `appointment-booked` message, queued with the visit (an officer's booking; a citizen's own booking
    /// is in their confirmation).
    public var notify: CaseNotification?

    public init(caseReference: String, serviceSlug: String, kind: String, day: CalendarDay, slot: String, area: String,
                assigneeID: Int64?, crew: String?, limits: SlotLimits?, summary: String) {
        self.caseReference = caseReference
        self.serviceSlug = serviceSlug
        self.kind = kind
        self.day = day
        self.slot = slot
        self.area = area
        self.assigneeID = assigneeID
        self.crew = crew
        self.limits = limits
        self.summary = summary
        self.notify = nil
    }
}
