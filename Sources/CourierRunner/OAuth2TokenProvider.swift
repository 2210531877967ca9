import CourierHTTP
import CourierModel
import Foundation

/// The settings of an `oauth2` auth block that let Courier fetch a token itself
/// (client credentials grant), with every parameter already `{{variable}}`-resolved.
struct OAuth2Grant: Hashable, Sendable {
    /// `header`: client id and secret as HTTP Basic; `body`: as form fields.
    enum ClientAuthentication: Hashable, Sendable {
        case header
        case body
    }

    var tokenURL: String
    var clientID: String
    var clientSecret: String
    var scope: String
    var audience: String
    var resource: String
    var clientAuthentication: ClientAuthentication

    /// The grant from an auth block, or nil when it has no usable client-credentials settings
    /// (newman's behaviour then applies: send the stored `accessToken`).
    init?(auth: Auth, resolve: (String) -> String) {
        func parameter(_ key: String) -> String { resolve(auth.string(key)).trimmingCharacters(in: .whitespaces) }
        let grantType = (parameter("grant_type").isEmpty ? parameter("grantType") : parameter("grant_type")).lowercased()
        guard grantType == "client_credentials" || grantType == "clientcredentials" else { return nil }
        tokenURL = parameter("accessTokenUrl")
        clientID = parameter("clientId")
        guard !tokenURL.isEmpty, !clientID.isEmpty else { return nil }
        clientSecret = resolve(auth.string("clientSecret"))
        scope = parameter("scope")
        audience = parameter("audience")
        resource = parameter("resource")
        clientAuthentication = parameter("client_authentication") == "body" ? .body : .header
    }

    /// What the cache is keyed by: the same token serves the same client, scope and audience.
    var cacheKey: String { [tokenURL, clientID, scope, audience, resource].joined(separator: "\u{1F}") }
}

/// Why a token could not be had; the request that needed it fails with this message.
struct OAuth2TokenError: Error, Sendable {
    let message: String
}

/// Fetches client-credentials tokens and caches them for the whole run: reused across requests,
/// folders and iterations, renewed shortly before `expires_in` runs out, and dropped on demand
/// (after a 401). Callers on several threads share one in-flight fetch per cache key.
final class OAuth2TokenProvider: @unchecked Sendable {
    /// Sends the token request; given by the owner so tokens travel over the run's transport.
    typealias Transport = (HTTPRequest) throws(HTTPError) -> HTTPResponse

    private struct CachedToken {
        let value: String
        let expiresAt: Date?
    }

    private let condition = NSCondition()
    private var cache: [String: CachedToken] = [:]
    private var inFlight: Set<String> = []
    private let clock: () -> Date

    /// Tokens fetched so far, and the time spent fetching them (milliseconds).
    private(set) var fetchCount = 0
    private(set) var fetchMilliseconds: Double = 0

    init(clock: @escaping () -> Date = Date.init) {
        self.clock = clock
    }

    /// A valid token for `grant`, from the cache or freshly fetched with `transport`.
    func token(for grant: OAuth2Grant, transport: Transport) throws(OAuth2TokenError) -> String {
        let key = grant.cacheKey
        condition.lock()
        while true {
            if let cached = cache[key], isFresh(cached) {
                condition.unlock()
                return cached.value
            }
            if !inFlight.contains(key) { break }
            condition.wait()
        }
        inFlight.insert(key)
        condition.unlock()

        let started = Date()
        let result: Result<CachedToken, OAuth2TokenError>
        do {
            result = .success(try fetch(grant, transport: transport))
        } catch {
            result = .failure(error)
        }
        condition.lock()
        inFlight.remove(key)
        fetchCount += 1
        fetchMilliseconds += Date().timeIntervalSince(started) * 1000
        if case .success(let token) = result { cache[key] = token }
        condition.broadcast()
        condition.unlock()
        return try result.get().value
    }

    /// Forgets the cached token for `grant` (the API answered 401 with it).
    func invalidate(_ grant: OAuth2Grant, token: String) {
        condition.lock()
        if cache[grant.cacheKey]?.value == token { cache[grant.cacheKey] = nil }
        condition.unlock()
    }

    /// Fresh means not within the renewal margin of its expiry: a tenth of its lifetime, at
    /// most 30 seconds.
    private func isFresh(_ token: CachedToken) -> Bool {
        guard let expiresAt = token.expiresAt else { return true }
        return clock() < expiresAt
    }

    private func fetch(_ grant: OAuth2Grant, transport: Transport) throws(OAuth2TokenError) -> CachedToken {
        var fields = [("grant_type", "client_credentials")]
        if !grant.scope.isEmpty { fields.append(("scope", grant.scope)) }
        if !grant.audience.isEmpty { fields.append(("audience", grant.audience)) }
        if !grant.resource.isEmpty { fields.append(("resource", grant.resource)) }
        var headers = [
            HTTPHeader(name: "Content-Type", value: "application/x-www-form-urlencoded"),
            HTTPHeader(name: "Accept", value: "application/json"),
            HTTPHeader(name: "User-Agent", value: SystemHeaders.userAgent),
        ]
        switch grant.clientAuthentication {
        case .header:
            let credentials = URLEncoding.form(grant.clientID) + ":" + URLEncoding.form(grant.clientSecret)
            headers.append(HTTPHeader(name: "Authorization", value: "Basic " + Data(credentials.utf8).base64EncodedString()))
        case .body:
            fields += [("client_id", grant.clientID), ("client_secret", grant.clientSecret)]
        }
        let body = fields.map { URLEncoding.form($0.0) + "=" + URLEncoding.form($0.1) }.joined(separator: "&")
        let failure = "OAuth 2.0 token request to \(grant.tokenURL) failed"
        let requested = clock()
        let response: HTTPResponse
        do {
            response = try transport(HTTPRequest(method: "POST", url: grant.tokenURL, headers: headers, body: Data(body.utf8)))
        } catch {
            throw OAuth2TokenError(message: "\(failure): \(error.message)")
        }
        let json = try? JSONParser.parse(response.body)
        guard (200..<300).contains(response.status) else {
            var detail = "\(response.status)"
            if let code = json?["error"]?.stringValue { detail += " \(code)" }
            if let description = json?["error_description"]?.stringValue, !description.isEmpty { detail += " (\(description))" }
            throw OAuth2TokenError(message: "\(failure): \(detail)")
        }
        guard let json else { throw OAuth2TokenError(message: "\(failure): \(response.status) response is not JSON") }
        guard let token = json["access_token"]?.stringValue, !token.isEmpty else {
            throw OAuth2TokenError(message: "\(failure): \(response.status) response has no access_token")
        }
        let lifetime = json["expires_in"]?.doubleValue ?? Double(json["expires_in"]?.stringValue ?? "")
        let expiresAt = lifetime.map { requested.addingTimeInterval($0 - min(30, $0 / 10)) }
        return CachedToken(value: token, expiresAt: expiresAt)
    }
}
