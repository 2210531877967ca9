import CCrypto

/// An RSA key pair made through libcrypto, signing and verifying RS256 (PKCS#1 v1.5 with SHA-256).
final class RSAKey: @unchecked Sendable {
    /// The key every Creatio route of this process signs with, generated on first use.
    static let shared: RSAKey = {
        guard let key = RSAKey(bits: 2048) else { fatalError("libcrypto could not generate an RSA key") }
        return key
    }()

    private let pkey: OpaquePointer
    /// The modulus, big-endian without leading zeros.
    let modulus: [UInt8]
    /// The public exponent, big-endian without leading zeros.
    let exponent: [UInt8]

    /// Generates a new key of `bits` bits; nil when libcrypto fails.
    init?(bits: Int32) {
        guard let ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nil) else { return nil }
        defer { EVP_PKEY_CTX_free(ctx) }
        var generated: OpaquePointer?
        guard EVP_PKEY_keygen_init(ctx) == 1, EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits) == 1,
            EVP_PKEY_keygen(ctx, &generated) == 1, let key = generated
        else { return nil }
        guard let n = RSAKey.bigNumber(key, "n"), let e = RSAKey.bigNumber(key, "e") else {
            EVP_PKEY_free(key)
            return nil
        }
        pkey = key
        modulus = n
        exponent = e
    }

    deinit { EVP_PKEY_free(pkey) }

    private static func bigNumber(_ key: OpaquePointer, _ name: String) -> [UInt8]? {
        var bn: OpaquePointer?
        guard EVP_PKEY_get_bn_param(key, name, &bn) == 1, let number = bn else { return nil }
        defer { BN_free(number) }
        var bytes = [UInt8](repeating: 0, count: Int((BN_num_bits(number) + 7) / 8))
        _ = BN_bn2bin(number, &bytes)
        return bytes
    }

    /// The RS256 signature of `message`.
    func sign(_ message: [UInt8]) -> [UInt8] {
        guard let ctx = EVP_MD_CTX_new() else { return [] }
        defer { EVP_MD_CTX_free(ctx) }
        guard EVP_DigestSignInit(ctx, nil, EVP_sha256(), nil, pkey) == 1 else { return [] }
        var length = 0
        guard EVP_DigestSign(ctx, nil, &length, message, message.count) == 1 else { return [] }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_DigestSign(ctx, &signature, &length, message, message.count) == 1 else { return [] }
        return Array(signature.prefix(length))
    }

    /// True when `signature` is this key's RS256 signature of `message`.
    func verify(_ signature: [UInt8], of message: [UInt8]) -> Bool {
        guard !signature.isEmpty, let ctx = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(ctx) }
        guard EVP_DigestVerifyInit(ctx, nil, EVP_sha256(), nil, pkey) == 1 else { return false }
        ERR_clear_error()
        let ok = EVP_DigestVerify(ctx, signature, signature.count, message, message.count) == 1
        ERR_clear_error()
        return ok
    }

    /// SHA-1 of the modulus: stands in for the certificate thumbprint IdentityServer puts in `kid` and `x5t`.
    var thumbprint: [UInt8] { VerificationCrypto.digest(.sha1, modulus) }

    /// `kid` as Creatio's Identity Service writes it: 40 upper-case hex characters, then `RS256`.
    var keyID: String { thumbprint.map { hexByte($0).uppercased() }.joined() + "RS256" }

    /// `x5t`: the thumbprint in base64url.
    var x5t: String { Base64URL.encode(thumbprint) }
}

/// Two lower-case hex digits.
func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
}
