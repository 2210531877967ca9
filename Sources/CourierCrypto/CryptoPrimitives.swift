import CCrypto
import Foundation

/// Digests, keyed hashes, signatures, ciphers and key derivation through OpenSSL's libcrypto: the one
/// place Courier does cryptography (auth signers, digest auth and the scripts' crypto-js all call it).
public enum CryptoPrimitives {
    /// Hash functions that HMAC and signatures can use.
    public enum Digest: Sendable {
        case md5, sha1, sha256, sha384, sha512

        public var evp: OpaquePointer? {
            switch self {
            case .md5: return EVP_md5()
            case .sha1: return EVP_sha1()
            case .sha256: return EVP_sha256()
            case .sha384: return EVP_sha384()
            case .sha512: return EVP_sha512()
            }
        }
    }

    /// Signature paddings and encodings for `sign`.
    public enum SignatureScheme: Sendable {
        /// RSASSA-PKCS1-v1_5 (OAuth RSA-SHA*, JWT RS*).
        case rsaPKCS1
        /// RSASSA-PSS with salt length equal to the digest length (JWT PS*).
        case rsaPSS
        /// ECDSA with the raw `r || s` encoding JWT uses (ES*); `size` is the byte length of r and s.
        case ecdsaRaw(size: Int)
    }

