/// Every Creatio route of one server instance, and `GET /_testserver/stats`.
///
/// Identity Service: `/connect/token`, `/.well-known/openid-configuration` and its `/jwks` (also under `/0`).
/// OData 4 under `/0/odata` and `/odata`. Cookie login `/ServiceModel/AuthService.svc/Login`, logout
/// `/0/rest/MainMenuService/Logout`. Health: `/0/api/HealthCheck/Ping`, `/0/api/OAuthHealthCheck` (and without
/// `/0`). DataService: `/0/DataService/json/SyncReply/SelectQuery` (and without `/0`).
enum CreatioRoutes {
    /// The routes, all sharing `state`.
    static func routes(_ state: CreatioState) -> [Route] {
        IdentityService.routes(state) + ODataRoutes.routes(state) + CookieLogin.routes(state)
            + HealthRoutes.routes(state) + DataServiceRoutes.routes(state)
            + [
                Route(["GET"], "/_testserver/stats", { _ in .json(state.statistics.json) }),
                Route(["POST"], "/_testserver/revoke-tokens") { _ in
                    state.revokeIssuedTokens()
                    return ServerResponse(status: 204)
                },
            ]
    }
}
