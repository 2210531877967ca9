/// Why a request produced no response; `message` reads like newman's where it makes sense.
public struct HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad category of failure.
    public enum Kind: Sendable, Equatable {
        /// The request or connect timeout passed.
        case timeout
        /// Nothing listens at the address (`ECONNREFUSED`).
        case connectionRefused
        /// The host name did not resolve (`ENOTFOUND`).
        case hostNotFound
        /// The TLS handshake or certificate verification failed.
        case tls
        /// More redirects than `maxRedirects`.
        case tooManyRedirects
        /// The body exceeded `maxResponseSize`.
        case responseTooLarge
        /// The server's reply was not valid HTTP, was cut short or was empty.
        case malformedResponse
        /// The request itself was unusable (bad URL, bad header).
        case invalidRequest
        /// Anything else; `message` carries curl's text.
        case other
        /// The transfer was aborted on purpose (`TransferCancellation`, e.g. a second Ctrl-C).
        case interrupted
    }

    /// The category.
    public var kind: Kind
    /// A short human-readable message, e.g. `connect ECONNREFUSED 127.0.0.1:1234`.
    public var message: String
    /// The libcurl result code, when the failure came from curl.
    public var curlCode: Int?

    /// Makes an error.
    public init(kind: Kind, message: String, curlCode: Int? = nil) {
        self.kind = kind
        self.message = message
        self.curlCode = curlCode
    }

    /// The message.
    public var description: String { message }
}
