import Domain
import Foundation
import Jobs

/// `expiry` (hourly) and `retention` (daily): deletes what nobody needs any more (see `RetentionPolicy` and
/// docs/operations.md), and says how much in its result on `/admin/jobs`.
struct RetentionHandler: JobHandler {
    let scope: RetentionScope
    let work: any ScheduledWorkRepository
    let policy: RetentionPolicy
    let now: @Sendable () -> Date

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        do {
            let deleted = try await work.purge(scope, policy, now: now())
            let nonzero = deleted.filter { $0.1 > 0 }
            return nonzero.isEmpty ? "nothing had expired" : "deleted " + nonzero.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
        } catch {
            throw .temporary("retention stopped part-way: \(error)")
        }
    }
}