    /// A failure with a message for the user (bad key, unknown algorithm, ...).
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
        public init(message: String) { self.message = message }
        public init(description: String) { self.message = description }
    }

    /// The digest of `data`.
    public static func hash(_ digest: Digest, _ data: Data) -> Data {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        data.withUnsafeBytes { buffer in
            _ = EVP_Digest(buffer.baseAddress, buffer.count, &output, &length, digest.evp, nil)
        }
        return Data(output.prefix(Int(length)))
    }

    /// HMAC of `message` under `key`.
    public static func hmac(_ digest: Digest, key: Data, _ message: Data) -> Data {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let keyBytes = [UInt8](key)
        let messageBytes = [UInt8](message)
        _ = HMAC(
            digest.evp, keyBytes, Int32(keyBytes.count), messageBytes, messageBytes.count, &output, &length)
        return Data(output.prefix(Int(length)))
    }

    /// HMAC of a UTF-8 message under a UTF-8 key.
    public static func hmac(_ digest: Digest, key: String, _ message: String) -> Data {
        hmac(digest, key: Data(key.utf8), Data(message.utf8))
    }

    /// MD4, which OpenSSL 3 keeps in its legacy provider (NTLM's NT hash). Nil when that provider
    /// cannot be loaded.
    public static func md4(_ data: Data) -> Data? {
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
        let ok = data.withUnsafeBytes { buffer in
            EVP_Digest(buffer.baseAddress, buffer.count, &output, &length, md, nil)
        }
        return ok == 1 ? Data(output.prefix(Int(length))) : nil
    }

    /// Signs `message` with a PEM private key (PKCS#1, PKCS#8 or SEC1).
    public static func sign(_ message: Data, privateKeyPEM: String, digest: Digest, scheme: SignatureScheme)
        throws(Failure) -> Data
    {
        let key = try privateKey(pem: privateKeyPEM)
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { throw Failure(description: "out of memory") }
        defer { EVP_MD_CTX_free(context) }
        var keyContext: OpaquePointer?
        guard EVP_DigestSignInit(context, &keyContext, digest.evp, nil, key) == 1 else {
            throw lastError("cannot sign with this key")
        }
        if case .rsaPSS = scheme {
            guard EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1,
                EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1
            else { throw lastError("the key does not support RSA-PSS") }
        }
        var length = 0
        let bytes = [UInt8](message)
        guard EVP_DigestSign(context, nil, &length, bytes, bytes.count) == 1 else {
            throw lastError("signing failed")
        }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_DigestSign(context, &signature, &length, bytes, bytes.count) == 1 else {
            throw lastError("signing failed")
        }
        let der = Data(signature.prefix(length))
        if case .ecdsaRaw(let size) = scheme { return try rawECDSA(der: der, size: size) }
        return der
    }

    /// Verifies a signature made by `sign` with the matching PEM public key (tests and diagnostics).
    public static func verify(
        _ signature: Data, of message: Data, publicKeyPEM: String, digest: Digest, scheme: SignatureScheme
    ) -> Bool {
        guard let key = readKey(pem: publicKeyPEM, isPrivate: false) else { return false }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        var keyContext: OpaquePointer?
        guard EVP_DigestVerifyInit(context, &keyContext, digest.evp, nil, key) == 1 else { return false }
        var encoded = [UInt8](signature)
        switch scheme {
        case .rsaPSS:
            _ = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING)
            _ = EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST)
        case .ecdsaRaw(let size):
            guard let der = derECDSA(raw: signature, size: size) else { return false }
            encoded = [UInt8](der)
        case .rsaPKCS1:
            break
        }
        let bytes = [UInt8](message)
        let result = EVP_DigestVerify(context, encoded, encoded.count, bytes, bytes.count)
        ERR_clear_error()
        return result == 1
    }

    private static func privateKey(pem: String) throws(Failure) -> OpaquePointer {
        guard let key = readKey(pem: pem, isPrivate: true) else { throw lastError("invalid private key") }
        return key
    }

    private static func readKey(pem: String, isPrivate: Bool) -> OpaquePointer? {
        // Keys pasted into a single-line field often carry literal "\n" sequences.
        let text = pem.contains("\n") ? pem : pem.replacingOccurrences(of: "\\n", with: "\n")
        let bytes = [UInt8](text.utf8)
        guard let bio = BIO_new_mem_buf(bytes, Int32(bytes.count)) else { return nil }
        defer { BIO_free(bio) }
        return isPrivate
            ? PEM_read_bio_PrivateKey(bio, nil, nil, nil) : PEM_read_bio_PUBKEY(bio, nil, nil, nil)
    }

    /// DER `ECDSA-Sig-Value` to fixed-width `r || s`.
    private static func rawECDSA(der: Data, size: Int) throws(Failure) -> Data {
        let bytes = [UInt8](der)
        let signature: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            var cursor = buffer.baseAddress
            return d2i_ECDSA_SIG(nil, &cursor, buffer.count)
        }
        guard let signature else { throw lastError("invalid ECDSA signature") }
        defer { ECDSA_SIG_free(signature) }
        var output = [UInt8](repeating: 0, count: size * 2)
        BN_bn2binpad(ECDSA_SIG_get0_r(signature), &output, Int32(size))
        output.withUnsafeMutableBufferPointer { buffer in
            _ = BN_bn2binpad(ECDSA_SIG_get0_s(signature), buffer.baseAddress! + size, Int32(size))
        }
        return Data(output)
    }

    /// Fixed-width `r || s` to DER.
    private static func derECDSA(raw: Data, size: Int) -> Data? {
        guard raw.count == size * 2, let signature = ECDSA_SIG_new() else { return nil }
        defer { ECDSA_SIG_free(signature) }
        let bytes = [UInt8](raw)
        let r = BN_bin2bn(bytes, Int32(size), nil)
        let s = bytes.withUnsafeBufferPointer { BN_bin2bn($0.baseAddress! + size, Int32(size), nil) }
        guard ECDSA_SIG_set0(signature, r, s) == 1 else { return nil }
        var out: UnsafeMutablePointer<UInt8>?
        let length = i2d_ECDSA_SIG(signature, &out)
        guard length > 0, let out else { return nil }
        defer { CRYPTO_free(out, #fileID, #line) }
        return Data(bytes: out, count: Int(length))
    }

    private static func lastError(_ fallback: String) -> Failure {
        let code = ERR_get_error()
        ERR_clear_error()
        guard code != 0 else { return Failure(description: fallback) }
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        return Failure(
            description: fallback + ": "
                + String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// `count` random bytes from libcrypto's generator.
    public static func randomBytes(_ count: Int) -> Data {
        var buffer = [UInt8](repeating: 0, count: count)
        _ = RAND_bytes(&buffer, Int32(count))
        return Data(buffer)
    }

    /// A random string of letters and digits, for nonces.
    public static func randomAlphanumeric(_ count: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String(randomBytes(count).map { alphabet[Int($0) % alphabet.count] })
    }
}

extension Data {
    /// Lower-case hexadecimal.
    public var lowerHex: String { map { String(format: "%02x", $0) }.joined() }

    /// Base64 with the URL-safe alphabet and no padding (JWT).
    public var base64URLEncoded: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(
            of: "/", with: "_"
        )
        .replacingOccurrences(of: "=", with: "")
    }
}
