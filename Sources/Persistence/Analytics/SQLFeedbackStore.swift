import Domain
import SQLKit

/// Feedback rows, with the `feedback` counter (detail: the rating) moved in the same transaction so the dashboards'
/// counts and the comments never disagree.
public struct SQLFeedbackStore: FeedbackStore {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func record(_ entry: FeedbackEntry) async throws {
        let counter = MeasureKey(day: entry.day.dayNumber, service: entry.serviceSlug, version: entry.version, channel: entry.channel,
                                 language: entry.language, measure: .feedback, detail: String(entry.rating.rawValue))
        try await database.write { db in
            try await InsertRow.insert([InsertRow("feedback", [
                "service_slug": entry.serviceSlug, "version": entry.version, "day": entry.day.dayNumber, "rating": entry.rating.rawValue,
                "comment": entry.comment, "language": entry.language.rawValue, "created_at": Clock.millis(entry.at),
            ])], db)
            try await SQLMeasureStore.add([counter: 1], db)
        }
    }
}
