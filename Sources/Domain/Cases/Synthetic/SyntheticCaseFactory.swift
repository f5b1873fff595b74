import Foundation

/// One invented case, with where it has got to.
public struct SyntheticCase: Sendable {
    public var submission: NewSubmission
    public var status: String
    public var statusSince: Date
    public var assigneeID: Int64?
    public var targetMetAt: Date?
    /// Where the case is (with a synthetic council): its ward and the point reported.
    public var areaCode: String?
    public var latitude: Double?
    public var longitude: Double?
    /// The measure counters its journeys and decision add to, and its feedback (with a synthetic council).
    public var counts: [MeasureKey] = []
    public var feedback: SyntheticFeedback?

    public init(submission: NewSubmission, status: String, statusSince: Date, assigneeID: Int64?, targetMetAt: Date?) {
        self.submission = submission
        self.status = status
        self.statusSince = statusSince
        self.assigneeID = assigneeID
        self.targetMetAt = targetMetAt
    }
}

/// Invents cases for trying the back office at scale: spread over the last three years (oldest first, as they would
/// have arrived), over every service given, its workflow's states (old cases mostly closed, recent ones mostly open),
/// channels, officers, Highland postcode districts and applicants. Case `n` of a seed is always the same case, so a
/// data set can be made again, and in parallel.
public struct SyntheticCaseFactory: Sendable {
    public struct Service: Sendable {
        public var definition: ServiceDefinition
        public var version: Int
        /// Case officers whose queues the cases are spread across.
        public var officers: [Int64]

        public init(definition: ServiceDefinition, version: Int, officers: [Int64]) {
            self.definition = definition
            self.version = version
            self.officers = officers
        }
    }

    public let services: [Service]
    public let calendar: WorkingCalendar
    public let today: CalendarDay
    public let count: Int
    /// The first case's serial number, from which its reference is made; a later run starts after this one's.
    public let firstSerial: Int64
    public let seed: UInt64
    /// How far back the cases go.
    public var spanDays = 3 * 365
    /// With a council, each case is placed in one of its wards and gets its journeys' counters and feedback, and
    /// cases fall on days as `demand` says (weekdays and winter busier); without, they are spread evenly.
    public private(set) var council: SyntheticCouncil?
    private var placement: DemandPattern.Placement?

    public init(services: [Service], calendar: WorkingCalendar, today: CalendarDay, count: Int, firstSerial: Int64, seed: UInt64) {
        self.services = services
        self.calendar = calendar
        self.today = today
        self.count = count
        self.firstSerial = firstSerial
        self.seed = seed
    }

    /// This factory, also placing cases in `council`'s wards and inventing their journeys (`cases generate --analytics`).
    public func located(in council: SyntheticCouncil, demand: DemandPattern = DemandPattern()) -> SyntheticCaseFactory {
        var factory = self
        factory.council = council
        factory.placement = demand.placement(from: today.adding(days: -spanDays), through: today, count: count)
        return factory
    }

    static let channels: [(Channel, Double)] = [(.online, 0.70), (.phone, 0.14), (.faceToFace, 0.06), (.email, 0.05), (.letter, 0.03), (.api, 0.02)]

