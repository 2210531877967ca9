import Foundation

/// Verifies AWS Signature Version 4 (header or presigned query) for a fixed access key, recomputing it from the request received.
enum AWSSigV4Verifier {
    static let accessKey = "AKIDEXAMPLE"
    static let secretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    /// The only session token accepted in `X-Amz-Security-Token`.
    static let sessionToken = "COURIER-TEST-SESSION-TOKEN"
    /// How far `X-Amz-Date` may be from the server's clock.
    static let allowedSkew: TimeInterval = 15 * 60

    /// The signature fields, from the Authorization header or the query.
    private struct Fields {
        var credential: String
        var signedHeaders: [String]
        var signature: String
        var date: String
        var presigned: Bool
    }

    /// The verdict for `request` at time `now`; `secrets` maps access keys to secret keys.
    static func verify(
        _ request: ServerRequest, secrets: [String: String] = [accessKey: secretKey], now: Date = Date()
    ) -> AuthVerificationRoutes.Verdict {
        let fields: Fields
        switch parseFields(request) {
        case .success(let parsed): fields = parsed
        case .failure(let failure): return .fail(failure.reason)
        }
        let scope = fields.credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request" else { return .fail("malformed credential scope") }
        guard let secret = secrets[scope[0]] else { return .fail("unknown access key \(scope[0])") }
        guard fields.date.count == 16, fields.date.hasPrefix(scope[1]), let signedAt = parseDate(fields.date)
        else {
            return .fail("X-Amz-Date \(fields.date) does not match the credential date \(scope[1])")
        }
        guard abs(signedAt.timeIntervalSince(now)) <= allowedSkew else {
            return .fail("request time too skewed")
        }
        guard fields.signedHeaders.contains("host") else { return .fail("host is not signed") }
        let token =
            request.header("X-Amz-Security-Token")
            ?? request.queryPairs.first { $0.0 == "X-Amz-Security-Token" }?.1
        if let token {
            guard token == sessionToken else { return .fail("invalid session token") }
            if !fields.presigned && !fields.signedHeaders.contains("x-amz-security-token") {
                return .fail("x-amz-security-token is not signed")
            }
        }
        let service = scope[3]
        let isS3 = service == "s3"
        var headerLines: [String] = []
        for name in fields.signedHeaders {
            let values = request.headers.filter { $0.name.lowercased() == name }.map {
                $0.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            }
            guard !values.isEmpty else { return .fail("signed header \(name) is missing") }
            headerLines.append(name + ":" + values.joined(separator: ","))
        }
        let bodyHash =
            request.header("X-Amz-Content-Sha256")
            ?? (fields.presigned && isS3
                ? "UNSIGNED-PAYLOAD" : VerificationCrypto.hex(VerificationCrypto.sha256(request.body)))
        if bodyHash != "UNSIGNED-PAYLOAD",
            bodyHash != VerificationCrypto.hex(VerificationCrypto.sha256(request.body))
        {
            return .fail("X-Amz-Content-Sha256 does not match the body")
        }
        let canonical = [
            request.method.uppercased(), canonicalPath(request.path, isS3: isS3),
            canonicalQuery(request.rawQuery, isS3: isS3),
            headerLines.map { $0 + "\n" }.joined(), fields.signedHeaders.joined(separator: ";"), bodyHash,
        ].joined(separator: "\n")
        let stringToSign = [
            "AWS4-HMAC-SHA256", fields.date, scope[1...].joined(separator: "/"),
            VerificationCrypto.hex(VerificationCrypto.sha256(Array(canonical.utf8))),
        ].joined(separator: "\n")
        var key = Array(("AWS4" + secret).utf8)
        for part in scope[1...] { key = VerificationCrypto.hmac(.sha256, key: key, Array(part.utf8)) }
        let expected = VerificationCrypto.hex(
            VerificationCrypto.hmac(.sha256, key: key, Array(stringToSign.utf8)))
        guard VerificationCrypto.equal(Array(expected.utf8), Array(fields.signature.lowercased().utf8)) else {
            return .fail("signature mismatch; canonical request was:\n\(canonical)")
        }
        return AuthVerificationRoutes.Verdict(
            reason: nil,
            details: [
                ("accessKey", .string(scope[0])), ("region", .string(scope[2])),
                ("service", .string(service)),
                ("presigned", .bool(fields.presigned)),
            ])
    }

