import Foundation

/// Verifies JWTs (HS*, RS*, PS*, ES256) at `/auth/jwt` and ASAP tokens at `/auth/asap` against fixed test keys.
enum JWTVerifier {
    /// The shared secret for HS256, HS384 and HS512.
    static let secret = "courier-jwt-test-secret"
    /// The issuer and audience ASAP tokens must carry.
    static let asapIssuer = "courier-client"
    static let asapAudience = "courier-test-server"
    /// ASAP key ids and the public keys they name.
    static let asapKeys = ["courier/rsa": rsaPublicKeyPEM, "courier/ec": ecPublicKeyPEM]
    /// Clock skew allowed on `iat` and `exp`.
    static let allowedSkew = 60

    /// Public half of the RSA test key (its private half is in the runner's AuthVerifiedLiveTests).
    static let rsaPublicKeyPEM = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn/hP3rk+GCn5EFQkCFkI
        MJ/dUPrkDldr9/gTJDkUT5Af8HRIVwvY3aIb8zSnoCwwAuupvza65cEyucbJEKM6
        ZgcqOrSo3zlHJ3gndyfyEOUrJggXOGE+cfKYbJ+BZbhiDv8I+tYPBC1VPD/vRkfT
        kIMb9W8Zbgfyv5LKGm5VYaTDN8V6BZWLF4fzeJCfijmx2QUsmtmQdKqhUfNcEmrf
        cvdUesXB4qaEyUopZ+ZYiFJ8lFsr07/2htsCWMULBgCvjzwZ+ae/9Sqa/dTzS1Ne
        70eZ/lPRg8+W254A0xGT1z9g3r7ooXOYX7NEs4JlsNRoRw4t0fRMr2+T3rQq9bZ/
        qQIDAQAB
        -----END PUBLIC KEY-----
        """

    /// Public half of the P-256 test key (its private half is in the runner's AuthVerifiedLiveTests).
    static let ecPublicKeyPEM = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3zdBc3cm/+eAqjPNQPhkfm7Mb/gZ
        IxfXZ2it4JPZm9qWS28+wPDWH8achILTs39mJpJhlT0m9Oc3QvxnX/rFZg==
        -----END PUBLIC KEY-----
        """

    /// A decoded compact JWS.
    private struct Token {
        var header: [(String, JSONValue)]
        var claims: [(String, JSONValue)]
        var signingInput: [UInt8]
        var signature: [UInt8]

        func header(_ name: String) -> String? {
            if case .string(let value)? = header.first(where: { $0.0 == name })?.1 { return value }
            return nil
        }

        func claim(_ name: String) -> JSONValue? { claims.first { $0.0 == name }?.1 }

        func numericClaim(_ name: String) -> Int? {
            if case .number(let text)? = claim(name) { return Int(text) ?? Double(text).map { Int($0) } }
            return nil
        }
    }

    /// `/auth/jwt`: the token from `Authorization: <prefix> <token>` or the `token` query parameter.
    static func verifyJWT(_ request: ServerRequest) -> AuthVerificationRoutes.Verdict {
        let text =
            request.header("Authorization").flatMap { $0.split(separator: " ").last.map(String.init) }
            ?? request.queryPairs.first { $0.0 == "token" }?.1
        guard let text else { return .fail("no token in Authorization or ?token=") }
        guard let token = decode(text) else { return .fail("not a compact JWS") }
        guard let algorithm = token.header("alg") else { return .fail("no alg") }
        let keyPEM = algorithm.hasPrefix("ES") ? ecPublicKeyPEM : rsaPublicKeyPEM
        if let reason = check(token, algorithm: algorithm, publicKeyPEM: keyPEM) { return .fail(reason) }
        let now = Int(Date().timeIntervalSince1970)
        if let exp = token.numericClaim("exp"), exp + allowedSkew < now { return .fail("token expired") }
        if let nbf = token.numericClaim("nbf"), nbf - allowedSkew > now {
            return .fail("token not yet valid")
        }
        return AuthVerificationRoutes.Verdict(
            reason: nil,
            details: [
                ("alg", .string(algorithm)), ("header", .object(token.header)),
                ("claims", .object(token.claims)),
            ])
    }

