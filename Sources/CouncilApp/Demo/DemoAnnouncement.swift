import Domain

extension DemoStaff {
    /// The shared secret as typed into an authenticator app (base32, in groups of four).
    static var typedSecret: String {
        StaffAuthenticator.typedSecret(StaffAuthenticator.enrolmentURI(secret: totpSecret, email: "demo@\(domain)"))
    }

    /// What `onecouncil serve --demo` prints on start: where to sign in, as whom, and how to get past the second factor.
    static func announcement(accounts: [Account], publicURL: String) -> String {
        let width = (accounts.map(\.email.count).max() ?? 0) + 2
        let rows = accounts.map { account in
            let services = account.grants.compactMap(\.serviceSlug)
            let role = account.grants.first?.role.displayName ?? ""
            let roles = services.isEmpty ? role : "\(role) for \(services.joined(separator: ", "))"
            return "    " + account.email.padding(toLength: width, withPad: " ", startingAt: 0) + roles
        }
        return """

            OneCouncil is running in DEMO MODE: demo staff accounts and invented cases. Do not use it for real work.
            (Without --demo, these accounts are switched off and cannot sign in.)

            Citizens' services:  \(publicURL)/
            Staff sign-in:       \(publicURL)/staff/sign-in
              Password (every account): \(password)
              Security code: open \(publicURL)/demo for the code to type now (it changes every 30 seconds),
              or add this secret to any authenticator app: \(typedSecret)

            Accounts (one per role):
            \(rows.joined(separator: "\n"))

            """
    }
}
