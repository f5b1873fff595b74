import Domain

/// Demo mode's sign-in help: each demo account with its roles, the shared password, and the security code an
/// authenticator app would show now. Routed only when the server runs with `--demo`.
public struct DemoSignInPage: PageModel {
    public struct Account: Sendable, Equatable {
        public var email: String
        public var grants: [RoleGrant]

        public init(email: String, grants: [RoleGrant]) {
            self.email = email
            self.grants = grants
        }
    }

    public var layout: LayoutModel
    public var accounts: [Account]
    public var password: String
    /// The code every demo account's authenticator shows now (they share one secret), and for how many more seconds.
    public var currentCode: String
    public var secondsLeft: Int
    /// The shared secret as typed into an authenticator app, in groups of four.
    public var typedSecret: String

    public init(layout: LayoutModel, accounts: [Account], password: String, currentCode: String, secondsLeft: Int, typedSecret: String) {
        self.layout = layout
        self.accounts = accounts
        self.password = password
        self.currentCode = currentCode
        self.secondsLeft = secondsLeft
        self.typedSecret = typedSecret
    }
}
