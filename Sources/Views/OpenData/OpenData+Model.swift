import Domain

/// `/open-data`: the datasets, their files and columns, the suppression rule and the licence.
public struct OpenDataPage: PageModel {
    public struct Dataset: Sendable, Equatable {
        public var slug: String
        public var title: String
        public var summary: String
        /// (column name, meaning)
        public var columns: [(name: String, meaning: String)]

        public init(slug: String, title: String, summary: String, columns: [(name: String, meaning: String)]) {
            self.slug = slug
            self.title = title
            self.summary = summary
            self.columns = columns
        }

        public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
            lhs.slug == rhs.slug && lhs.title == rhs.title && lhs.summary == rhs.summary
                && lhs.columns.map(\.name) == rhs.columns.map(\.name) && lhs.columns.map(\.meaning) == rhs.columns.map(\.meaning)
        }
    }

    public var layout: LayoutModel
    public var datasets: [Dataset]
    public var threshold: Int
    /// Live public services: (title, slug) for the performance pages.
    public var services: [(title: String, slug: String)]

    public init(layout: LayoutModel, datasets: [Dataset], threshold: Int, services: [(title: String, slug: String)]) {
        self.layout = layout
        self.datasets = datasets
        self.threshold = threshold
        self.services = services
    }

    public static let licenceURL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
}

/// `/performance/{slug}`: a service's four KPIs by month.
public struct PerformancePage: PageModel {
    public var layout: LayoutModel
    public var serviceTitle: String
    public var months: [ServicePerformance.Month]
    public var threshold: Int

    public init(layout: LayoutModel, serviceTitle: String, months: [ServicePerformance.Month], threshold: Int) {
        self.layout = layout
        self.serviceTitle = serviceTitle
        self.months = months
        self.threshold = threshold
    }
}
