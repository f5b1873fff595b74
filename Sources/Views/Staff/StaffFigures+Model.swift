import Domain

/// Analytics: cases counted by service and status, with no personal data.
public struct AnalyticsPage: PageModel {
    public struct Count: Sendable, Equatable {
        public var service: String
        public var status: String
        public var cases: Int

        public init(service: String, status: String, cases: Int) {
            self.service = service
            self.status = status
            self.cases = cases
        }
    }

    public var layout: LayoutModel
    public var counts: [Count]

    public init(layout: LayoutModel, counts: [Count]) {
        self.layout = layout
        self.counts = counts
    }
}

/// Strategy measures: requests by channel, the share of each (channel shift).
public struct StrategyPage: PageModel {
    public var layout: LayoutModel
    public var channels: [(channel: String, requests: Int)]

    public init(layout: LayoutModel, channels: [(channel: String, requests: Int)]) {
        self.layout = layout
        self.channels = channels
    }
}
