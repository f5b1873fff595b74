import Foundation

/// The early warning's alert list. The Gaelic needs a speaker's check.
extension Phrase {
    public static let alertsTitle = Phrase(en: "Demand alerts", gd: "Rabhaidhean iarrtais")
    public static let alertsDay = Phrase(en: "Day", gd: "Latha")
    public static let alertsService = Phrase(en: "Service", gd: "Seirbheis")
    public static let alertsArea = Phrase(en: "Area", gd: "Sgìre")
    public static let alertsObserved = Phrase(en: "Requests", gd: "Iarrtasan")
    public static let alertsExpected = Phrase(en: "Usually", gd: "Mar as trice")
    public static let alertsThreshold = Phrase(en: "Alert at", gd: "Rabhadh aig")
    public static let alertsState = Phrase(en: "State", gd: "Staid")

    public static func alertsRule(_ weeks: Int, _ falseAlarm: Double, _ minimum: Int, _ ratio: Double) -> Phrase {
        let odds = "\((1 / max(falseAlarm, 1e-9)).rounded().formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_GB"))))"
        let times = String(format: "%g", ratio)
        return Phrase(
            en: "An alert is raised when a service's requests in an area on a day reach the level that ordinary variation "
                + "would reach by chance at most 1 in \(odds) times, given the average of the same weekday over the previous "
                + "\(weeks) weeks; and at least \(minimum) requests and \(times) times that average. Checked every hour, for "
                + "yesterday and today so far.",
            gd: "Thèid rabhadh a thogail nuair a ruigeas iarrtasan seirbheis ann an sgìre air latha an ìre nach ruigeadh "
                + "caochladh àbhaisteach ach aon turas à \(odds) air thuaiream, a rèir meadhan an aon latha den t-seachdain thar nan "
                + "\(weeks) seachdainean roimhe; agus co-dhiù \(minimum) iarrtasan agus \(times) uiread a' mheadhain sin. Thèid "
                + "sgrùdadh gach uair a thìde, airson an-dè agus an-diugh gu ruige seo."
        )
    }

    public static func alertsCaption(_ count: Int, _ open: Int) -> Phrase {
        Phrase(en: "\(count) alerts, \(open) not yet acknowledged", gd: "\(count) rabhaidhean, \(open) gun aithneachadh fhathast")
    }

    public static func alertsRaisedOn(_ when: String) -> Phrase {
        Phrase(en: "Raised \(when)", gd: "Air a thogail \(when)")
    }

    public static func alertsAcknowledgedOn(_ when: String) -> Phrase {
        Phrase(en: "Acknowledged \(when)", gd: "Air aithneachadh \(when)")
    }

    public static func alertsAcknowledge(_ service: String, _ area: String, _ day: String) -> Phrase {
        Phrase(en: "Acknowledge: \(service) in \(area), \(day)", gd: "Aithnich: \(service) ann an \(area), \(day)")
    }

    public static func alertsAcknowledgedNotice(_ id: Int64) -> Phrase {
        Phrase(en: "Alert \(id) is acknowledged.", gd: "Tha rabhadh \(id) air aithneachadh.")
    }
}
