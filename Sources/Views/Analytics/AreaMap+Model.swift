import Domain

/// `/analytics/map`: located requests over the ward boundaries, with filters and the table of the points shown.
/// Case-level data (where a request was made), so opening it is audited; no names, addresses or answers.
public struct AreaMapPage: PageModel {
    public struct Filters: Sendable, Equatable {
        public var service: String
        public var status: String
        public var from: String
        public var to: String
        public var area: String

        public init(service: String = "", status: String = "", from: String = "", to: String = "", area: String = "") {
            self.service = service
            self.status = status
            self.from = from
            self.to = to
            self.area = area
        }
    }

    public var layout: LayoutModel
    public var filters: Filters
    public var errors: [FieldError]
    /// The services the viewer may see: (slug, title).
    public var services: [(slug: String, title: String)]
    public var statuses: [String]
    public var areas: [AreaBoundary]
    public var points: [LocatedCase]
    /// More requests matched than `cap`; only the newest `cap` are drawn.
    public var capped: Bool
    public var cap: Int

    public init(layout: LayoutModel, filters: Filters, errors: [FieldError] = [], services: [(slug: String, title: String)], statuses: [String],
                areas: [AreaBoundary], points: [LocatedCase], capped: Bool, cap: Int) {
        self.layout = layout
        self.filters = filters
        self.errors = errors
        self.services = services
        self.statuses = statuses
        self.areas = areas
        self.points = points
        self.capped = capped
        self.cap = cap
    }
}
