import Domain
import Foundation
import Hummingbird
import Views

/// Thrown where a citizen reaches a service that is not open; the error middleware shows the page.
struct ServiceUnavailableError: Error {
    var page: ServiceUnavailablePage
}

/// Who may use a service, and whether it is open, checked at its start page and every journey page: the audience
/// (signed-in citizens, or staff), then the lifecycle (not open yet, closed, withdrawn).
struct ServiceGate: Sendable {
    let services: AppServices

    /// The service named in the address, if this person may use it now; otherwise the sign-in it needs (a redirect)
    /// or the "closed / not open yet" page (`ServiceUnavailableError`). `submitting` counts a submission limit afresh.
    @discardableResult
    func admit(_ request: Request, _ context: AppRequestContext, slug: String, submitting: Bool = false) async throws -> CatalogueEntry {
        guard let entry = try await services.catalogue.entry(slug: slug) else { throw HTTPError(.notFound) }
        try checkAudience(entry.audience, request, context)
        let availability = submitting ? try await services.catalogue.availabilityForSubmission(slug: slug) : entry.availability
        guard availability.isOpen else {
            throw ServiceUnavailableError(page: try await page(entry, availability, request, context))
        }
        return entry
    }

    /// Signed-in-only services send a visitor to sign in and back; internal services need staff sign-in. Staff may
    /// use signed-in-only services too (assisted digital: an agent acts for a caller).
    private func checkAudience(_ audience: ServiceAudience, _ request: Request, _ context: AppRequestContext) throws {
        let back = ReturnPath.encode(request.uri.path)
        switch audience {
        case .everyone: return
        case .signedIn:
            if context.citizen == nil, context.staff == nil { throw RedirectError(location: "/account/sign-in?return=\(back)") }
        case .staff:
            if context.staff == nil { throw RedirectError(location: "/staff/sign-in?return=\(back)") }
        }
    }

    private func page(_ entry: CatalogueEntry, _ availability: ServiceAvailability, _ request: Request,
                      _ context: AppRequestContext) async throws -> ServiceUnavailablePage {
        let language = context.language
        let reason: ServiceUnavailablePage.Reason
        switch availability {
        case .open: reason = .withdrawn // not reached: only a closed service gets this page
        case .notYetOpen(let opensAt): reason = .notYetOpen(opensAt: opensAt.map { DisplayDate.dayAndTime($0, language) })
        case .closed(.closingTime(let at)): reason = .closed(closedAt: DisplayDate.dayAndTime(at, language))
        case .closed(.limitReached): reason = .limitReached
        case .closed(.archived): reason = .withdrawn
        }
        let journey = try await JourneyLookup(services: services).sessionAndJourney(request, slug: entry.slug)?.journey
        let title = entry.current?.definition.title.text(language)
            ?? entry.status.versions.max { $0.version < $1.version }?.title ?? entry.slug
        let layout = PageLayout(language: language, path: request.uri.path, title: ServiceUnavailablePage.heading(reason, language),
                                serviceName: nil, backLink: nil, headerLinks: context.headerLinks)
        return ServiceUnavailablePage(layout: layout.model, serviceTitle: title, reason: reason,
                                      answersNotSent: journey != nil && journey?.submittedReference == nil)
    }
}
