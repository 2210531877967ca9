import CourierModel
import Foundation

/// newman's implicit ("system") headers, added after auth when the user did not set them.
enum SystemHeaders {
    /// The User-Agent newman 6.2.1 sends; some servers and collections look for it.
    static let userAgent = "PostmanRuntime/7.39.1"

    /// Methods that send `Content-Length: 0` with no body (Node's default for those that may
    /// carry one).
    private static let bodylessMethods: Set<String> = ["GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT"]

    static func apply(to request: inout PreparedRequest, disabled: Set<String>, makeToken: () -> String) {
        func add(_ name: String, _ value: @autoclosure () -> String) {
            guard disabled.isEmpty || !disabled.contains(name.lowercased()), !request.hasHeader(name) else { return }
            request.headers.append(HeaderField(name: name, value: value()))
        }
        if request.body != nil, let type = request.defaultContentType { add("Content-Type", type) }
        add("User-Agent", userAgent)
        add("Accept", "*/*")
        add("Cache-Control", "no-cache")
        add("Postman-Token", makeToken())
        add("Host", request.hostHeader)
        add("Accept-Encoding", "gzip, deflate, br")
        add("Connection", "keep-alive")
        if let body = request.body {
            add("Content-Length", String(body.count))
        } else if !bodylessMethods.contains(request.method) {
            add("Content-Length", "0")
        }
    }
}
