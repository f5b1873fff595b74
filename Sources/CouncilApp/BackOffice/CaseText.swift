
/// The back office's words where they leave the pages: a channel in the CSV export, and the refusal the partner API
/// gives when a case's status changed under it. (The pages' own words are `Phrase`s in Views.)
enum CaseText {
    static func channel(_ raw: String) -> String {
        switch raw {
        case "online": "online form"
        case "api": "API"
        case "phone": "phone"
        case "face_to_face", "face-to-face": "in person"
        case "email": "email"
        case "letter": "letter"
        default: raw
        }
    }

    static let overtaken = "Someone else changed this case’s status just now. Check the timeline and try again"
}
