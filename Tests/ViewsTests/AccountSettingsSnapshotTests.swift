import Domain
import Testing
@testable import Views

/// Changing the email address and password, and deleting the account.
@Suite struct AccountSettingsSnapshotTests {
    @Test func changeEmail() {
        assertPageSnapshots({ language in
            ChangeEmailPage(layout: AccountMocks.signedIn(language, title: .accountChangeEmailLink, path: "/account/change-email", back: "/account"),
                            csrfToken: "csrf-token", currentEmail: "morag@example.com", asksCurrentPassword: true)
        }, named: "empty")
        assertPageSnapshots({ language in
            ChangeEmailPage(
                layout: AccountMocks.signedIn(language, title: .accountChangeEmailLink, path: "/account/change-email", back: "/account", errors: true),
                csrfToken: "csrf-token", currentEmail: "morag@example.com", email: "morag@example.com", asksCurrentPassword: true,
                errors: [FieldError(questionID: "email", message: Phrase.accountSameEmail(language)),
                         FieldError(questionID: "current-password", message: Phrase.accountCurrentPasswordWrong(language))]
            )
        }, named: "errors")
        assertPageSnapshots({ language in
            ChangeEmailPage(layout: AccountMocks.signedIn(language, title: .accountChangeEmailLink, path: "/account/change-email", back: "/account"),
                            csrfToken: "csrf-token", currentEmail: "pat@example.org", asksCurrentPassword: false)
        }, named: "no-password")
    }

    @Test func emailChanged() {
        for changed in [true, false] {
            assertPageSnapshots({ language in
                EmailChangedPage(layout: AccountMocks.signedOut(language, title: EmailChangedPage.title(changed: changed), path: "/account/change-email"),
                                 changed: changed)
            }, named: changed ? "changed" : "taken")
        }
    }

    @Test func changePassword() {
        assertPageSnapshots({ language in
            ChangePasswordPage(layout: AccountMocks.signedIn(language, title: .accountChangePasswordLink, path: "/account/change-password",
                                                             back: "/account"),
                               csrfToken: "csrf-token", hasPassword: true)
        }, named: "empty")
        assertPageSnapshots({ language in
            ChangePasswordPage(
                layout: AccountMocks.signedIn(language, title: .accountChangePasswordLink, path: "/account/change-password", back: "/account",
                                              errors: true),
                csrfToken: "csrf-token", hasPassword: true,
                errors: [FieldError(questionID: "current-password", message: Phrase.accountEnterCurrentPassword(language), code: "required"),
                         FieldError(questionID: "password", message: Phrase.accountPasswordIsEmail(language))]
            )
        }, named: "errors")
        assertPageSnapshots({ language in
            ChangePasswordPage(layout: AccountMocks.signedIn(language, title: .accountSetPassword, path: "/account/change-password", back: "/account"),
                               csrfToken: "csrf-token", hasPassword: false)
        }, named: "set-a-password")
        assertPageSnapshots({ language in
            PasswordChangedPage(layout: AccountMocks.signedIn(language, title: .accountPasswordChanged, path: "/account/change-password"))
        }, named: "changed")
    }

    @Test func deleteAccount() {
        assertPageSnapshots({ language in
            DeleteAccountPage(layout: AccountMocks.signedIn(language, title: .accountDeleteLink, path: "/account/delete", back: "/account"),
                              csrfToken: "csrf-token", asksCurrentPassword: true)
        }, named: "empty")
        assertPageSnapshots({ language in
            DeleteAccountPage(
                layout: AccountMocks.signedIn(language, title: .accountDeleteLink, path: "/account/delete", back: "/account", errors: true),
                csrfToken: "csrf-token", asksCurrentPassword: true,
                errors: [FieldError(questionID: "current-password", message: Phrase.accountEnterCurrentPassword(language), code: "required")]
            )
        }, named: "errors")
        assertPageSnapshots({ language in
            AccountDeletedPage(layout: AccountMocks.signedOut(language, title: .accountDeleted, path: "/account/delete"))
        }, named: "deleted")
    }
}
