/// Credentials and token settings of the Creatio routes (Identity Service, cookie login, OData).
public struct CreatioOptions: Sendable, Equatable {
    /// The OAuth client id accepted by `POST /connect/token`.
    public var clientID: String
    /// The OAuth client secret accepted by `POST /connect/token`.
    public var clientSecret: String
    /// Access-token lifetime in seconds (`expires_in`, and `exp - nbf` in the token).
    public var tokenLifetime: Int
    /// The user name accepted by `AuthService.svc/Login`.
    public var user: String
    /// The password accepted by `AuthService.svc/Login`.
    public var password: String
    /// The client's single allowed scope, also the token's `aud`: `ApplicationAccess_` + 32 lower-case hex.
    public var scope: String

    /// Defaults: client `courier-client` / `courier-secret`, 3600 s tokens, user `Supervisor` / `Supervisor`.
    public init(
        clientID: String = "courier-client", clientSecret: String = "courier-secret",
        tokenLifetime: Int = 3600,
        user: String = "Supervisor", password: String = "Supervisor",
        scope: String = "ApplicationAccess_5e3c2a1f9b8d4c7e8a6f0b1d2c3e4f5a"
    ) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.tokenLifetime = tokenLifetime
        self.user = user
        self.password = password
        self.scope = scope
    }
}
