import Foundation

/// `/auth/ntlm`: a real NTLM handshake (NEGOTIATE -> CHALLENGE -> AUTHENTICATE) verifying the NTLMv2 response
/// for a fixed account. Real NTLM authenticates the connection; here each AUTHENTICATE message is checked
/// against a challenge this server issued (any connection), and a challenge is good for one use.
enum NTLMVerifier {
    static let user = "courier"
    static let domain = "TESTDOMAIN"
    static let password = "Courier-NTLM-pa55"
    static let computer = "COURIERSRV"

    /// Unicode, request target, NTLM, always sign, target type domain, extended session security, target info, 128, 56.
    static let challengeFlags: UInt32 = 0xA089_8205

    private static let signature: [UInt8] = Array("NTLMSSP\0".utf8)
    private static let issued = IssuedChallenges()

    /// Answers one step of the handshake.
    static func respond(_ request: ServerRequest) -> ServerResponse {
        guard let header = request.header("Authorization"), header.lowercased().hasPrefix("ntlm ") else {
            return unauthorized("NTLM authorization required", challenge: nil)
        }
        let token = header.dropFirst(5).trimmingCharacters(in: .whitespaces)
        guard let data = Data(base64Encoded: token), data.count >= 12, Array(data.prefix(8)) == signature
        else {
            return unauthorized("not an NTLM message", challenge: nil)
        }
        let bytes = [UInt8](data)
        switch readUInt32(bytes, 8) {
        case 1:
            let serverChallenge = VerificationCrypto.randomBytes(8)
            issued.add(serverChallenge)
            return unauthorized("NTLM challenge issued", challenge: challengeMessage(serverChallenge))
        case 3:
            let verdict = verifyAuthenticate(bytes)
            if let reason = verdict.reason { return unauthorized(reason, challenge: nil) }
            return AuthVerificationRoutes.verdict(verdict)
        default:
            return unauthorized("unexpected NTLM message type", challenge: nil)
        }
    }

    private static func unauthorized(_ reason: String, challenge: [UInt8]?) -> ServerResponse {
        var response = AuthVerificationRoutes.verdict(.fail(reason))
        let value = challenge.map { "NTLM " + Data($0).base64EncodedString() } ?? "NTLM"
        response.headers.append(("WWW-Authenticate", value))
        return response
    }

    /// The CHALLENGE message (type 2) with target name and target info (domain, computer, DNS domain, timestamp).
    static func challengeMessage(_ serverChallenge: [UInt8]) -> [UInt8] {
        let targetName = utf16(domain)
        var targetInfo: [UInt8] = []
        func avPair(_ id: UInt16, _ value: [UInt8]) {
            targetInfo += littleEndian(id) + littleEndian(UInt16(value.count)) + value
        }
        avPair(2, utf16(domain))
        avPair(1, utf16(computer))
        avPair(4, utf16(domain.lowercased() + ".local"))
        let ticks = UInt64((Date().timeIntervalSince1970 + 11_644_473_600) * 10_000_000)
        avPair(7, littleEndian(ticks))
        avPair(0, [])
        var message = signature + littleEndian(UInt32(2))
        message +=
            littleEndian(UInt16(targetName.count)) + littleEndian(UInt16(targetName.count))
            + littleEndian(UInt32(48))
        message += littleEndian(challengeFlags) + serverChallenge + [UInt8](repeating: 0, count: 8)
        message +=
            littleEndian(UInt16(targetInfo.count)) + littleEndian(UInt16(targetInfo.count))
            + littleEndian(UInt32(48 + targetName.count))
        return message + targetName + targetInfo
    }

    /// Checks an AUTHENTICATE message (type 3): the account, then the NTLMv2 proof against an issued challenge.
    static func verifyAuthenticate(_ bytes: [UInt8]) -> AuthVerificationRoutes.Verdict {
        guard bytes.count >= 64 else { return .fail("AUTHENTICATE message too short") }
        func field(_ offset: Int) -> [UInt8]? {
            let length = Int(readUInt16(bytes, offset))
            let start = Int(readUInt32(bytes, offset + 4))
            guard start + length <= bytes.count else { return nil }
            return Array(bytes[start..<start + length])
        }
        guard let nt = field(20), let domainBytes = field(28), let userBytes = field(36) else {
            return .fail("AUTHENTICATE fields out of bounds")
        }
        let sentUser = String(decoding: utf16Units(userBytes), as: UTF16.self)
        let sentDomain = String(decoding: utf16Units(domainBytes), as: UTF16.self)
        guard sentUser.lowercased() == user.lowercased() else { return .fail("unknown user \(sentUser)") }
        guard sentDomain.uppercased() == domain else { return .fail("unknown domain \(sentDomain)") }
        guard nt.count >= 16 + 28 else { return .fail("not an NTLMv2 response") }
        let proof = Array(nt[0..<16])
        let blob = Array(nt[16...])
        guard blob[0] == 1, blob[1] == 1 else { return .fail("unknown NTLMv2 blob version") }
        guard let ntHash = VerificationCrypto.md4(utf16(password)) else {
            return .fail("MD4 unavailable: OpenSSL's legacy provider could not be loaded")
        }
        let key = VerificationCrypto.hmac(.md5, key: ntHash, utf16(sentUser.uppercased() + sentDomain))
        let matched = issued.take { challenge in
            VerificationCrypto.equal(VerificationCrypto.hmac(.md5, key: key, challenge + blob), proof)
        }
        guard matched else {
            return .fail("NTLMv2 response does not match an issued challenge (wrong password?)")
        }
        return AuthVerificationRoutes.Verdict(
            reason: nil, details: [("user", .string(sentUser)), ("domain", .string(sentDomain))])
    }

    private static func utf16(_ text: String) -> [UInt8] { text.utf16.flatMap { littleEndian($0) } }

    private static func utf16Units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
    }

    private static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    private static func readUInt16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func readUInt32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }
}

/// Server challenges issued and not yet answered (the most recent 64), shared by all connections.
final class IssuedChallenges: @unchecked Sendable {
    private let lock = NSLock()
    private var challenges: [[UInt8]] = []

    /// Remembers a newly issued challenge.
    func add(_ challenge: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        challenges.append(challenge)
        if challenges.count > 64 { challenges.removeFirst() }
    }

    /// Removes and reports the first challenge `matches` accepts.
    func take(where matches: ([UInt8]) -> Bool) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let index = challenges.firstIndex(where: matches) else { return false }
        challenges.remove(at: index)
        return true
    }
}
