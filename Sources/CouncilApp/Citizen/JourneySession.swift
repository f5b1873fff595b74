import Domain
import Hummingbird

/// A journey in progress, with its definition, its decoded answers and the route they lead along (worked out once).
struct ActiveJourney {
    let session: WebSession
    let state: JourneyState
    let service: PublishedService
    let answers: Answers
    let walk: JourneyRoute.Walk
    let route: JourneyRoute

    init(session: WebSession, state: JourneyState, service: PublishedService, today: CalendarDay) {
        self.session = session
        self.state = state
        self.service = service
        answers = AnswerCoding.answers(from: state.answers, definition: service.definition)
        route = JourneyRoute(service.definition, today: today)
        walk = route.walk(answers, completed: state.completed)
    }

    var definition: ServiceDefinition { service.definition }

    /// The same journey after `state` was saved.
    func replacing(_ state: JourneyState) -> ActiveJourney {
        ActiveJourney(session: session, state: state, service: service, today: route.today)
    }
}

/// Finding the journey a request belongs to: the browser's session and its journey for a service.
struct JourneyLookup: Sendable {
    let services: AppServices

    /// The browser's session and its journey for `slug`, in one read; nil when the browser has no session.
    func sessionAndJourney(_ request: Request, slug: String) async throws -> (session: WebSession, journey: JourneyState?)? {
        guard let idHash = services.browserSessions.idHash(request) else { return nil }
        return try await services.journeys.sessionAndJourney(sessionHash: idHash, slug: slug)
    }

    /// The journey for `slug` in this browser, on the version it started with; nil when there is none.
    func active(_ request: Request, slug: String) async throws -> ActiveJourney? {
        guard let found = try await sessionAndJourney(request, slug: slug),
              let state = found.journey,
              let service = try await services.catalogue.version(slug: slug, version: state.version) else { return nil }
        return ActiveJourney(session: found.session, state: state, service: service, today: services.today())
    }
}

extension JourneyController {
    typealias Active = ActiveJourney

    var lookup: JourneyLookup { JourneyLookup(services: services) }

    func sessionAndJourney(_ request: Request, slug: String) async throws -> (session: WebSession, journey: JourneyState?)? {
        try await lookup.sessionAndJourney(request, slug: slug)
    }

    func active(_ request: Request, slug: String) async throws -> ActiveJourney? {
        try await lookup.active(request, slug: slug)
    }
}
