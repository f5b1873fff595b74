import Domain
import Foundation
import Views

/// The queue page's choices as they travel in its address (the GET filter form, page links, the CSV export and the
/// bulk form's way back): which queue, the filters, the search, the order and the page. Values a person types are
/// checked and reported; anything else unknown (a tampered link) is ignored.
struct QueueFilters: Sendable, Equatable {
    var queue: CaseQueueKind = .mine
    var services: [String] = []
    var statuses: [String] = []
    /// "", "nobody" or a member of staff's id.
    var assignee = ""
    var target = ""
    var channels: [String] = []
    var from = ""
    var to = ""
    var district = ""
    var text = ""
    var sort: CaseSort = .due
    var position: CasePosition = .first
    private(set) var errors: [FieldError] = []

    static let maximumTextLength = 200
    /// More values than this for one filter come from a crafted link, not the form.
    static let maximumValues = 50

    init() {}

    /// `language`: the errors'.
    init(fields: [String: [String]], language: Language = .en) {
        let one = { (name: String) in fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
        let all = { (name: String) in Array((fields[name] ?? []).filter { !$0.isEmpty }.prefix(Self.maximumValues)) }
        queue = CaseQueueKind(rawValue: one("queue")) ?? .mine
        services = all("service")
        statuses = all("status")
        assignee = one("assignee") == "nobody" || Int64(one("assignee")) != nil ? one("assignee") : ""
        target = TargetStatus(rawValue: one("target")) != nil ? one("target") : ""
        channels = all("channel").filter { Channel(rawValue: $0) != nil }
        from = one("from")
        to = one("to")
        district = one("district").uppercased().filter { !$0.isWhitespace }
        text = fields["q"]?.first ?? ""
        sort = CaseSort(rawValue: one("sort")) ?? .due
        if let after = CaseCursor(token: one("after")) {
            position = .after(after)
        } else if let before = CaseCursor(token: one("before")) {
            position = .before(before)
        }
        errors = check(language)
    }

    /// From an address such as `/backoffice?queue=all&status=received`.
    init(address: String, language: Language = .en) {
        let query = address.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        self.init(fields: FormBody.parseURLEncoded(query), language: language)
    }

    private func check(_ language: Language) -> [FieldError] {
        var errors: [FieldError] = []
        if text.count > Self.maximumTextLength {
            errors.append(FieldError(questionID: "q", message: Phrase.boErrorSearchTooLong(Self.maximumTextLength)(language)))
        }
        let fromDay = CalendarDay(iso: from)
        let toDay = CalendarDay(iso: to)
        if !from.isEmpty, fromDay == nil {
            errors.append(FieldError(questionID: "from", message: Phrase.boErrorFromDate(language)))
        }
        if !to.isEmpty, toDay == nil {
            errors.append(FieldError(questionID: "to", message: Phrase.boErrorToDate(language)))
        }
        if let fromDay, let toDay, toDay < fromDay {
            errors.append(FieldError(questionID: "to", message: Phrase.boErrorToBeforeFrom(language)))
        }
        if !district.isEmpty, district.range(of: "^[A-Z]{1,2}[0-9][0-9A-Z]?$", options: .regularExpression) == nil {
            errors.append(FieldError(questionID: "district", message: Phrase.boErrorDistrict(language)))
        }
        return errors
    }

    /// The list these filters ask for, for `staff`, never wider than `allowed`.
    func query(for staff: StaffMember, allowed: Set<String>, window: TargetWindow, pageSize: Int = 25) -> CaseQuery {
        var query = CaseQuery(queue: queue, viewerID: staff.id, allowedServices: allowed, window: window)
        query.chosenServices = Set(services)
        query.statuses = Set(statuses)
        query.assignee = assignee == "nobody" ? .nobody : Int64(assignee).map(AssigneeFilter.staff)
        query.target = TargetStatus(rawValue: target)
        query.channels = Set(channels)
        query.receivedFrom = CalendarDay(iso: from)
        query.receivedTo = CalendarDay(iso: to)
        query.postcodeDistrict = district.isEmpty ? nil : district
        query.text = CaseSearchText(text)
        query.sort = sort
        query.pageSize = pageSize
        query.position = position
        return query
    }

    /// The filters as address fields, without the page (a changed filter starts again at the first page).
    var fields: [(String, String)] {
        var fields: [(String, String)] = [("queue", queue.rawValue)]
        if !text.isEmpty { fields.append(("q", text)) }
        fields += services.map { ("service", $0) }
        fields += statuses.map { ("status", $0) }
        for (name, value) in [("assignee", assignee), ("target", target), ("from", from), ("to", to), ("district", district)] where !value.isEmpty {
            fields.append((name, value))
        }
        fields += channels.map { ("channel", $0) }
        if sort != .due { fields.append(("sort", sort.rawValue)) }
        return fields
    }

    /// `path` with these filters, optionally in another queue or at another page.
    func address(_ path: String = "/backoffice", queue: CaseQueueKind? = nil, position: CasePosition = .first) -> String {
        var fields = self.fields
        if let queue { fields[0] = ("queue", queue.rawValue) }
        switch position {
        case .first: break
        case .after(let cursor): fields.append(("after", cursor.token))
        case .before(let cursor): fields.append(("before", cursor.token))
        }
        return path + "?" + fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
