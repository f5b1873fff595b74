import Domain
import Foundation
import Testing
@testable import Views

/// Frames and values the account snapshot tests share.
enum AccountMocks {
    /// The citizen frame of someone signed in to MyAccount.
    static func signedIn(_ language: Language, title: Phrase, path: String, back: String? = nil, errors: Bool = false) -> LayoutModel {
        signedIn(language, title: title(language), path: path, back: back, errors: errors)
    }

    static func signedIn(_ language: Language, title: String, path: String, back: String? = nil, errors: Bool = false) -> LayoutModel {
        var layout = MockLayout.citizen(language, title: title, path: path, back: back, errors: errors)
        layout.headerLinks = [HeaderLink(text: Phrase.yourAccount(language), href: "/account"),
                              HeaderLink(text: Phrase.signOut(language), href: "/account/sign-out")]
        return layout
    }

    /// The citizen frame of someone not signed in.
    static func signedOut(_ language: Language, title: Phrase, path: String, back: String? = nil, errors: Bool = false) -> LayoutModel {
        MockLayout.citizen(language, title: title(language), path: path, back: back, errors: errors)
    }

    static let sentAt = Date(timeIntervalSince1970: 1_795_167_000)  // 20 November 2026, 9:30am
    static let laterAt = Date(timeIntervalSince1970: 1_795_615_500)  // 25 November 2026, 2:05pm
    static let latestAt = Date(timeIntervalSince1970: 1_795_797_900)  // 27 November 2026, 4:45pm
}

/// Registering, confirming, signing in and out, and forgotten passwords.
@Suite struct AccountSignInSnapshotTests {
    @Test func registerEmpty() {
        assertPageSnapshots({ language in
            RegisterPage(layout: AccountMocks.signedOut(language, title: .accountCreateTitle, path: "/account/register", back: "/account/sign-in"),
                         csrfToken: "csrf-token")
        }, named: "empty")
    }

    @Test func registerWithErrors() {
        assertPageSnapshots({ language in
            RegisterPage(
                layout: AccountMocks.signedOut(language, title: .accountCreateTitle, path: "/account/register", back: "/account/sign-in", errors: true),
                csrfToken: "csrf-token", email: "morag@example",
                errors: [FieldError(questionID: "email", message: Phrase.accountEmailFormat(language)),
                         FieldError(questionID: "password", message: Phrase.accountPasswordCommon(language))]
            )
        }, named: "errors")
    }

    @Test func checkYourEmail() {
        for purpose in CheckEmailPage.Purpose.allCases {
            assertPageSnapshots({ language in
                CheckEmailPage(layout: AccountMocks.signedOut(language, title: .accountCheckEmailTitle, path: "/account/check-email"), purpose: purpose)
            }, named: purpose.rawValue)
        }
    }

    @Test func expiredLink() {
        let nexts: [(ExpiredLinkPage.Next, String)] = [
            (.signInForNewLink, "sign-in"), (.askForNewResetLink, "reset"), (.yourAccount, "account"), (.councilServices, "services"),
        ]
        for (next, name) in nexts {
            assertPageSnapshots({ language in
                ExpiredLinkPage(layout: AccountMocks.signedOut(language, title: .accountLinkExpiredTitle, path: "/account/confirm"), next: next)
            }, named: name)
        }
    }

    @Test func signInEmpty() {
        assertPageSnapshots({ language in
            AccountSignInPage(layout: AccountMocks.signedOut(language, title: .accountSignInTitle, path: "/account/sign-in"),
                              csrfToken: "csrf-token", returnTo: "/account")
        }, named: "empty")
    }

    @Test func signInAfterResetWithProviders() {
        assertPageSnapshots({ language in
            AccountSignInPage(
                layout: AccountMocks.signedOut(language, title: .accountSignInTitle, path: "/account/sign-in"),
                csrfToken: "csrf-token", returnTo: "/services/report-a-pothole/check", passwordWasReset: true,
                providers: [.init(id: "scotaccount", name: "ScotAccount"), .init(id: "one-login", name: "GOV.UK One Login")]
            )
        }, named: "full")
    }

    @Test func signInWithErrors() {
        assertPageSnapshots({ language in
            AccountSignInPage(
                layout: AccountMocks.signedOut(language, title: .accountSignInTitle, path: "/account/sign-in", errors: true),
                csrfToken: "csrf-token", email: "morag@example.com", returnTo: "/account",
                errors: [FieldError(questionID: "email", message: Phrase.accountTooManySignIns(minutes: 15)(language), code: "throttled")]
            )
        }, named: "errors")
    }

    @Test func signOut() {
        assertPageSnapshots({ language in
            AccountSignOutPage(layout: AccountMocks.signedIn(language, title: .signOut, path: "/account/sign-out", back: "/account"),
                               csrfToken: "csrf-token")
        }, named: "confirm")
        assertPageSnapshots({ language in
            AccountSignedOutPage(layout: AccountMocks.signedOut(language, title: .accountSignedOutTitle, path: "/account/sign-out"))
        }, named: "done")
    }

    @Test func forgotPassword() {
        assertPageSnapshots({ language in
            ForgotPasswordPage(layout: AccountMocks.signedOut(language, title: .accountResetTitle, path: "/account/forgot-password",
                                                              back: "/account/sign-in"),
                               csrfToken: "csrf-token")
        }, named: "empty")
        assertPageSnapshots({ language in
            ForgotPasswordPage(
                layout: AccountMocks.signedOut(language, title: .accountResetTitle, path: "/account/forgot-password", back: "/account/sign-in",
                                               errors: true),
                csrfToken: "csrf-token", email: "",
                errors: [FieldError(questionID: "email", message: Phrase.accountEnterEmail(language), code: "required")]
            )
        }, named: "errors")
    }

    @Test func resetPassword() {
        assertPageSnapshots({ language in
            ResetPasswordPage(layout: AccountMocks.signedOut(language, title: .accountChooseNewPassword, path: "/account/reset-password"),
                              csrfToken: "csrf-token", token: "reset-token")
        }, named: "empty")
        assertPageSnapshots({ language in
            ResetPasswordPage(
                layout: AccountMocks.signedOut(language, title: .accountChooseNewPassword, path: "/account/reset-password", errors: true),
                csrfToken: "csrf-token", token: "reset-token",
                errors: [FieldError(questionID: "password", message: Phrase.accountPasswordTooShort(10)(language))]
            )
        }, named: "errors")
    }

    @Test func gaelicMinutesAgreeWithTheNumber() {
        #expect(Phrase.accountTooManySignIns(minutes: 1).gd.hasSuffix("1 mionaid"))
        #expect(Phrase.accountTooManySignIns(minutes: 5).gd.hasSuffix("5 mionaidean"))
        #expect(Phrase.accountTooManySignIns(minutes: 20).gd.hasSuffix("20 mionaid"))
        #expect(Phrase.accountTooManySignIns(minutes: 1).en.hasSuffix("1 minute"))
        #expect(Phrase.accountTooManySignIns(minutes: 15).en.hasSuffix("15 minutes"))
    }
}
