import Domain

/// What the queue pages need to know about the person looking: the services they may see (with titles and
/// workflows), the statuses those workflows have, and the colleagues cases can be assigned to.
struct QueueScope: Sendable {
    let staff: StaffMember
    /// Service slug → title, for the services this person may see.
    let titles: [String: String]
    let workflows: [String: Workflow]
    /// Every status of those services' workflows, in workflow order, with its label.
    let states: [(id: String, label: String)]
    /// Case officers of those services (including disabled accounts: their old cases are still listed).
    let colleagues: [StaffMember]
    /// Staff id → email, for the assignee column.
    let names: [Int64: String]
    let window: TargetWindow
    let language: Language

    var allowed: Set<String> { Set(titles.keys) }

    var stateOptions: [(value: String, label: String)] { states.map { ($0.id, $0.label) } }

    /// `language`: the labels' (the page's, or English for the CSV export).
    static func load(_ staff: StaffMember, services: AppServices, language: Language = .en) async throws -> QueueScope {
        let published = try await services.catalogue.current().filter { staff.access.mayHandleCases(of: $0.slug) }.sorted { $0.slug < $1.slug }
        var states: [(String, String)] = []
        for service in published {
            for state in service.definition.workflow.states where !states.contains(where: { $0.0 == state.id }) {
                states.append((state.id, state.label.text(language)))
            }
        }
        let allowed = Set(published.map(\.slug))
        let everyone = try await services.identity.staff.all()
        let colleagues = everyone.filter { member in
            member.grants.contains { $0.role == .caseOfficer && $0.serviceSlug.map(allowed.contains) == true }
        }
        return QueueScope(
            staff: staff,
            titles: Dictionary(published.map { ($0.slug, $0.definition.title.text(language)) }, uniquingKeysWith: { first, _ in first }),
            workflows: Dictionary(published.map { ($0.slug, $0.definition.workflow) }, uniquingKeysWith: { first, _ in first }),
            states: states, colleagues: colleagues,
            names: Dictionary(everyone.map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first }),
            window: TargetWindow(today: services.today(), calendar: services.calendar), language: language
        )
    }

    func query(_ filters: QueueFilters, pageSize: Int = 25) -> CaseQuery {
        var query = filters.query(for: staff, allowed: allowed, window: window, pageSize: pageSize)
        // Only statuses some workflow has: each becomes an index scan per service.
        query.statuses = query.statuses.filter { status in states.contains { $0.id == status } }
        return query
    }

    // MARK: What a row shows

    func serviceTitle(_ slug: String) -> String { titles[slug] ?? slug }

    func statusLabel(_ row: CaseQueueRow) -> String {
        workflows[row.serviceSlug]?.state(row.status)?.label.text(language) ?? row.status
    }
}
