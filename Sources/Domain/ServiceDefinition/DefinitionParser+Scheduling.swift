import Yams

/// The `scheduling:` section (visit kinds, time slots, areas with daily capacity, the booking window, what a visit's
/// outcome does to the case, the answers field workers see) and the checks on `appointment` questions.
extension DefinitionParser {
    static let districtPattern = "^[A-Z]{1,2}[0-9][0-9A-Z]?$"

    mutating func parseScheduling(_ node: Node, workflow: Workflow) -> Scheduling? {
        guard let map = mapping(node, "scheduling") else { return nil }
        let keys = Keys(map, node: node, context: "scheduling")
        checkKeys(keys, allowed: ["visits", "jobs", "slots", "areas", "earliest_working_days", "latest_working_days", "on_complete", "key_answers"])

        // `jobs` is the old name of `visits`, still read so that definitions written before the rename keep working.
        if keys["visits"] != nil, let old = keys["jobs"] { report(at: old, "scheduling has both visits and jobs (the old name of visits): keep visits") }
        let kindsKey = keys["visits"] == nil && keys["jobs"] != nil ? "jobs" : "visits"
        let kinds = parseList(keys, kindsKey, what: "a visit kind", allowed: ["id", "label", "on_complete"]) { parser, item, id in
            let onOutcome = item["on_complete"].map { parser.parseOnComplete($0, workflow: workflow) } ?? [:]
            return parser.requiredText(item, "label").map { VisitKind(id: id, label: $0, onOutcome: onOutcome) }
        }
        let slots = parseList(keys, "slots", what: "a time slot", allowed: ["id", "label", "capacity"]) { parser, item, id in
            let capacity = item["capacity"].flatMap { parser.integer($0, "capacity") }
            if let capacity, capacity < 1 { parser.report(at: item["capacity"], "capacity must be 1 or more") }
            return parser.requiredText(item, "label").map { TimeSlot(id: id, label: $0, capacity: capacity) }
        }
        let areas = parseAreas(keys)

        let earliest = keys["earliest_working_days"].flatMap { integer($0, "earliest_working_days") } ?? DefinitionDefaults.schedulingEarliestWorkingDays
        let latest = keys["latest_working_days"].flatMap { integer($0, "latest_working_days") } ?? DefinitionDefaults.schedulingLatestWorkingDays
        if earliest < 0 { report(at: keys["earliest_working_days"], "earliest_working_days cannot be negative") }
        if latest > 250 { report(at: keys["latest_working_days"], "latest_working_days must be 250 or fewer (about a year)") }
        if latest < earliest {
            report(at: keys["latest_working_days"] ?? node, "latest_working_days (\(latest)) is before earliest_working_days (\(earliest))")
        }

        let onOutcome = keys["on_complete"].map { parseOnComplete($0, workflow: workflow) } ?? [:]
        var keyAnswers: [String] = []
        if let listNode = keys["key_answers"], let list = sequence(listNode, "key_answers") {
            for item in list {
                guard let id = string(item, "a key answer") else { continue }
                if questionPage[id] == nil, !pageOrder.contains(id) {
                    report(at: item, "key_answers names \(id), which is not a question (or repeating page) of this service")
                } else {
                    keyAnswers.append(id)
                }
            }
        }
        guard !kinds.isEmpty, !slots.isEmpty, !areas.isEmpty else { return nil }
        return Scheduling(visitKinds: kinds, slots: slots, areas: areas, earliestWorkingDays: max(0, earliest),
                          latestWorkingDays: max(earliest, latest), onOutcome: onOutcome, keyAnswers: keyAnswers)
    }

    /// A required list of items with unique ids, each made by `make` from its keys and id.
    private mutating func parseList<T>(
        _ keys: Keys, _ key: String, what: String, allowed: Set<String>, make: (inout DefinitionParser, Keys, String) -> T?
    ) -> [T] {
        guard let listNode = keys[key] else {
            reportMissing(key, in: keys)
            return []
        }
        guard let list = sequence(listNode, "scheduling.\(key)") else { return [] }
        if list.isEmpty { report(at: listNode, "scheduling.\(key) must list at least one") }
        var items: [T] = []
        var seen: Set<String> = []
        for item in list {
            guard let itemMap = mapping(item, what) else { continue }
            let itemKeys = Keys(itemMap, node: item, context: what)
            checkKeys(itemKeys, allowed: allowed)
            guard let id = requiredString(itemKeys, "id", pattern: Self.idPattern, patternMessage: Self.idMessage) else { continue }
            guard seen.insert(id).inserted else {
                report(at: itemKeys["id"], "\(key) id \(id) is used twice")
                continue
            }
            if let made = make(&self, itemKeys, id) { items.append(made) }
        }
        return items
    }

