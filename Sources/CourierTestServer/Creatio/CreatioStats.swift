/// Counters the Creatio routes keep so tests can prove token caching and renewal (`GET /_testserver/stats`).
struct CreatioStats: Sendable {
    /// Requests to `/connect/token`, successful or not.
    var tokenRequests = 0
    /// Access tokens issued.
    var tokensIssued = 0
    /// Token requests answered with an error.
    var tokenErrors = 0
    /// Requests refused with 401 because of a missing, malformed, wrongly signed or expired token.
    var rejectedTokens = 0
    /// Requests under an OData root.
    var odataRequests = 0
    /// DataService requests.
    var dataServiceRequests = 0
    /// Successful cookie logins.
    var logins = 0

    /// The counters as a JSON object.
    var json: JSONValue {
        .object([
            ("tokensIssued", .int(tokensIssued)), ("tokenRequests", .int(tokenRequests)),
            ("tokenErrors", .int(tokenErrors)), ("rejectedTokens", .int(rejectedTokens)),
            ("odataRequests", .int(odataRequests)), ("dataServiceRequests", .int(dataServiceRequests)),
            ("logins", .int(logins)),
        ])
    }
}
