import Domain

/// Strategy measures: requests by channel, the share of each (channel shift).
public struct StrategyPage: PageModel {
    public var layout: LayoutModel
    public var channels: [(channel: String, requests: Int)]

    public init(layout: LayoutModel, channels: [(channel: String, requests: Int)]) {
        self.layout = layout
        self.channels = channels
    }
}
