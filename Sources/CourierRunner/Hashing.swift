import CCrypto
import Foundation

/// Message digests through OpenSSL's libcrypto.
enum Hashing {
    enum Algorithm {
        case md5, sha1, sha256, sha512

        fileprivate var evp: OpaquePointer? {
            switch self {
            case .md5: return EVP_md5()
            case .sha1: return EVP_sha1()
            case .sha256: return EVP_sha256()
            case .sha512: return EVP_sha512()
            }
        }
    }

    /// The digest of `data`.
    static func digest(_ algorithm: Algorithm, _ data: Data) -> Data {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        data.withUnsafeBytes { buffer in
            _ = EVP_Digest(buffer.baseAddress, buffer.count, &output, &length, algorithm.evp, nil)
        }
        return Data(output.prefix(Int(length)))
    }

    /// Lower-case hex of the digest of a UTF-8 string.
    static func hex(_ algorithm: Algorithm, _ text: String) -> String {
        digest(algorithm, Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// `count` cryptographically random bytes as lower-case hex.
    static func randomHex(bytes count: Int) -> String {
        var buffer = [UInt8](repeating: 0, count: count)
        _ = RAND_bytes(&buffer, Int32(count))
        return buffer.map { String(format: "%02x", $0) }.joined()
    }
}
