import Foundation

/// Why a designer's action on a service was refused, in the designer's terms with what to do instead.
public enum ServiceDesignError: Error, Sendable, Equatable, CustomStringConvertible {
    case notPermitted(slug: String)
    case unknownService(slug: String)
    case serviceExists(slug: String)
    case draftExists(slug: String)
    case noDraft(slug: String)
    case invalidSlug(String)
    case invalidReferencePrefix(String)
    /// The draft does not validate; the problems are the validator's, with line and column.
    case invalidDraft([DefinitionProblem])
    case slugChanged(draft: String, service: String)
    case changeNoteRequired
    case closingNotAfterLive
    case limitNotPositive
    case noSuchVersion(slug: String, version: Int)
    case notPending(slug: String, version: Int)
    case approvalNotRequired(slug: String)
    case approverIsRequester
    case noLiveVersion(slug: String)
    case notArchived(slug: String)
    case alreadyArchived(slug: String)

    public var description: String {
        switch self {
        case .notPermitted(let slug): "You may not design the service \(slug): ask an administrator for a service-designer grant for it"
        case .unknownService(let slug): "There is no service called \(slug)"
        case .serviceExists(let slug): "A service called \(slug) already exists: choose another slug"
        case .draftExists(let slug): "\(slug) already has a draft: edit that one, or discard it first"
        case .noDraft(let slug): "\(slug) has no draft to publish: start one from the current version"
        case .invalidSlug(let slug): "\"\(slug)\" cannot be a slug: use lower-case letters, digits and hyphens, like report-a-pothole"
        case .invalidReferencePrefix(let prefix): "\"\(prefix)\" cannot be a reference prefix: use 2 to 4 capital letters, like HRD"
        case .invalidDraft(let problems): "The draft has \(problems.count) problem\(problems.count == 1 ? "" : "s") to fix before it can be published"
        case .slugChanged(let draft, let service): "The draft's slug is \(draft) but the service is \(service): a published service keeps its slug (copy it to make a new one)"
        case .changeNoteRequired: "Say what changed in this version: the change note is required"
        case .closingNotAfterLive: "The closing time must be after the time the version goes live"
        case .limitNotPositive: "The submission limit must be a whole number of 1 or more"
        case .noSuchVersion(let slug, let version): "\(slug) has no version \(version)"
        case .notPending(let slug, let version): "Version \(version) of \(slug) is not waiting for approval"
        case .approvalNotRequired(let slug): "\(slug) does not need approval: publish the version directly"
        case .approverIsRequester: "A second person must approve: you asked for this version to go live, so someone else approves it"
        case .noLiveVersion(let slug): "\(slug) has no live version to close"
        case .notArchived(let slug): "\(slug) is not archived"
        case .alreadyArchived(let slug): "\(slug) is already archived"
        }
    }
}
