import Domain

/// A service version's route map (`/designer/services/{slug}/route-map`): the diagram and the route in words.
public struct RouteMapPage: PageModel {
    public var layout: LayoutModel
    public var serviceTitle: String
    public var version: Int
    public var map: RouteMap

    public init(layout: LayoutModel, serviceTitle: String, version: Int, map: RouteMap) {
        self.layout = layout
        self.serviceTitle = serviceTitle
        self.version = version
        self.map = map
    }
}
