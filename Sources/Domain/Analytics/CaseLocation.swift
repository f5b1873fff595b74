/// Where a request is, from its answers: the point of the first location answer on the route and the first postcode
/// (of a postcode question or an address) to find its area. Repeating pages are not looked at: their items are
/// about other things (household members), not the place of the request.
public struct CaseLocation: Sendable, Equatable {
    public var postcode: String?
    public var latitude: Double?
    public var longitude: Double?

    public init(postcode: String? = nil, latitude: Double? = nil, longitude: Double? = nil) {
        self.postcode = postcode
        self.latitude = latitude
        self.longitude = longitude
    }

    public init(route: [Page], answers: Answers) {
        self.init()
        for page in route where page.repeatGroup == nil {
            for question in page.questions {
                switch answers[question.id] {
                case .location(let location)? where latitude == nil:
                    if let lat = location.latitude, let lon = location.longitude {
                        latitude = lat
                        longitude = lon
                    }
                case .address(let address)? where postcode == nil && !address.postcode.isEmpty:
                    postcode = address.postcode
                case .text(let value)? where question.type == .postcode && postcode == nil && !value.isEmpty:
                    postcode = value
                default: break
                }
            }
        }
    }

    /// Whether there is anything to find an area from.
    public var isEmpty: Bool { postcode == nil && latitude == nil }
}
