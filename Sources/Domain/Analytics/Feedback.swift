import Foundation

/// The GOV.UK satisfaction scale, 5 (very satisfied) down to 1 (very dissatisfied), as stored and counted.
public enum SatisfactionRating: Int, Sendable, CaseIterable {
    case verySatisfied = 5
    case satisfied = 4
    case neither = 3
    case dissatisfied = 2
    case veryDissatisfied = 1

    /// Very satisfied first, as the question lists them.
    public static let listed: [SatisfactionRating] = allCases.sorted { $0.rawValue > $1.rawValue }

    public var isSatisfied: Bool { self == .satisfied || self == .verySatisfied }

    /// The form's value for each choice.
    public var formValue: String {
        switch self {
        case .verySatisfied: "very-satisfied"
        case .satisfied: "satisfied"
        case .neither: "neither"
        case .dissatisfied: "dissatisfied"
        case .veryDissatisfied: "very-dissatisfied"
        }
    }

    public init?(formValue: String) {
        guard let found = Self.allCases.first(where: { $0.formValue == formValue }) else { return nil }
        self = found
    }
}

/// One answer to the satisfaction question after a confirmation page. No reference, no name: it cannot be tied
/// back to the request it followed.
public struct FeedbackEntry: Sendable, Equatable {
    public static let commentLimit = 1200

    public var serviceSlug: String
    public var version: Int
    public var day: CalendarDay
    public var rating: SatisfactionRating
    public var comment: String?
    public var language: Language
    public var channel: Channel
    public var at: Date

    public init(serviceSlug: String, version: Int, day: CalendarDay, rating: SatisfactionRating, comment: String?, language: Language,
                channel: Channel = .online, at: Date) {
        self.serviceSlug = serviceSlug
        self.version = version
        self.day = day
        self.rating = rating
        self.comment = comment
        self.language = language
        self.channel = channel
        self.at = at
    }
}

/// Where feedback goes: the `feedback` row and its `feedback` counter (detail: the rating), kept together.
public protocol FeedbackStore: Sendable {
    func record(_ entry: FeedbackEntry) async throws
}
