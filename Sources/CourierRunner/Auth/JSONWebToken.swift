import CourierCrypto
import CourierModel
import Foundation

/// Builds signed compact JWTs (`base64url(header).base64url(payload).base64url(signature)`).
enum JSONWebToken {
    /// The key material for an algorithm: a shared secret (HS*) or a PEM private key (RS*, PS*, ES*).
    struct Key {
        var secret = Data()
        var privateKeyPEM = ""
    }

    /// Signs `header` and `payload` (their `alg` is set from `algorithm`).
    static func make(algorithm: String, header: JSONObject, payload: JSONValue, key: Key)
        throws(CryptoPrimitives.Failure) -> String
    {
        let name = algorithm.uppercased()
        var fullHeader: JSONObject = ["alg": .string(name)]
        if header["typ"] == nil { fullHeader["typ"] = "JWT" }
        for member in header where member.key != "alg" { fullHeader[member.key] = member.value }
        let signingInput =
            JSONWriter.data(.object(fullHeader)).base64URLEncoded + "."
            + JSONWriter.data(payload).base64URLEncoded
        let signature = try sign(Data(signingInput.utf8), algorithm: name, key: key)
        return signingInput + "." + signature.base64URLEncoded
    }

    private static func sign(_ input: Data, algorithm: String, key: Key) throws(CryptoPrimitives.Failure)
        -> Data
    {
        guard algorithm.count == 5, let bits = Int(algorithm.suffix(3)) else {
            throw CryptoPrimitives.Failure(description: "unsupported JWT algorithm \(algorithm)")
        }
        let digest: CryptoPrimitives.Digest
        switch bits {
        case 256: digest = .sha256
        case 384: digest = .sha384
        case 512: digest = .sha512
        default: throw CryptoPrimitives.Failure(description: "unsupported JWT algorithm \(algorithm)")
        }
        switch algorithm.prefix(2) {
        case "HS": return CryptoPrimitives.hmac(digest, key: key.secret, input)
        case "RS":
            return try CryptoPrimitives.sign(
                input, privateKeyPEM: key.privateKeyPEM, digest: digest, scheme: .rsaPKCS1)
        case "PS":
            return try CryptoPrimitives.sign(
                input, privateKeyPEM: key.privateKeyPEM, digest: digest, scheme: .rsaPSS)
        case "ES":
            let size = bits == 512 ? 66 : bits / 8
            return try CryptoPrimitives.sign(
                input, privateKeyPEM: key.privateKeyPEM, digest: digest, scheme: .ecdsaRaw(size: size))
        default: throw CryptoPrimitives.Failure(description: "unsupported JWT algorithm \(algorithm)")
        }
    }

    /// Parses JSON object text; empty text is an empty object.
    static func object(_ text: String, field: String) throws(CryptoPrimitives.Failure) -> JSONObject {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return JSONObject() }
        guard case .object(let object)? = try? JSONParser.parse(trimmed) else {
            throw CryptoPrimitives.Failure(description: "the JWT \(field) is not a JSON object")
        }
        return object
    }

    /// Decodes standard or URL-safe base64, with or without padding.
    static func base64Decode(_ text: String) -> Data? {
        var normalized = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(
            of: "_", with: "/")
        while normalized.count % 4 != 0 { normalized += "=" }
        return Data(base64Encoded: normalized)
    }
}

/// The `jwt` auth type: a token signed from the collection's header and payload, sent in a header or query parameter.
struct JWTSigner {
    /// Reads a variable-resolved auth parameter.
    let parameter: (String) -> String

    /// The signed token.
    func token() throws(CryptoPrimitives.Failure) -> String {
        let algorithm = parameter("algorithm").isEmpty ? "HS256" : parameter("algorithm")
        var key = JSONWebToken.Key(privateKeyPEM: parameter("privateKey"))
        let secret = parameter("secret")
        if parameter("isSecretBase64Encoded").lowercased() == "true" {
            guard let decoded = JSONWebToken.base64Decode(secret) else {
                throw CryptoPrimitives.Failure(description: "the JWT secret is not valid base64")
            }
            key.secret = decoded
        } else {
            key.secret = Data(secret.utf8)
        }
        let header = try JSONWebToken.object(parameter("header"), field: "header")
        let payload = try JSONWebToken.object(parameter("payload"), field: "payload")
        return try JSONWebToken.make(
            algorithm: algorithm, header: header, payload: .object(payload), key: key)
    }

    /// Adds the token as `Authorization: <prefix> <token>` or as a query parameter.
    func sign(_ request: inout PreparedRequest) throws(CryptoPrimitives.Failure) {
        let token = try token()
        if parameter("addTokenTo") == "queryParam" {
            let key = parameter("queryParamKey").isEmpty ? "token" : parameter("queryParamKey")
            request.url.query.removeAll { $0.key == key }
            request.url.query.append(QueryParam(key: key, value: token))
        } else {
            let prefix = parameter("headerPrefix").isEmpty ? "Bearer" : parameter("headerPrefix")
            request.setHeader("Authorization", prefix + " " + token)
        }
    }
}

/// The `asap` auth type (Atlassian service-to-service): a short-lived JWT as a bearer token.
struct ASAPSigner {
    /// Reads a variable-resolved auth parameter.
    let parameter: (String) -> String
    /// The clock for `iat` and `exp`.
    var now: () -> Date = { Date() }
    /// The `jti` claim.
    var tokenID: () -> String = { UUID().uuidString.lowercased() }

    /// The signed token: header `alg`, `kid`; claims `iss`, `sub`, `aud`, `iat`, `exp`, `jti` and the extra claims.
    func token() throws(CryptoPrimitives.Failure) -> String {
        let algorithm = parameter("alg").isEmpty ? "RS256" : parameter("alg")
        let issuedAt = Int(now().timeIntervalSince1970)
        let lifetime = Int(parameter("exp")) ?? 3600
        var claims: JSONObject = ["iss": .string(parameter("iss"))]
        if !parameter("sub").isEmpty { claims["sub"] = .string(parameter("sub")) }
        claims["aud"] = .string(parameter("aud"))
        claims["iat"] = .number(JSONNumber(issuedAt))
        claims["exp"] = .number(JSONNumber(issuedAt + lifetime))
        claims["jti"] = .string(tokenID())
        for member in try JSONWebToken.object(parameter("claims"), field: "claims") {
            claims[member.key] = member.value
        }
        var header: JSONObject = [:]
        if !parameter("kid").isEmpty { header["kid"] = .string(parameter("kid")) }
        let key = JSONWebToken.Key(privateKeyPEM: parameter("privateKey"))
        return try JSONWebToken.make(algorithm: algorithm, header: header, payload: .object(claims), key: key)
    }

    /// Sets `Authorization: Bearer <token>`.
    func sign(_ request: inout PreparedRequest) throws(CryptoPrimitives.Failure) {
        request.setHeader("Authorization", "Bearer " + (try token()))
    }
}
