/// Who did something, as the audit trail and a case's timeline record it. Stored as text (`staff:7`), so that rows
/// written by any release read back; `Actor(recorded:)` reads that text, and the audit page turns it into a name.
public enum Actor: Sendable, Hashable {
    case staff(Int64)
    case citizen(Int64)
    case apiClient(Int64)
    /// The applicant answering through a link in a message, without signing in.
    case applicant
    /// The `onecouncil` command on the server.
    case commandLine
    /// Nobody signed in.
    case anonymous

    public var recorded: String {
        switch self {
        case .staff(let id): "staff:\(id)"
        case .citizen(let id): "citizen:\(id)"
        case .apiClient(let id): "api-client:\(id)"
        case .applicant: "applicant"
        case .commandLine: "cli"
        case .anonymous: "anonymous"
        }
    }

    public init?(recorded: String) {
        switch recorded {
        case "applicant": self = .applicant
        case "cli": self = .commandLine
        case "anonymous": self = .anonymous
        default:
            let parts = recorded.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
            switch parts[0] {
            case "staff": self = .staff(id)
            case "citizen": self = .citizen(id)
            case "api-client": self = .apiClient(id)
            default: return nil
            }
        }
    }
}