    private struct FieldError: Error {
        var reason: String
    }

    private static func parseFields(_ request: ServerRequest) -> Result<Fields, FieldError> {
        if let header = request.header("Authorization") {
            guard header.hasPrefix("AWS4-HMAC-SHA256 ") else {
                return .failure(FieldError(reason: "not AWS4-HMAC-SHA256"))
            }
            var parts: [String: String] = [:]
            for part in header.dropFirst(17).split(separator: ",") {
                let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if pair.count == 2 { parts[String(pair[0])] = String(pair[1]) }
            }
            guard let credential = parts["Credential"], let signed = parts["SignedHeaders"],
                let signature = parts["Signature"]
            else {
                return .failure(
                    FieldError(reason: "Authorization lacks Credential, SignedHeaders or Signature"))
            }
            guard let date = request.header("X-Amz-Date") else {
                return .failure(FieldError(reason: "no X-Amz-Date"))
            }
            return .success(
                Fields(
                    credential: credential, signedHeaders: signed.split(separator: ";").map(String.init),
                    signature: signature, date: date, presigned: false))
        }
        let query = request.queryPairs
        func value(_ name: String) -> String? { query.first { $0.0 == name }?.1 }
        guard value("X-Amz-Algorithm") == "AWS4-HMAC-SHA256", let credential = value("X-Amz-Credential"),
            let signed = value("X-Amz-SignedHeaders"), let signature = value("X-Amz-Signature"),
            let date = value("X-Amz-Date"), value("X-Amz-Expires") != nil
        else {
            return .failure(FieldError(reason: "no AWS4-HMAC-SHA256 Authorization header or presigned query"))
        }
        return .success(
            Fields(
                credential: credential, signedHeaders: signed.split(separator: ";").map(String.init),
                signature: signature, date: date, presigned: true))
    }

    private static func parseDate(_ stamp: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.date(from: stamp)
    }

    /// Non-S3: the path normalised, each received (still encoded) segment encoded again; S3: each segment decoded then encoded once.
    static func canonicalPath(_ path: String, isS3: Bool) -> String {
        guard path != "/" && !path.isEmpty else { return "/" }
        var segments: [String] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: isS3 ? false : true) {
            if !isS3 && segment == "." { continue }
            if !isS3 && segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            let text = String(segment)
            segments.append(FormEncoding.rfc3986Encode(isS3 ? FormEncoding.percentDecode(text) : text))
        }
        var result = segments.joined(separator: "/")
        if !result.hasPrefix("/") { result = "/" + result }
        if !isS3 && path.hasSuffix("/") && !result.hasSuffix("/") { result += "/" }
        return result
    }

    /// The query without `X-Amz-Signature`, each name and value encoded per RFC 3986, sorted by name then value.
    static func canonicalQuery(_ query: String, isS3: Bool) -> String {
        var pairs: [(String, String)] = []
        for piece in query.split(separator: "&") {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = FormEncoding.decode(parts[0])
            guard !name.isEmpty, name != "X-Amz-Signature" else { continue }
            if isS3, pairs.contains(where: { $0.0 == FormEncoding.rfc3986Encode(name) }) { continue }
            let value = parts.count > 1 ? FormEncoding.decode(parts[1]) : ""
            pairs.append((FormEncoding.rfc3986Encode(name), FormEncoding.rfc3986Encode(value)))
        }
        return pairs.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }.map { $0.0 + "=" + $0.1 }
            .joined(separator: "&")
    }
}
