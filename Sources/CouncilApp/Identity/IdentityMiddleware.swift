import Foundation
import Domain
import Hummingbird

/// Works out who is signed in, from the MyAccount and staff cookies, and puts them in the request context. Requests
/// without those cookies (most citizen journeys) cost nothing here. A 403 from further in, other than a refused form
/// token, becomes `AccessRefused`, so the error page is drawn in the frame of the person signed in.
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
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .forbidden && !error.isCSRFRefusal {
            throw AccessRefused(headerLinks: context.headerLinks, staffHome: context.staff != nil)
        }
    }
}

/// Lets only staff whose roles open this area through; sends the signed-out to staff sign-in, and back afterwards.
///
/// The area is that of the route the router matched, not of the address as sent: the router reads `/backoffice//strategy`
/// and `/backoffice/strategy/` as `/backoffice/strategy`, while the raw path's longest prefix is `/backoffice`, an area
/// more roles may enter. No matched route, no entry.
struct StaffAreaMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let staff = context.staff else {
            return .found("/staff/sign-in?return=\(ReturnPath.encode(request.uri.path))")
        }
        guard let route = context.endpointPath, let area = StaffArea.containing(path: route), staff.access.mayEnter(area) else {
            throw HTTPError(.forbidden)
        }
        return try await next(request, context)
    }
}

/// Lets any signed-in member of staff through (staff home, which every role shares); sends the signed-out to sign-in,
/// which comes back to staff home anyway.
struct StaffSignedInMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.staff != nil else { return .found("/staff/sign-in") }
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

extension Router<AppRequestContext> {
    /// Routes under `path` open to a signed-in citizen (MyAccount), with a `CitizenRequestContext`; the signed-out are
    /// sent to sign-in and brought back.
    func signedInCitizen(_ path: RouterPath) -> RouterGroup<CitizenRequestContext> {
        group(path).add(middleware: CitizenOnlyMiddleware()).group(context: CitizenRequestContext.self)
    }
}
