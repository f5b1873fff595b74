import Domain
import SQLKit

/// Feedback rows, with the `feedback` counter (detail: the rating) moved in the same transaction so the dashboards'
/// counts and the comments never disagree.
public struct SQLFeedbackStore: FeedbackStore {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func record(_ entry: FeedbackEntry) async throws {
        let counter = MeasureCountUpsert(serviceSlug: entry.serviceSlug, day: entry.day, measure: "feedback", detail: String(entry.rating.rawValue),
                                         version: entry.version, channel: entry.channel, language: entry.language)
        try await database.write { db in
            try await InsertRow.insert([InsertRow("feedback", [
                "service_slug": entry.serviceSlug, "version": entry.version, "day": entry.day.dayNumber, "rating": entry.rating.rawValue,
                "comment": entry.comment, "language": entry.language.rawValue, "created_at": Clock.millis(entry.at),
            ])], db)
            try await counter.add(1, db)
        }
    }
}
