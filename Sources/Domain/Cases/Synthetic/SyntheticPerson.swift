/// An invented applicant: name, contact details and an address in the Highlands.
public struct SyntheticPerson: Sendable, Equatable {
    public var firstName: String
    public var surname: String
    public var email: String
    public var phone: String
    public var houseNumber: Int
    public var street: String
    public var town: String
    public var postcode: String

    public var fullName: String { "\(firstName) \(surname)" }

    public init(using random: inout SeededRandom) {
        firstName = random.pick(SyntheticPeople.firstNames) ?? "Morag"
        surname = random.pick(SyntheticPeople.surnames) ?? "MacLeod"
        let place = random.pick(SyntheticPeople.places) ?? ("Inverness", ["IV2"])
        town = place.town
        let district = random.pick(place.districts) ?? "IV2"
        let inward = "\(Int.random(in: 1...9, using: &random))\(random.pick(Self.inwardLetters) ?? "A")\(random.pick(Self.inwardLetters) ?? "B")"
        postcode = "\(district) \(inward)"
        houseNumber = Int.random(in: 1...180, using: &random)
        street = random.pick(SyntheticPeople.streets) ?? "High Street"
        let local = CaseSearchText.words(in: "\(firstName).\(surname)").joined(separator: ".")
        email = "\(local)\(Int.random(in: 1...999, using: &random))@example.com"
        phone = "07700 900\(String(Int.random(in: 100...999, using: &random)))"
    }

    /// The letters an inward postcode may end with (no C, I, K, M, O or V).
    private static let inwardLetters = Array("ABDEFGHJLNPQRSTUWXYZ").map(String.init)
}
