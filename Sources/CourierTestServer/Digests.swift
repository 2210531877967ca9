import CCrypto
import Foundation

/// MD5 through OpenSSL's libcrypto, for the digest-auth route.
enum MD5 {
    /// Lower-case hex MD5 of a UTF-8 string.
    static func hex(_ text: String) -> String {
        Digests.digest(EVP_md5(), Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// SHA digests and HMAC through OpenSSL's libcrypto, for the signature-checking routes.
enum SHA {
    /// The hash functions the routes use.
    enum Algorithm {
        case sha1
        case sha256

        fileprivate var evp: OpaquePointer? { self == .sha1 ? EVP_sha1() : EVP_sha256() }
    }

    static func sha1(_ message: [UInt8]) -> [UInt8] { Digests.digest(EVP_sha1(), message) }

    static func sha256(_ message: [UInt8]) -> [UInt8] { Digests.digest(EVP_sha256(), message) }

    /// HMAC of `message` under `key`.
    static func hmac(key: [UInt8], message: [UInt8], hash: Algorithm) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = HMAC(hash.evp, key, Int32(key.count), message, message.count, &output, &length)
        return Array(output.prefix(Int(length)))
    }
}

private enum Digests {
    static func digest(_ type: OpaquePointer?, _ message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = EVP_Digest(message, message.count, &output, &length, type, nil)
        return Array(output.prefix(Int(length)))
    }
}
