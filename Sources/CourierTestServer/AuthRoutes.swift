import Foundation

/// postman-echo's auth routes: `/basic-auth` and `/digest-auth`, both for postman:password.
enum AuthRoutes {
    static let username = "postman"
    static let password = "password"
    static let realm = "Users"

    static let routes: [Route] = [
        Route([], "/basic-auth", basic),
        Route([], "/digest-auth", digest),
    ]

    private static var authenticated: ServerResponse { .json(.object([("authenticated", .bool(true))])) }

    /// `/basic-auth`: 200 only for `Basic cG9zdG1hbjpwYXNzd29yZA==`, else 401.
    static func basic(_ context: RouteContext) -> ServerResponse {
        let expected = "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
        if let header = context.request.header("Authorization"), header.trimmedOWS == expected {
            return authenticated
        }
        return .text("Unauthorized", status: 401)
    }

    /// `/digest-auth`: verifies an MD5 digest (RFC 2069 or qop=auth) against the realm, nonce and uri
    /// the client sent; otherwise 401 with a fresh challenge.
    static func digest(_ context: RouteContext) -> ServerResponse {
        if let header = context.request.header("Authorization"),
            isValidDigest(header, method: context.request.method)
        {
            return authenticated
        }
        var response = ServerResponse.text("Unauthorized", status: 401)
        let nonce = (0..<2).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
        response.headers.append(
            ("WWW-Authenticate", "Digest realm=\"\(realm)\", nonce=\"\(nonce)\", qop=\"auth\""))
        return response
    }

    /// Checks a `Digest ...` Authorization header for postman:password.
    static func isValidDigest(_ header: String, method: String) -> Bool {
        guard header.lowercased().hasPrefix("digest ") else { return false }
        let fields = parseDigestFields(String(header.dropFirst(7)))
        guard fields["username"] == username, let realmSent = fields["realm"], let nonce = fields["nonce"],
            let uri = fields["uri"], let response = fields["response"]
        else { return false }
        if let algorithm = fields["algorithm"], algorithm.uppercased() != "MD5" { return false }
        let ha1 = VerificationCrypto.md5Hex("\(username):\(realmSent):\(password)")
        let ha2 = VerificationCrypto.md5Hex("\(method):\(uri)")
        let qop = fields["qop"] ?? ""
        let expected: String
        if qop.isEmpty {
            expected = VerificationCrypto.md5Hex("\(ha1):\(nonce):\(ha2)")
        } else if qop == "auth" {
            expected = VerificationCrypto.md5Hex("\(ha1):\(nonce):\(fields["nc"] ?? ""):\(fields["cnonce"] ?? ""):auth:\(ha2)")
        } else {
            return false
        }
        return expected == response.lowercased()
    }

    /// Parses `k="v", k2=v2` into a dictionary with lower-cased keys.
    static func parseDigestFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for (key, value) in parseDigestFields(text, keepCase: true) { fields[key.lowercased()] = value }
        return fields
    }

    /// Parses `k="v", k2=v2` into ordered pairs, keys as written.
    static func parseDigestFields(_ text: String, keepCase: Bool) -> [(String, String)] {
        var fields: [(String, String)] = []
        var rest = Substring(text)
        while true {
            while let c = rest.first, c == " " || c == "," || c == "\t" { rest.removeFirst() }
            guard let eq = rest.firstIndex(of: "=") else { break }
            let key = String(rest[..<eq]).trimmedOWS
            rest = rest[rest.index(after: eq)...]
            while rest.first == " " { rest.removeFirst() }
            var value = ""
            if rest.first == "\"" {
                rest.removeFirst()
                while let c = rest.first, c != "\"" {
                    rest.removeFirst()
                    if c == "\\", let next = rest.first {
                        value.append(next)
                        rest.removeFirst()
                    } else {
                        value.append(c)
                    }
                }
                if !rest.isEmpty { rest.removeFirst() }
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                value = String(rest[..<end]).trimmedOWS
                rest = rest[end...]
            }
            fields.append((key, value))
        }
        return fields
    }
}
