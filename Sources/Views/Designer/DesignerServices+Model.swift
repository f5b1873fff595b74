import Foundation
import Domain

/// The service designer's first page: the published services, each with a link to preview its messages.
public struct DesignerServicesPage: PageModel {
    public struct Service: Sendable, Equatable {
        public var slug: String
        public var title: String
        public var version: Int
        public var publishedAt: Date

        public init(slug: String, title: String, version: Int, publishedAt: Date) {
            self.slug = slug
            self.title = title
            self.version = version
            self.publishedAt = publishedAt
        }
    }

    public var layout: LayoutModel
    public var services: [Service]

    public init(layout: LayoutModel, services: [Service]) {
        self.layout = layout
        self.services = services
    }
}
