import CCrypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An X.509 certificate and its private key, made and owned in libcrypto; frees both when released.
final class Certificate {
    /// The `X509 *`.
    let x509: OpaquePointer
    /// The `EVP_PKEY *` of the certificate's public key.
    let key: OpaquePointer

    private init(x509: OpaquePointer, key: OpaquePointer) {
        self.x509 = x509
        self.key = key
    }

    deinit {
        X509_free(x509)
        EVP_PKEY_free(key)
    }

    /// A self-signed certificate authority named `commonName`, valid from an hour ago for a year.
    static func authority(commonName: String) throws -> Certificate {
        let key = try makeKey()
        let certificate = try build(
            commonName: commonName, key: key, notBefore: -3600, notAfter: 365 * 86_400, issuer: nil,
            extensions: [
                (NID_basic_constraints, "critical,CA:TRUE"), (NID_key_usage, "critical,keyCertSign,cRLSign"),
                (NID_subject_key_identifier, "hash"),
            ])
        return certificate
    }

    /// A server certificate for `names` (DNS names or IP addresses) signed by `issuer`. Valid from an hour ago
    /// for 30 days, or, when `expired`, from 30 days ago until yesterday.
    static func server(names: [String], issuer: Certificate, expired: Bool = false) throws -> Certificate {
        guard let first = names.first else { throw TLSError("a server certificate needs at least one name") }
        let key = try makeKey()
        let alternativeNames = names.map { (isIPAddress($0) ? "IP:" : "DNS:") + $0 }.joined(separator: ",")
        return try build(
            commonName: first, key: key, notBefore: expired ? -30 * 86_400 : -3600,
            notAfter: expired ? -86_400 : 30 * 86_400, issuer: issuer,
            extensions: [
                (NID_basic_constraints, "critical,CA:FALSE"), (NID_key_usage, "critical,digitalSignature"),
                (NID_ext_key_usage, "serverAuth"), (NID_subject_alt_name, alternativeNames),
                (NID_subject_key_identifier, "hash"), (NID_authority_key_identifier, "keyid"),
            ])
    }

    /// A TLS client certificate for `commonName` signed by `issuer`, valid from an hour ago for 30 days.
    static func client(commonName: String, issuer: Certificate) throws -> Certificate {
        let key = try makeKey()
        return try build(
            commonName: commonName, key: key, notBefore: -3600, notAfter: 30 * 86_400, issuer: issuer,
            extensions: [
                (NID_basic_constraints, "critical,CA:FALSE"), (NID_key_usage, "critical,digitalSignature"),
                (NID_ext_key_usage, "clientAuth"), (NID_subject_key_identifier, "hash"),
                (NID_authority_key_identifier, "keyid"),
            ])
    }

    /// Writes the private key as PKCS#8 PEM encrypted with AES-256-CBC under `passphrase` to `path`.
    func writeEncryptedKey(to path: String, passphrase: String) throws {
        var bytes = Array(passphrase.utf8).map { CChar(bitPattern: $0) }
        let length = Int32(bytes.count)
        try Self.withFile(path) {
            PEM_write_bio_PKCS8PrivateKey($0, key, EVP_aes_256_cbc(), &bytes, length, nil, nil)
        }
    }

    /// Writes the certificate as PEM to `path`.
    func writeCertificate(to path: String) throws {
        try Self.withFile(path) { PEM_write_bio_X509($0, x509) }
    }

    /// Writes the private key as unencrypted PKCS#8 PEM to `path`.
    func writeKey(to path: String) throws {
        try Self.withFile(path) { PEM_write_bio_PrivateKey($0, key, nil, nil, 0, nil, nil) }
    }

    private static func withFile(_ path: String, _ write: (OpaquePointer) -> Int32) throws {
        guard let bio = BIO_new_file(path, "w") else { throw TLSError("cannot open \(path) for writing") }
        defer { BIO_free_all(bio) }
        guard write(bio) == 1 else { throw TLSError("cannot write PEM to \(path)") }
    }

    /// A fresh EC P-256 key.
    private static func makeKey() throws -> OpaquePointer {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nil) else {
            throw TLSError("EVP_PKEY_CTX_new_id failed")
        }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1,
            EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context, NID_X9_62_prime256v1) == 1,
            EVP_PKEY_keygen(context, &key) == 1, let key
        else { throw TLSError("EC key generation failed") }
        return key
    }

    /// Builds and signs a v3 certificate; `issuer` nil means self-signed. Takes ownership of `key`.
    private static func build(
        commonName: String, key: OpaquePointer, notBefore: Int, notAfter: Int, issuer: Certificate?,
        extensions: [(Int32, String)]
    ) throws -> Certificate {
        guard let x509 = X509_new() else {
            EVP_PKEY_free(key)
            throw TLSError("X509_new failed")
        }
        let certificate = Certificate(x509: x509, key: key)
        var serial: UInt64 = 0
        guard RAND_bytes(&serial, Int32(MemoryLayout<UInt64>.size)) == 1 else {
            throw TLSError("RAND_bytes failed")
        }
        guard X509_set_version(x509, 2) == 1,
            ASN1_INTEGER_set(X509_get_serialNumber(x509), Int(serial >> 2)) == 1,
            X509_gmtime_adj(X509_getm_notBefore(x509), notBefore) != nil,
            X509_gmtime_adj(X509_getm_notAfter(x509), notAfter) != nil,
            X509_set_pubkey(x509, key) == 1,
            let subject = X509_get_subject_name(x509),
            X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, commonName, -1, -1, 0) == 1,
            X509_set_issuer_name(x509, issuer.map { X509_get_subject_name($0.x509) } ?? subject) == 1
        else { throw TLSError("cannot fill in the certificate for \(commonName)") }
        var context = X509V3_CTX()
        X509V3_set_ctx(&context, issuer?.x509 ?? x509, x509, nil, nil, 0)
        for (nid, value) in extensions {
            guard let extensionValue = X509V3_EXT_nconf_nid(nil, &context, nid, value) else {
                throw TLSError("bad certificate extension \(value)")
            }
            defer { X509_EXTENSION_free(extensionValue) }
            guard X509_add_ext(x509, extensionValue, -1) == 1 else { throw TLSError("X509_add_ext failed") }
        }
        guard X509_sign(x509, issuer?.key ?? key, EVP_sha256()) > 0 else {
            throw TLSError("signing the certificate for \(commonName) failed")
        }
        return certificate
    }

    /// True for an IPv4 or IPv6 address literal.
    private static func isIPAddress(_ name: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, name, &v4) == 1 || inet_pton(AF_INET6, name, &v6) == 1
    }
}
