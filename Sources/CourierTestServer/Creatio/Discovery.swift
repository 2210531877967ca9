/// The Identity Service's OpenID discovery document and its JWKS (creatio.md 3.6).
enum Discovery {
    /// `GET /.well-known/openid-configuration`: endpoints under the request's host and `prefix`.
    static func document(_ request: ServerRequest, _ prefix: String) -> ServerResponse {
        let base = request.scheme + "://" + (request.header("Host") ?? request.fallbackHost) + prefix
        func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }
        return .json(
            .object([
                ("issuer", .string("creatio.com")),
                ("jwks_uri", .string(base + "/.well-known/openid-configuration/jwks")),
                ("authorization_endpoint", .string(base + "/connect/authorize")),
                ("token_endpoint", .string(base + "/connect/token")),
                ("userinfo_endpoint", .string(base + "/connect/userinfo")),
                ("end_session_endpoint", .string(base + "/connect/endsession")),
                ("check_session_iframe", .string(base + "/connect/checksession")),
                ("revocation_endpoint", .string(base + "/connect/revocation")),
                ("introspection_endpoint", .string(base + "/connect/introspect")),
                ("device_authorization_endpoint", .string(base + "/connect/deviceauthorization")),
                ("frontchannel_logout_supported", .bool(true)),
                ("frontchannel_logout_session_supported", .bool(true)),
                ("backchannel_logout_supported", .bool(true)),
                ("backchannel_logout_session_supported", .bool(true)),
                ("scopes_supported", strings(["openid", "profile", "email", "phone"])),
                (
                    "claims_supported",
                    strings([
                        "sub", "name", "family_name", "given_name", "middle_name", "nickname",
                        "preferred_username",
                        "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale",
                        "updated_at",
                        "email", "email_verified", "phone_number", "phone_number_verified",
                    ])
                ),
                (
                    "grant_types_supported",
                    strings([
                        "authorization_code", "client_credentials", "refresh_token", "implicit",
                        "urn:ietf:params:oauth:grant-type:device_code",
                    ])
                ),
                (
                    "response_types_supported",
                    strings([
                        "code", "token", "id_token", "id_token token", "code id_token", "code token",
                        "code id_token token",
                    ])
                ),
                ("response_modes_supported", strings(["form_post", "query", "fragment"])),
                (
                    "token_endpoint_auth_methods_supported",
                    strings(["client_secret_basic", "client_secret_post"])
                ),
                ("id_token_signing_alg_values_supported", strings(["RS256"])),
                ("subject_types_supported", strings(["public"])),
                ("code_challenge_methods_supported", strings(["plain", "S256"])),
                ("request_parameter_supported", .bool(true)),
            ]))
    }

    /// `GET /.well-known/openid-configuration/jwks`: the signing key's public half (no `x5c`: there is no
    /// certificate).
    static func keys(_ key: RSAKey) -> ServerResponse {
        .json(
            .object([
                (
                    "keys",
                    .array([
                        .object([
                            ("kty", .string("RSA")), ("use", .string("sig")), ("kid", .string(key.keyID)),
                            ("x5t", .string(key.x5t)), ("e", .string(Base64URL.encode(key.exponent))),
                            ("n", .string(Base64URL.encode(key.modulus))), ("alg", .string("RS256")),
                        ])
                    ])
                )
            ]))
    }
}
