import Foundation

/// What the analyst's dashboards read: sums of the measure counters over a range of days, feedback comments, the
/// council's unit costs per channel and the open cases (backlog). Counts only: nothing here names a person.
public protocol AnalyticsQueries: Sendable {
    /// Sums of `measure_counts.count` for the selection, one row per distinct value of the dimensions asked for (the
    /// measure is always one of them).
    func counts(_ selection: MeasureSelection, by dimensions: Set<MeasureDimension>) async throws -> [MeasureCount]
    /// The newest comments given with feedback, newest first. No id, no time of day, nothing to trace a person by.
    func comments(services: [String]?, days: ClosedRange<Int>, limit: Int) async throws -> [FeedbackComment]
    /// Every unit cost entered, the council's defaults (service "") and each service's own.
    func channelCosts() async throws -> [ChannelCost]
    /// Sets (or, with nil, removes) what one transaction on `channel` costs for `service` ("" for the default).
    func setChannelCost(service: String, channel: Channel, pence: Int?, by actor: Actor, at time: Date) async throws
    /// Open cases by age band: for each service, those in one of its open statuses, counted by when they were
    /// received. `bandStarts` (epoch milliseconds, newest first) begin every band but the oldest, which takes the
    /// rest, so there is one count more than starts. By area if asked.
    func backlog(openStatuses: [String: [String]], area: String?, byArea: Bool, bandStarts: [Int64]) async throws -> [BacklogCount]
    /// The council's areas (wards and the like), by name.
    func areas() async throws -> [AnalyticsArea]
}

/// A column of `measure_counts` to group by.
public enum MeasureDimension: String, Sendable, CaseIterable {
    case service, day, measure, detail, version, channel, area
}

/// Which counters to add up.
public struct MeasureSelection: Sendable, Equatable {
    /// Council days (`CalendarDay.dayNumber`), both ends included.
    public var days: ClosedRange<Int>
    public var measures: [String]
    /// nil: every service.
    public var services: [String]?
    public var versions: [Int]?
    public var channels: [String]?
    public var area: String?
    public var details: [String]?

    public init(days: ClosedRange<Int>, measures: [String], services: [String]? = nil, versions: [Int]? = nil,
                channels: [String]? = nil, area: String? = nil, details: [String]? = nil) {
        self.days = days
        self.measures = measures
        self.services = services
        self.versions = versions
        self.channels = channels
        self.area = area
        self.details = details
    }
}

/// One sum. A dimension not grouped by reads "" (text) or 0 (numbers).
public struct MeasureCount: Sendable, Equatable {
    public var measure: String
    public var service = ""
    public var day = 0
    public var detail = ""
    public var version = 0
    public var channel = ""
    public var area = ""
    public var count: Int

    public init(measure: String, service: String = "", day: Int = 0, detail: String = "", version: Int = 0,
                channel: String = "", area: String = "", count: Int) {
        self.measure = measure
        self.service = service
        self.day = day
        self.detail = detail
        self.version = version
        self.channel = channel
        self.area = area
        self.count = count
    }
}

public struct FeedbackComment: Sendable, Equatable {
    public var day: CalendarDay
    public var service: String
    public var rating: Int
    public var comment: String

    public init(day: CalendarDay, service: String, rating: Int, comment: String) {
        self.day = day
        self.service = service
        self.rating = rating
        self.comment = comment
    }
}

public struct ChannelCost: Sendable, Equatable {
    /// "" for the council's default.
    public var service: String
    public var channel: Channel
    public var pence: Int

    public init(service: String, channel: Channel, pence: Int) {
        self.service = service
        self.channel = channel
        self.pence = pence
    }
}

public struct BacklogCount: Sendable, Equatable {
    public var service: String
    /// "" unless counted by area (then "" is "area not known").
    public var area: String
    /// One count per band, in the order of the band starts.
    public var bands: [Int]

    public init(service: String, area: String, bands: [Int]) {
        self.service = service
        self.area = area
        self.bands = bands
    }

    public var total: Int { bands.reduce(0, +) }
}

public struct AnalyticsArea: Sendable, Equatable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
