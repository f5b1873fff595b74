import Foundation
import Domain

/// `/designer/services/{slug}/versions`: a service's history with what can be done to each version, the form that
/// publishes the draft, closing and archiving, who may use the service, and comparing two versions.
public struct DesignerVersionsPage: PageModel {
    public struct Row: Sendable, Equatable {
        public var record: ServiceVersionRecord
        /// The staff member's email (or the actor in words) who published it, and who approved it.
        public var publishedBy: String
        public var approvedBy: String?
        public var isCurrent: Bool

        public init(record: ServiceVersionRecord, publishedBy: String, approvedBy: String? = nil, isCurrent: Bool = false) {
            self.record = record
            self.publishedBy = publishedBy
            self.approvedBy = approvedBy
            self.isCurrent = isCurrent
        }
    }

    /// Whether there is a draft to publish, and whether it validates.
    public enum Draft: Sendable, Equatable {
        case none
        case ready
        case hasProblems
    }

    public var layout: LayoutModel
    public var csrf: String
    public var slug: String
    public var title: String
    public var state: ServiceState
    public var rows: [Row]
    public var draft: Draft
    public var settings: ServiceSettings
    /// The values posted to the publish form, by field name (`DesignerPublishForm`).
    public var fields: [String: String]
    public var errors: [FieldError]
    public var notice: String?

    public init(layout: LayoutModel, csrf: String, slug: String, title: String, state: ServiceState, rows: [Row], draft: Draft,
                settings: ServiceSettings, fields: [String: String] = [:], errors: [FieldError] = [], notice: String? = nil) {
        self.layout = layout
        self.csrf = csrf
        self.slug = slug
        self.title = title
        self.state = state
        self.rows = rows
        self.draft = draft
        self.settings = settings
        self.fields = fields
        self.errors = errors
        self.notice = notice
    }

    public var hasLiveVersion: Bool { rows.contains { $0.isCurrent } }
}

/// The field names of the versions page's forms, shared by the view and the controller.
public enum DesignerPublishForm {
    public static let changeNote = "change_note"
    /// `now` or `later`.
    public static let when = "when"
    public static let liveDate = "live_date"
    public static let liveTime = "live_time"
    public static let closesDate = "closes_date"
    public static let closesTime = "closes_time"
    public static let limit = "submission_limit"
    /// On a version's own form: `rollback`, `approve` or `withdraw`.
    public static let action = "action"
    /// The roll back's reason; one field per version (`rollback_note`), posted to that version's address.
    public static let rollBackNote = "rollback_note"
    public static let audience = "audience"
    public static let requiresApproval = "requires_approval"
    /// On the lifecycle form: `close`, `archive` or `unarchive`.
    public static let lifecycle = "lifecycle"
    /// `yes` from the "Are you sure?" page: closing and archiving are done only with it.
    public static let confirmed = "confirmed"
    public static let compareFrom = "from"
    public static let compareTo = "to"
    /// The compare form's value for the draft.
    public static let draftValue = "draft"
}
