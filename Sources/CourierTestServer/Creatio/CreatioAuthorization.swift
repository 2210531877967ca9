/// Who may call OData, DataService and OAuth health: a valid bearer token, or a cookie session plus `BPMCSRF`.
enum CreatioAuthorization {
    /// nil when `request` is authorised; otherwise the 401 (no, malformed, badly signed or expired token)
    /// or 403 (cookie session without the matching `BPMCSRF` header) to send.
    static func refusal(_ request: ServerRequest, state: CreatioState) -> ServerResponse? {
        if let header = request.header("Authorization") {
            let parts = header.trimmedOWS.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else {
                return unauthorized(state, error: nil)
            }
            switch JWT.verify(String(parts[1]).trimmedOWS, key: state.key) {
            case .success(let claims):
                if case .string(let tokenID)? = claims["jti"], state.isRevoked(tokenID: tokenID) {
                    return unauthorized(state, error: "The token was revoked")
                }
                return nil
            case .failure(.expired): return unauthorized(state, error: "The token expired")
            case .failure(.badSignature): return unauthorized(state, error: "The signature is invalid")
            case .failure: return unauthorized(state, error: "The token is malformed")
            }
        }
        let cookies = CookieRoutes.requestCookies(request)
        if let auth = cookies.last(where: { $0.0 == ".ASPXAUTH" })?.1, let csrf = state.csrf(forSession: auth)
        {
            guard request.header("BPMCSRF")?.trimmedOWS == csrf else {
                return ServerResponse(status: 403)
            }
            return nil
        }
        return unauthorized(state, error: nil)
    }

    /// 401 with an empty body and a `WWW-Authenticate: Bearer` challenge, counted as a rejected token.
    private static func unauthorized(_ state: CreatioState, error: String?) -> ServerResponse {
        state.count { $0.rejectedTokens += 1 }
        var challenge = "Bearer"
        if let error { challenge += " error=\"invalid_token\", error_description=\"\(error)\"" }
        return ServerResponse(status: 401, headers: [("WWW-Authenticate", challenge)])
    }
}
