import Yams

/// The `workflow:` section: states, transitions between them with the roles that may make them, and targets.
extension DefinitionParser {
    mutating func parseWorkflow(_ node: Node) -> Workflow {
        guard let map = mapping(node, "workflow") else { return .standard }
        let keys = Keys(map, node: node, context: "workflow")
        checkKeys(keys, allowed: ["states", "transitions", "target"])

        var states: [WorkflowState] = []
        var stateNodes: [String: Node] = [:]
        if let list = keys["states"].flatMap({ sequence($0, "workflow.states") }) {
            for item in list {
                guard let itemMap = mapping(item, "a workflow state") else { continue }
                let state = Keys(itemMap, node: item, context: "a workflow state")
                checkKeys(state, allowed: ["id", "label", "citizen_text", "final", "target_working_days"])
                guard let id = requiredString(state, "id", pattern: Self.idPattern, patternMessage: Self.idMessage),
                      let label = requiredText(state, "label") else { continue }
                if stateNodes[id] != nil {
                    report(at: state["id"], "state \(id) appears twice")
                    continue
                }
                stateNodes[id] = item
                let days = state["target_working_days"].flatMap { integer($0, "target_working_days") }
                if let days, days < 1 { report(at: state["target_working_days"], "target_working_days must be 1 or more") }
                states.append(WorkflowState(
                    id: id, label: label, citizenText: optionalText(state, "citizen_text"),
                    isFinal: state["final"].flatMap { boolean($0, "final") } ?? false, targetWorkingDays: days
                ))
            }
        } else if keys["states"] == nil {
            reportMissing("states", in: keys)
        }
        if keys["states"] != nil, states.count < 2 { report(at: keys["states"], "a workflow needs at least two states") }

        func knownState(_ id: String, at node: Node?) -> Bool {
            if stateNodes[id] != nil { return true }
            let suggestion = stateNodes.keys.min { Self.editDistance(id, $0) < Self.editDistance(id, $1) }.map { " (did you mean \($0)?)" } ?? ""
            report(at: node, "there is no state \(id) in this workflow\(suggestion)")
            return false
        }

        var transitions: [WorkflowTransition] = []
        if let list = keys["transitions"].flatMap({ sequence($0, "workflow.transitions") }) {
            for item in list {
                guard let itemMap = mapping(item, "a workflow transition") else { continue }
                let move = Keys(itemMap, node: item, context: "a workflow transition")
                checkKeys(move, allowed: ["from", "to", "roles", "notify", "reason"])
                let from = stringList(move["from"], "from").filter { knownState($0, at: move["from"]) }
                guard let to = requiredString(move, "to"), knownState(to, at: move["to"]) else { continue }
                if move["from"] == nil { reportMissing("from", in: move) }
                for id in from where states.first(where: { $0.id == id })?.isFinal == true {
                    report(at: move["from"], "state \(id) is final: no transition can leave it")
                }
                var roles: Set<StaffRole> = []
                for name in stringList(move["roles"], "roles") {
                    if let role = StaffRole(rawValue: name) {
                        roles.insert(role)
                    } else {
                        report(at: move["roles"], "unknown role \(name); use \(StaffRole.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                }
                if move["roles"] == nil { reportMissing("roles", in: move) }
                var needsReason = false
                if let reason = move["reason"] {
                    switch string(reason, "reason") {
                    case "required": needsReason = true
                    case "optional": needsReason = false
                    default: report(at: reason, "reason must be required or optional")
                    }
                }
                transitions.append(WorkflowTransition(
                    from: Set(from), to: to, roles: roles,
                    notifiesCitizen: move["notify"].flatMap { boolean($0, "notify") } ?? false, needsReason: needsReason
                ))
            }
        }

        var target: CaseTarget?
        if let targetNode = keys["target"], let targetMap = mapping(targetNode, "workflow.target") {
            let targetKeys = Keys(targetMap, node: targetNode, context: "workflow.target")
            checkKeys(targetKeys, allowed: ["working_days", "until"])
            let days = targetKeys["working_days"].flatMap { integer($0, "working_days") }
            if targetKeys["working_days"] == nil { reportMissing("working_days", in: targetKeys) }
            if let days, days < 1 { report(at: targetKeys["working_days"], "working_days must be 1 or more") }
            let until = stringList(targetKeys["until"], "until").filter { knownState($0, at: targetKeys["until"]) }
            if targetKeys["until"] == nil { reportMissing("until", in: targetKeys) }
            if let days, days >= 1, !until.isEmpty { target = CaseTarget(workingDays: days, until: Set(until)) }
        }
        return Workflow(states: states, transitions: transitions, target: target)
    }

    /// A value or a list of values, as strings.
    private mutating func stringList(_ node: Node?, _ what: String) -> [String] {
        guard let node else { return [] }
        if case .sequence(let items) = node { return items.compactMap { string($0, what) } }
        return string(node, what).map { [$0] } ?? []
    }
}
