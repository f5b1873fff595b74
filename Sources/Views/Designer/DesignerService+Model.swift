import Domain

/// One service's working draft as the designer sees it: its sections and pages, what is wrong with it, and where to go
/// next (edit a page, preview, route map, the YAML, versions and publishing).
public struct DesignerServicePage: PageModel {
    /// What a page of the draft is, so the list can say it in words rather than by colour.
    public enum PageKind: Sendable, Equatable {
        case questions(count: Int)
        case information
        case exit
        case repeating(questions: Int)
    }

    public struct PageRow: Sendable, Equatable {
        public var id: String
        public var heading: String
        public var kind: PageKind
        /// The page's `show_when` in words, when it has one.
        public var shownWhen: String?
        /// How many branch rules leave the page.
        public var branches: Int

        public init(id: String, heading: String, kind: PageKind, shownWhen: String? = nil, branches: Int = 0) {
            self.id = id
            self.heading = heading
            self.kind = kind
            self.shownWhen = shownWhen
            self.branches = branches
        }
    }

    public struct SectionRow: Sendable, Equatable {
        public var id: String
        public var title: String
        public var pages: [PageRow]

        public init(id: String, title: String, pages: [PageRow]) {
            self.id = id
            self.title = title
            self.pages = pages
        }
    }

    /// A validation problem of the draft, with the element to fix when the writer's line map knows it.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: String
        /// The editor page for the element the problem is in (nil: fix it in the YAML).
        public var fixHref: String?

        public init(line: Int, column: Int, message: String, fixHref: String?) {
            self.line = line
            self.column = column
            self.message = message
            self.fixHref = fixHref
        }
    }

    public var layout: LayoutModel
    public var slug: String
    public var title: String
    /// Nil when the draft's YAML does not parse: then only the YAML editor can fix it.
    public var sections: [SectionRow]?
    public var problems: [Problem]
    public var notice: String?
    /// The form token for the "Discard draft" button; nil when there is no draft (the page shows the current version).
    public var discardCSRF: String? = nil

    public init(layout: LayoutModel, slug: String, title: String, sections: [SectionRow]?, problems: [Problem], notice: String? = nil) {
        self.layout = layout
        self.slug = slug
        self.title = title
        self.sections = sections
        self.problems = problems
        self.notice = notice
    }

    public var base: String { DesignerPaths.service(slug) }
}

/// The designer's addresses, in one place for controllers, views and tests.
public enum DesignerPaths {
    public static func service(_ slug: String) -> String { "/designer/services/\(slug)" }
    public static func page(_ slug: String, _ pageID: String) -> String { "\(service(slug))/pages/\(pageID)" }
    public static func question(_ slug: String, _ pageID: String, _ questionID: String) -> String { "\(page(slug, pageID))/questions/\(questionID)" }
    public static func section(_ slug: String, _ section: String) -> String { "\(service(slug))/sections/\(section)" }
    public static func newPage(_ slug: String, section sectionID: String) -> String { "\(section(slug, sectionID))/pages/new" }
    public static func yaml(_ slug: String) -> String { "\(service(slug))/yaml" }
    public static func preview(_ slug: String) -> String { "\(service(slug))/preview" }
    public static func routeMap(_ slug: String) -> String { "\(service(slug))/route-map" }
    public static func versions(_ slug: String) -> String { "\(service(slug))/versions" }
    public static func details(_ slug: String) -> String { "\(service(slug))/details" }
}
