import Foundation

/// The final response of one `send`, after any redirects.
public struct HTTPResponse: Sendable {
    /// The status code, e.g. 200.
    public var status: Int
    /// The reason phrase from the status line, or the standard phrase when the server sent none.
    public var reason: String
    /// The HTTP version of the status line: "1.0", "1.1" or "2".
    public var httpVersion: String
    /// Headers of the final response: in order, case preserved, repeats kept.
    public var headers: [HTTPHeader]
    /// The body, decoded (gzip, deflate, br) when decoding is on.
    public var body: Data
    /// Bytes of the final response's status line and headers.
    public var headerBytes: Int
    /// Bytes of the final response's body as received (before decoding).
    public var bodyBytes: Int
    /// The URL of the final hop.
    public var effectiveURL: String
    /// How many redirects were followed.
    public var redirectCount: Int
    /// Where the time went.
    public var timings: HTTPTimings
    /// The IP address the final hop was connected to.
    public var remoteAddress: String?
    /// The port the final hop was connected to.
    public var remotePort: Int?
    /// How many new connections curl opened for this `send` (0 when a kept-alive one was reused).
    public var newConnections: Int
}
