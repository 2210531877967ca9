import Foundation

/// Creatio-shaped access tokens: RS256-signed JWTs carrying the Identity Service's claims (creatio.md 3.5).
enum JWT {
    /// Why a bearer token was refused.
    enum Failure: Error, Equatable {
        case malformed, badSignature, expired, notYetValid
    }

    /// A new signed token for the configured client, valid from `now` for `options.tokenLifetime` seconds.
    static func issue(options: CreatioOptions, key: RSAKey, now: Date = Date()) -> String {
        let issued = Int(now.timeIntervalSince1970)
        let header: JSONValue = .object([
            ("alg", .string("RS256")), ("kid", .string(key.keyID)), ("typ", .string("at+jwt")),
            ("x5t", .string(key.x5t)),
        ])
        let payload: JSONValue = .object([
            ("iss", .string("creatio.com")), ("nbf", .int(issued)), ("iat", .int(issued)),
            ("exp", .int(issued + options.tokenLifetime)), ("aud", .string(options.scope)),
            ("scope", .array([.string(options.scope)])), ("client_id", .string(options.clientID)),
            ("jti", .string(UUID().uuidString.replacingOccurrences(of: "-", with: ""))),
            ("prop:SysAdminUnitId", .string(CreatioSeedData.supervisorUnitID)),
            ("prop:Type", .string("ApplicationAccess")), ("prop:OwnerClientId", .string("IdServiceUser")),
            ("prop:ResourceId", .string(options.scope)),
        ])
        let signingInput =
            Base64URL.encode(header.serializedBytes()) + "." + Base64URL.encode(payload.serializedBytes())
        return signingInput + "." + Base64URL.encode(key.sign(Array(signingInput.utf8)))
    }

    /// The `jti` claim of a token this server issued.
    static func tokenID(of token: String) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let bytes = Base64URL.decode(parts[1]), case .string(let id)? = JSONParser.parse(bytes)?["jti"]
        else { return nil }
        return id
    }

    /// The payload of `token` when it is a well-formed RS256 JWT signed by `key` and valid at `now`.
    static func verify(_ token: String, key: RSAKey, now: Date = Date()) -> Result<JSONValue, Failure> {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerBytes = Base64URL.decode(parts[0]),
            let payloadBytes = Base64URL.decode(parts[1]), let signature = Base64URL.decode(parts[2]),
            let header = JSONParser.parse(headerBytes), let payload = JSONParser.parse(payloadBytes),
            case .object = payload
        else { return .failure(.malformed) }
        guard header["alg"] == .string("RS256"),
            key.verify(signature, of: Array((parts[0] + "." + parts[1]).utf8))
        else { return .failure(.badSignature) }
        let seconds = now.timeIntervalSince1970
        guard case .number(let exp)? = payload["exp"], let expiry = Double(exp), seconds < expiry else {
            return .failure(.expired)
        }
        if case .number(let nbf)? = payload["nbf"], let notBefore = Double(nbf), seconds + 300 < notBefore {
            return .failure(.notYetValid)
        }
        return .success(payload)
    }
}
