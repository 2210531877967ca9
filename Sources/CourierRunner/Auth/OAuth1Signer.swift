import CourierCrypto
import CourierModel
import Foundation

/// OAuth 1.0a request signing (RFC 5849) with postman-runtime's `oauth1` parameters.
struct OAuth1Signer {
    /// Reads a variable-resolved auth parameter.
    let parameter: (String) -> String
    /// The clock for `oauth_timestamp` when none is given.
    var now: () -> Date = { Date() }

    private func flag(_ key: String) -> Bool { parameter(key).lowercased() == "true" }

    private var signatureMethod: String {
        let method = parameter("signatureMethod").uppercased()
        return method.isEmpty ? "HMAC-SHA1" : method
    }

    /// The hash behind a signature method ("HMAC-SHA256" -> sha256); nil for PLAINTEXT.
    private var digest: CryptoPrimitives.Digest? {
        let method = signatureMethod
        if method.hasSuffix("SHA512") { return .sha512 }
        if method.hasSuffix("SHA256") { return .sha256 }
        if method.hasSuffix("SHA1") { return .sha1 }
        return nil
    }

    /// Signs `request` in its Authorization header, or in its query or form body.
    func sign(_ request: inout PreparedRequest) throws(CryptoPrimitives.Failure) {
        let isForm = request.mediaType == "application/x-www-form-urlencoded"
        var oauth: [(String, String)] = [
            ("oauth_consumer_key", parameter("consumerKey")),
            ("oauth_token", parameter("token")),
            ("oauth_signature_method", signatureMethod),
            (
                "oauth_timestamp",
                parameter("timestamp").isEmpty
                    ? String(Int(now().timeIntervalSince1970)) : parameter("timestamp")
            ),
            (
                "oauth_nonce",
                parameter("nonce").isEmpty ? CryptoPrimitives.randomAlphanumeric(11) : parameter("nonce")
            ),
            ("oauth_version", parameter("version")),
        ]
        if flag("includeBodyHash"), !isForm, request.mediaType != "multipart/form-data", let digest {
            let hash = CryptoPrimitives.hash(digest, request.body ?? Data()).base64EncodedString()
            oauth.append(("oauth_body_hash", hash))
        }
        if !parameter("callback").isEmpty { oauth.append(("oauth_callback", parameter("callback"))) }
        if !parameter("verifier").isEmpty { oauth.append(("oauth_verifier", parameter("verifier"))) }
        if !flag("addEmptyParamsToSign") { oauth.removeAll { $0.1.isEmpty } }

        let query = request.url.query.filter { !$0.disabled && $0.key != nil }
            .map { (PercentEncoding.decode($0.key ?? ""), PercentEncoding.decode($0.value ?? "")) }
        let body = isForm ? PercentEncoding.formPairs(request.body) : []
        let base = Self.baseString(
            method: request.method, target: SigningTarget(request), parameters: oauth + query + body)
        let signature = try makeSignature(base)
        oauth.append(("oauth_signature", signature))

        // As postman-runtime: the header only when asked for; otherwise the form body of a
        // urlencoded POST or PUT, else the query.
        if flag("addParamsToHeader") {
            request.setHeader("Authorization", header(oauth))
        } else {
            let method = request.method.uppercased()
            place(oauth, in: &request, asForm: isForm && (method == "POST" || method == "PUT"))
        }
    }

    /// The signature base string: `METHOD&enc(base URL)&enc(sorted, encoded parameters)`.
    static func baseString(method: String, target: SigningTarget, parameters: [(String, String)]) -> String {
        let encoded: [(key: String, value: String)] = parameters.map { pair in
            (key: PercentEncoding.rfc3986(pair.0), value: PercentEncoding.rfc3986(pair.1))
        }
        let sorted = encoded.sorted { a, b in a.key == b.key ? a.value < b.value : a.key < b.key }
        let normalized = sorted.map { pair in pair.key + "=" + pair.value }.joined(separator: "&")
        let baseURL = "\(target.scheme)://\(target.authority)\(target.path)"
        return [method.uppercased(), PercentEncoding.rfc3986(baseURL), PercentEncoding.rfc3986(normalized)]
            .joined(separator: "&")
    }

    private func makeSignature(_ base: String) throws(CryptoPrimitives.Failure) -> String {
        let key =
            PercentEncoding.rfc3986(parameter("consumerSecret")) + "&"
            + PercentEncoding.rfc3986(parameter("tokenSecret"))
        let method = signatureMethod
        guard let digest else { return key }  // PLAINTEXT
        if method.hasPrefix("RSA-") {
            return try CryptoPrimitives.sign(
                Data(base.utf8), privateKeyPEM: parameter("privateKey"), digest: digest, scheme: .rsaPKCS1
            )
            .base64EncodedString()
        }
        return CryptoPrimitives.hmac(digest, key: key, base).base64EncodedString()
    }

    /// `OAuth realm="..",oauth_consumer_key="..",...` with values percent-encoded unless disabled.
    private func header(_ oauth: [(String, String)]) -> String {
        let encode: (String) -> String =
            flag("disableHeaderEncoding") ? { $0 } : { PercentEncoding.rfc3986($0) }
        var fields: [String] = []
        let realm = parameter("realm")
        if !realm.isEmpty { fields.append("realm=\"\(encode(realm))\"") }
        fields += oauth.map { "\($0.0)=\"\(encode($0.1))\"" }
        return "OAuth " + fields.joined(separator: ",")
    }

    /// Adds the OAuth parameters to the form body (urlencoded requests) or to the query.
    private func place(_ oauth: [(String, String)], in request: inout PreparedRequest, asForm: Bool) {
        if asForm {
            var text = String(decoding: request.body ?? Data(), as: UTF8.self)
            for (key, value) in oauth {
                if !text.isEmpty { text += "&" }
                text += PercentEncoding.rfc3986(key) + "=" + PercentEncoding.rfc3986(value)
            }
            request.body = Data(text.utf8)
        } else {
            for (key, value) in oauth {
                request.url.query.append(QueryParam(key: key, value: PercentEncoding.rfc3986(value)))
            }
        }
    }
}
