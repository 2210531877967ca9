import Foundation

/// Routes that verify signed auth types independently of the runner: `/auth/aws/...`, `/auth/edgegrid/...`,
/// `/auth/jwt`, `/auth/asap`, `/auth/ntlm`. Each answers 200 `{"authenticated": true}` or 401 with a `reason`.
enum AuthVerificationRoutes {
    /// How many path segments below `/auth/aws` and `/auth/edgegrid` are routed (any method).
    private static let maxDepth = 8

    static let routes: [Route] =
        prefixRoutes("/auth/aws") { AWSSigV4Verifier.verify($0.request) }
        + prefixRoutes("/auth/edgegrid") { EdgeGridVerifier.verify($0.request) }
        + [
            Route([], "/auth/jwt", { verdict(JWTVerifier.verifyJWT($0.request)) }),
            Route([], "/auth/asap", { verdict(JWTVerifier.verifyASAP($0.request)) }),
            Route([], "/auth/ntlm", { NTLMVerifier.respond($0.request) }),
        ]

    /// Routes for `prefix` and every path up to `maxDepth` segments under it.
    private static func prefixRoutes(_ prefix: String, _ check: @escaping @Sendable (RouteContext) -> Verdict)
        -> [Route]
    {
        var pattern = prefix
        var routes = [Route([], prefix, { verdict(check($0)) })]
        for depth in 0..<maxDepth {
            pattern += "/{p\(depth)}"
            routes.append(Route([], pattern, { verdict(check($0)) }))
        }
        return routes
    }

    /// The outcome of a verification: why it failed (nil when it passed), and what to echo on success.
    struct Verdict: Sendable {
        var reason: String?
        var details: [(String, JSONValue)] = []

        /// A failed verification.
        static func fail(_ reason: String) -> Verdict { Verdict(reason: reason) }
    }

    /// 200 `{"authenticated": true, ...details}` or 401 `{"authenticated": false, "reason": ...}`.
    static func verdict(_ verdict: Verdict) -> ServerResponse {
        if let reason = verdict.reason {
            return .json(
                .object([("authenticated", .bool(false)), ("reason", .string(reason))]), status: 401)
        }
        return .json(.object([("authenticated", .bool(true))] + verdict.details))
    }
}
