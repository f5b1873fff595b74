import Foundation
import Domain
import Hummingbird

/// Works out who is signed in, from the MyAccount and staff cookies, and puts them in the request context. Requests
/// without those cookies (most citizen journeys) cost nothing here.
struct IdentityMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let identity: IdentityServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if request.cookies[IdentityServices.citizenCookie] != nil,
           let session = try await identity.liveSession(.citizen, request) {
            context.citizen = try await identity.citizens.account(id: session.subjectID)
        }
        if request.cookies[IdentityServices.staffCookie] != nil,
           let session = try await identity.liveSession(.staff, request),
           let member = try await identity.staff.member(id: session.subjectID), !member.disabled {
            if session.secondFactorDone {
                context.staff = member
            } else {
                context.staffPending = (session, member)
            }
        }
        return try await next(request, context)
    }
}

/// Lets only staff whose roles open this area through; sends the signed-out to staff sign-in, and back afterwards.
struct StaffAreaMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let staff = context.staff else {
            return .found("/staff/sign-in?return=\(ReturnPath.encode(request.uri.path))")
        }
        guard let area = StaffArea.containing(path: request.uri.path), staff.access.mayEnter(area) else {
            throw HTTPError(.forbidden)
        }
        return try await next(request, context)
    }
}

/// Sends a signed-out visitor to MyAccount sign-in, and back afterwards.
struct CitizenOnlyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.citizen != nil else {
            return .found("/account/sign-in?return=\(ReturnPath.encode(request.uri.path))")
        }
        return try await next(request, context)
    }
}
