import Foundation
import Domain

/// The service designer's first page: the services this designer may design, with their state and number of versions,
/// each with a link to preview its messages.
public struct DesignerServicesPage: PageModel {
    public struct Service: Sendable, Equatable {
        public var slug: String
        public var title: String
        public var version: Int
        public var publishedAt: Date
        public var state: ServiceState
        /// Versions stored, whatever their state; 0 for a service that is only a draft.
        public var versionCount: Int

        public init(slug: String, title: String, version: Int, publishedAt: Date, state: ServiceState = .live, versionCount: Int = 1) {
            self.slug = slug
            self.title = title
            self.version = version
            self.publishedAt = publishedAt
            self.state = state
            self.versionCount = versionCount
        }
    }

    public var layout: LayoutModel
    public var services: [Service]

    public init(layout: LayoutModel, services: [Service]) {
        self.layout = layout
        self.services = services
    }
}
