/// What an audit entry records someone doing: one closed list, so the audit trail's vocabulary is written in one
/// place and the audit page can offer every action as a filter. Entries read back keep whatever the row says.
public struct AuditAction: RawRepresentable, Hashable, Sendable {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    private init(_ rawValue: String) { self.rawValue = rawValue }

    /// The subject area before the dot: `staff`, `citizen`, `admin`, `api`, `designer`, `journey`.
    public var area: String { String(rawValue.prefix { $0 != "." }) }
}

extension AuditAction {
    public static let adminAPIClientCreated = AuditAction("admin.api-client-created")
    public static let adminAPIClientRevoked = AuditAction("admin.api-client-revoked")
    public static let adminJobDiscard = AuditAction("admin.job-discard")
    public static let adminJobRetry = AuditAction("admin.job-retry")
    public static let adminOutboxViewed = AuditAction("admin.outbox-viewed")
    public static let adminWebhookCreated = AuditAction("admin.webhook-created")
    public static let adminWebhookPaused = AuditAction("admin.webhook-paused")
    public static let adminWebhookResumed = AuditAction("admin.webhook-resumed")
    public static let analyticsAlertAcknowledged = AuditAction("analytics.alert-acknowledged")
    public static let analyticsCommentsViewed = AuditAction("analytics.comments-viewed")
    public static let analyticsUnitCostsChanged = AuditAction("analytics.unit-costs-changed")
    public static let apiAddCaseNote = AuditAction("api.addCaseNote")
    public static let apiChangeCaseStatus = AuditAction("api.changeCaseStatus")
    public static let apiCreateSubmission = AuditAction("api.createSubmission")
    public static let apiGetCase = AuditAction("api.getCase")
    public static let apiGetService = AuditAction("api.getService")
    public static let apiListCaseEvents = AuditAction("api.listCaseEvents")
    public static let apiListCases = AuditAction("api.listCases")
    public static let apiListServices = AuditAction("api.listServices")
    public static let apiOpenAPIDocument = AuditAction("api.openAPIDocument")
    public static let citizenAccountDeleted = AuditAction("citizen.account-deleted")
    public static let citizenEmailChangeRequested = AuditAction("citizen.email-change-requested")
    public static let citizenEmailChanged = AuditAction("citizen.email-changed")
    public static let citizenEmailConfirmed = AuditAction("citizen.email-confirmed")
    public static let citizenPasswordChanged = AuditAction("citizen.password-changed")
    public static let citizenPasswordCheckFailed = AuditAction("citizen.password-check-failed")
    public static let citizenPasswordReset = AuditAction("citizen.password-reset")
    public static let citizenPasswordResetRequested = AuditAction("citizen.password-reset-requested")
    public static let citizenProviderSignInFailed = AuditAction("citizen.provider-sign-in-failed")
    public static let citizenRegistered = AuditAction("citizen.registered")
    public static let citizenRequestClaimFailed = AuditAction("citizen.request-claim-failed")
    public static let citizenRequestClaimed = AuditAction("citizen.request-claimed")
    public static let citizenRequestViewed = AuditAction("citizen.request-viewed")
    public static let citizenSignIn = AuditAction("citizen.sign-in")
    public static let citizenSignInFailed = AuditAction("citizen.sign-in-failed")
    public static let citizenSignInThrottled = AuditAction("citizen.sign-in-throttled")
    public static let citizenSignOut = AuditAction("citizen.sign-out")
    public static let citizenSignedOutEverywhere = AuditAction("citizen.signed-out-everywhere")
    public static let designerApprovalRequested = AuditAction("designer.approval-requested")
    public static let designerApprovalWithdrawn = AuditAction("designer.approval-withdrawn")
    public static let designerDraftCreated = AuditAction("designer.draft-created")
    public static let designerDraftDiscarded = AuditAction("designer.draft-discarded")
    public static let designerDraftSaved = AuditAction("designer.draft-saved")
    public static let designerServiceArchived = AuditAction("designer.service-archived")
    public static let designerServiceClosed = AuditAction("designer.service-closed")
    public static let designerServiceUnarchived = AuditAction("designer.service-unarchived")
    public static let designerSettingsChanged = AuditAction("designer.settings-changed")
    public static let designerVersionApproved = AuditAction("designer.version-approved")
    public static let designerVersionPublished = AuditAction("designer.version-published")
    public static let designerVersionRolledBack = AuditAction("designer.version-rolled-back")
    public static let journeyDuplicateJoined = AuditAction("journey.duplicate-joined")
    public static let journeySavedForLater = AuditAction("journey.saved-for-later")
    public static let staffAssistedRefused = AuditAction("staff.assisted-refused")
    public static let staffAssistedStarted = AuditAction("staff.assisted-started")
    public static let staffCaseAccessDenied = AuditAction("staff.case-access-denied")
    public static let staffCaseViewed = AuditAction("staff.case-viewed")
    public static let staffCasesExported = AuditAction("staff.cases-exported")
    public static let staffCreated = AuditAction("staff.created")
    public static let staffDisabled = AuditAction("staff.disabled")
    public static let staffEnabled = AuditAction("staff.enabled")
    public static let staffFileDownloaded = AuditAction("staff.file-downloaded")
    public static let staffIdentityLinked = AuditAction("staff.identity-linked")
    public static let staffVisitAccessDenied = AuditAction("staff.job-access-denied")
    /// The staff map of located requests was opened (its points are where requests were made).
    public static let staffMapViewed = AuditAction("staff.map-viewed")
    public static let staffMfaEnrolled = AuditAction("staff.mfa-enrolled")
    public static let staffMfaEnrolmentFailed = AuditAction("staff.mfa-enrolment-failed")
    public static let staffMfaFailed = AuditAction("staff.mfa-failed")
    public static let staffMfaReset = AuditAction("staff.mfa-reset")
    public static let staffPasswordAccepted = AuditAction("staff.password-accepted")
    public static let staffPasswordSet = AuditAction("staff.password-set")
    public static let staffProviderSignInFailed = AuditAction("staff.provider-sign-in-failed")
    public static let staffRequestsSearched = AuditAction("staff.requests-searched")
    public static let staffRoleGranted = AuditAction("staff.role-granted")
    public static let staffRoleRemoved = AuditAction("staff.role-removed")
    public static let staffSessionsRevoked = AuditAction("staff.sessions-revoked")
    public static let staffSetUpLinkSent = AuditAction("staff.set-up-link-sent")
    public static let staffSignIn = AuditAction("staff.sign-in")
    public static let staffSignInFailed = AuditAction("staff.sign-in-failed")
    public static let staffSignInRecoveryCode = AuditAction("staff.sign-in-recovery-code")
    public static let staffSignInThrottled = AuditAction("staff.sign-in-throttled")
    public static let staffSignOut = AuditAction("staff.sign-out")
    public static let staffSignedOutEverywhere = AuditAction("staff.signed-out-everywhere")

