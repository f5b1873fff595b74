/// How a service's cases move from received to closed: the states, the moves between them, who may make each,
/// what the citizen is told, and the time allowed. Declared in the service definition under `workflow:`.
public struct Workflow: Sendable, Equatable {
    public var states: [WorkflowState]
    public var transitions: [WorkflowTransition]
    /// The whole case's target: reach one of `target.until` within so many working days of being received.
    public var target: CaseTarget?

    public init(states: [WorkflowState], transitions: [WorkflowTransition], target: CaseTarget?) {
        self.states = states
        self.transitions = transitions
        self.target = target
    }

    /// Every case starts in the first state.
    public var initialState: String { states.first?.id ?? "received" }

    public func state(_ id: String) -> WorkflowState? { states.first { $0.id == id } }

    /// The moves open from `state` to someone holding `roles`.
    public func moves(from state: String, for roles: Set<StaffRole>) -> [WorkflowTransition] {
        transitions.filter { $0.from.contains(state) && !$0.roles.isDisjoint(with: roles) }
    }

    /// The transition that takes a case from `from` to `to` for someone with `roles`, or why it may not.
    public func transition(from: String, to: String, roles: Set<StaffRole>) throws(WorkflowRefusal) -> WorkflowTransition {
        guard let target = state(to) else { throw .unknownState(to) }
        let candidates = transitions.filter { $0.from.contains(from) && $0.to == to }
        guard !candidates.isEmpty else {
            throw .notAllowed(from: state(from)?.label.text(.en) ?? from, to: target.label.text(.en))
        }
        guard let allowed = candidates.first(where: { !$0.roles.isDisjoint(with: roles) }) else {
            let needed = Set(candidates.flatMap(\.roles)).map(\.displayName).sorted().joined(separator: " or ")
            throw .roleNotAllowed(to: target.label.text(.en), needed: needed)
        }
        return allowed
    }

    /// A workflow that suits most services: received, in review, awaiting information, approved or declined, closed.
    public static let standard = Workflow(
        states: [
            WorkflowState(id: "received", label: LocalisedText("Received", gaelic: "Air fhaighinn"),
                          citizenText: LocalisedText("We have received your request.", gaelic: "Fhuair sinn an t-iarrtas agad.")),
            WorkflowState(id: "in-review", label: LocalisedText("In review", gaelic: "Ga sgrùdadh"),
                          citizenText: LocalisedText("We are looking at your request.", gaelic: "Tha sinn a’ coimhead air an iarrtas agad.")),
            WorkflowState(id: "awaiting-information", label: LocalisedText("Waiting for information", gaelic: "A’ feitheamh ri fiosrachadh"),
                          citizenText: LocalisedText("We need more information from you.", gaelic: "Feumaidh sinn barrachd fiosrachaidh bhuat.")),
            WorkflowState(id: "approved", label: LocalisedText("Approved", gaelic: "Air aontachadh"),
                          citizenText: LocalisedText("Your request has been approved.", gaelic: "Chaidh an t-iarrtas agad aontachadh.")),
            WorkflowState(id: "declined", label: LocalisedText("Declined", gaelic: "Air a dhiùltadh"),
                          citizenText: LocalisedText("We could not approve your request.", gaelic: "Cha b’ urrainn dhuinn an t-iarrtas agad aontachadh.")),
            WorkflowState(id: "closed", label: LocalisedText("Closed", gaelic: "Dùinte"), citizenText: nil, isFinal: true),
        ],
        transitions: [
            WorkflowTransition(from: ["received", "awaiting-information"], to: "in-review", roles: [.caseOfficer]),
            WorkflowTransition(from: ["received", "in-review"], to: "awaiting-information", roles: [.caseOfficer], notifiesCitizen: true),
            WorkflowTransition(from: ["in-review"], to: "approved", roles: [.caseOfficer], notifiesCitizen: true),
            WorkflowTransition(from: ["in-review"], to: "declined", roles: [.caseOfficer], notifiesCitizen: true, needsReason: true),
            WorkflowTransition(from: ["approved", "declined"], to: "closed", roles: [.caseOfficer]),
            WorkflowTransition(from: ["received", "in-review", "awaiting-information"], to: "closed", roles: [.caseOfficer], needsReason: true),
        ],
        target: CaseTarget(workingDays: 10, until: ["approved", "declined", "closed"])
    )
}

public struct WorkflowState: Sendable, Equatable {
    public var id: String
    public var label: LocalisedText
    /// What the citizen sees in MyAccount while the case is in this state; nil shows the label.
    public var citizenText: LocalisedText?
    /// No move leads out of a final state.
    public var isFinal: Bool
    /// Working days a case may stay in this state before it is overdue here.
    public var targetWorkingDays: Int?

    public init(id: String, label: LocalisedText, citizenText: LocalisedText?, isFinal: Bool = false, targetWorkingDays: Int? = nil) {
        self.id = id
        self.label = label
        self.citizenText = citizenText
        self.isFinal = isFinal
        self.targetWorkingDays = targetWorkingDays
    }
}

public struct WorkflowTransition: Sendable, Equatable {
    public var from: Set<String>
    public var to: String
    public var roles: Set<StaffRole>
    /// Whether the citizen is sent a notification when their case makes this move.
    public var notifiesCitizen: Bool
    /// Whether the officer must say why (a reason the citizen may see).
    public var needsReason: Bool

    public init(from: Set<String>, to: String, roles: Set<StaffRole>, notifiesCitizen: Bool = false, needsReason: Bool = false) {
        self.from = from
        self.to = to
        self.roles = roles
        self.notifiesCitizen = notifiesCitizen
        self.needsReason = needsReason
    }
}

public struct CaseTarget: Sendable, Equatable {
    public var workingDays: Int
    /// Reaching any of these states meets the target.
    public var until: Set<String>

    public init(workingDays: Int, until: Set<String>) {
        self.workingDays = workingDays
        self.until = until
    }
}

public enum WorkflowRefusal: Error, Equatable, CustomStringConvertible {
    case unknownState(String)
    case notAllowed(from: String, to: String)
    case roleNotAllowed(to: String, needed: String)
    case reasonRequired(to: String)

    public var description: String {
        switch self {
        case .unknownState(let id): "There is no status called \(id) in this service"
        case .notAllowed(let from, let to): "A case cannot go from \(from) to \(to)"
        case .roleNotAllowed(let to, let needed): "Only a \(needed.lowercased()) can move a case to \(to)"
        case .reasonRequired(let to): "Enter the reason for moving the case to \(to)"
        }
    }
}

/// Where a case stands against its target, as the queues and the case page show it.
public enum TargetStatus: String, Sendable, CaseIterable {
    case onTrack = "on-track", dueSoon = "due-soon", overdue, met, none

    /// "Due soon" is within two working days of the deadline.
    public static func of(deadline: CalendarDay?, today: CalendarDay, met: Bool, calendar: WorkingCalendar) -> TargetStatus {
        guard let deadline else { return .none }
        if met { return .met }
        if today > deadline { return .overdue }
        return calendar.workingDays(from: today, to: deadline) <= 2 ? .dueSoon : .onTrack
    }

    public var label: String {
        switch self {
        case .onTrack: "Due"
        case .dueSoon: "Due soon"
        case .overdue: "Overdue"
        case .met: "Target met"
        case .none: "No target"
        }
    }
}
