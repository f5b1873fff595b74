import Domain
import HTTPTypes

/// Every route of `/api/v1`, in one table. The router registers exactly these (`PartnerAPI.addRoutes`), and the
/// OpenAPI test checks the document against the same table, so neither can gain a route the other lacks.
/// The raw value is the operation's `operationId` in the document.
enum PartnerAPIOperation: String, CaseIterable, Sendable {
    case openAPIDocument
    case listServices
    case getService
    case createSubmission
    case listCases
    case getCase
    case changeCaseStatus
    case addCaseNote
    case listCaseEvents

    var method: HTTPRequest.Method {
        switch self {
        case .openAPIDocument, .listServices, .getService, .listCases, .getCase, .listCaseEvents: .get
        case .createSubmission, .changeCaseStatus, .addCaseNote: .post
        }
    }

    /// The path as the router and the OpenAPI document both write it (`{name}` for a parameter).
    var path: String {
        switch self {
        case .openAPIDocument: "/api/v1/openapi.json"
        case .listServices: "/api/v1/services"
        case .getService: "/api/v1/services/{slug}"
        case .createSubmission: "/api/v1/services/{slug}/submissions"
        case .listCases: "/api/v1/cases"
        case .getCase: "/api/v1/cases/{reference}"
        case .changeCaseStatus: "/api/v1/cases/{reference}/status"
        case .addCaseNote: "/api/v1/cases/{reference}/notes"
        case .listCaseEvents: "/api/v1/case-events"
        }
    }

    /// The scope a client needs; nil for the one public document.
    var scope: APIScope? {
        switch self {
        case .openAPIDocument: nil
        case .listServices, .getService: .servicesRead
        case .createSubmission: .submissionsCreate
        case .listCases, .getCase, .listCaseEvents: .casesRead
        case .changeCaseStatus, .addCaseNote: .casesWrite
        }
    }
}
