/// What the back office sorts, filters and searches a case by, worked out once from its answers when it arrives.
public struct CaseIndex: Sendable, Equatable {
    /// The applicant's name, from the first text question whose id names a name (`full-name`, `applicant-name`).
    public var applicantName: String?
    /// The outward part of the first postcode given (`IV2`), for filtering by district.
    public var postcodeDistrict: String?
    /// Every text the answers hold, lower-cased with accents removed (`CaseSearchText.normalise`), for free-text search.
    public var searchText: String

    public init(applicantName: String?, postcodeDistrict: String?, searchText: String) {
        self.applicantName = applicantName
        self.postcodeDistrict = postcodeDistrict
        self.searchText = searchText
    }

    public static let searchTextLimit = 4000

    public init(answers: Answers, definition: ServiceDefinition, reference: String, email: String?) {
        var name: String?
        var postcode: String?
        var texts: [String] = [reference]
        if let email { texts.append(email) }
        for page in definition.pages {
            for question in page.questions {
                let values: [Answer] = page.repeatGroup == nil
                    ? answers[question.id].map { [$0] } ?? []
                    : (answers.items[page.id] ?? []).compactMap { $0[question.id] }
                for value in values {
                    switch value {
                    case .text(let text):
                        texts.append(text)
                        if name == nil, page.repeatGroup == nil, question.type == .text, question.id.contains("name") { name = text }
                        if postcode == nil, question.type == .postcode { postcode = text }
                    case .address(let address):
                        texts.append(address.lines.joined(separator: " "))
                        if postcode == nil, !address.postcode.isEmpty { postcode = address.postcode }
                    case .location(let location):
                        texts.append(location.description)
                    case .selection(let values):
                        texts.append(contentsOf: values)
                    default:
                        break
                    }
                }
            }
        }
        applicantName = name
        postcodeDistrict = postcode.flatMap(Self.district)
        let joined = CaseSearchText.normalise(texts.joined(separator: " "))
        searchText = String(joined.prefix(Self.searchTextLimit))
    }

    /// `IV2 3EX` → `IV2`; nil when there is no outward code.
    public static func district(_ postcode: String) -> String? {
        let compact = postcode.uppercased().filter { !$0.isWhitespace }
        guard compact.count >= 5 else { return nil }
        return String(compact.dropLast(3))
    }
}
