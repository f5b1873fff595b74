import Domain
import Foundation
import Hummingbird

/// `/api/v1`: registers every operation of the route table behind one gate — the bearer token, the operation's
/// scope — and writes one audit entry per call, whatever its outcome.
struct PartnerAPI {
    let services: AppServices
    var authenticator: APIClientAuthenticator { APIClientAuthenticator(clients: services.apiClientRecords) }

    func addRoutes(to router: Router<AppRequestContext>) {
        for operation in PartnerAPIOperation.allCases {
            router.on(RouterPath(operation.path), method: operation.method) { request, context in
                try await call(operation, request, context)
            }
        }
    }

    private func call(_ operation: PartnerAPIOperation, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let scope = operation.scope else { return try OpenAPIDocument.response() }
        let client = try await authenticator.client(for: request)
        do {
            guard let client else { throw APIError.unauthorised }
            guard client.scopes.contains(scope) else { throw APIError.missingScope(scope) }
            let apiCall = APICall(operation: operation, client: client, request: request, context: context, now: services.clock.now())
            let gate = IdempotencyGate(keys: services.idempotencyKeys, maxBodySize: services.maxBodySize)
            let handled = try await gate.run(apiCall, handle)
            if !handled.recordedWithChange { try await services.identity.audit.record(apiCall.auditEntry(status: handled.response.status)) }
            return handled.response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            let claimed = APIClientAuthenticator.credential(request).map { " (token for client \($0.clientID))" } ?? ""
            try await services.identity.audit.record(APICall.auditEntry(
                operation, request, context, actor: client?.actor ?? .anonymous, status: status,
                note: client == nil ? claimed : "", at: services.clock.now()
            ))
            throw error
        }
    }

    /// An operation's answer, and whether its audit entry (and its answer under an `Idempotency-Key`) was already
    /// written in the same transaction as its change.
    struct Handled {
        var response: Response
        var recordedWithChange: Bool
    }

    private func handle(_ call: APICall) async throws -> Handled {
        switch call.operation {
        case .openAPIDocument: Handled(response: try OpenAPIDocument.response(), recordedWithChange: false)
        case .listServices: Handled(response: try await ServiceAPI(services: services).list(call), recordedWithChange: false)
        case .getService: Handled(response: try await ServiceAPI(services: services).show(call), recordedWithChange: false)
        case .createSubmission: Handled(response: try await SubmissionAPI(services: services).create(call), recordedWithChange: true)
        case .listCases: Handled(response: try await CaseAPI(services: services).list(call), recordedWithChange: false)
        case .getCase: Handled(response: try await CaseAPI(services: services).show(call), recordedWithChange: false)
        case .changeCaseStatus: Handled(response: try await CaseAPI(services: services).changeStatus(call), recordedWithChange: false)
        case .addCaseNote: Handled(response: try await CaseAPI(services: services).addNote(call), recordedWithChange: false)
        case .listCaseEvents: Handled(response: try await CaseAPI(services: services).events(call), recordedWithChange: false)
        }
    }
}

/// One authenticated call: the client, the request, and the way to refuse a service it may not use.
struct APICall: Sendable {
    let operation: PartnerAPIOperation
    let client: APIClient
    /// Its body already collected when it carries an `Idempotency-Key` (the key's fingerprint needs the bytes).
    var request: Request
    let context: AppRequestContext
    let now: Date
    /// The `Idempotency-Key` this call claimed, if it sent one.
    var idempotency: HeldIdempotencyKey?

    func parameter(_ name: String) throws -> String { try context.parameters.require(name) }

    /// A query parameter's values (a parameter may be repeated).
    func query(_ name: String) -> [String] { request.uri.queryParameters.getAll(name).map { String($0) } }

    func requireService(_ slug: String, field: String) throws {
        guard client.mayReach(service: slug) else { throw APIError.serviceNotAllowed(slug, field: field) }
    }

    func auditEntry(status: HTTPResponse.Status) -> AuditEntry {
        Self.auditEntry(operation, request, context, actor: client.actor, status: status, note: "", at: now)
    }

    /// `api.getCase` by `api-client:7` on `submission:HRD-…`, detail `GET /api/v1/cases/HRD-… → 200`.
    static func auditEntry(_ operation: PartnerAPIOperation, _ request: Request, _ context: AppRequestContext, actor: Actor,
                           status: HTTPResponse.Status, note: String, at: Date) -> AuditEntry {
        let subject = context.parameters.get("reference").map { "submission:\($0)" } ?? context.parameters.get("slug").map { "service:\($0)" }
        let query = request.uri.query.map { "?\($0)" } ?? ""
        let target = String("\(request.uri.path)\(query)".prefix(500))
        return AuditEntry(at: at, actor: actor, action: .api(operation.rawValue), subject: subject,
                          detail: "\(request.method.rawValue) \(target) → \(status.code)\(note)", ipAddress: context.remoteAddress)
    }
}
