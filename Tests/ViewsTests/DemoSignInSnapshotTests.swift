import Domain
import Testing
@testable import Views

@Suite struct DemoSignInSnapshotTests {
    static func page(_ language: Language) -> DemoSignInPage {
        DemoSignInPage(
            layout: MockLayout.citizen(language, title: Phrase.demoHeading(language), path: "/demo"),
            accounts: [
                .init(email: "administrator@demo.onecouncil.invalid", grants: [RoleGrant(role: .administrator)]),
                .init(email: "case-officer@demo.onecouncil.invalid",
                      grants: [RoleGrant(role: .caseOfficer, serviceSlug: "bulky-waste"), RoleGrant(role: .caseOfficer, serviceSlug: "report-a-pothole")]),
            ],
            password: "demo-only-password", currentCode: "123456", secondsLeft: 17, typedSecret: "N5XG KY3P"
        )
    }

    @Test func accountsAndCurrentCode() {
        assertPageSnapshots({ Self.page($0) }, named: "accounts")
    }
}
