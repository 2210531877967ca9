/// Client-wide settings, applied once to the client's connection handle.
public struct ClientOptions: Sendable, Equatable {
    /// Skip TLS peer and host verification unless a request overrides it.
    public var insecure: Bool
    /// `CURLOPT_CONNECT_TO` entries, `HOST1:PORT1:HOST2:PORT2`.
    public var connectTo: [String]
    /// A PEM file of extra trusted CA certificates, added to the system bundle.
    public var caFile: String?

    /// Makes client options; the defaults verify TLS and connect where URLs say.
    public init(insecure: Bool = false, connectTo: [String] = [], caFile: String? = nil) {
        self.insecure = insecure
        self.connectTo = connectTo
        self.caFile = caFile
    }
}
