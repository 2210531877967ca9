import Foundation

/// Verifies Akamai EdgeGrid `EG1-HMAC-SHA256` signatures for fixed client credentials, recomputed from the request received.
enum EdgeGridVerifier {
    static let clientToken = "akab-client-token-courier-test"
    static let accessToken = "akab-access-token-courier-test"
    static let clientSecret = "C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN="
    /// Headers this "API" requires to be signed when present, in order.
    static let headersToSign = ["X-Edge-Test"]
    /// Body bytes covered by the content hash.
    static let maxBodySize = 131_072
    /// How far the timestamp may be from the server's clock.
    static let allowedSkew: TimeInterval = 15 * 60

    /// Client credentials as Akamai issues them.
    struct Credentials: Sendable {
        var clientToken: String
        var accessToken: String
        var clientSecret: String

        /// The credentials `/auth/edgegrid` accepts.
        static let test = Credentials(
            clientToken: EdgeGridVerifier.clientToken, accessToken: EdgeGridVerifier.accessToken,
            clientSecret: EdgeGridVerifier.clientSecret)
    }

    /// The verdict for `request` at time `now`.
    static func verify(_ request: ServerRequest, credentials: Credentials = .test, now: Date = Date())
        -> AuthVerificationRoutes.Verdict
    {
        guard let header = request.header("Authorization"), header.hasPrefix("EG1-HMAC-SHA256 "),
            let signatureRange = header.range(of: "signature=")
        else { return .fail("no EG1-HMAC-SHA256 Authorization header with a signature") }
        let prefix = String(header[..<signatureRange.lowerBound])
        let signature = String(header[signatureRange.upperBound...])
        var fields: [String: String] = [:]
        for part in header.dropFirst(16).split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2 {
                fields[String(pair[0]).trimmingCharacters(in: .whitespaces)] = String(pair[1])
            }
        }
        guard fields["client_token"] == credentials.clientToken else { return .fail("unknown client_token") }
        guard fields["access_token"] == credentials.accessToken else { return .fail("unknown access_token") }
        guard let timestamp = fields["timestamp"], let signedAt = parseTimestamp(timestamp) else {
            return .fail("timestamp is not yyyyMMddTHH:mm:ss+0000")
        }
        guard abs(signedAt.timeIntervalSince(now)) <= allowedSkew else {
            return .fail("timestamp too skewed")
        }
        guard let nonce = fields["nonce"], !nonce.isEmpty else { return .fail("no nonce") }
        let canonicalHeaders = headersToSign.compactMap { name -> String? in
            guard let value = request.header(name) else { return nil }
            let collapsed = value.trimmingCharacters(in: .whitespaces).split(whereSeparator: {
                $0 == " " || $0 == "\t"
            })
            .joined(separator: " ")
            return name.lowercased() + ":" + collapsed
        }.joined(separator: "\t")
        var contentHash = ""
        if request.method.uppercased() == "POST", !request.body.isEmpty {
            contentHash = Data(VerificationCrypto.sha256(Array(request.body.prefix(maxBodySize))))
                .base64EncodedString()
        }
        let host = (request.header("Host") ?? request.fallbackHost).lowercased()
        let data = [
            request.method.uppercased(), request.scheme, host, request.target, canonicalHeaders, contentHash,
            prefix,
        ].joined(separator: "\t")
        let signingKey = Data(
            VerificationCrypto.hmac(.sha256, key: Array(credentials.clientSecret.utf8), Array(timestamp.utf8))
        ).base64EncodedString()
        let expected = Data(VerificationCrypto.hmac(.sha256, key: Array(signingKey.utf8), Array(data.utf8)))
            .base64EncodedString()
        guard VerificationCrypto.equal(Array(expected.utf8), Array(signature.utf8)) else {
            return .fail(
                "signature mismatch; data to sign was: \(data.replacingOccurrences(of: "\t", with: "\\t"))")
        }
        return AuthVerificationRoutes.Verdict(reason: nil, details: [("nonce", .string(nonce))])
    }

    private static func parseTimestamp(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HH:mm:ssZ"
        return formatter.date(from: text)
    }
}
