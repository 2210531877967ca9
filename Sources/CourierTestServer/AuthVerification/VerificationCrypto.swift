import CCrypto
import Foundation

/// The test server's cryptography, all through libcrypto: digests, HMAC, MD4 and public-key checks, for
/// the routes that verify signatures (digest, OAuth 1.0a, Hawk, AWS, EdgeGrid, JWT, NTLM) and for tokens.
enum VerificationCrypto {
    /// The digests the verifiers need.
    enum Hash {
        case md5
        case sha1
        case sha256
        case sha384
        case sha512

        var evp: OpaquePointer? {
            switch self {
            case .md5: return EVP_md5()
            case .sha1: return EVP_sha1()
            case .sha256: return EVP_sha256()
            case .sha384: return EVP_sha384()
            case .sha512: return EVP_sha512()
            }
        }
    }

    /// HMAC of `message` under `key`.
    static func hmac(_ hash: Hash, key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = HMAC(hash.evp, key, Int32(key.count), message, message.count, &output, &length)
        return Array(output.prefix(Int(length)))
    }

    /// The digest of `message`.
    static func digest(_ hash: Hash, _ message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = EVP_Digest(message, message.count, &output, &length, hash.evp, nil)
        return Array(output.prefix(Int(length)))
    }

    /// SHA-256 of `message`.
    static func sha256(_ message: [UInt8]) -> [UInt8] { digest(.sha256, message) }

    /// Lower-case hex MD5 of a UTF-8 string (digest auth).
    static func md5Hex(_ text: String) -> String { hex(digest(.md5, Array(text.utf8))) }

    /// MD4 from OpenSSL's legacy provider, loaded into a private library context; nil when unavailable.
    static func md4(_ message: [UInt8]) -> [UInt8]? {
        guard let context = OSSL_LIB_CTX_new() else { return nil }
        defer { OSSL_LIB_CTX_free(context) }
        guard let provider = OSSL_PROVIDER_load(context, "legacy") else {
            ERR_clear_error()
            return nil
        }
        defer { OSSL_PROVIDER_unload(provider) }
        guard let md = EVP_MD_fetch(context, "MD4", nil) else {
            ERR_clear_error()
            return nil
        }
        defer { EVP_MD_free(md) }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_Digest(message, message.count, &output, &length, md, nil) == 1 else { return nil }
        return Array(output.prefix(Int(length)))
    }

    /// Random bytes from libcrypto.
    static func randomBytes(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        _ = RAND_bytes(&bytes, Int32(count))
        return bytes
    }

    /// True when `signature` (DER for ECDSA, raw for RSA) over `message` verifies under the PEM public key.
    static func verify(
        _ signature: [UInt8], message: [UInt8], publicKeyPEM: String, hash: Hash, pss: Bool = false
    ) -> Bool {
        let pem = Array(publicKeyPEM.utf8)
        guard let bio = BIO_new_mem_buf(pem, Int32(pem.count)) else { return false }
        defer { BIO_free(bio) }
        guard let key = PEM_read_bio_PUBKEY(bio, nil, nil, nil) else {
            ERR_clear_error()
            return false
        }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        var keyContext: OpaquePointer?
        guard EVP_DigestVerifyInit(context, &keyContext, hash.evp, nil, key) == 1 else {
            ERR_clear_error()
            return false
        }
        if pss {
            _ = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING)
            _ = EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST)
        }
        let result = EVP_DigestVerify(context, signature, signature.count, message, message.count)
        ERR_clear_error()
        return result == 1
    }

    /// A JWS ECDSA signature (`r || s`, each `size` bytes) as the DER `SEQUENCE { INTEGER r, INTEGER s }`.
    static func derECDSASignature(raw: [UInt8]) -> [UInt8]? {
        guard !raw.isEmpty, raw.count % 2 == 0 else { return nil }
        let half = raw.count / 2
        func integer(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
            var value = Array(bytes.drop { $0 == 0 })
            if value.isEmpty { value = [0] }
            if value[0] & 0x80 != 0 { value.insert(0, at: 0) }
            return [0x02] + derLength(value.count) + value
        }
        let body = integer(raw[0..<half]) + integer(raw[half...])
        return [0x30] + derLength(body.count) + body
    }

    private static func derLength(_ length: Int) -> [UInt8] {
        if length < 0x80 { return [UInt8(length)] }
        if length < 0x100 { return [0x81, UInt8(length)] }
        return [0x82, UInt8(length >> 8), UInt8(length & 0xFF)]
    }

    /// Lower-case hex of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    /// Decodes base64url (or standard base64), with or without padding.
    static func base64URLDecode(_ text: Substring) -> [UInt8]? {
        var normalized = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(
            of: "_", with: "/")
        while normalized.count % 4 != 0 { normalized += "=" }
        return Data(base64Encoded: normalized).map { [UInt8]($0) }
    }

    /// Constant-time comparison of two byte strings.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
