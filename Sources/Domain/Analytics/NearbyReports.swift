import Foundation

/// An open report of the same service near the point a citizen gave: enough to recognise it, nothing of its author.
public struct NearbyReport: Sendable, Equatable {
    public var reference: String
    public var status: String
    /// Whole metres from the citizen's point.
    public var metres: Int

    public init(reference: String, status: String, metres: Int) {
        self.reference = reference
        self.status = status
        self.metres = metres
    }
}

/// What to look for: open cases of one service within `metres` of a point.
public struct NearbySearch: Sendable, Equatable {
    public var serviceSlug: String
    public var latitude: Double
    public var longitude: Double
    public var metres: Int
    /// The workflow's final states: a case in one is no longer open.
    public var closedStatuses: Set<String>
    public var limit: Int

    public init(serviceSlug: String, latitude: Double, longitude: Double, metres: Int, closedStatuses: Set<String>, limit: Int = 10) {
        self.serviceSlug = serviceSlug
        self.latitude = latitude
        self.longitude = longitude
        self.metres = metres
        self.closedStatuses = closedStatuses
        self.limit = limit
    }
}

/// A citizen adding themselves to an existing report: who gets its updates, and the counter's dimensions.
public struct JoiningReport: Sendable, Equatable {
    public var reference: String
    /// Where the report's updates go; nil when the citizen gave none (they are still counted).
    public var email: String?
    public var citizenID: Int64?
    public var version: Int
    public var language: Language
    /// Online, or the channel of an agent entering a caller's report.
    public var channel: Channel
    public var day: CalendarDay
    public var at: Date

    public init(reference: String, email: String?, citizenID: Int64?, version: Int, language: Language, channel: Channel = .online,
                day: CalendarDay, at: Date) {
        self.reference = reference
        self.email = email
        self.citizenID = citizenID
        self.version = version
        self.language = language
        self.channel = channel
        self.day = day
        self.at = at
    }
}

/// FixMyStreet's duplicate check: open reports near a point, and adding a citizen to one instead of a new report.
public protocol NearbyReportStore: Sendable {
    /// Nearest first, at most `search.limit`.
    func nearby(_ search: NearbySearch) async throws -> [NearbyReport]
    /// Adds the citizen to the case as an interested party (a timeline event; status updates are copied to them)
    /// and counts `duplicate_joined`, in one transaction. False when there is no such case.
    func join(_ joining: JoiningReport) async throws -> Bool
}

/// Distances on the Earth's surface, good to a few metres at the distances a duplicate check uses.
public enum GreatCircle {
    static let earthRadiusMetres = 6_371_008.8

    /// The haversine distance between two points, in metres.
    public static func metres(latitude: Double, longitude: Double, toLatitude: Double, longitude toLongitude: Double) -> Double {
        let radians = Double.pi / 180
        let dLatitude = (toLatitude - latitude) * radians
        let dLongitude = (toLongitude - longitude) * radians
        let a = sin(dLatitude / 2) * sin(dLatitude / 2)
            + cos(latitude * radians) * cos(toLatitude * radians) * sin(dLongitude / 2) * sin(dLongitude / 2)
        return 2 * earthRadiusMetres * atan2(a.squareRoot(), (1 - a).squareRoot())
    }

    /// A box of latitudes and longitudes holding every point within `metres`, for an index-friendly first filter.
    public static func box(latitude: Double, longitude: Double, metres: Double)
        -> (minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double) {
        let latitudeDegrees = metres / earthRadiusMetres * 180 / Double.pi
        let shrink = max(cos(latitude * Double.pi / 180), 0.01)
        let longitudeDegrees = latitudeDegrees / shrink
        return (latitude - latitudeDegrees, latitude + latitudeDegrees, longitude - longitudeDegrees, longitude + longitudeDegrees)
    }
}
