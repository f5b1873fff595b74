import Domain
import Foundation

/// `onecouncil cases generate`: fills a database with invented cases across the published services, for trying the
/// back office (and measuring it) at the scale of a large council. Batches are invented on one task while the
/// previous batch is written on another.
public struct CaseGenerator: Sendable {
    let services: any ServiceRepository
    let staff: any StaffRepository
    let loader: any SyntheticCaseLoader
    let calendar: WorkingCalendar

    init(services: any ServiceRepository, staff: any StaffRepository, loader: any SyntheticCaseLoader, calendar: WorkingCalendar) {
        self.services = services
        self.staff = staff
        self.loader = loader
        self.calendar = calendar
    }

    public enum Problem: Error, CustomStringConvertible {
        case noServices
        public var description: String { "no services are published: run `onecouncil services import services/*.yaml` first" }
    }

    /// What a run made: cases, journey events (the `measure_counts` additions other than submissions and decisions)
    /// and feedback answers.
    public struct Made: Sendable, Equatable {
        public var cases = 0
        public var journeyEvents = 0
        public var feedback = 0
    }

    /// Makes `count` cases; calls `progress` with the number written so far after each batch. With `analytics`, a
    /// synthetic council's wards and postcodes are loaded first, and each case is placed in a ward with the journeys,
    /// counters and feedback behind it (`SyntheticCouncil`, `DemandPattern`).
    @discardableResult
    public func generate(
        count: Int, seed: UInt64, officersPerService: Int, analytics: Bool = false, today: CalendarDay = .today(), batchSize: Int = 5000,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> Made {
        let published = try await services.currentVersions()
        guard !published.isEmpty else { throw Problem.noServices }
        var services: [SyntheticCaseFactory.Service] = []
        for service in published.sorted(by: { $0.slug < $1.slug }) {
            services.append(.init(definition: service.definition, version: service.version,
                                  officers: try await officers(of: service.slug, atLeast: officersPerService)))
        }
        var factory = SyntheticCaseFactory(
            services: services, calendar: calendar, today: today, count: count, firstSerial: try await loader.nextSerial(), seed: seed
        )
        if analytics {
            let council = SyntheticCouncil(seed: seed)
            try await loader.loadCouncil(council)
            factory = factory.located(in: council)
        }
        let made = factory
        let batch = max(1, batchSize)
        let invent = { @Sendable (start: Int) in (start..<min(start + batch, count)).compactMap(made.make) }
        var upcoming = Task { invent(0) }
        var written = 0
        var total = Made()
        while written < count {
            let cases = await upcoming.value
            let following = written + batch
            if following < count { upcoming = Task { invent(following) } }
            try await loader.load(cases)
            written = min(following, count)
            total.cases += cases.count
            for item in cases {
                total.journeyEvents += item.counts.filter { !Self.caseMeasures.contains($0.measure) }.count
                if item.feedback != nil { total.feedback += 1 }
            }
            progress(written)
        }
        try await loader.analyse()
        return total
    }

    /// Counters a case adds to that are not journey events.
    static let caseMeasures: Set<Measure> = [.submitted, .decided, .inTarget, .late, .feedback]

    /// The case officers of `slug`, adding invented ones (disabled: nobody can sign in as them) up to `count`, so
    /// invented cases are spread over a team's queues.
    private func officers(of slug: String, atLeast count: Int) async throws -> [Int64] {
        var ids = try await staff.all().filter { $0.grants.contains(RoleGrant(role: .caseOfficer, serviceSlug: slug)) }.map(\.id)
        var number = 1
        while ids.count < count {
            let email = "synthetic-officer-\(number)@\(slug).example"
            number += 1
            if try await staff.member(email: email) != nil { continue }
            let member = try await staff.create(email: email, passwordHash: nil, grants: [RoleGrant(role: .caseOfficer, serviceSlug: slug)])
            try await staff.setDisabled(id: member.id, disabled: true)
            ids.append(member.id)
        }
        return ids
    }
}
