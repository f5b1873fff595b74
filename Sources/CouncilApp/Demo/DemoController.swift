import Domain
import Foundation
import Hummingbird
import Views

/// `GET /demo`, routed only in demo mode: the demo accounts, their password and the security code their shared
/// authenticator secret gives now, so an evaluator signs in without setting up an app.
struct DemoController {
    let accounts: [DemoStaff.Account]
    let clock: CouncilClock

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("demo", use: show)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let now = clock.now()
        let layout = PageLayout(language: context.language, path: "/demo", title: Phrase.demoHeading(context.language))
        return DemoSignInPage(
            layout: layout.model,
            accounts: accounts.map { DemoSignInPage.Account(email: $0.email, grants: $0.grants) },
            password: DemoStaff.password,
            currentCode: StaffAuthenticator.code(secret: DemoStaff.totpSecret, at: now),
            secondsLeft: 30 - Int(now.timeIntervalSince1970) % 30,
            typedSecret: DemoStaff.typedSecret
        ).response()
    }
}
