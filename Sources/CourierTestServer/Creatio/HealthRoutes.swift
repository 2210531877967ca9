/// Health endpoints: anonymous `HealthCheck/Ping` and authenticated `OAuthHealthCheck` (creatio.md 6).
enum HealthRoutes {
    /// Both endpoints under `/0/api` and `/api`.
    static func routes(_ state: CreatioState) -> [Route] {
        ["/0/api", "/api"].flatMap { prefix in
            [
                Route(["GET"], prefix + "/HealthCheck/Ping", { _ in .text("OK") }),
                Route(["GET"], prefix + "/OAuthHealthCheck", { oauthHealth($0.request, state: state) }),
            ]
        }
    }

    /// The healthy OAuth report, for a bearer token or cookie session.
    static func oauthHealth(_ request: ServerRequest, state: CreatioState) -> ServerResponse {
        if let refusal = CreatioAuthorization.refusal(request, state: state) { return refusal }
        return .json(
            .object([
                ("HasProblem", .bool(false)), ("IsSystemSettingsFilledIn", .bool(true)),
                ("IsIdentityServiceAvailable", .bool(true)),
                ("IsAccessTokenRetrievableForSystemActions", .bool(true)),
            ]))
    }
}
