import Domain
import SQLKit

/// The places taken in each service's areas, per day and slot. A booking takes a place with a conditional UPDATE in
/// its own write transaction: on SQLite the transaction holds the database's one write lock; on PostgreSQL the UPDATE
/// locks the counter row and re-reads it once an earlier booking commits. Either way the 21st booking of a day of 20
/// finds no row to update and is refused, however many servers take bookings at once.
enum VisitPlaces {
    /// The slot column's value for the whole day's count.
    static let wholeDay = ""

    /// Takes one place in the day (and slot) of `visit`, within `limits`; throws `BookingRefusal.full` when none is left,
    /// which rolls the whole write back.
    static func take(_ visit: NewVisit, limits: SlotLimits?, _ db: any SQLDatabase) async throws {
        let day = visit.day.dayNumber
        for slot in [wholeDay, visit.slot] {
            try await db.raw("""
                INSERT INTO visit_places (service_slug, area, day, slot, booked)
                VALUES (\(bind: visit.serviceSlug), \(bind: visit.area), \(bind: day), \(bind: slot), 0) ON CONFLICT DO NOTHING
                """).run()
        }
        // Whole day first, then the slot: every booking locks the rows in the same order, so none wait on each other in a cycle.
        for (slot, limit) in [(wholeDay, limits?.daily), (visit.slot, limits?.slot)] {
            let taken = try await db.raw("""
                UPDATE visit_places SET booked = booked + 1
                WHERE service_slug = \(bind: visit.serviceSlug) AND area = \(bind: visit.area) AND day = \(bind: day) AND slot = \(bind: slot)
                  AND booked < \(bind: limit ?? Int.max)
                RETURNING booked
                """).first()
            if taken == nil { throw BookingRefusal.full }
        }
    }

    /// Gives a place back (a cancelled visit).
    static func release(service: String, area: String, day: Int, slot: String, _ db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE visit_places SET booked = booked - 1
            WHERE service_slug = \(bind: service) AND area = \(bind: area) AND day = \(bind: day)
              AND slot IN (\(bind: wholeDay), \(bind: slot)) AND booked > 0
            """).run()
    }

    static func usage(service: String, area: String, days: ClosedRange<Int>, _ db: any SQLDatabase) async throws -> [DayUsage] {
        let rows = try await db.raw("""
            SELECT day, slot, booked FROM visit_places
            WHERE service_slug = \(bind: service) AND area = \(bind: area) AND day BETWEEN \(bind: days.lowerBound) AND \(bind: days.upperBound)
            """).all()
        var byDay: [Int: DayUsage] = [:]
        for row in rows {
            let dayNumber = try row.int("day")
            var usage = byDay[dayNumber] ?? DayUsage(day: CalendarDay(dayNumber: dayNumber), total: 0)
            let slot = try row.string("slot")
            let booked = try row.int("booked")
            if slot == wholeDay { usage.total = booked } else { usage.bySlot[slot] = booked }
            byDay[dayNumber] = usage
        }
        return byDay.keys.sorted().compactMap { byDay[$0] }
    }
}