    /// Every action the platform records, for filters and documentation.
    public static let all: [AuditAction] = [.adminAPIClientCreated, .adminAPIClientRevoked, .adminJobDiscard, .adminJobRetry, .adminOutboxViewed, .adminWebhookCreated, .adminWebhookPaused, .adminWebhookResumed, .analyticsAlertAcknowledged, .analyticsCommentsViewed, .analyticsUnitCostsChanged, .apiAddCaseNote, .apiChangeCaseStatus, .apiCreateSubmission, .apiGetCase, .apiGetService, .apiListCaseEvents, .apiListCases, .apiListServices, .apiOpenAPIDocument, .citizenAccountDeleted, .citizenEmailChangeRequested, .citizenEmailChanged, .citizenEmailConfirmed, .citizenPasswordChanged, .citizenPasswordCheckFailed, .citizenPasswordReset, .citizenPasswordResetRequested, .citizenProviderSignInFailed, .citizenRegistered, .citizenRequestClaimFailed, .citizenRequestClaimed, .citizenRequestViewed, .citizenSignIn, .citizenSignInFailed, .citizenSignInThrottled, .citizenSignOut, .citizenSignedOutEverywhere, .designerApprovalRequested, .designerApprovalWithdrawn, .designerDraftCreated, .designerDraftDiscarded, .designerDraftSaved, .designerServiceArchived, .designerServiceClosed, .designerServiceUnarchived, .designerSettingsChanged, .designerVersionApproved, .designerVersionPublished, .designerVersionRolledBack, .journeyDuplicateJoined, .journeySavedForLater, .staffAssistedRefused, .staffAssistedStarted, .staffCaseAccessDenied, .staffCaseViewed, .staffCasesExported, .staffCreated, .staffDisabled, .staffEnabled, .staffFileDownloaded, .staffIdentityLinked, .staffMapViewed, .staffVisitAccessDenied, .staffMfaEnrolled, .staffMfaEnrolmentFailed, .staffMfaFailed, .staffMfaReset, .staffPasswordAccepted, .staffPasswordSet, .staffProviderSignInFailed, .staffRequestsSearched, .staffRoleGranted, .staffRoleRemoved, .staffSessionsRevoked, .staffSetUpLinkSent, .staffSignIn, .staffSignInFailed, .staffSignInRecoveryCode, .staffSignInThrottled, .staffSignOut, .staffSignedOutEverywhere]

    /// The action for a call to the partner API.
    public static func api(_ operation: String) -> AuditAction { AuditAction(rawValue: "api.\(operation)") }
}
