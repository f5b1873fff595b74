import Foundation

/// Words written for the applicant to read: the reason given with a status change, sent in their notification and
/// shown in their account. Only a field labelled as going to the applicant (the case page's and bulk action's
/// "Reason the applicant will see", the field form's field of that name, the partner API's `reason`) makes one.
/// Internal notes, a job's notes and a field worker's own account of a visit are plain strings: a distinct type keeps
/// the compiler from passing one where the applicant's reason is expected.
public struct CitizenReason: Sendable, Equatable {
    public let text: String

    /// nil when `text` is blank: no reason given.
    public init?(_ text: String?) {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        self.text = trimmed
    }
}

extension CaseNotification {
    /// The applicant's "your request has moved on" message: the new status and, only if one was written for them,
    /// the reason.
    public static func statusChanged(reference: String, to status: String, reason: CitizenReason?, email: String?, phone: String?) -> CaseNotification {
        var fields = ["status": status]
        if let reason { fields["reason"] = reason.text }
        return CaseNotification(.statusChanged, email: email, phone: phone, summary: "Your request \(reference) has been updated", fields: fields)
    }
}