    private mutating func parseAreas(_ keys: Keys) -> [ServiceArea] {
        var claimed: [String: String] = [:]
        var everywhere: String?
        return parseList(keys, "areas", what: "an area", allowed: ["id", "label", "postcode_districts", "daily_capacity", "crew"]) { parser, item, id in
            let label = parser.requiredText(item, "label")
            var districts: Set<String>?
            if let districtsNode = item["postcode_districts"] {
                if case .scalar(let scalar) = districtsNode, scalar.string == "all" {
                    if let other = everywhere {
                        parser.report(at: districtsNode, "areas \(other) and \(id) both cover all districts; only one area can")
                    }
                    everywhere = id
                } else if let list = parser.sequence(districtsNode, "postcode_districts (a list, or all)") {
                    var set: Set<String> = []
                    for districtNode in list {
                        guard let raw = parser.string(districtNode, "a postcode district") else { continue }
                        let district = raw.uppercased()
                        if district.range(of: Self.districtPattern, options: .regularExpression) == nil {
                            parser.report(at: districtNode, "\(raw) is not a postcode district; write the first half of a postcode, like PA34")
                        } else if let other = claimed[district], other != id {
                            parser.report(at: districtNode, "postcode district \(district) is already in area \(other)")
                        } else {
                            claimed[district] = id
                            set.insert(district)
                        }
                    }
                    if list.isEmpty { parser.report(at: districtsNode, "postcode_districts must list at least one district, or be all") }
                    districts = set
                }
            } else {
                parser.reportMissing("postcode_districts", in: item, why: "area \(id) needs postcode_districts (a list, or all)")
            }
            let capacity = item["daily_capacity"].flatMap { parser.integer($0, "daily_capacity") }
            if item["daily_capacity"] == nil { parser.reportMissing("daily_capacity", in: item) }
            if let capacity, !(1...10_000).contains(capacity) {
                parser.report(at: item["daily_capacity"], "daily_capacity must be between 1 and 10000")
            }
            let crew = item["crew"].flatMap { parser.string($0, "crew") }
            guard let label, let capacity, capacity >= 1 else { return nil }
            return ServiceArea(id: id, label: label, districts: districts, dailyCapacity: capacity, crew: crew)
        }
    }

    /// `on_complete: {to: closed}` (for the completed outcome), or `{completed: {to: …}, not_completed: {to: …}}`.
    mutating func parseOnComplete(_ node: Node, workflow: Workflow) -> [VisitOutcome: String] {
        guard let map = mapping(node, "on_complete") else { return [:] }
        let keys = Keys(map, node: node, context: "on_complete")
        var targets: [(VisitOutcome, Keys)] = []
        if keys["to"] != nil {
            targets = [(.completed, keys)]
            checkKeys(keys, allowed: ["to"])
        } else {
            checkKeys(keys, allowed: Set(VisitOutcome.allCases.map(\.rawValue)))
            for outcome in VisitOutcome.allCases {
                guard let outcomeNode = keys[outcome.rawValue], let outcomeMap = mapping(outcomeNode, "on_complete.\(outcome.rawValue)") else { continue }
                let outcomeKeys = Keys(outcomeMap, node: outcomeNode, context: "on_complete.\(outcome.rawValue)")
                checkKeys(outcomeKeys, allowed: ["to"])
                targets.append((outcome, outcomeKeys))
            }
        }
        var result: [VisitOutcome: String] = [:]
        for (outcome, targetKeys) in targets {
            guard let to = requiredString(targetKeys, "to") else { continue }
            guard workflow.state(to) != nil else {
                let known = workflow.states.map(\.id).joined(separator: ", ")
                report(at: targetKeys["to"], "there is no state \(to) in this service's workflow (its states: \(known))")
                continue
            }
            if !workflow.transitions.contains(where: { $0.to == to && $0.roles.contains(.fieldWorker) }) {
                report(at: targetKeys["to"], "no transition to \(to) allows the field-worker role, so completing a visit could never move a case there; add field-worker to its roles")
                continue
            }
            result[outcome] = to
        }
        return result
    }

    /// Appointment questions need the service's scheduling, book one of its visit kinds, offer its slots, are asked
    /// once per service outside repeating pages, and come after the address (or postcode) that decides the area.
    mutating func checkAppointments(_ sections: inout [Section], scheduling: Scheduling?) {
        if appointmentSites.count > 1, let second = appointmentSites.dropFirst().first {
            report(at: second.node, "a service can have only one appointment question (the first is \(appointmentSites[0].questionID))")
        }
        guard let site = appointmentSites.first else { return }
        guard let scheduling else {
            report(at: site.node, "appointment question \(site.questionID) needs a scheduling section in this service (visits, slots and areas)")
            return
        }
        let kind = site.kindNode.flatMap { node in node.string.map { (node, $0) } }
        if let (node, id) = kind, scheduling.kind(id) == nil {
            // In the words the definition uses: `job:` and `scheduling.jobs` are the old names of `visit:` and `scheduling.visits`.
            let old = site.kindKey == "job"
            report(at: node, "there is no \(old ? "job" : "visit") kind \(id) in scheduling.\(old ? "jobs" : "visits") (its kinds: \(scheduling.visitKinds.map(\.id).joined(separator: ", ")))")
        }
        let pageID = questionPage[site.questionID]
        let pages = sections.flatMap(\.pages)
        if let page = pages.first(where: { $0.id == pageID }), page.repeatGroup != nil {
            report(at: site.node, "an appointment question cannot be on a repeating page")
        }
        let position = pageID.flatMap { pageOrder.firstIndex(of: $0) } ?? 0
        let placeAsked = pages.prefix { $0.id != pageID }.contains { page in
            page.repeatGroup == nil && page.questions.contains { $0.type == .address || $0.type == .postcode }
        }
        let coversAll = scheduling.areas.contains { $0.districts == nil }
        if !placeAsked, !coversAll, position >= 0 {
            report(at: site.node, "appointment question \(site.questionID) comes before any address or postcode question, so its area cannot be known; ask for the address first, or add an area with postcode_districts: all")
        }
        for sectionIndex in sections.indices {
            for pageIndex in sections[sectionIndex].pages.indices {
                for questionIndex in sections[sectionIndex].pages[pageIndex].questions.indices
                where sections[sectionIndex].pages[pageIndex].questions[questionIndex].type == .appointment {
                    var question = sections[sectionIndex].pages[pageIndex].questions[questionIndex]
                    question.options = scheduling.slots.map { Option(value: $0.id, label: $0.label) }
                    if question.visitKind == nil { question.visitKind = scheduling.visitKinds.first?.id }
                    sections[sectionIndex].pages[pageIndex].questions[questionIndex] = question
                }
            }
        }
    }
}
