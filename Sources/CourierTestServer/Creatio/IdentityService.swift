import Foundation

/// Creatio's Identity Service token endpoint, `POST /connect/token` (client credentials; creatio.md 3.2-3.4).
///
/// Checks in IdentityServer4's order: method and form body (`invalid_request`), client authentication by
/// form fields or HTTP Basic (`invalid_client`, always 400), grant type (`unsupported_grant_type`, or
/// `unauthorized_client` for grants this client may not use), then `scope` (`invalid_scope`).
/// `POST /connect/revocation` answers 200 for any token, as Creatio documents.
enum IdentityService {
    /// The token and discovery routes, at the root and under `/0`.
    static func routes(_ state: CreatioState) -> [Route] {
        ["", "/0"].flatMap { prefix in
            [
                Route([], prefix + "/connect/token", { token($0.request, state: state) }),
                Route(
                    ["POST"], prefix + "/connect/revocation",
                    { _ in
                        ServerResponse(
                            status: 200, headers: [("Cache-Control", "no-store, no-cache, max-age=0")])
                    }),
                Route(
                    ["GET"], prefix + "/.well-known/openid-configuration",
                    { Discovery.document($0.request, prefix) }),
                Route(
                    ["GET"], prefix + "/.well-known/openid-configuration/jwks",
                    { _ in Discovery.keys(state.key) }),
            ]
        }
    }

    /// IdentityServer's JSON response headers: UTF-8 JSON that must not be cached.
    static func noCache(_ body: JSONValue, status: Int) -> ServerResponse {
        ServerResponse(
            status: status,
            headers: [
                ("Content-Type", "application/json; charset=UTF-8"),
                ("Cache-Control", "no-store, no-cache, max-age=0"),
                ("Pragma", "no-cache"),
            ],
            body: body.serializedBytes())
    }

    private static let otherGrants: Set<String> = [
        "authorization_code", "password", "refresh_token", "implicit",
        "urn:ietf:params:oauth:grant-type:device_code",
    ]

    /// Answers one token request.
    static func token(_ request: ServerRequest, state: CreatioState) -> ServerResponse {
        state.count { $0.tokenRequests += 1 }
        let result = check(request, options: state.options)
        switch result {
        case .failure(let error):
            state.count { $0.tokenErrors += 1 }
            return noCache(.object([("error", .string(error.code))]), status: 400)
        case .success:
            let options = state.options
            let token = JWT.issue(options: options, key: state.key)
            state.count { $0.tokensIssued += 1 }
            if let tokenID = JWT.tokenID(of: token) { state.recordIssued(tokenID: tokenID) }
            return noCache(
                .object([
                    ("access_token", .string(token)), ("expires_in", .int(options.tokenLifetime)),
                    ("token_type", .string("Bearer")), ("scope", .string(options.scope)),
                ]), status: 200)
        }
    }

    /// An OAuth error code.
    struct TokenError: Error {
        var code: String
    }

    private static func check(_ request: ServerRequest, options: CreatioOptions) -> Result<Void, TokenError> {
        guard request.method == "POST", request.mediaType == "application/x-www-form-urlencoded" else {
            return .failure(TokenError(code: "invalid_request"))
        }
        let form = FormEncoding.decodePairs(request.bodyText)
        func field(_ name: String) -> String? { form.first { $0.0 == name }?.1 }
        var clientID = field("client_id")
        var secret = field("client_secret")
        if let header = request.header("Authorization"), header.lowercased().hasPrefix("basic ") {
            guard let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmedOWS),
                let text = String(data: decoded, encoding: .utf8), let colon = text.firstIndex(of: ":")
            else { return .failure(TokenError(code: "invalid_client")) }
            clientID = FormEncoding.decode(text[..<colon])
            secret = FormEncoding.decode(text[text.index(after: colon)...])
        }
        guard clientID == options.clientID, secret == options.clientSecret else {
            return .failure(TokenError(code: "invalid_client"))
        }
        guard let grant = field("grant_type"), !grant.isEmpty else {
            return .failure(TokenError(code: "unsupported_grant_type"))
        }
        guard grant == "client_credentials" else {
            return .failure(
                TokenError(
                    code: otherGrants.contains(grant) ? "unauthorized_client" : "unsupported_grant_type"))
        }
        if let scope = field("scope") {
            let scopes = scope.split(separator: " ").map(String.init)
            guard scopes.allSatisfy({ $0 == options.scope }) else {
                return .failure(TokenError(code: "invalid_scope"))
            }
        }
        return .success(())
    }
}
