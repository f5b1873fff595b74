import Domain
import Testing
@testable import Views

/// Answering the council's question through the emailed link, and failed sign-ins through an identity provider.
@Suite struct AccountReplySnapshotTests {
    @Test func replyWithLink() {
        assertPageSnapshots({ language in
            InformationReplyPage(layout: AccountMocks.signedOut(language, title: .replyTitle, path: "/reply"), csrfToken: "csrf-token",
                                 token: "reply-token", reference: "HRD-2B4C-6D8F", question: "Which weekends suit you?")
        }, named: "empty")
        assertPageSnapshots({ language in
            InformationReplyPage(layout: AccountMocks.signedOut(language, title: .replyTitle, path: "/reply", errors: true), csrfToken: "csrf-token",
                                 token: "reply-token", reference: "HRD-2B4C-6D8F", question: "Which weekends suit you?",
                                 errors: [FieldError(questionID: "answer", message: Phrase.accountEnterAnswer(language), code: "required")])
        }, named: "errors")
        assertPageSnapshots({ language in
            InformationReplySentPage(layout: AccountMocks.signedOut(language, title: .replySentTitle, path: "/reply"), reference: "HRD-2B4C-6D8F")
        }, named: "sent")
    }

    @Test func providerSignInFailed() {
        let reasons: [(ProviderSignInFailedPage.Reason, String)] = [
            (.cancelled, "cancelled"), (.providerUnavailable, "unavailable"), (.notMatched, "not-matched"), (.misconfigured, "misconfigured"),
            (.notConfirmed, "not-confirmed"), (.noVerifiedEmail, "no-email"),
        ]
        for (reason, name) in reasons {
            assertPageSnapshots({ language in
                ProviderSignInFailedPage(layout: AccountMocks.signedOut(language, title: .providerNotSignedIn, path: "/account/sign-in"),
                                         reason: reason, provider: "ScotAccount")
            }, named: name)
        }
        assertPageSnapshots({ language in
            ProviderSignInFailedPage(layout: AccountMocks.signedOut(language, title: .providerNotSignedIn, path: "/staff/sign-in"),
                                     reason: .staffAccountNotLinked, provider: "Highland Council account", signInPath: "/staff/sign-in")
        }, named: "staff-not-linked")
    }
}
