import Foundation

/// One server instance's Creatio state: options, entity data, cookie sessions and counters.
final class CreatioState: @unchecked Sendable {
    /// Credentials and token settings.
    let options: CreatioOptions
    /// The entity data (has its own lock).
    let store = ODataStore()
    private let lock = NSLock()
    private var stats = CreatioStats()
    /// `.ASPXAUTH` cookie value to its `BPMCSRF` value.
    private var sessions: [String: String] = [:]
    /// `jti` of every token issued so far, and of those revoked by `POST /_testserver/revoke-tokens`.
    private var issuedTokenIDs: Set<String> = []
    private var revokedTokenIDs: Set<String> = []

    init(options: CreatioOptions) { self.options = options }

    /// The signing key (shared by the process, generated on first use).
    var key: RSAKey { RSAKey.shared }

    /// Updates the counters under the lock.
    func count(_ update: (inout CreatioStats) -> Void) {
        lock.lock()
        update(&stats)
        lock.unlock()
    }

    /// A copy of the counters.
    var statistics: CreatioStats {
        lock.lock()
        defer { lock.unlock() }
        return stats
    }

    /// Remembers a cookie session.
    func addSession(auth: String, csrf: String) {
        lock.lock()
        sessions[auth] = csrf
        lock.unlock()
    }

    /// The `BPMCSRF` value of the session with `.ASPXAUTH` value `auth`, nil when there is none.
    func csrf(forSession auth: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return sessions[auth]
    }

    /// Ends a cookie session.
    func removeSession(auth: String) {
        lock.lock()
        sessions[auth] = nil
        lock.unlock()
    }

    /// Remembers an issued token's `jti`.
    func recordIssued(tokenID: String) {
        lock.lock()
        issuedTokenIDs.insert(tokenID)
        lock.unlock()
    }

    /// Revokes every token issued so far (a test hook that simulates a key rotation).
    func revokeIssuedTokens() {
        lock.lock()
        revokedTokenIDs.formUnion(issuedTokenIDs)
        lock.unlock()
    }

    /// True when the token with this `jti` was revoked.
    func isRevoked(tokenID: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return revokedTokenIDs.contains(tokenID)
    }
}
