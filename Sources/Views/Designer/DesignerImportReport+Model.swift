import Domain

/// What an import made: the new service's draft, and every element of the source file it could not carry as it was,
/// each with its place in that file.
public struct DesignerImportReportPage: PageModel {
    public struct Note: Sendable, Equatable {
        /// Where in the source file: a JSON path like `steps[3].routing_conditions[0]`, or `FILE: path` inside a ZIP.
        public var location: String
        /// What was done instead (the importers write these in English).
        public var message: String

        public init(location: String, message: String) {
            self.location = location
            self.message = message
        }
    }

    public var layout: LayoutModel
    public var slug: String
    public var title: String
    public var formatName: String
    public var filename: String
    public var sections: Int
    public var pages: Int
    public var questions: Int
    public var notes: [Note]

    public init(layout: LayoutModel, slug: String, title: String, formatName: String, filename: String, sections: Int, pages: Int,
                questions: Int, notes: [Note]) {
        self.layout = layout
        self.slug = slug
        self.title = title
        self.formatName = formatName
        self.filename = filename
        self.sections = sections
        self.pages = pages
        self.questions = questions
        self.notes = notes
    }
}
