import Foundation

/// postman-echo's signed and token auth routes: `/oauth1`, `/auth/hawk`, `/oauth2/token`, `/oauth2/user/info`.
enum SignatureAuthRoutes {
    static let oauth1ConsumerKey = "RKCGzna7bv9YD57c"
    static let oauth1ConsumerSecret = "D+EdQ-gs$-%@2Nu7"
    static let hawkID = "dh37fgj492je"
    static let hawkKey = "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"
    static let oauth2Token =
        "vp7jxTwqgczoFHs0uIdOvv4VdBWmvCkbVbNBCuaTQ3JZplPS40BaNV47HD1zt7MztQPILJvqYsOs6PfJpFYBgwbaE3CVEKOj"

    static let routes: [Route] = [
        Route([], "/oauth1", oauth1),
        Route([], "/auth/hawk", hawk),
        Route(["POST"], "/oauth2/token", oauth2Token),
        Route(["GET"], "/oauth2/user/info", oauth2UserInfo),
    ]

    /// Host name and port from the Host header; the port is nil when the header has none.
    private static func hostAndPort(_ request: ServerRequest) -> (String, Int?) {
        let host = (request.header("Host") ?? request.fallbackHost).lowercased()
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            let name = String(host[...close])
            let rest = host[host.index(after: close)...]
            return (name, rest.hasPrefix(":") ? Int(rest.dropFirst()) : nil)
        }
        if let colon = host.lastIndex(of: ":") {
            return (String(host[..<colon]), Int(host[host.index(after: colon)...]))
        }
        return (host, nil)
    }

    /// The schemes a client may have signed for: ours, and https when it reached us through a mapping.
    private static func candidateSchemes(_ request: ServerRequest) -> [String] {
        request.scheme == "https" ? ["https"] : ["http", "https"]
    }

    // MARK: OAuth 1.0a

    /// `/oauth1`: verifies an HMAC-SHA1 (or HMAC-SHA256, PLAINTEXT) OAuth 1.0a signature.
    static func oauth1(_ context: RouteContext) -> ServerResponse {
        if isValidOAuth1(context.request) {
            return .json(
                .object([
                    ("status", .string("pass")),
                    ("message", .string("OAuth-1.0a signature verification was successful")),
                ]))
        }
        return .json(
            .object([
                ("status", .string("fail")),
                ("message", .string("HMAC-SHA1 verification failed")),
            ]), status: 401)
    }

    static func isValidOAuth1(_ request: ServerRequest) -> Bool {
        var oauthParams: [(String, String)] = []
        if let header = request.header("Authorization"), header.lowercased().hasPrefix("oauth ") {
            let fields = AuthRoutes.parseDigestFields(String(header.dropFirst(6)), keepCase: true)
            oauthParams = fields.map { (FormEncoding.percentDecode($0.0), FormEncoding.percentDecode($0.1)) }
        }
        var params = request.queryPairs
        if request.mediaType == "application/x-www-form-urlencoded" {
            params += FormEncoding.decodePairs(request.bodyText)
        }
        params += oauthParams.filter { $0.0.hasPrefix("oauth_") }
        guard let signature = params.first(where: { $0.0 == "oauth_signature" })?.1,
            params.first(where: { $0.0 == "oauth_consumer_key" })?.1 == oauth1ConsumerKey
        else { return false }
        let method = params.first(where: { $0.0 == "oauth_signature_method" })?.1 ?? "HMAC-SHA1"
        let signingKey = FormEncoding.rfc3986Encode(oauth1ConsumerSecret) + "&"
        if method == "PLAINTEXT" { return signature == signingKey }
        let encoded: [(String, String)] = params.filter { $0.0 != "oauth_signature" && $0.0 != "realm" }
            .map { (FormEncoding.rfc3986Encode($0.0), FormEncoding.rfc3986Encode($0.1)) }
        let sorted = encoded.sorted { (a: (String, String), b: (String, String)) -> Bool in
            a.0 == b.0 ? a.1 < b.1 : a.0 < b.0
        }
        let normalized = sorted.map { (pair: (String, String)) -> String in pair.0 + "=" + pair.1 }
            .joined(separator: "&")
        let useSHA256 = method == "HMAC-SHA256"
        let (host, port) = hostAndPort(request)
        for scheme in candidateSchemes(request) {
            let defaultPort = scheme == "https" ? 443 : 80
            let authority = port.map { $0 == defaultPort ? host : "\(host):\($0)" } ?? host
            let baseURL = "\(scheme)://\(authority)\(request.path)"
            let base = [request.method.uppercased(), baseURL, normalized].map(FormEncoding.rfc3986Encode)
                .joined(separator: "&")
            let key = Array(signingKey.utf8)
            let message = Array(base.utf8)
            let mac =
                useSHA256
                ? VerificationCrypto.hmac(.sha256, key: key, message)
                : VerificationCrypto.hmac(.sha1, key: key, message)
            if Data(mac).base64EncodedString() == signature { return true }
        }
        return false
    }

    // MARK: Hawk

    /// `/auth/hawk`: verifies a Hawk header MAC (sha256) for the fixed id and key.
    static func hawk(_ context: RouteContext) -> ServerResponse {
        if isValidHawk(context.request) {
            return .json(.object([("message", .string("Hawk Authentication Successful"))]))
        }
        return .json(
            .object([
                ("statusCode", .int(401)), ("error", .string("Unauthorized")),
                ("message", .string("Bad mac")),
            ]), status: 401)
    }

    static func isValidHawk(_ request: ServerRequest) -> Bool {
        guard let header = request.header("Authorization"), header.lowercased().hasPrefix("hawk ") else {
            return false
        }
        let fields = AuthRoutes.parseDigestFields(String(header.dropFirst(5)))
        guard fields["id"] == hawkID, let ts = fields["ts"], let nonce = fields["nonce"],
            let mac = fields["mac"]
        else { return false }
        let (host, port) = hostAndPort(request)
        let ext = (fields["ext"] ?? "").replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\n", with: "\\n")
        for scheme in candidateSchemes(request) {
            let effectivePort = port ?? (scheme == "https" ? 443 : 80)
            var normalized =
                "hawk.1.header\n\(ts)\n\(nonce)\n\(request.method.uppercased())\n\(request.target)\n"
                + "\(host)\n\(effectivePort)\n\(fields["hash"] ?? "")\n\(ext)\n"
            if let app = fields["app"] { normalized += "\(app)\n\(fields["dlg"] ?? "")\n" }
            let expected = VerificationCrypto.hmac(.sha256, key: Array(hawkKey.utf8), Array(normalized.utf8))
            if Data(expected).base64EncodedString() == mac { return true }
        }
        return false
    }

    // MARK: OAuth 2.0

    /// `POST /oauth2/token`: a bearer token for postman-echo's fixed authorization-code grant.
    static func oauth2Token(_ context: RouteContext) -> ServerResponse {
        let form = EchoFields.body(context.request).form
        func field(_ name: String) -> String? {
            if case .string(let value)? = form[name] { return value }
            return nil
        }
        guard field("code") == "xWnkliVQJURqB2x1", field("client_id") == "abc123",
            field("client_secret") == "ssh-secret"
        else {
            return .json(.object([("error", .string("invalid_client"))]), status: 401)
        }
        return .json(.object([("access_token", .string(oauth2Token)), ("token_type", .string("Bearer"))]))
    }

    /// `GET /oauth2/user/info`: the user for the fixed bearer token, else 401.
    static func oauth2UserInfo(_ context: RouteContext) -> ServerResponse {
        guard context.request.header("Authorization")?.trimmedOWS == "Bearer \(oauth2Token)" else {
            return .text("Unauthorized", status: 401)
        }
        return .json(.object([("user_id", .int(1)), ("name", .string("postman"))]))
    }
}
