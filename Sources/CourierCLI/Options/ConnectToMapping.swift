/// One `--connect-to HOST1:PORT1:HOST2:PORT2` mapping, with curl's `--connect-to` meaning.
///
/// Requests for HOST1:PORT1 connect to HOST2:PORT2 instead, while the URL, the `Host` header and
/// TLS name checks keep HOST1. An empty HOST1 or PORT1 matches any host or port; an empty HOST2 or
/// PORT2 keeps the original one. IPv6 addresses are written in brackets, e.g. `[::1]`.
public struct ConnectToMapping: Equatable, Sendable {
    /// The host to match, or nil for any host. IPv6 keeps its brackets.
    public var sourceHost: String?
    /// The port to match, or nil for any port.
    public var sourcePort: Int?
    /// The host to connect to instead, or nil to keep the original host.
    public var targetHost: String?
    /// The port to connect to instead, or nil to keep the original port.
    public var targetPort: Int?

    /// Creates a mapping.
    public init(sourceHost: String?, sourcePort: Int?, targetHost: String?, targetPort: Int?) {
        self.sourceHost = sourceHost
        self.sourcePort = sourcePort
        self.targetHost = targetHost
        self.targetPort = targetPort
    }

    /// The mapping in curl's syntax, ready for `CURLOPT_CONNECT_TO`.
    public var curlValue: String {
        func text(_ port: Int?) -> String { port.map(String.init) ?? "" }
        return "\(sourceHost ?? ""):\(text(sourcePort)):\(targetHost ?? ""):\(text(targetPort))"
    }

    /// Parses `HOST1:PORT1:HOST2:PORT2`; nil when the text does not have that shape.
    public init?(parsing text: String) {
        var rest = Substring(text)
        guard let host1 = Self.takeHost(&rest), Self.takeColon(&rest),
            let port1 = Self.takePort(&rest), Self.takeColon(&rest),
            let host2 = Self.takeHost(&rest), Self.takeColon(&rest),
            let port2 = Self.takePort(&rest), rest.isEmpty
        else { return nil }
        self.init(
            sourceHost: host1.isEmpty ? nil : host1, sourcePort: port1.value,
            targetHost: host2.isEmpty ? nil : host2, targetPort: port2.value)
    }

    private struct OptionalPort { var value: Int? }

    /// Reads a host up to the next `:`; a `[...]` IPv6 literal may contain colons.
    private static func takeHost(_ rest: inout Substring) -> String? {
        if rest.first == "[" {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            let host = rest[...close]
            rest = rest[rest.index(after: close)...]
            return host.count > 2 ? String(host) : nil
        }
        let end = rest.firstIndex(of: ":") ?? rest.endIndex
        let host = rest[..<end]
        rest = rest[end...]
        return String(host)
    }

    /// Reads an empty port or a number from 1 to 65535 up to the next `:` or the end.
    private static func takePort(_ rest: inout Substring) -> OptionalPort? {
        let end = rest.firstIndex(of: ":") ?? rest.endIndex
        let digits = rest[..<end]
        rest = rest[end...]
        if digits.isEmpty { return OptionalPort(value: nil) }
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
            let port = Int(digits), (1...65535).contains(port)
        else { return nil }
        return OptionalPort(value: port)
    }

    private static func takeColon(_ rest: inout Substring) -> Bool {
        guard rest.first == ":" else { return false }
        rest = rest.dropFirst()
        return true
    }
}
