import CCrypto

/// Digests and HMACs by OpenSSL algorithm name, and key derivation, on byte arrays (crypto-js).
extension CryptoPrimitives {
    /// The digest of `data` with an OpenSSL algorithm name (`md5`, `sha256`, `sha3-512`, `ripemd160`, ...).
    public static func digest(_ algorithm: String, _ data: [UInt8]) throws -> [UInt8] {
        let md = try fetchDigest(algorithm)
        defer { EVP_MD_free(md) }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_Digest(data, data.count, &output, &length, md, nil) == 1 else {
            throw Failure(message: "digest \(algorithm) failed")
        }
        return Array(output.prefix(Int(length)))
    }

    /// The HMAC of `data` under `key` with the named digest.
    public static func hmac(_ algorithm: String, key: [UInt8], data: [UInt8]) throws -> [UInt8] {
        let md = try fetchDigest(algorithm)
        defer { EVP_MD_free(md) }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let keyBytes = key.isEmpty ? [0] : key
        guard HMAC(md, keyBytes, Int32(key.count), data, data.count, &output, &length) != nil else {
            throw Failure(message: "HMAC \(algorithm) failed")
        }
        return Array(output.prefix(Int(length)))
    }

    /// OpenSSL's `EVP_BytesToKey` with MD5 and one round: key and IV bytes from a passphrase and salt.
    public static func evpBytesToKey(password: [UInt8], salt: [UInt8], keyLength: Int, ivLength: Int) throws -> (
        key: [UInt8], iv: [UInt8]
    ) {
        var derived: [UInt8] = []
        var block: [UInt8] = []
        while derived.count < keyLength + ivLength {
            block = try digest("md5", block + password + salt)
            derived += block
        }
        return (Array(derived.prefix(keyLength)), Array(derived[keyLength..<keyLength + ivLength]))
    }

    /// PBKDF2 with an HMAC of the named digest.
    public static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int, hash: String) throws
        -> [UInt8]
    {
        let md = try fetchDigest(hash)
        defer { EVP_MD_free(md) }
        var output = [UInt8](repeating: 0, count: max(keyLength, 1))
        let passwordBytes = password.map { CChar(bitPattern: $0) } + [0]
        let saltBytes = salt.isEmpty ? [0] : salt
        guard
            PKCS5_PBKDF2_HMAC(
                passwordBytes, Int32(password.count), saltBytes, Int32(salt.count), Int32(max(iterations, 1)),
                md,
                Int32(keyLength), &output) == 1
        else {
            throw Failure(message: "PBKDF2 failed")
        }
        return Array(output.prefix(keyLength))
    }

    /// Looks up a digest by OpenSSL name (the caller frees it).
    private static func fetchDigest(_ algorithm: String) throws -> OpaquePointer {
        guard let md = EVP_MD_fetch(nil, algorithm, nil) else {
            ERR_clear_error()
            throw Failure(message: "Unsupported digest algorithm: \(algorithm)")
        }
        return md
    }
}
