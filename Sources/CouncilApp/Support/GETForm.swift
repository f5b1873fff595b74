import Hummingbird

/// A GET form's fields, read from the address as `application/x-www-form-urlencoded` by the same decoder as posted
/// forms: a browser sends a space typed into a GET form as `+`, which Hummingbird's `queryParameters` leaves as a
/// plus (so "IV2 4AG" was searched for as "IV2+4AG"). Read any field a person types into a GET form through this.
struct GETForm {
    let fields: [String: [String]]

    init(_ request: Request) {
        fields = FormBody.parseURLEncoded(request.uri.query ?? "")
    }

    func value(_ name: String) -> String { fields[name]?.first ?? "" }
}
