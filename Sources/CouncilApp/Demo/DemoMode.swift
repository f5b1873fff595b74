import Domain
import Foundation

/// `onecouncil serve --demo`: a member of staff for every role and a few cases in every state of the sample services,
/// so a person trying the platform sees every area at once. Written through the same repositories the site uses,
/// and idempotent: a restart with `--demo` finds what it made before (by email and by fixed case references).
///
/// Without `--demo`, `lockOut` disables any demo account in the database and ends its sessions, so demo accounts
/// never sign in to a real deployment that once ran in demo mode.
struct DemoMode: Sendable {
    let services: any ServiceRepository
    let staff: any StaffRepository
    let sessions: any AuthSessionRepository
    let submissions: any SubmissionRepository
    let cases: any CaseRepository
    let visits: any VisitRepository
    let passwords: PasswordHasher
    let calendar: WorkingCalendar
    let clock: CouncilClock

    /// Creates (or switches back on) the demo accounts and cases; returns the accounts to print.
    func prepare() async throws -> [DemoStaff.Account] {
        let published = try await services.currentVersions().sorted { $0.slug < $1.slug }
        let accounts = DemoStaff.accounts(services: published.map(\.definition))
        var ids: [StaffRole: Int64] = [:]
        for account in accounts {
            let member = try await ensure(account)
            if let role = account.grants.first?.role { ids[role] = member.id }
        }
        for (index, service) in published.enumerated() {
            try await seedCases(service, serialBase: 970_000 + Int64(index) * 100, ids: ids)
        }
        return accounts
    }

    /// Disables every demo account and ends its sessions; returns how many there were.
    @discardableResult
    func lockOut() async throws -> Int {
        let demo = try await staff.all().filter { DemoStaff.isDemo(email: $0.email) }
        for member in demo {
            if !member.disabled { try await staff.setDisabled(id: member.id, disabled: true) }
            try await sessions.deleteAll(kind: .staff, subjectID: member.id)
        }
        return demo.count
    }

    private func ensure(_ account: DemoStaff.Account) async throws -> StaffMember {
        let member: StaffMember
        if let existing = try await staff.member(email: account.email) {
            member = existing
            if existing.disabled { try await staff.setDisabled(id: existing.id, disabled: false) }
            if Set(existing.grants) != Set(account.grants) { try await staff.setGrants(id: existing.id, grants: account.grants) }
        } else {
            member = try await staff.create(email: account.email, passwordHash: try await passwords.hash(DemoStaff.password), grants: account.grants)
        }
        if member.totpSecret != DemoStaff.totpSecret {
            try await staff.enrolAuthenticator(id: member.id, secret: DemoStaff.totpSecret, recoveryCodeHashes: [])
        }
        return member
    }

    /// One case in each state of the service's workflow (those past the first assigned to the demo case officer),
    /// then an overdue one, one entered by the customer service agent for a caller, and, where the service books
    /// visits, one with a visit today for the demo field worker.
    private func seedCases(_ service: PublishedService, serialBase: Int64, ids: [StaffRole: Int64]) async throws {
        let definition = service.definition
        let workflow = definition.workflow
        let today = clock.today()
        var factory = SyntheticCaseFactory(
            services: [.init(definition: definition, version: service.version, officers: [])], calendar: calendar, today: today,
            count: workflow.states.count + 3, firstSerial: serialBase, seed: UInt64(serialBase)
        )
        factory.spanDays = 0
        func make(_ index: Int, status: String, daysAgo: Int) -> NewSubmission? {
            guard var submission = factory.make(index)?.submission else { return nil }
            let created = today.adding(days: -daysAgo)
            submission.submittedAt = Date(timeIntervalSince1970: Double(created.dayNumber) * 86_400 + 10 * 3600)
            submission.setDue(workflow, calendar: calendar, today: created)
            submission.initialStatus = status
            submission.channel = .online
            return submission
        }
        let officer = ids[.caseOfficer]
        for (index, state) in workflow.states.enumerated() {
            guard let submission = make(index, status: state.id, daysAgo: 1 + index) else { continue }
            try await record(submission, assignee: index == 0 ? nil : officer)
        }
        let extra = workflow.states.count
        if var overdue = make(extra, status: workflow.initialState, daysAgo: 60) {
            overdue.channel = .email
            try await record(overdue, assignee: officer)
        }
        if var assisted = make(extra + 1, status: workflow.initialState, daysAgo: 0), let agent = ids[.customerServiceAgent] {
            assisted.channel = .phone
            assisted.enteredByStaffID = agent
            try await record(assisted, assignee: nil)
        }
        if let scheduling = definition.scheduling, let visit = make(extra + 2, status: workflow.initialState, daysAgo: 2),
           try await record(visit, assignee: officer),
           let kind = scheduling.visitKinds.first, let slot = scheduling.slots.first, let area = scheduling.areas.first {
            let appointment = Appointment(day: today, slot: slot.id)
            _ = try await visits.schedule(NewVisit(
                caseReference: visit.reference, serviceSlug: definition.slug, kind: kind.id, day: today, slot: slot.id, area: area.id,
                assigneeID: ids[.fieldWorker], crew: area.crew, limits: nil,
                summary: VisitText.summary(kind: kind.label.english, appointment: appointment, slotLabel: slot.label.english, assignee: area.crew)
            ), actor: .commandLine, at: clock.now())
        }
    }

    /// Records the case unless a case with its reference exists already; true when it was recorded now.
    @discardableResult
    private func record(_ submission: NewSubmission, assignee: Int64?) async throws -> Bool {
        guard try await cases.record(reference: submission.reference) == nil else { return false }
        var submission = submission
        // An invented appointment answer would book a place; the demo's one visit is scheduled on its own.
        submission.booking = nil
        try await submissions.record(submission, completing: nil)
        if let assignee {
            _ = try await cases.apply(.assign(staffID: assignee, name: "\(StaffRole.caseOfficer.rawValue)@\(DemoStaff.domain)"), to: submission.reference,
                                      actor: .commandLine, at: clock.now())
        }
        return true
    }
}
