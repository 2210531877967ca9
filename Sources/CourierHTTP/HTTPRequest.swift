import Foundation

/// A request exactly as it is to be sent: method, encoded URL, ordered headers and body.
public struct HTTPRequest: Sendable {
    /// The method token, sent as given (custom methods such as `PROPFIND` or `POSTMAN` too).
    public var method: String
    /// The fully encoded URL; its target is sent byte for byte, without re-encoding.
    public var url: String
    /// The headers to send, in this order and case; nothing else is added except
    /// `Content-Length` for a body (and `Host` when none is given).
    public var headers: [HTTPHeader]
    /// The body bytes, or nil for none. For methods that Node sends with a length by default
    /// (everything except GET, HEAD, DELETE, OPTIONS, TRACE, CONNECT) nil sends `Content-Length: 0`,
    /// as newman does.
    public var body: Data?

    /// Makes a request.
    public init(method: String = "GET", url: String, headers: [HTTPHeader] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
