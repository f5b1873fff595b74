/// Counting a measure from a request. Recording never waits on storage and never throws: a counter must not slow or
/// fail what it counts. Counts reach `measure_counts` in batches (`MeasureStore`), so one may be lost in a crash.
public protocol MeasureRecording: Sendable {
    func record(_ key: MeasureKey, count: Int)
}

extension MeasureRecording {
    public func record(_ key: MeasureKey) { record(key, count: 1) }
}

/// Where batches of counts are added: each key's count is added to its stored counter, all in one write.
public protocol MeasureStore: Sendable {
    func add(_ counts: [MeasureKey: Int]) async throws
}

/// Counts nothing: for callers with no measures to keep (the command line's tools, some tests).
public struct NoMeasures: MeasureRecording {
    public init() {}
    public func record(_ key: MeasureKey, count: Int) {}
}
