/// The columns of a case-list export, and which of them a role may have. An export leaves the platform's access
/// checks behind, so it carries no personal data to anyone whose role does not already show it to them.
public enum CaseExportColumn: String, Sendable, CaseIterable {
    case reference, service, status, target, dueDate = "due_date", assignedTo = "assigned_to", channel, received
    case applicantName = "applicant_name", applicantEmail = "applicant_email", postcodeDistrict = "postcode_district"

    public var heading: String {
        switch self {
        case .reference: "Reference"
        case .service: "Service"
        case .status: "Status"
        case .target: "Target"
        case .dueDate: "Due date"
        case .assignedTo: "Assigned to"
        case .channel: "Received by"
        case .received: "Received"
        case .applicantName: "Applicant name"
        case .applicantEmail: "Applicant email"
        case .postcodeDistrict: "Postcode district"
        }
    }

    /// Whether the column identifies the applicant.
    public var isPersonal: Bool { self == .applicantName || self == .applicantEmail }

    /// Case officers and customer service agents see applicants' names and emails on every case page they open, so
    /// their exports carry them; any other role gets the columns without personal data.
    public static func columns(for access: StaffAccess) -> [CaseExportColumn] {
        access.has(.caseOfficer) || access.has(.customerServiceAgent) ? allCases : allCases.filter { !$0.isPersonal }
    }
}
