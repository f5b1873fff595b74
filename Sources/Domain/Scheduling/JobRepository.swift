import Foundation

/// Where jobs are kept: bookings against capacity, the day lists, outcomes.
public protocol JobRepository: Sendable {
    /// Jobs booked (scheduled or done) per day and slot in one area of a service, for the days in `days`.
    func usage(service: String, area: String, days: ClosedRange<Int>) async throws -> [DayUsage]
    /// Takes a place (within `job.limits`) and records the job with its `job_scheduled` event, in one transaction;
    /// throws `BookingRefusal.full` when there is no place left. Returns the job's id.
    func schedule(_ job: NewJob, actor: Actor, at: Date) async throws -> Int64
    func job(id: Int64) async throws -> Job?
    func jobs(caseReference: String) async throws -> [Job]
    /// The jobs on `day` of the given services that are assigned to `staffID` or to no one person.
    func jobs(on day: CalendarDay, for staffID: Int64, services: Set<String>) async throws -> [Job]
    /// Records the outcome, the photo, the `job_completed` event and the case's move, in one transaction.
    func complete(_ completion: JobCompletion, actor: Actor, at: Date) async throws -> JobCompletionResult
    /// The photo recorded with a job, if any.
    func photo(jobID: Int64) async throws -> (reference: FileReference, data: [UInt8])?
}
