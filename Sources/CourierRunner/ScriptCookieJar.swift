import CourierHTTP
import CourierModel
import Foundation

/// The operations of `pm.cookies.jar()` on the run's cookie jar (the HTTP client's, so a change is
/// sent with the next request and written by `--export-cookie-jar`).
///
/// Operations arrive as JSON from the script engine (`CookieJarPrelude`): `{"action": "get", "url",
/// "name"}`, `{"action": "getAll", "url"}`, `{"action": "set", "url", "cookie": {...}}` or
/// `{"action": "set", "url", "header": "name=value; Path=/"}`, `{"action": "unset", "url", "name"}`,
/// `{"action": "clear", "url"}`. Cookies are matched to a URL as the client's jar matches them
/// (`CookieTarget`), most specific path first, as tough-cookie lists them.
struct ScriptCookieJar {
    /// The client whose jar is read and changed.
    let client: HTTPClient
    /// The time expiry is measured against.
    var now = Date()

    /// Runs one operation; the result is the cookie (`get`, `set`), the cookies (`getAll`) or null.
    func perform(_ operation: JSONValue) -> Result<JSONValue, ErrorInfo> {
        let action = operation["action"]?.stringValue ?? ""
        guard ["get", "getAll", "set", "unset", "clear"].contains(action) else {
            return .failure(ErrorInfo(name: "TypeError", message: "CookieJar has no method \(action)()"))
        }
        guard let target = operation["url"]?.stringValue.flatMap(CookieTarget.init(url:)) else {
            return .failure(
                ErrorInfo(name: "TypeError", message: "CookieJar.\(action)() requires a valid url"))
        }
        let name = operation["name"]?.stringValue
        switch action {
        case "get":
            return .success(cookies(for: target).first { $0.name == name }.map(Self.json) ?? .null)
        case "getAll":
            return .success(.array(cookies(for: target).map(Self.json)))
        case "set":
            return set(operation, target: target)
        case "unset":
            if let cookie = cookies(for: target).first(where: { $0.name == name }) {
                client.removeCookies { Self.sameSlot($0, cookie) }
            }
            return .success(.null)
        default:
            client.removeCookies { target.matches($0, now: now) }
            return .success(.null)
        }
    }

    /// The jar's cookies that apply to `target`, longest path first (otherwise in the jar's order).
    func cookies(for target: CookieTarget) -> [HTTPCookie] {
        let matching = client.cookies().filter { target.matches($0, now: now) }
        return matching.indices.sorted { a, b in
            let (left, right) = (matching[a].path.count, matching[b].path.count)
            return left != right ? left > right : a < b
        }.map { matching[$0] }
    }

    /// Stores the cookie `operation` describes, replacing the one with its name, domain and path.
    private func set(_ operation: JSONValue, target: CookieTarget) -> Result<JSONValue, ErrorInfo> {
        let parsed: Result<HTTPCookie, ErrorInfo>
        if let header = operation["header"]?.stringValue {
            parsed = ScriptCookieParsing.cookie(setCookie: header, for: target, now: now)
        } else if let options = operation["cookie"], options.objectValue != nil {
            parsed = ScriptCookieParsing.cookie(options: options, for: target, now: now)
        } else {
            parsed = .failure(
                ErrorInfo(name: "TypeError", message: "CookieJar.set() requires a valid set cookie arguments")
            )
        }
        return parsed.map { cookie in
            client.removeCookies { Self.sameSlot($0, cookie) }
            if cookie.expires.map({ $0 > now }) ?? true { client.setCookie(cookie) }
            return Self.json(cookie)
        }
    }

    /// True when `a` and `b` have the same name, domain and path: one replaces the other.
    static func sameSlot(_ a: HTTPCookie, _ b: HTTPCookie) -> Bool {
        a.name == b.name && a.path == b.path && a.domain.lowercased() == b.domain.lowercased()
    }

    /// A cookie as the script sees it (the fields of newman's cookie objects).
    static func json(_ cookie: HTTPCookie) -> JSONValue {
        var object: JSONObject = ["name": .string(cookie.name), "value": .string(cookie.value)]
        if let expires = cookie.expires {
            object["expires"] = .string(ScriptCookieParsing.isoString(expires))
        }
        object["domain"] = .string(cookie.domain)
        object["path"] = .string(cookie.path)
        object["secure"] = .bool(cookie.secure)
        object["httpOnly"] = .bool(cookie.httpOnly)
        object["hostOnly"] = .bool(cookie.hostOnly)
        object["session"] = .bool(cookie.expires == nil)
        return .object(object)
    }
}
