import Foundation

/// Where a visit is and what the field worker needs to know there, read from its case's answers: the first address
/// (or location), its coordinates if given, and the answers the service lists as key.
public struct VisitSite: Sendable, Equatable {
    public var addressLines: [String]
    public var latitude: Double?
    public var longitude: Double?
    public var keyAnswers: [(label: String, lines: [String])]

    public init(answers: Answers, definition: ServiceDefinition, language: Language = .en) {
        var lines: [String] = []
        var latitude: Double?
        var longitude: Double?
        for page in definition.pages where page.repeatGroup == nil {
            for question in page.questions {
                switch answers[question.id] {
                case .address(let address)? where lines.isEmpty:
                    lines = address.lines
                case .location(let location)?:
                    if lines.isEmpty, !location.description.isEmpty { lines = [location.description] }
                    if latitude == nil { (latitude, longitude) = (location.latitude, location.longitude) }
                case .text(let postcode)? where lines.isEmpty && question.type == .postcode:
                    lines = [postcode]
                default:
                    break
                }
            }
        }
        addressLines = lines
        self.latitude = latitude
        self.longitude = longitude

        var key: [(label: String, lines: [String])] = []
        for id in definition.scheduling?.keyAnswers ?? [] {
            if let page = definition.page(id), let group = page.repeatGroup {
                let items = answers.items[id] ?? []
                let described = items.map { item in
                    page.questions.compactMap { question in item[question.id].map { AnswerDisplay.lines($0, for: question, language: language).joined(separator: ", ") } }
                        .joined(separator: ", ")
                }
                if !described.isEmpty { key.append((group.summaryTitle.text(language), described)) }
                continue
            }
            guard let question = definition.pages.lazy.flatMap(\.questions).first(where: { $0.id == id }),
                  let answer = answers[id] else { continue }
            key.append((question.label.text(language), AnswerDisplay.lines(answer, for: question, language: language)))
        }
        keyAnswers = key
    }

    public static func == (lhs: VisitSite, rhs: VisitSite) -> Bool {
        lhs.addressLines == rhs.addressLines && lhs.latitude == rhs.latitude && lhs.longitude == rhs.longitude
            && lhs.keyAnswers.map(\.label) == rhs.keyAnswers.map(\.label) && lhs.keyAnswers.map(\.lines) == rhs.keyAnswers.map(\.lines)
    }

    /// The address on one line, for sorting and for the maps search.
    public var singleLine: String { addressLines.joined(separator: ", ") }

    /// A link that opens the place in a maps app: Google Maps' documented search URL, which phones hand to their maps
    /// app; by coordinates when the case has them, else by the address.
    public var mapsURL: String? {
        let query: String
        if let latitude, let longitude {
            query = String(format: "%.6f,%.6f", latitude, longitude)
        } else if !addressLines.isEmpty {
            query = singleLine
        } else {
            return nil
        }
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,")
        let encoded = query.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "https://www.google.com/maps/search/?api=1&query=\(encoded)"
    }

    /// A `geo:` URI for apps that take one, with the coordinates when known.
    public var geoURI: String? {
        guard let latitude, let longitude else { return nil }
        return String(format: "geo:%.6f,%.6f", latitude, longitude)
    }
}
