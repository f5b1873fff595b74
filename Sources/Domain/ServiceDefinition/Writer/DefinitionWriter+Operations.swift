import Foundation
import Yams

/// The parts of a definition about what happens after submission: workflow, scheduling and notifications.
extension DefinitionWriter {
    static func workflow(_ workflow: Workflow) -> Node {
        let order = Dictionary(workflow.states.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Sets keep no order: states are written in the workflow's order (unknown ids after, by name), roles in theirs.
        func inStateOrder(_ ids: Set<String>) -> [String] {
            ids.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
        }
        var map = YAMLMapping()
        map["states"] = .list(workflow.states.map { state in
            var stateMap = YAMLMapping()
            stateMap["id"] = .text(state.id)
            stateMap["label"] = .localised(state.label)
            stateMap["citizen_text"] = state.citizenText.map(Node.localised)
            if state.isFinal { stateMap["final"] = .flag(true) }
            stateMap["target_working_days"] = state.targetWorkingDays.map(Node.number)
            return stateMap.node()
        })
        if !workflow.transitions.isEmpty {
            map["transitions"] = .list(workflow.transitions.map { move in
                var moveMap = YAMLMapping()
                let from = inStateOrder(move.from)
                moveMap["from"] = from.count == 1 ? .text(from[0]) : .flowList(from)
                moveMap["to"] = .text(move.to)
                moveMap["roles"] = .flowList(StaffRole.allCases.filter(move.roles.contains).map(\.rawValue))
                if move.notifiesCitizen { moveMap["notify"] = .flag(true) }
                if move.needsReason { moveMap["reason"] = .text("required") }
                return moveMap.node(style: .flow)
            })
        }
        if let target = workflow.target {
            var targetMap = YAMLMapping()
            targetMap["working_days"] = .number(target.workingDays)
            targetMap["until"] = .flowList(inStateOrder(target.until))
            map["target"] = targetMap.node()
        }
        return map.node()
    }

    static func scheduling(_ scheduling: Scheduling) -> Node {
        var map = YAMLMapping()
        map["visits"] = .list(scheduling.visitKinds.map { kind in
            var kindMap = YAMLMapping()
            kindMap["id"] = .text(kind.id)
            kindMap["label"] = .localised(kind.label)
            if !kind.onOutcome.isEmpty { kindMap["on_complete"] = onComplete(kind.onOutcome) }
            return kindMap.node()
        })
        map["slots"] = .list(scheduling.slots.map { slot in
            var slotMap = YAMLMapping()
            slotMap["id"] = .text(slot.id)
            slotMap["label"] = .localised(slot.label)
            slotMap["capacity"] = slot.capacity.map(Node.number)
            return slotMap.node()
        })
        map["areas"] = .list(scheduling.areas.map { area in
            var areaMap = YAMLMapping()
            areaMap["id"] = .text(area.id)
            areaMap["label"] = .localised(area.label)
            areaMap["postcode_districts"] = area.districts.map { Node.flowList($0.sorted()) } ?? .text("all")
            areaMap["daily_capacity"] = .number(area.dailyCapacity)
            areaMap["crew"] = area.crew.map(Node.text)
            return areaMap.node()
        })
        if scheduling.earliestWorkingDays != DefinitionDefaults.schedulingEarliestWorkingDays {
            map["earliest_working_days"] = .number(scheduling.earliestWorkingDays)
        }
        if scheduling.latestWorkingDays != DefinitionDefaults.schedulingLatestWorkingDays {
            map["latest_working_days"] = .number(scheduling.latestWorkingDays)
        }
        if !scheduling.onOutcome.isEmpty { map["on_complete"] = onComplete(scheduling.onOutcome) }
        if !scheduling.keyAnswers.isEmpty { map["key_answers"] = .flowList(scheduling.keyAnswers) }
        return map.node()
    }

    /// `{to: STATE}` for the completed outcome alone, else a state per outcome.
    static func onComplete(_ targets: [VisitOutcome: String]) -> Node {
        func target(_ state: String) -> Node {
            var targetMap = YAMLMapping()
            targetMap["to"] = .text(state)
            return targetMap.node(style: .flow)
        }
        if let completed = targets[.completed], targets.count == 1 { return target(completed) }
        var outcomes = YAMLMapping()
        for outcome in VisitOutcome.allCases { outcomes[outcome.rawValue] = targets[outcome].map(target) }
        return outcomes.node()
    }

    static func notifications(_ notifications: ServiceNotifications) -> Node {
        var map = YAMLMapping()
        map["channel_question"] = notifications.channelQuestion.map(Node.text)
        for event in NotificationEvent.allCases {
            guard let template = notifications.templates[event] else { continue }
            // Only the parts that differ from the built-in message are written; `event: {}` keeps it as it is.
            let builtIn = MessageTemplate.builtIn(event)
            var parts = YAMLMapping()
            if template.emailSubject != builtIn.emailSubject { parts["email_subject"] = .template(template.emailSubject) }
            if template.emailBody != builtIn.emailBody { parts["email_body"] = .template(template.emailBody) }
            if template.sms != builtIn.sms { parts["sms"] = .template(template.sms) }
            parts["notify_email_template"] = template.notifyEmailTemplate.map(Node.text)
            parts["notify_sms_template"] = template.notifySMSTemplate.map(Node.text)
            map[event.rawValue] = parts.node(style: parts.isEmpty ? .flow : .block)
        }
        return map.node()
    }
}
