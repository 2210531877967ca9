import CourierCrypto
import CourierModel
import Foundation

/// Akamai EdgeGrid (`EG1-HMAC-SHA256`) signing with postman-runtime's `edgegrid` parameters.
struct EdgeGridSigner {
    /// Reads a variable-resolved auth parameter.
    let parameter: (String) -> String
    /// The clock for the timestamp when none is given.
    var now: () -> Date = { Date() }

    /// Sets `Authorization: EG1-HMAC-SHA256 client_token=..;access_token=..;timestamp=..;nonce=..;signature=..`.
    func sign(_ request: inout PreparedRequest) {
        let timestamp = parameter("timestamp").isEmpty ? Self.timestamp(now()) : parameter("timestamp")
        let nonce = parameter("nonce").isEmpty ? UUID().uuidString.lowercased() : parameter("nonce")
        let prefix =
            "EG1-HMAC-SHA256 client_token=\(parameter("clientToken"));access_token=\(parameter("accessToken"));"
            + "timestamp=\(timestamp);nonce=\(nonce);"
        let target = SigningTarget(request)
        // A request without a host is signed for the host of `baseURL`.
        var origin = target
        if target.host.isEmpty, !parameter("baseURL").isEmpty {
            origin = SigningTarget(
                PreparedRequest(
                    method: "GET", url: RequestURL.parse(parameter("baseURL")), headers: [], body: nil))
        }
        let scheme = origin.scheme
        let host = origin.authority
        let relativeURL = target.pathAndQuery
        let names = parameter("headersToSign").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        .filter { !$0.isEmpty }
        let canonicalHeaders = names.compactMap { name -> String? in
            guard let value = request.header(name) else { return nil }
            let collapsed = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            return name.lowercased() + ":" + collapsed
        }.joined(separator: "\t")
        var contentHash = ""
        if request.method.uppercased() == "POST", let body = request.body, !body.isEmpty {
            let limit = Int(parameter("maxBodySize")) ?? 131_072
            contentHash = CryptoPrimitives.hash(.sha256, body.prefix(limit)).base64EncodedString()
        }
        let data = [
            request.method.uppercased(), scheme, host, relativeURL, canonicalHeaders, contentHash, prefix,
        ]
        .joined(separator: "\t")
        let signingKey = CryptoPrimitives.hmac(.sha256, key: parameter("clientSecret"), timestamp)
            .base64EncodedString()
        let signature = CryptoPrimitives.hmac(.sha256, key: signingKey, data).base64EncodedString()
        request.setHeader("Authorization", prefix + "signature=" + signature)
    }

    /// `yyyyMMdd'T'HH:mm:ss+0000` in UTC.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d:%02d:%02d+0000", c.year!, c.month!, c.day!, c.hour!, c.minute!,
            c.second!)
    }
}
