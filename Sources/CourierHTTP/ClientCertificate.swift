/// A TLS client certificate: PEM certificate and key files, an optional key passphrase, and the URL
/// patterns it is sent to (newman's `--ssl-client-cert-list` entries, a request's `certificate`).
public struct ClientCertificate: Sendable, Equatable {
    /// A label for messages (`name` in the list file).
    public var name: String
    /// The PEM certificate file (`CURLOPT_SSLCERT`).
    public var certificatePath: String
    /// The PEM private key file (`CURLOPT_SSLKEY`); nil when the key is in the certificate file.
    public var keyPath: String?
    /// The key's passphrase (`CURLOPT_KEYPASSWD`); a secret, never printed.
    public var passphrase: String?
    /// The URLs it is used for; empty means every URL.
    public var matches: [URLMatchPattern]

    /// Makes a client certificate.
    public init(
        name: String = "", certificatePath: String, keyPath: String? = nil, passphrase: String? = nil,
        matches: [URLMatchPattern] = []
    ) {
        self.name = name
        self.certificatePath = certificatePath
        self.keyPath = keyPath
        self.passphrase = passphrase
        self.matches = matches
    }

    /// True when the certificate is meant for `url` (always, when it lists no pattern).
    public func applies(to url: String) -> Bool {
        applies(to: URLTarget(url))
    }

    func applies(to target: URLTarget) -> Bool {
        matches.isEmpty || matches.contains { $0.matches(target) }
    }
}

/// The client certificates of a run: newman's list (first matching entry wins) and the single
/// `--ssl-client-cert` used for every other URL.
public struct ClientCertificates: Sendable, Equatable {
    /// `--ssl-client-cert-list` entries, in file order.
    public var list: [ClientCertificate]
    /// `--ssl-client-cert` with its key and passphrase: sent where no list entry matches.
    public var fallback: ClientCertificate?

    /// Makes a set; the default has no certificate at all.
    public init(list: [ClientCertificate] = [], fallback: ClientCertificate? = nil) {
        self.list = list
        self.fallback = fallback
    }

    /// True when there is no certificate to send anywhere.
    public var isEmpty: Bool { list.isEmpty && fallback == nil }

    /// The certificate to present to `url`: the first list entry whose pattern fits, else the fallback.
    public func certificate(for url: String) -> ClientCertificate? {
        certificate(for: URLTarget(url))
    }

    func certificate(for target: URLTarget) -> ClientCertificate? {
        if let entry = list.first(where: { !$0.matches.isEmpty && $0.applies(to: target) }) { return entry }
        return fallback
    }

    /// Every passphrase, for the run's set of secrets.
    public var passphrases: [String] {
        (list + [fallback].compactMap { $0 }).compactMap(\.passphrase).filter { !$0.isEmpty }
    }
}
