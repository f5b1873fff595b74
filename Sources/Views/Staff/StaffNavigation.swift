import Domain

/// The links across the top of every staff page: staff home and each area and tool the person's roles open, the
/// current one marked. Built from the same `StaffAccess` the route checks use, so a link is shown exactly when its page
/// would open.
public struct StaffNavigation: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public let label: Phrase
        public let href: String

        public init(_ label: Phrase, _ href: String) {
            self.label = label
            self.href = href
        }
    }

    public let items: [Item]
    /// The address of the page being shown, to mark its item.
    public let currentPath: String

    public init(items: [Item], currentPath: String) {
        self.items = items
        self.currentPath = currentPath
    }

    public init(access: StaffAccess, currentPath: String) {
        self.init(items: Self.items(for: access), currentPath: currentPath)
    }

    /// Staff home first, then the areas in the order staff home lists them.
    public static func items(for access: StaffAccess) -> [Item] {
        var items = [Item(.staffHome, "/staff")]
        for area in access.areas {
            switch area {
            case .backOffice:
                items.append(Item(.navCases, "/backoffice"))
                if access.has(.customerServiceAgent) { items.append(Item(.navAssisted, "/backoffice/assisted")) }
            case .field: items.append(Item(.navField, "/field"))
            case .designer: items.append(Item(.navDesigner, "/designer"))
            case .analytics: items.append(Item(.navAnalytics, "/analytics"))
            case .strategy: items.append(Item(.navStrategy, "/backoffice/strategy"))
            case .admin:
                items += [
                    Item(.navStaffAccounts, "/admin"), Item(.navBackgroundTasks, "/admin/jobs"), Item(.navOutbox, "/admin/outbox"),
                    Item(.navWebhooks, "/admin/webhooks"), Item(.navAPIClients, "/admin/api-clients"), Item(.navAudit, "/admin/audit"),
                ]
            }
        }
        return items
    }

    /// The item the current page belongs to: the longest address that is the page's or a prefix of it.
    public var current: Item? {
        items
            .filter { currentPath == $0.href || currentPath.hasPrefix($0.href == "/staff" ? "/staff/" : $0.href + "/") }
            .max { $0.href.count < $1.href.count }
    }
}
