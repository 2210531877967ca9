import CourierCrypto
import Foundation

/// NTLM message building and parsing (MS-NLMP), NTLMv2 responses only.
enum NTLMMessages {
    private static let signature = Data("NTLMSSP\0".utf8)

    /// Unicode, OEM, request target, NTLM, always sign, extended session security, 128- and 56-bit.
    static let negotiateFlags: UInt32 = 0xA008_8207

    /// The NEGOTIATE message (type 1), without domain or workstation.
    static func negotiate() -> Data {
        var message = signature
        message.appendLittleEndian(UInt32(1))
        message.appendLittleEndian(negotiateFlags)
        // Empty domain and workstation buffers pointing at the end of the fixed part.
        for _ in 0..<2 {
            message.appendLittleEndian(UInt16(0))
            message.appendLittleEndian(UInt16(0))
            message.appendLittleEndian(UInt32(32))
        }
        return message
    }

    /// What the server's CHALLENGE message (type 2) carries.
    struct Challenge: Equatable {
        var flags: UInt32
        var serverChallenge: Data
        var targetInfo: Data

        /// Parses a type 2 message; nil when it is not one.
        init?(_ data: Data) {
            let bytes = [UInt8](data)
            guard bytes.count >= 32, Data(bytes[0..<8]) == NTLMMessages.signature, bytes.readUInt32(8) == 2
            else { return nil }
            flags = bytes.readUInt32(20)
            serverChallenge = Data(bytes[24..<32])
            targetInfo = Data()
            if bytes.count >= 48 {
                let length = Int(bytes.readUInt16(40))
                let offset = Int(bytes.readUInt32(44))
                if length > 0, offset + length <= bytes.count {
                    targetInfo = Data(bytes[offset..<offset + length])
                }
            }
        }

        /// The server's `MsvAvTimestamp` (AV pair 7), if it sent one.
        var timestamp: Data? {
            let bytes = [UInt8](targetInfo)
            var index = 0
            while index + 4 <= bytes.count {
                let id = bytes.readUInt16(index)
                let length = Int(bytes.readUInt16(index + 2))
                if id == 0 { return nil }
                if id == 7, length == 8, index + 12 <= bytes.count {
                    return Data(bytes[index + 4..<index + 12])
                }
                index += 4 + length
            }
            return nil
        }
    }

    /// `NTOWFv2`: HMAC-MD5 of the upper-cased user name and the domain under MD4 of the password.
    /// Nil when MD4 is unavailable.
    static func ntowfv2(user: String, password: String, domain: String) -> Data? {
        guard let ntHash = CryptoPrimitives.md4(utf16(password)) else { return nil }
        return CryptoPrimitives.hmac(.md5, key: ntHash, utf16(user.uppercased() + domain))
    }

    /// The NTLMv2 and LMv2 responses for a challenge.
    static func responses(
        key: Data, serverChallenge: Data, clientChallenge: Data, timestamp: Data, targetInfo: Data
    ) -> (nt: Data, lm: Data) {
        var blob = Data([1, 1, 0, 0, 0, 0, 0, 0])
        blob.append(timestamp)
        blob.append(clientChallenge)
        blob.append(Data(count: 4))
        blob.append(targetInfo)
        blob.append(Data(count: 4))
        let proof = CryptoPrimitives.hmac(.md5, key: key, serverChallenge + blob)
        let lm = CryptoPrimitives.hmac(.md5, key: key, serverChallenge + clientChallenge) + clientChallenge
        return (proof + blob, lm)
    }

    /// The AUTHENTICATE message (type 3) with NTLMv2 responses. Nil when MD4 is unavailable.
    static func authenticate(
        challenge: Challenge, user: String, password: String, domain: String, workstation: String,
        clientChallenge: Data = CryptoPrimitives.randomBytes(8), now: Date = Date()
    ) -> Data? {
        guard let key = ntowfv2(user: user, password: password, domain: domain) else { return nil }
        let (nt, lm) = responses(
            key: key, serverChallenge: challenge.serverChallenge, clientChallenge: clientChallenge,
            timestamp: challenge.timestamp ?? fileTime(now), targetInfo: challenge.targetInfo)
        let fields = [lm, nt, utf16(domain), utf16(user), utf16(workstation), Data()]
        var message = signature
        message.appendLittleEndian(UInt32(3))
        var offset = 64
        var payload = Data()
        for field in fields.prefix(5) {
            message.appendLittleEndian(UInt16(field.count))
            message.appendLittleEndian(UInt16(field.count))
            message.appendLittleEndian(UInt32(offset))
            offset += field.count
            payload.append(field)
        }
        // Empty encrypted random session key.
        message.appendLittleEndian(UInt16(0))
        message.appendLittleEndian(UInt16(0))
        message.appendLittleEndian(UInt32(offset))
        message.appendLittleEndian(challenge.flags & negotiateFlags | 0x1)
        message.append(payload)
        return message
    }

    /// Windows FILETIME (100 ns ticks since 1601) little-endian.
    static func fileTime(_ date: Date) -> Data {
        let ticks = UInt64((date.timeIntervalSince1970 + 11_644_473_600) * 10_000_000)
        var data = Data()
        data.appendLittleEndian(ticks)
        return data
    }

    private static func utf16(_ text: String) -> Data {
        var data = Data()
        for unit in text.utf16 { data.appendLittleEndian(unit) }
        return data
    }
}

extension Data {
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

extension [UInt8] {
    fileprivate func readUInt16(_ offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }
    fileprivate func readUInt32(_ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(self[offset + $1]) << (8 * UInt32($1)) }
    }
}