    /// `/auth/asap`: a bearer token with `kid` naming a known key, the fixed `iss` and `aud`, and `iat`, `exp`, `jti`.
    static func verifyASAP(_ request: ServerRequest) -> AuthVerificationRoutes.Verdict {
        guard let header = request.header("Authorization"), header.hasPrefix("Bearer ") else {
            return .fail("no Bearer token")
        }
        guard let token = decode(String(header.dropFirst(7))) else { return .fail("not a compact JWS") }
        guard let kid = token.header("kid") else { return .fail("no kid in the header") }
        guard let keyPEM = asapKeys[kid] else { return .fail("unknown kid \(kid)") }
        guard let algorithm = token.header("alg"),
            algorithm.hasPrefix("RS") || algorithm.hasPrefix("ES")
                || algorithm.hasPrefix("PS")
        else { return .fail("ASAP needs an asymmetric alg") }
        if let reason = check(token, algorithm: algorithm, publicKeyPEM: keyPEM) { return .fail(reason) }
        guard token.claim("iss") == .string(asapIssuer) else { return .fail("iss is not \(asapIssuer)") }
        let audience = token.claim("aud")
        guard audience == .string(asapAudience) || audience.map(containsAudience) == true else {
            return .fail("aud is not \(asapAudience)")
        }
        guard case .string(let jti)? = token.claim("jti"), !jti.isEmpty else { return .fail("no jti") }
        guard let iat = token.numericClaim("iat"), let exp = token.numericClaim("exp") else {
            return .fail("iat and exp are required")
        }
        let now = Int(Date().timeIntervalSince1970)
        guard iat - allowedSkew <= now else { return .fail("iat is in the future") }
        guard exp + allowedSkew >= now else { return .fail("token expired") }
        guard exp > iat, exp - iat <= 3600 else {
            return .fail("lifetime must be positive and at most an hour")
        }
        var details: [(String, JSONValue)] = [("kid", .string(kid)), ("claims", .object(token.claims))]
        if case .string(let sub)? = token.claim("sub") { details.append(("sub", .string(sub))) }
        return AuthVerificationRoutes.Verdict(reason: nil, details: details)
    }

    private static func containsAudience(_ value: JSONValue) -> Bool {
        if case .array(let items) = value { return items.contains(.string(asapAudience)) }
        return false
    }

    private static func decode(_ text: String) -> Token? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerBytes = VerificationCrypto.base64URLDecode(parts[0]),
            let claimBytes = VerificationCrypto.base64URLDecode(parts[1]),
            let signature = VerificationCrypto.base64URLDecode(parts[2]),
            case .object(let header)? = JSONParser.parse(headerBytes),
            case .object(let claims)? = JSONParser.parse(claimBytes)
        else { return nil }
        return Token(
            header: header, claims: claims, signingInput: Array((parts[0] + "." + parts[1]).utf8),
            signature: signature)
    }

    /// Nil when the signature verifies; otherwise why not.
    private static func check(_ token: Token, algorithm: String, publicKeyPEM: String) -> String? {
        let hash: VerificationCrypto.Hash
        switch algorithm.suffix(3) {
        case "256": hash = .sha256
        case "384": hash = .sha384
        case "512": hash = .sha512
        default: return "unsupported alg \(algorithm)"
        }
        let valid: Bool
        switch algorithm.prefix(2) {
        case "HS":
            let expected = VerificationCrypto.hmac(hash, key: Array(secret.utf8), token.signingInput)
            valid = VerificationCrypto.equal(expected, token.signature)
        case "RS", "PS":
            valid = VerificationCrypto.verify(
                token.signature, message: token.signingInput, publicKeyPEM: publicKeyPEM, hash: hash,
                pss: algorithm.hasPrefix("PS"))
        case "ES":
            guard algorithm == "ES256", token.signature.count == 64,
                let der = VerificationCrypto.derECDSASignature(raw: token.signature)
            else { return "ES signature must be ES256 with a 64-byte r||s" }
            valid = VerificationCrypto.verify(
                der, message: token.signingInput, publicKeyPEM: publicKeyPEM, hash: hash)
        default: return "unsupported alg \(algorithm)"
        }
        return valid ? nil : "invalid \(algorithm) signature"
    }
}
