import CourierHTTP
import CourierModel
import Foundation

/// Turns what a script hands `pm.cookies.jar().set(...)` (cookie options or a `Set-Cookie` string)
/// into the cookie to store for a URL, with tough-cookie's defaults: no domain makes a host-only
/// cookie for the URL's host, a domain must cover that host, no path takes the URL's default path,
/// `maxAge` wins over `expires`.
enum ScriptCookieParsing {
    /// A cookie from `{name, value, domain?, path?, expires?, maxAge?, secure?, httpOnly?, hostOnly?}`
    /// (`expires` an ISO 8601 or HTTP date, `maxAge` seconds).
    static func cookie(
        options: JSONValue, for target: CookieTarget, now: Date
    ) -> Result<HTTPCookie, ErrorInfo> {
        var expires = options["expires"]?.stringValue.flatMap(date)
        if let maxAge = options["maxAge"]?.doubleValue { expires = now.addingTimeInterval(maxAge) }
        return make(
            name: options["name"]?.stringValue ?? "", value: options["value"]?.stringValue ?? "",
            domain: options["domain"]?.stringValue, path: options["path"]?.stringValue, expires: expires,
            secure: options["secure"]?.boolValue ?? false, httpOnly: options["httpOnly"]?.boolValue ?? false,
            hostOnly: options["hostOnly"]?.boolValue, target: target)
    }

    /// A cookie from a `Set-Cookie` header value: `name=value; Domain=...; Path=...; Expires=...;
    /// Max-Age=...; Secure; HttpOnly` (unknown attributes are ignored).
    static func cookie(
        setCookie header: String, for target: CookieTarget, now: Date
    ) -> Result<HTTPCookie, ErrorInfo> {
        var parts = header.split(separator: ";", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let pair = parts.removeFirst()
        guard let equals = pair.firstIndex(of: "=") else {
            return .failure(invalid("\"\(pair)\" has no name=value pair"))
        }
        var domain: String?
        var path: String?
        var expires: Date?
        var maxAge: Double?
        var secure = false
        var httpOnly = false
        for part in parts where !part.isEmpty {
            let (key, value) = split(part)
            switch key.lowercased() {
            case "domain": domain = value.isEmpty ? nil : value
            case "path": path = value
            case "expires": expires = date(value)
            case "max-age": maxAge = Double(value)
            case "secure": secure = true
            case "httponly": httpOnly = true
            default: continue
            }
        }
        if let maxAge { expires = now.addingTimeInterval(maxAge) }
        return make(
            name: pair[..<equals].trimmingCharacters(in: .whitespaces),
            value: pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces), domain: domain,
            path: path, expires: expires, secure: secure, httpOnly: httpOnly, hostOnly: nil, target: target)
    }

    /// The cookie, after checking its name, value and domain against `target`.
    private static func make(
        name: String, value: String, domain: String?, path: String?, expires: Date?, secure: Bool,
        httpOnly: Bool, hostOnly: Bool?, target: CookieTarget
    ) -> Result<HTTPCookie, ErrorInfo> {
        guard !name.isEmpty else { return .failure(invalid("a cookie needs a name")) }
        guard !name.unicodeScalars.contains(where: isForbiddenInName) else {
            return .failure(
                invalid("the cookie name \"\(name)\" holds a character a cookie name cannot have"))
        }
        guard !value.unicodeScalars.contains(where: isForbiddenInValue) else {
            return .failure(invalid("the value of cookie \"\(name)\" holds a control character or ';'"))
        }
        var cookieDomain = target.host
        var isHostOnly = true
        if let domain, !domain.isEmpty {
            var given = domain.lowercased()
            if given.hasPrefix(".") { given.removeFirst() }
            guard target.domainMatches(given, hostOnly: false) else {
                return .failure(
                    ErrorInfo(
                        name: "Error",
                        message: "Cookie not in this host's domain. Cookie:\(given) Request:\(target.host)"))
            }
            cookieDomain = given
            isHostOnly = hostOnly ?? false
        }
        let cookiePath = path.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? target.defaultPath
        return .success(
            HTTPCookie(
                name: name, value: value, domain: cookieDomain, path: cookiePath, expires: expires,
                secure: secure,
                httpOnly: httpOnly, hostOnly: isHostOnly))
    }

    private static func invalid(_ why: String) -> ErrorInfo {
        ErrorInfo(name: "TypeError", message: "CookieJar.set() requires a valid cookie: \(why)")
    }

    /// Control characters, white space and the separators `;`, `=`, `,`.
    private static func isForbiddenInName(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x21 || scalar.value == 0x7F || ";=,".unicodeScalars.contains(scalar)
    }

    /// Control characters (a tab too) and `;`.
    private static func isForbiddenInValue(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar == ";"
    }

    private static func split(_ attribute: String) -> (String, String) {
        guard let equals = attribute.firstIndex(of: "=") else { return (attribute, "") }
        return (
            attribute[..<equals].trimmingCharacters(in: .whitespaces),
            attribute[attribute.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        )
    }

    /// An ISO 8601 time (with or without milliseconds) or an HTTP date; nil for `Infinity` and junk.
    static func date(_ text: String) -> Date? {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let parsed = iso.date(from: text) { return parsed }
        iso.formatOptions = [.withInternetDateTime]
        if let parsed = iso.date(from: text) { return parsed }
        let http = DateFormatter()
        http.locale = Locale(identifier: "en_US_POSIX")
        http.timeZone = TimeZone(identifier: "GMT")
        for format in [
            "EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, dd-MMM-yyyy HH:mm:ss zzz", "EEE, dd-MMM-yy HH:mm:ss zzz",
        ] {
            http.dateFormat = format
            if let parsed = http.date(from: text) { return parsed }
        }
        return nil
    }

    /// JavaScript's `toISOString` form.
    static func isoString(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
