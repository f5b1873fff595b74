import Domain
import Testing
@testable import Views

/// "Your account", one request with its progress and the reply form, and adding an earlier request.
@Suite struct AccountRequestsSnapshotTests {
    @Test func homeEmpty() {
        assertPageSnapshots({ language in
            AccountHomePage(layout: AccountMocks.signedIn(language, title: .yourAccount, path: "/account"), email: "morag@example.com",
                            justConfirmed: true)
        }, named: "empty")
    }

    @Test func homeFull() {
        assertPageSnapshots({ language in
            AccountHomePage(
                layout: AccountMocks.signedIn(language, title: .yourAccount, path: "/account"), email: "morag@example.com",
                savedForms: [.init(slug: "volunteering", serviceTitle: "Sign up to volunteer", savedAt: AccountMocks.laterAt)],
                requests: [
                    .init(reference: "HRD-7K3D-9Q2P", serviceTitle: "Report a pothole", sentAt: AccountMocks.laterAt,
                          status: CaseStatusText.name("in-review", workflow: .standard, language)),
                    .init(reference: "HRD-2B4C-6D8F", serviceTitle: "Sign up to volunteer", sentAt: AccountMocks.sentAt,
                          status: CaseStatusText.name("received", workflow: .standard, language)),
                ]
            )
        }, named: "full")
    }

    static func events() -> [CaseEvent] {
        [
            CaseEvent(kind: "status_changed", detail: #"{"status":"received"}"#, at: AccountMocks.sentAt),
            CaseEvent(kind: "note", detail: #"{"text":"Only staff see this"}"#, at: AccountMocks.sentAt),
            CaseEvent(kind: "status_changed", detail: #"{"status":"awaiting-information","from":"received"}"#, at: AccountMocks.laterAt),
            CaseEvent(kind: "information_requested", detail: #"{"question":"Which weekends suit you?"}"#, at: AccountMocks.laterAt),
        ]
    }

    static func request(_ language: Language, open: Bool, replied: Bool = false, errors: [FieldError] = []) -> AccountRequestPage {
        let events = events() + (replied ? [CaseEvent(kind: "information_supplied", detail: #"{"answer":"Saturdays"}"#, at: AccountMocks.latestAt),
                                            CaseEvent(kind: "status_changed", detail: #"{"status":"in-review","from":"awaiting-information"}"#,
                                                      at: AccountMocks.latestAt)] : [])
        let status = replied ? "in-review" : "awaiting-information"
        return AccountRequestPage(
            layout: AccountMocks.signedIn(language, title: AccountRequestPage.title(serviceTitle: "Sign up to volunteer", reference: "HRD-2B4C-6D8F"),
                                          path: "/account/requests/HRD-2B4C-6D8F", back: "/account", errors: !errors.isEmpty),
            serviceTitle: "Sign up to volunteer", reference: "HRD-2B4C-6D8F", sentAt: AccountMocks.sentAt,
            status: CaseStatusText.name(status, workflow: .standard, language),
            progress: events.reversed().compactMap { event in
                CaseStatusText.event(event, workflow: .standard, language).map { .init(at: event.at, text: $0) }
            },
            replyReceived: replied,
            openQuestion: open ? .init(question: "Which weekends suit you?", csrfToken: "csrf-token") : nil,
            replyErrors: errors,
            answers: [AnswerSection(title: "About you", rows: [
                .init(key: "Full name", lines: ["Alex Morgan"]), .init(key: "Address", lines: ["12 High Street", "IV1 1AA"]),
            ])]
        )
    }

    @Test func requestWaitingForAnAnswer() {
        assertPageSnapshots({ Self.request($0, open: true) }, named: "open-question")
    }

    @Test func requestReplyWithErrors() {
        assertPageSnapshots({ language in
            Self.request(language, open: true, errors: [FieldError(questionID: "answer", message: Phrase.accountEnterAnswer(language), code: "required")])
        }, named: "errors")
    }

    @Test func requestAnswered() {
        assertPageSnapshots({ Self.request($0, open: false, replied: true) }, named: "replied")
    }

    @Test func progressLeavesOutWhatOnlyStaffSee() {
        let lines = Self.events().compactMap { CaseStatusText.event($0, workflow: .standard, .en) }
        #expect(lines == ["We received your request", "We need more information from you.", "We asked: Which weekends suit you?"])
    }

    @Test func claimARequest() {
        assertPageSnapshots({ language in
            ClaimRequestPage(layout: AccountMocks.signedIn(language, title: .accountClaimTitle, path: "/account/requests/add", back: "/account"),
                             csrfToken: "csrf-token")
        }, named: "empty")
        assertPageSnapshots({ language in
            ClaimRequestPage(
                layout: AccountMocks.signedIn(language, title: .accountClaimTitle, path: "/account/requests/add", back: "/account", errors: true),
                csrfToken: "csrf-token", reference: "HRD-0000-0000", email: "morag@example.com",
                errors: [FieldError(questionID: "reference", message: Phrase.accountClaimNotFound(language))]
            )
        }, named: "errors")
    }
}
