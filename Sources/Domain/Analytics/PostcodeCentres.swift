/// The centre of a postcode, from the postcode table `onecouncil areas import` loads: the map picker moves its map
/// there (the citizen still marks the place). Nil for a postcode not loaded, or loaded without a point.
public protocol PostcodeCentres: Sendable {
    func centre(postcode: String) async throws -> (latitude: Double, longitude: Double)?
}
