import Domain

/// The background tasks: how many in each status, the scheduled work and its last run, and the tasks of one
/// status, the failed ones with retry and discard.
public struct BackgroundTasksPage: PageModel {
    public struct ScheduledTask: Sendable, Equatable {
        public var topic: String
        public var period: String
        public var summary: String
        /// "reference: status – result" of the last run, or nil if it has not run.
        public var lastRun: String?

        public init(topic: String, period: String, summary: String, lastRun: String?) {
            self.topic = topic
            self.period = period
            self.summary = summary
            self.lastRun = lastRun
        }
    }

    public enum Done: String, Sendable {
        case retry, discard
    }

    public var layout: LayoutModel
    public var csrfToken: String
    public var counts: [BackgroundJobStatus: Int]
    public var scheduled: [ScheduledTask]
    public var status: BackgroundJobStatus
    public var listed: [JobSummary]
    public var done: Done?

    public init(layout: LayoutModel, csrfToken: String, counts: [BackgroundJobStatus: Int], scheduled: [ScheduledTask],
                status: BackgroundJobStatus, listed: [JobSummary], done: Done?) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.counts = counts
        self.scheduled = scheduled
        self.status = status
        self.listed = listed
        self.done = done
    }
}
