import Domain
import Foundation

/// What a citizen sees at any page of a service that is not open: not open yet, closed (at its closing time or its
/// submission limit) or withdrawn, and whether answers they had entered were not sent.
public struct ServiceUnavailablePage: PageModel {
    public enum Reason: Sendable, Equatable {
        /// `opensAt` as the citizen reads it ("1 December 2026, 9:00am"), when a time is set.
        case notYetOpen(opensAt: String?)
        /// `closedAt` as the citizen reads it.
        case closed(closedAt: String)
        case limitReached
        case withdrawn
    }

    public var layout: LayoutModel
    public var serviceTitle: String
    public var reason: Reason
    /// The browser had a journey in progress (perhaps at check answers): say plainly that it was not sent.
    public var answersNotSent: Bool
    public var servicesURL: String

    public init(layout: LayoutModel, serviceTitle: String, reason: Reason, answersNotSent: Bool, servicesURL: String = "/") {
        self.layout = layout
        self.serviceTitle = serviceTitle
        self.reason = reason
        self.answersNotSent = answersNotSent
        self.servicesURL = servicesURL
    }

    /// The page's heading, also its title.
    public static func heading(_ reason: Reason, _ language: Language) -> String {
        if case .notYetOpen = reason { return Phrase.serviceNotOpenYet(language) }
        return Phrase.serviceClosed(language)
    }
}
