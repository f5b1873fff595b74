import Domain
import Foundation
import Integrations
import Jobs

/// `delivery-status`, every few minutes when Notify is configured: asks Notify about messages still without a final
/// status some minutes after sending. With the callback configured this finds almost nothing to do; without it, it
/// is how delivery status reaches the case. Messages older than Notify's seven days of history are left alone.
struct DeliveryStatusPoller: JobHandler {
    let notify: NotifyClient
    let deliveries: any DeliveryLog
    let now: @Sendable () -> Date
    /// How long to give the callback before asking, and how long before asking about the same message again.
    var wait: TimeInterval = 10 * 60
    var giveUpAfter: TimeInterval = 3 * 24 * 3600
    var limit = 500

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        let at = now()
        let waiting: [SentMessage]
        do {
            waiting = try await deliveries.awaitingStatus(sentBefore: at.addingTimeInterval(-wait), sentAfter: at.addingTimeInterval(-giveUpAfter),
                                                          checkedBefore: at.addingTimeInterval(-wait), limit: limit)
        } catch {
            throw .temporary("could not read the messages to check: \(error)")
        }
        var settled = 0
        var checked: [String] = []
        for message in waiting {
            do {
                let receipt = try await notify.status(of: message.notificationID)
                _ = try await deliveries.record(receipt, now: at)
                if receipt.status.isFinal { settled += 1 }
                checked.append(message.notificationID)
            } catch let error as NotifyError where error.isTemporary {
                // Rate limited or Notify is down: the rest wait for the next run.
                try? await deliveries.markChecked(checked, at: at)
                return "checked \(checked.count) of \(waiting.count), \(settled) now final; stopped: \(error.description)"
            } catch {
                // Notify does not know it (404) or refused the question: do not ask again until the wait has passed.
                checked.append(message.notificationID)
            }
        }
        try? await deliveries.markChecked(checked, at: at)
        return "checked \(checked.count) messages, \(settled) now final"
    }
}
