import Foundation
import Domain

/// The audit trail: who did what and when, filtered by person, action and dates, a page at a time, newest first,
/// with people named (emails, API client names) rather than as stored (`staff:7`).
public struct AuditTrailPage: PageModel {
    /// A date as typed into the day, month and year boxes.
    public struct DateFields: Sendable, Equatable {
        public var day: String
        public var month: String
        public var year: String

        public init(day: String = "", month: String = "", year: String = "") {
            self.day = day
            self.month = month
            self.year = year
        }

        public var isEmpty: Bool { day.isEmpty && month.isEmpty && year.isEmpty }
    }

    /// The filters as typed, kept in the form and in the page links.
    public struct Filters: Sendable, Equatable {
        public var person: String
        /// An action's stored name, or empty for any.
        public var action: String
        public var from: DateFields
        public var to: DateFields

        public init(person: String = "", action: String = "", from: DateFields = DateFields(), to: DateFields = DateFields()) {
            self.person = person
            self.action = action
            self.from = from
            self.to = to
        }

        /// The filters as a query string, for the previous and next links.
        public var query: [(String, String)] {
            [("person", person), ("action", action), ("from-day", from.day), ("from-month", from.month), ("from-year", from.year),
             ("to-day", to.day), ("to-month", to.month), ("to-year", to.year)]
        }
    }

    public struct Row: Sendable, Equatable {
        public var at: Date
        /// Who did it, named.
        public var who: String
        public var whoHref: String?
        public var action: AuditAction
        /// Who or what it was done to, named when it is a person.
        public var about: String
        public var aboutHref: String?
        public var detail: String
        public var ipAddress: String

        public init(at: Date, who: String, whoHref: String? = nil, action: AuditAction, about: String, aboutHref: String? = nil,
                    detail: String, ipAddress: String) {
            self.at = at
            self.who = who
            self.whoHref = whoHref
            self.action = action
            self.about = about
            self.aboutHref = aboutHref
            self.detail = detail
            self.ipAddress = ipAddress
        }
    }

    public var layout: LayoutModel
    public var filters: Filters
    /// Every action, for the filter.
    public var actions: [AuditAction]
    public var rows: [Row]
    /// The person typed matched nobody.
    public var personNotFound: Bool
    /// The links to newer and older entries (nil when there are none), with the filters kept.
    public var newerHref: String?
    public var olderHref: String?
    public var errors: [FieldError]

    public init(layout: LayoutModel, filters: Filters, actions: [AuditAction], rows: [Row], personNotFound: Bool,
                newerHref: String?, olderHref: String?, errors: [FieldError]) {
        self.layout = layout
        self.filters = filters
        self.actions = actions
        self.rows = rows
        self.personNotFound = personNotFound
        self.newerHref = newerHref
        self.olderHref = olderHref
        self.errors = errors
    }
}
