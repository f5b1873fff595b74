import Domain
import SQLKit

/// Adds to one `measure_counts` counter inside a caller's transaction, for counts that must agree with the row
/// written beside them (a feedback row, a citizen joining a report). Both engines take `ON CONFLICT … DO UPDATE`.
struct MeasureCountUpsert: Sendable {
    var serviceSlug: String
    var day: CalendarDay
    var measure: String
    var detail: String = ""
    var version: Int
    var channel: Channel
    var language: Language
    var area: String = ""

    func add(_ count: Int = 1, _ db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO measure_counts (service_slug, day, measure, detail, version, channel, language, area, count)
            VALUES (\(bind: serviceSlug), \(bind: day.dayNumber), \(bind: measure), \(bind: detail), \(bind: version),
                    \(bind: channel.rawValue), \(bind: language.rawValue), \(bind: area), \(bind: count))
            ON CONFLICT (service_slug, day, measure, detail, version, channel, language, area)
            DO UPDATE SET count = measure_counts.count + excluded.count
            """).run()
    }
}
