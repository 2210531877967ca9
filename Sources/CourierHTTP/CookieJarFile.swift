import CourierModel
import Foundation

/// Reads and writes a cookie jar in tough-cookie's serialized JSON, the format of newman's
/// `--cookie-jar` and `--export-cookie-jar` files:
/// `{"version": "tough-cookie@4.1.3", "storeType": "MemoryCookieStore", "rejectPublicSuffixes": true,
/// "cookies": [{"key", "value", "expires"?, "maxAge"?, "domain", "path", "secure"?, "httpOnly"?,
/// "hostOnly", "creation", "lastAccessed"}]}`.
public enum CookieJarFile {
    /// Why a jar file could not be read.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// What is wrong, in words.
        public let description: String
    }

    /// The jar's cookies; expired ones are dropped. A bare array of cookies is accepted too.
    public static func parse(_ data: Data, now: Date = Date()) throws(Problem) -> [HTTPCookie] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Problem(description: "the cookie jar is not valid JSON")
        }
        guard let entries = (root as? [String: Any])?["cookies"] as? [Any] ?? root as? [Any] else {
            throw Problem(
                description: "the cookie jar has no \"cookies\" array (expected tough-cookie's JSON)")
        }
        return entries.compactMap { $0 as? [String: Any] }.compactMap { cookie(from: $0, now: now) }
    }

    /// The jar as tough-cookie JSON; `now` stands in for the creation and last-access times, which the
    /// client's jar does not keep.
    public static func serialize(_ cookies: [HTTPCookie], now: Date = Date()) -> String {
        let stamp = isoString(now)
        let entries = cookies.map { cookie in
            var fields: [(String, String)] = [("key", quoted(cookie.name)), ("value", quoted(cookie.value))]
            if let expires = cookie.expires { fields.append(("expires", quoted(isoString(expires)))) }
            fields.append(("domain", quoted(cookie.domain)))
            fields.append(("path", quoted(cookie.path)))
            if cookie.secure { fields.append(("secure", "true")) }
            if cookie.httpOnly { fields.append(("httpOnly", "true")) }
            fields.append(("hostOnly", cookie.hostOnly ? "true" : "false"))
            fields.append(("creation", quoted(stamp)))
            fields.append(("lastAccessed", quoted(stamp)))
            return "{" + fields.map { "\(quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
        }
        return """
            {"version":"tough-cookie@4.1.3","storeType":"MemoryCookieStore","rejectPublicSuffixes":true,\
            "enableLooseMode":false,"allowSpecialUseDomain":true,"prefixSecurity":"silent",\
            "cookies":[\(entries.joined(separator: ","))]}
            """
    }

    /// One serialized cookie; nil without a key and domain, or when expired.
    private static func cookie(from object: [String: Any], now: Date) -> HTTPCookie? {
        guard let name = object["key"] as? String, var domain = object["domain"] as? String, !domain.isEmpty
        else { return nil }
        if domain.hasPrefix(".") { domain.removeFirst() }
        var expires = (object["expires"] as? String).flatMap(date)
        let creation = (object["creation"] as? String).flatMap(date) ?? now
        if let maxAge = object["maxAge"] as? Double {
            expires = creation.addingTimeInterval(maxAge)
        } else if object["maxAge"] as? String == "-Infinity" {
            return nil
        }
        if let expires, expires <= now { return nil }
        return HTTPCookie(
            name: name, value: object["value"] as? String ?? "", domain: domain,
            path: (object["path"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? "/", expires: expires,
            secure: object["secure"] as? Bool ?? false, httpOnly: object["httpOnly"] as? Bool ?? false,
            hostOnly: object["hostOnly"] as? Bool ?? false)
    }

    /// An ISO 8601 time with milliseconds (JavaScript's `toISOString`); nil for `Infinity` and junk.
    private static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let parsed = formatter.date(from: text) { return parsed }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    private static func isoString(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// A JSON string literal.
    private static func quoted(_ text: String) -> String { JSONWriter.quoted(text) }
}