    public func make(_ index: Int) -> SyntheticCase? {
        var random = SeededRandom(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        guard let service = random.pick(services) else { return nil }
        let definition = service.definition
        let workflow = definition.workflow
        var person = SyntheticPerson(using: &random)
        // A second stream for the analytics, so a case's other details do not change with or without a council.
        var more = SeededRandom(seed: seed ^ 0xA11A_5EED ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        let place = council?.place(using: &more)
        if let place {
            person.postcode = place.postcode.postcode
            person.town = SyntheticCouncil.town
        }
        let dayOffset = count > 1 ? spanDays * index / (count - 1) : spanDays
        let createdDay = placement?.day(of: index) ?? today.adding(days: dayOffset - spanDays)
        let created = Self.date(createdDay, seconds: Int.random(in: 8 * 3600..<18 * 3600, using: &random))
        let age = today.dayNumber - createdDay.dayNumber

        let answers = SyntheticAnswers(definition: definition, person: person, today: createdDay).make(using: &random)
        let reference = SyntheticReference.make(prefix: definition.referencePrefix, serial: firstSerial + Int64(index))
        let given = Set(answers.values.values.compactMap { answer -> String? in if case .text(let text) = answer { text } else { nil } })
        var submission = NewSubmission(
            reference: reference, serviceSlug: definition.slug, serviceVersion: service.version, answers: answers, uploads: [],
            channel: random.weighted(Self.channels) ?? .online, language: random.chance(0.04) ? .gd : .en, submittedAt: created,
            contactEmail: given.contains(person.email) ? person.email : nil, contactPhone: given.contains(person.phone) ? person.phone : nil
        )
        submission.setDue(workflow, calendar: calendar, today: createdDay)
        submission.caseIndex = CaseIndex(answers: answers, definition: definition, reference: reference, email: submission.contactEmail)

        let status = Self.status(workflow, age: age, using: &random)
        let reachedTarget = workflow.target?.until.contains(status) == true || workflow.state(status)?.isFinal == true
        let settledDays = Int.random(in: 1...max(1, min(age, 20)), using: &random)
        let settled = min(created.addingTimeInterval(Double(settledDays) * 86_400), Self.date(today, seconds: 8 * 3600))
        submission.initialStatus = status
        let assignee = status == workflow.initialState && random.chance(0.7) ? nil : random.pick(service.officers)
        var made = SyntheticCase(
            submission: submission, status: status, statusSince: status == workflow.initialState ? created : settled,
            assigneeID: assignee, targetMetAt: reachedTarget && submission.dueDay != nil ? settled : nil
        )
        if let place {
            made.areaCode = place.ward.code
            made.latitude = place.latitude
            made.longitude = place.longitude
            (made.counts, made.feedback) = SyntheticActivity(definition: definition, version: service.version)
                .counts(for: made, area: place.ward.code, using: &more)
        }
        return made
    }

    /// Old cases are mostly finished; recent ones mostly still open, most of those just received.
    static func status(_ workflow: Workflow, age: Int, using random: inout SeededRandom) -> String {
        let until = workflow.target?.until ?? []
        let final = workflow.states.filter(\.isFinal).map(\.id)
        let decided = workflow.states.filter { !$0.isFinal && until.contains($0.id) }.map(\.id)
        let open = workflow.states.filter { !$0.isFinal && !until.contains($0.id) }.map(\.id)
        let weights: (open: Double, decided: Double, final: Double) = age > 45 ? (0, 0.1, 0.9) : age > 15 ? (0.3, 0.3, 0.4) : (0.75, 0.15, 0.1)
        let group = random.weighted([(open, weights.open), (decided, weights.decided), (final, weights.final)].filter { !$0.0.isEmpty })
            ?? [workflow.initialState]
        if group == open, random.chance(0.5) { return workflow.initialState }
        return random.pick(group) ?? workflow.initialState
    }

    static func date(_ day: CalendarDay, seconds: Int) -> Date {
        Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + Double(seconds))
    }
}

/// References for invented cases: the serial number scrambled (multiplied by a number prime to 31⁸, so no two serials
/// share a reference) and written in the reference alphabet. They look like real references and never repeat.
public enum SyntheticReference {
    public static func make(prefix: String, serial: Int64) -> String {
        let space: UInt64 = 852_891_037_441 // 31^8
        let product = UInt64(serial.magnitude % space).multipliedFullWidth(by: 387_420_489)
        var value = (space.dividingFullWidth(product).remainder + 123_456_789) % space
        var symbols: [Character] = []
        for _ in 0..<8 {
            symbols.append(Reference.alphabet[Int(value % 31)])
            value /= 31
        }
        return "\(prefix)-\(String(symbols[0..<4]))-\(String(symbols[4..<8]))"
    }
}

/// Writes invented cases in bulk (`onecouncil cases generate`), past the submission path's one-at-a-time checks.
public protocol SyntheticCaseLoader: Sendable {
    /// The first serial number no invented case has used yet.
    func nextSerial() async throws -> Int64
    func load(_ cases: [SyntheticCase]) async throws
    /// Writes a synthetic council's wards, boundaries and postcodes.
    func loadCouncil(_ council: SyntheticCouncil) async throws
    /// Refreshes the query planner's statistics after a large load.
    func analyse() async throws
}
