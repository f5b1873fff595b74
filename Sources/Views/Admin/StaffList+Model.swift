import Domain

/// Administration's first page: every staff account, its roles in words, and whether it is ready to use.
public struct StaffListPage: PageModel {
    public var layout: LayoutModel
    public var members: [StaffMember]
    /// Service titles by slug, to name per-service roles.
    public var serviceTitles: [String: String]

    public init(layout: LayoutModel, members: [StaffMember], serviceTitles: [String: String]) {
        self.layout = layout
        self.members = members
        self.serviceTitles = serviceTitles
    }
}
