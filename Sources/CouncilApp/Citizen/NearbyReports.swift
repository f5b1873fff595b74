import Domain
import Foundation
import Hummingbird
import Views

/// The duplicate check for one page: its location question with `nearby_reports`, the point answered, and the open
/// reports of the service around it. Nil when the page has no such question or the answer has no point.
struct NearbyCheck {
    let services: AppServices
    let journey: ActiveJourney
    let page: Page
    let search: NearbySearch

    init?(services: AppServices, journey: ActiveJourney, page: Page) {
        guard let question = page.questions.first(where: { $0.type == .location && $0.nearbyReports != nil }),
              let metres = question.nearbyReports,
              case .location(let location)? = journey.answers[question.id],
              let latitude = location.latitude, let longitude = location.longitude else { return nil }
        let workflow = journey.definition.workflow
        self.services = services
        self.journey = journey
        self.page = page
        search = NearbySearch(serviceSlug: journey.definition.slug, latitude: latitude, longitude: longitude, metres: metres,
                              closedStatuses: Set(workflow.states.filter(\.isFinal).map(\.id)))
    }

    var address: String { "/services/\(journey.definition.slug)/\(page.id)/nearby" }

    func reports() async throws -> [NearbyReport] { try await services.nearbyReports.nearby(search) }

    /// Marks, in the journey, the report this browser followed, so that only it can show the "following" page.
    static func joinedMarker(_ reference: String) -> String { "nearby-joined:\(reference)" }
}

extension JourneyController {
    private func nearbyCheck(_ request: Request, _ context: AppRequestContext) async throws -> NearbyCheck {
        let (journey, page) = try await journeyAndPage(request, context)
        guard journey.walk.pageIDs.contains(page.id), let check = NearbyCheck(services: services, journey: journey, page: page) else {
            throw RedirectError(location: url(journey, for: journey.walk.ending))
        }
        return check
    }

    @Sendable func showNearby(_ request: Request, context: AppRequestContext) async throws -> Response {
        let check = try await nearbyCheck(request, context)
        if let joined = request.uri.queryParameters.get("joined") {
            return try joinedPage(check, reference: String(joined), request: request, context: context)
        }
        let reports = try await check.reports()
        if reports.isEmpty { return .found(nextURL(check.journey, after: check.page, changing: false)) }
        return renderNearby(check, reports, request: request, context: context,
                            email: context.citizen?.email ?? "", chosen: "", errors: [])
    }

    @Sendable func answerNearby(_ request: Request, context: AppRequestContext) async throws -> Response {
        let check = try await nearbyCheck(request, context)
        let journey = check.journey
        let form = try await FormBody.parse(request, context: context, limit: 64 * 1024)
        try form.requireToken(journey.session.csrfToken)
        // One report followed per journey: sending the form again does not count the citizen twice.
        if let followed = journey.state.completed.first(where: { $0.hasPrefix(NearbyCheck.joinedMarker("")) && !$0.hasSuffix(":email") }) {
            return .seeOther("\(check.address)?joined=\(followed.dropFirst(NearbyCheck.joinedMarker("").count))")
        }
        let chosen = form.value("report")
        let next = nextURL(journey, after: check.page, changing: false)
        if chosen == NearbyReportsPage.different { return .seeOther(next) }
        let reports = try await check.reports()
        if reports.isEmpty { return .seeOther(next) }
        let language = context.language
        let typed = form.value("email")
        guard !chosen.isEmpty else {
            return renderNearby(check, reports, request: request, context: context, email: typed, chosen: "",
                                errors: [FieldError(questionID: "report", message: Phrase.nearbyChoose(language), code: "required")])
        }
        guard reports.contains(where: { $0.reference == chosen }) else {
            return renderNearby(check, reports, request: request, context: context, email: typed, chosen: "",
                                errors: [FieldError(questionID: "report", message: Phrase.nearbyGone(language), code: "invalid")])
        }
        var email: String? = EmailAddress.normalised(typed)
        if email?.isEmpty == true { email = nil }
        if let given = email, let problem = AccountMessages.emailProblem(given, language) {
            return renderNearby(check, reports, request: request, context: context, email: typed, chosen: chosen, errors: [problem])
        }
        let joining = JoiningReport(reference: chosen, email: email, citizenID: context.citizen?.id, version: journey.service.version,
                                    language: language, channel: journey.state.assisted?.channel ?? .online, day: services.today(),
                                    at: services.clock.now())
        guard try await services.nearbyReports.join(joining) else { throw HTTPError(.notFound) }
        try await services.identity.record(context, .journeyDuplicateJoined, subject: "submission:\(chosen)")
        var state = journey.state
        state.completed.insert(NearbyCheck.joinedMarker(chosen))
        if email != nil { state.completed.insert(NearbyCheck.joinedMarker(chosen) + ":email") }
        try await services.journeys.save(state)
        return .seeOther("\(check.address)?joined=\(chosen)")
    }

    private func renderNearby(_ check: NearbyCheck, _ reports: [NearbyReport], request: Request, context: AppRequestContext,
                              email: String, chosen: String, errors: [FieldError]) -> Response {
        let language = context.language
        let definition = check.journey.definition
        let layout = layout(check.journey, context, request: request, title: Phrase.nearbyTitle(language),
                            back: "/services/\(definition.slug)/\(check.page.id)", errors: errors)
        return NearbyReportsPage(
            layout: layout.model, serviceTitle: definition.title.text(language), action: check.address,
            csrfToken: check.journey.session.csrfToken,
            reports: reports.map { report in
                NearbyReportsPage.Report(reference: report.reference,
                                         status: CaseStatusText.name(report.status, workflow: definition.workflow, language), metres: report.metres)
            },
            chosen: chosen, email: email, errors: errors
        ).response(status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func joinedPage(_ check: NearbyCheck, reference: String, request: Request, context: AppRequestContext) throws -> Response {
        let marker = NearbyCheck.joinedMarker(reference)
        guard check.journey.state.completed.contains(marker) else { return .found(check.address) }
        let language = context.language
        let definition = check.journey.definition
        let layout = layout(check.journey, context, request: request, title: Phrase.nearbyJoinedTitle(language), back: nil)
        return NearbyJoinedPage(layout: layout.model, reference: reference, emailGiven: check.journey.state.completed.contains(marker + ":email"),
                                serviceURL: "/services/\(definition.slug)").response()
    }
}
