import CourierCrypto
import Foundation

/// Hawk request signing (`hawk.1.header`) with postman-runtime's `hawk` parameters.
struct HawkSigner {
    /// Reads a variable-resolved auth parameter.
    let parameter: (String) -> String
    /// The clock for `ts` when no timestamp is given.
    var now: () -> Date = { Date() }

    private var digest: CryptoPrimitives.Digest {
        parameter("algorithm").lowercased() == "sha1" ? .sha1 : .sha256
    }

    /// Sets `Authorization: Hawk id="..", ts="..", nonce="..", [hash=".."], [ext=".."], mac=".."[, app="..", dlg=".."]`.
    func sign(_ request: inout PreparedRequest) {
        let timestamp =
            parameter("timestamp").isEmpty ? String(Int(now().timeIntervalSince1970)) : parameter("timestamp")
        let nonce = parameter("nonce").isEmpty ? CryptoPrimitives.randomAlphanumeric(6) : parameter("nonce")
        let ext = parameter("extraData")
        let app = parameter("app")
        let delegation = parameter("delegation")
        var hash = ""
        if parameter("includePayloadHash").lowercased() == "true" {
            hash = Self.payloadHash(request.body ?? Data(), contentType: request.mediaType, digest: digest)
        }
        let target = SigningTarget(request)
        let normalized = Self.normalizedString(
            timestamp: timestamp, nonce: nonce, method: request.method, resource: target.pathAndQuery,
            host: target.host, port: target.port, hash: hash, ext: ext, app: app, delegation: delegation)
        let mac = CryptoPrimitives.hmac(digest, key: parameter("authKey"), normalized).base64EncodedString()

        var header = "Hawk id=\"\(parameter("authId"))\", ts=\"\(timestamp)\", nonce=\"\(nonce)\""
        if !hash.isEmpty { header += ", hash=\"\(hash)\"" }
        if !ext.isEmpty { header += ", ext=\"\(Self.escapeAttribute(ext))\"" }
        header += ", mac=\"\(mac)\""
        if !app.isEmpty {
            header += ", app=\"\(app)\""
            if !delegation.isEmpty { header += ", dlg=\"\(delegation)\"" }
        }
        request.setHeader("Authorization", header)
    }

    /// The string the MAC covers.
    static func normalizedString(
        timestamp: String, nonce: String, method: String, resource: String, host: String, port: Int,
        hash: String, ext: String, app: String, delegation: String
    ) -> String {
        let escapedExt = ext.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "\n", with: "\\n")
        var text =
            "hawk.1.header\n\(timestamp)\n\(nonce)\n\(method.uppercased())\n\(resource)\n\(host.lowercased())\n\(port)\n\(hash)\n\(escapedExt)\n"
        if !app.isEmpty { text += "\(app)\n\(delegation)\n" }
        return text
    }

    /// Base64 of the hash of `hawk.1.payload\n<content type>\n<payload>\n`.
    static func payloadHash(_ payload: Data, contentType: String, digest: CryptoPrimitives.Digest) -> String {
        var text = Data("hawk.1.payload\n\(contentType)\n".utf8)
        text.append(payload)
        text.append(Data("\n".utf8))
        return CryptoPrimitives.hash(digest, text).base64EncodedString()
    }

    /// Escapes `\` and `"` inside a quoted header attribute.
    private static func escapeAttribute(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
