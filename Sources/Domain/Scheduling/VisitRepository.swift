import Foundation

/// Where visits are kept: bookings against capacity, the day lists, outcomes.
public protocol VisitRepository: Sendable {
    /// Visits booked (scheduled or done) per day and slot in one area of a service, for the days in `days`.
    func usage(service: String, area: String, days: ClosedRange<Int>) async throws -> [DayUsage]
    /// Takes a place (within `visit.limits`) and records the visit with its `job_scheduled` event, in one transaction;
    /// throws `BookingRefusal.full` when there is no place left. Returns the visit's id.
    func schedule(_ visit: NewVisit, actor: Actor, at: Date) async throws -> Int64
    func visit(id: Int64) async throws -> Visit?
    func visits(caseReference: String) async throws -> [Visit]
    /// The visits on `day` of the given services that are assigned to `staffID` or to no one person.
    func visits(on day: CalendarDay, for staffID: Int64, services: Set<String>) async throws -> [Visit]
    /// Records the outcome, the photo, the `job_completed` event and the case's move, in one transaction.
    func complete(_ completion: VisitCompletion, actor: Actor, at: Date) async throws -> VisitCompletionResult
    /// The photo recorded with a visit, if any.
    func photo(visitID: Int64) async throws -> (reference: FileReference, data: [UInt8])?
}
