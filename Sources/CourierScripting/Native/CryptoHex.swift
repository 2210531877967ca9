import CourierCrypto
/// Lower-case hex text to and from bytes.
enum CryptoHex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Lower-case hex of `bytes`.
    static func text(_ bytes: [UInt8]) -> String {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 15)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes of hex text (either case, even length).
    static func bytes(_ text: String) throws -> [UInt8] {
        let units = Array(text.utf8)
        guard units.count % 2 == 0 else { throw CryptoPrimitives.Failure(message: "odd-length hex string") }
        var output = [UInt8]()
        output.reserveCapacity(units.count / 2)
        var index = 0
        while index < units.count {
            guard let high = value(units[index]), let low = value(units[index + 1]) else {
                throw CryptoPrimitives.Failure(message: "invalid hex string")
            }
            output.append(high << 4 | low)
            index += 2
        }
        return output
    }

    /// The value of one hex digit.
    private static func value(_ unit: UInt8) -> UInt8? {
        switch unit {
        case 48...57: return unit - 48
        case 97...102: return unit - 87
        case 65...70: return unit - 55
        default: return nil
        }
    }
}
