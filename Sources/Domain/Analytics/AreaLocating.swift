/// Finds the council area (a ward, say) a request belongs to, from the postcode it gave or the point it marked.
/// The areas come from `onecouncil areas import`; with none loaded every answer is nil.
public protocol AreaLocating: Sendable {
    /// The area code for this place: a point inside an area's boundary wins over the postcode's area.
    func area(postcode: String?, latitude: Double?, longitude: Double?) async throws -> String?
}

/// A postcode as the area tables key it: upper case, no spaces ("PA34 4AB" → "PA344AB").
public enum PostcodeKey {
    public static func make(_ postcode: String) -> String {
        String(postcode.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}
