import CCrypto

/// The ciphers scripts can name (`AES`, `TripleDES`, `DES`, `RC4`), run by OpenSSL's EVP interface.
extension CryptoPrimitives {
    /// A library context with OpenSSL's default and legacy providers, for DES and RC4 (nil without legacy).
    nonisolated(unsafe) private static let legacyContext: OpaquePointer? = {
        guard let context = OSSL_LIB_CTX_new() else { return nil }
        guard OSSL_PROVIDER_load(context, "default") != nil, OSSL_PROVIDER_load(context, "legacy") != nil
        else {
            ERR_clear_error()
            return nil
        }
        return context
    }()

    /// AES in `mode` (CBC, ECB, CTR, CFB, OFB) with a 16, 24 or 32 byte key; PKCS#7 padding when `padding`.
    public static func aes(encrypt: Bool, mode: String, key: [UInt8], iv: [UInt8], data: [UInt8], padding: Bool)
        throws -> [UInt8]
    {
        try cipher("AES", encrypt: encrypt, mode: mode, key: key, iv: iv, data: data, padding: padding)
    }

    /// Encrypts or decrypts with `algorithm` in `mode`; PKCS#7 padding when `padding` and the mode is a block mode.
    ///
    /// TripleDES takes a 24-byte key (a 16-byte key means K1 K2 K1, an 8-byte key K1 K1 K1); DES uses the first
    /// 8 key bytes; RC4 takes a key of 1 to 256 bytes and ignores the mode and IV. A short IV is zero-filled.
    public static func cipher(
        _ algorithm: String, encrypt: Bool, mode: String, key: [UInt8], iv: [UInt8], data: [UInt8],
        padding: Bool
    ) throws -> [UInt8] {
        let (name, cipherKey) = try openSSLName(algorithm, mode: mode.uppercased(), key: key)
        guard let cipher = EVP_CIPHER_fetch(nil, name, nil) ?? EVP_CIPHER_fetch(legacyContext, name, nil)
        else {
            ERR_clear_error()
            throw Failure(message: "Unsupported cipher: \(algorithm) in \(mode) mode")
        }
        defer { EVP_CIPHER_free(cipher) }
        guard let context = EVP_CIPHER_CTX_new() else { throw Failure(message: "out of memory") }
        defer { EVP_CIPHER_CTX_free(context) }
        let ivLength = Int(EVP_CIPHER_get_iv_length(cipher))
        let ivBytes = Array((iv + [UInt8](repeating: 0, count: ivLength)).prefix(ivLength))
        let direction: Int32 = encrypt ? 1 : 0
        guard EVP_CipherInit_ex(context, cipher, nil, nil, nil, direction) == 1,
            EVP_CIPHER_CTX_set_key_length(context, Int32(cipherKey.count)) == 1,
            EVP_CipherInit_ex(context, nil, nil, cipherKey, ivLength > 0 ? ivBytes : nil, direction) == 1
        else {
            ERR_clear_error()
            throw Failure(message: "\(algorithm) initialisation failed (key of \(cipherKey.count) bytes)")
        }
        EVP_CIPHER_CTX_set_padding(context, padding ? 1 : 0)
        var output = [UInt8](repeating: 0, count: data.count + 32)
        var written: Int32 = 0
        var finalWritten: Int32 = 0
        let ok = output.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            guard EVP_CipherUpdate(context, base, &written, data, Int32(data.count)) == 1 else {
                return false
            }
            return EVP_CipherFinal_ex(context, base + Int(written), &finalWritten) == 1
        }
        guard ok else {
            ERR_clear_error()
            throw Failure(
                message: encrypt
                    ? "\(algorithm) encryption failed (data length)"
                    : "\(algorithm) decryption failed (bad padding or length)")
        }
        return Array(output.prefix(Int(written + finalWritten)))
    }

    /// OpenSSL's name for the cipher and the key it takes.
    private static func openSSLName(_ algorithm: String, mode: String, key: [UInt8]) throws -> (
        String, [UInt8]
    ) {
        let blockModes = ["CBC", "ECB", "CTR", "CFB", "OFB"]
        switch algorithm.uppercased() {
        case "AES":
            guard [16, 24, 32].contains(key.count) else {
                throw Failure(message: "Invalid AES key length: \(key.count) bytes")
            }
            guard blockModes.contains(mode) else { throw Failure(message: "Unsupported AES mode: \(mode)") }
            return ("AES-\(key.count * 8)-\(mode)", key)
        case "TRIPLEDES", "DES-EDE3", "3DES":
            let parts: [UInt8]
            switch key.count {
            case 24...: parts = Array(key.prefix(24))
            case 16: parts = key + key.prefix(8)
            case 8: parts = key + key + key
            default: throw Failure(message: "Invalid TripleDES key length: \(key.count) bytes")
            }
            guard blockModes.contains(mode) else {
                throw Failure(message: "Unsupported TripleDES mode: \(mode)")
            }
            return ("DES-EDE3-\(mode)", parts)
        case "DES":
            guard key.count >= 8 else { throw Failure(message: "Invalid DES key length: \(key.count) bytes") }
            guard blockModes.contains(mode) else { throw Failure(message: "Unsupported DES mode: \(mode)") }
            return ("DES-\(mode)", Array(key.prefix(8)))
        case "RC4":
            guard (1...256).contains(key.count) else {
                throw Failure(message: "Invalid RC4 key length: \(key.count) bytes")
            }
            return ("RC4", key)
        default:
            throw Failure(message: "Unsupported cipher: \(algorithm)")
        }
    }
}
