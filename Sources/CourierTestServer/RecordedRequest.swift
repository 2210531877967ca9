/// A request the server received, as it arrived: method, target, ordered headers and body bytes.
public struct RecordedRequest: Sendable, Equatable {
    /// One header field, name case preserved.
    public struct Header: Sendable, Equatable {
        /// The field name as sent.
        public var name: String
        /// The field value, surrounding whitespace removed.
        public var value: String
    }

    /// The request method, e.g. `GET`.
    public var method: String
    /// The request target as sent, e.g. `/get?a=1`.
    public var target: String
    /// Header fields in arrival order.
    public var headers: [Header]
    /// The body after de-chunking.
    public var body: [UInt8]

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The body decoded as UTF-8.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
