import Domain
import Testing
@testable import Views

@Suite struct StaffSignInSnapshotTests {
    static func signIn(_ language: Language, errors: [FieldError] = [], providers: Bool = false) -> StaffSignInPage {
        StaffSignInPage(
            layout: MockLayout.citizen(language, title: Phrase.staffSignIn(language), path: "/staff/sign-in", errors: !errors.isEmpty),
            csrfToken: "csrf-token", email: errors.isEmpty ? "" : "morag@council.example", returnTo: "/backoffice",
            providers: providers ? [.init(id: "entra", name: "Highland Council account")] : [], errors: errors
        )
    }

    @Test func signInEmpty() {
        assertPageSnapshots({ Self.signIn($0, providers: true) }, named: "empty")
    }

    @Test func signInWrongPassword() {
        assertPageSnapshots({ Self.signIn($0, errors: [FieldError(questionID: "email", message: Phrase.staffSignInWrong($0))]) }, named: "errors")
    }

    @Test func securityCode() {
        assertPageSnapshots({ language in
            StaffSecurityCodePage(layout: MockLayout.citizen(language, title: Phrase.staffCodeTitle(language), path: "/staff/mfa"),
                                  csrfToken: "csrf-token", returnTo: "/staff", errors: [])
        }, named: "empty")
        assertPageSnapshots({ language in
            StaffSecurityCodePage(layout: MockLayout.citizen(language, title: Phrase.staffCodeTitle(language), path: "/staff/mfa", errors: true),
                                  csrfToken: "csrf-token", returnTo: "/staff",
                                  errors: [FieldError(questionID: "code", message: Phrase.staffCodeWrong(language))])
        }, named: "errors")
    }

    @Test func authenticatorSetUp() {
        assertPageSnapshots({ language in
            StaffAuthenticatorSetUpPage(
                layout: MockLayout.citizen(language, title: Phrase.staffSetUpAuthenticator(language), path: "/staff/mfa/set-up", errors: true),
                csrfToken: "csrf-token",
                enrolmentURI: "otpauth://totp/OneCouncil:morag%40council.example?secret=JBSWY3DPEHPK3PXPJBSW&issuer=OneCouncil",
                typedKey: "JBSW Y3DP EHPK 3PXP JBSW", secret: "JBSWY3DPEHPK3PXPJBSW", returnTo: "/staff",
                errors: [FieldError(questionID: "code", message: Phrase.staffEnrolCodeWrong(language))]
            )
        }, named: "errors")
    }

    @Test func recoveryCodes() {
        assertPageSnapshots({ language in
            StaffRecoveryCodesPage(layout: MockLayout.citizen(language, title: Phrase.staffRecoveryCodesTitle(language), path: "/staff/mfa/set-up"),
                                   codes: ["abcde-fghij", "klmno-pqrst", "uvwxy-z2345"], continueTo: "/staff")
        }, named: "full")
    }

    @Test func signOut() {
        assertPageSnapshots({ language in
            StaffSignOutPage(layout: MockLayout.citizen(language, title: Phrase.signOut(language), path: "/staff/sign-out"),
                             state: .confirm(csrfToken: "csrf-token"))
        }, named: "confirm")
        assertPageSnapshots({ language in
            StaffSignOutPage(layout: MockLayout.citizen(language, title: Phrase.staffSignedOut(language), path: "/staff/sign-out"), state: .signedOut)
        }, named: "signed-out")
    }

    @Test func choosePassword() {
        assertPageSnapshots({ language in
            StaffChoosePasswordPage(layout: MockLayout.citizen(language, title: Phrase.staffChoosePassword(language), path: "/staff/set-up", errors: true),
                                    state: .choose(csrfToken: "csrf-token", token: "set-up-token"),
                                    errors: [FieldError(questionID: "password", message: "Your password must be at least 10 characters")])
        }, named: "errors")
        assertPageSnapshots({ language in
            StaffChoosePasswordPage(layout: MockLayout.citizen(language, title: Phrase.staffSetUpExpired(language), path: "/staff/set-up"), state: .expired)
        }, named: "expired")
    }
}
