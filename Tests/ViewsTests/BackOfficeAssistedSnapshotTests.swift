import Domain
import Foundation
import Testing
@testable import Views

@Suite struct BackOfficeAssistedSnapshotTests {
    static func start(_ language: Language, errors: [FieldError] = [], fields: [String: String] = [:]) -> AssistedStartPage {
        AssistedStartPage(
            layout: MockLayout.staff(language, title: Phrase.boAssistedStart(language), path: "/backoffice/assisted", roles: [.customerServiceAgent],
                                     back: "/backoffice", errors: !errors.isEmpty),
            services: [("report-a-pothole", "Report a pothole"), ("volunteering", "Sign up to volunteer")],
            channels: [.phone, .faceToFace, .email, .letter], fields: fields, errors: errors, csrfToken: "csrf-token"
        )
    }

    static func find(_ language: Language, query: String, found: [AssistedFindPage.Found]) -> AssistedFindPage {
        AssistedFindPage(
            layout: MockLayout.staff(language, title: Phrase.boFindRequests(language), path: "/backoffice/assisted/find",
                                     roles: [.customerServiceAgent], back: "/backoffice/assisted"),
            query: query, found: found
        )
    }

    @Test func theStartForm() {
        assertPageSnapshots({ Self.start($0) }, named: "start")
    }

    @Test func theStartFormWithErrors() {
        assertPageSnapshots({ language in
            Self.start(language, errors: [
                FieldError(questionID: "service", message: Phrase.boErrorSelectService(language), code: "required"),
                FieldError(questionID: "channel", message: Phrase.boErrorSelectChannel(language), code: "required"),
                FieldError(questionID: "caller-phone", message: Phrase.boErrorPhone(language)),
            ], fields: ["caller-email": "caller@example.com", "caller-phone": "123"])
        }, named: "start-errors")
    }

    @Test func requestsFound() {
        assertPageSnapshots({ language in
            Self.find(language, query: "caller@example.com", found: [
                .init(reference: "POT-7K3D-9Q2P", service: "Report a pothole", status: language == .gd ? "Air fhaighinn" : "Received",
                      received: Date(timeIntervalSince1970: 1_795_000_000)),
            ])
        }, named: "found")
    }

    @Test func nothingFound() {
        assertPageSnapshots({ Self.find($0, query: "nobody@example.com", found: []) }, named: "none")
    }
}
