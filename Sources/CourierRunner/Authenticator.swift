import CourierCrypto
import CourierModel
import Foundation

/// Finds the auth that applies to an item: its own, else the nearest folder's, else the
/// collection's. `noauth` (or any explicit type) stops the lookup.
enum AuthInheritance {
    /// `levels` ordered from the collection inwards, ending with the request's own auth.
    static func effectiveAuth(_ levels: [Auth?]) -> Auth? {
        for auth in levels.reversed() {
            guard let auth, !auth.type.isEmpty else { continue }
            if auth.type == "inherit" { continue }
            return auth.type == "noauth" ? nil : auth
        }
        return nil
    }
}

/// Applies one auth type to a prepared request (prepare -> sign), and decides after a response
/// whether to sign again and replay (digest's challenge).
struct Authenticator {
    let auth: Auth
    let resolve: (String) -> String

    /// A parameter with variables substituted.
    func parameter(_ key: String) -> String { resolve(auth.string(key)) }

    /// Values from this auth that must be masked in output.
    var secrets: [String] {
        var values: [String] = []
        switch auth.type {
        case "basic":
            let user = parameter("username")
            let password = parameter("password")
            values += [password, Data("\(user):\(password)".utf8).base64EncodedString()]
        case "bearer": values.append(parameter("token"))
        case "apikey": values.append(parameter("value"))
        case "digest": values.append(parameter("password"))
        case "oauth2": values += [parameter("accessToken"), parameter("clientSecret")]
        default: values += signerSecrets
        }
        return values.filter { !$0.isEmpty }
    }

    /// Signs the request before it is sent. `accessToken` is an OAuth 2.0 token Courier fetched
    /// itself; without one, an `oauth2` block sends its stored `accessToken` as newman does.
    func sign(_ request: inout PreparedRequest, challenge: DigestChallenge? = nil, accessToken: String? = nil) {
        switch auth.type {
        case "basic":
            let token = Data("\(parameter("username")):\(parameter("password"))".utf8).base64EncodedString()
            request.setHeader("Authorization", "Basic " + token)
        case "bearer":
            let token = parameter("token")
            if !token.isEmpty { request.setHeader("Authorization", "Bearer " + token) }
        case "apikey":
            let key = parameter("key")
            guard !key.isEmpty else { return }
            if parameter("in") == "query" {
                request.url.query.append(QueryParam(key: key, value: parameter("value")))
            } else {
                request.setHeader(key, parameter("value"))
            }
        case "digest":
            signDigest(&request, challenge: challenge)
        case "oauth2":
            let token = accessToken ?? parameter("accessToken")
            guard !token.isEmpty else { return }
            if parameter("addTokenTo") == "queryParams" {
                request.url.query.append(QueryParam(key: "access_token", value: token))
            } else {
                let prefix = auth.value("headerPrefix") == nil ? "Bearer" : parameter("headerPrefix")
                request.setHeader("Authorization", prefix.isEmpty ? token : prefix + " " + token)
            }
        case "oauth1", "hawk", "awsv4", "edgegrid", "jwt", "asap", "ntlm":
            if let problem = signWithSigner(&request) { request.warnings.append(problem) }
        default:
            break
        }
    }

    /// For digest auth without a nonce: the challenge from a 401 answer, if the request should be
    /// signed with it and sent again.
    func replayChallenge(status: Int, headers: [HeaderField]) -> DigestChallenge? {
        guard auth.type == "digest", status == 401, parameter("disableRetryRequest") != "true" else { return nil }
        guard let header = headers.last(where: { $0.name.lowercased() == "www-authenticate" && $0.value.lowercased().hasPrefix("digest") })
        else { return nil }
        return DigestChallenge(header: header.value)
    }

    private func signDigest(_ request: inout PreparedRequest, challenge: DigestChallenge?) {
        let realm = challenge?.realm ?? parameter("realm")
        let nonce = challenge?.nonce ?? parameter("nonce")
        // Without a nonce there is nothing to sign: send unsigned and answer the challenge.
        guard !nonce.isEmpty else { return }
        let username = parameter("username")
        let password = parameter("password")
        let algorithmName = challenge?.algorithm ?? (parameter("algorithm").isEmpty ? "MD5" : parameter("algorithm"))
        let qopOffer = challenge?.qop ?? parameter("qop")
        let qop = qopOffer.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0 == "auth" } ?? (qopOffer.isEmpty ? "" : "auth")
        let opaque = challenge?.opaque ?? parameter("opaque")
        let nonceCount = parameter("nonceCount").isEmpty ? "00000001" : parameter("nonceCount")
        let clientNonce = parameter("clientNonce").isEmpty ? CryptoPrimitives.randomBytes(8).lowerHex : parameter("clientNonce")
        var uri = "/" + request.url.path.joined(separator: "/")
        let query = request.url.query.filter { !$0.disabled }
        if !query.isEmpty { uri += "?" + query.map(\.text).joined(separator: "&") }
        let hashAlgorithm: CryptoPrimitives.Digest = algorithmName.uppercased().hasPrefix("SHA-256") ? .sha256 : .md5
        var ha1 = hexDigest(hashAlgorithm, "\(username):\(realm):\(password)")
        if algorithmName.uppercased().hasSuffix("-SESS") {
            ha1 = hexDigest(hashAlgorithm, "\(ha1):\(nonce):\(clientNonce)")
        }
        let ha2 = hexDigest(hashAlgorithm, "\(request.method):\(uri)")
        let response =
            qop.isEmpty
            ? hexDigest(hashAlgorithm, "\(ha1):\(nonce):\(ha2)")
            : hexDigest(hashAlgorithm, "\(ha1):\(nonce):\(nonceCount):\(clientNonce):\(qop):\(ha2)")
        var fields = [
            "username=\"\(username)\"", "realm=\"\(realm)\"", "nonce=\"\(nonce)\"", "uri=\"\(uri)\"",
            "algorithm=\"\(algorithmName)\"",
        ]
        if !qop.isEmpty { fields += ["qop=\(qop)", "nc=\(nonceCount)", "cnonce=\"\(clientNonce)\""] }
        fields.append("response=\"\(response)\"")
        if !opaque.isEmpty { fields.append("opaque=\"\(opaque)\"") }
        request.setHeader("Authorization", "Digest " + fields.joined(separator: ", "))
    }
}

/// The parameters of a `WWW-Authenticate: Digest ...` challenge.
struct DigestChallenge {
    var realm: String?
    var nonce: String?
    var qop: String?
    var opaque: String?
    var algorithm: String?

    init(header: String) {
        var text = Substring(header)
        if text.lowercased().hasPrefix("digest") { text = text.dropFirst(6) }
        var fields: [String: String] = [:]
        var rest = text
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "," }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let end = rest.firstIndex(of: "\"") ?? rest.endIndex
                value = String(rest[..<end])
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                value = rest[..<end].trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            fields[key] = value
        }
        realm = fields["realm"]
        nonce = fields["nonce"]
        qop = fields["qop"]
        opaque = fields["opaque"]
        algorithm = fields["algorithm"]
    }
}

/// Lower-case hex digest of a UTF-8 string (digest auth).
private func hexDigest(_ digest: CryptoPrimitives.Digest, _ text: String) -> String {
    CryptoPrimitives.hash(digest, Data(text.utf8)).lowerHex
}
