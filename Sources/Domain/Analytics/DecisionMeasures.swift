/// The counts made when a case first reaches a target state: `decided` with the whole calendar days it took, and
/// `in_target` (on or before the due day) or `late` (after it). A case with no due day (its workflow has no target)
/// counts only `decided`.
public enum DecisionMeasures {
    public static func keys(received: Int, decided: Int, dueDay: Int?, service: String, version: Int, channel: Channel,
                            language: Language, area: String) -> [MeasureKey] {
        func key(_ measure: Measure, _ detail: String = "") -> MeasureKey {
            MeasureKey(day: decided, service: service, version: version, channel: channel, language: language, area: area,
                       measure: measure, detail: detail)
        }
        var keys = [key(.decided, String(max(0, decided - received)))]
        if let dueDay { keys.append(key(decided <= dueDay ? .inTarget : .late)) }
        return keys
    }
}
