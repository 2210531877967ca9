import CourierHTTP
import CourierCrypto
import CourierModel
import Foundation

/// AWS Signature Version 4 with postman-runtime's `awsv4` parameters, in headers or a presigned query.
struct AWSV4Signer {
    /// Reads a variable-resolved auth parameter.
    let parameter: (String) -> String
    /// The clock for `X-Amz-Date`.
    var now: () -> Date = { Date() }

    /// Headers never signed (they may change on the way).
    private static let unsignedHeaders: Set<String> = [
        "authorization", "connection", "x-amzn-trace-id", "user-agent", "expect", "presigned-expires",
        "range",
    ]

    /// Service and region: the parameters, else guessed from an `*.amazonaws.com` host as the aws4
    /// library does (`iam.amazonaws.com` -> iam, `sqs.eu-west-1.amazonaws.com` -> sqs in eu-west-1).
    static func serviceAndRegion(host: String, service: String, region: String) -> (String, String) {
        var labels = host.lowercased().split(separator: ".").map(String.init)
        if labels.last == "cn" { labels.removeLast() }
        var guessed: [String] = []
        if labels.count >= 3, labels.suffix(2) == ["amazonaws", "com"] {
            let before = labels.dropLast(2)
            guessed = before.count >= 2 ? Array(before.suffix(2)) : [before.last!, ""]
        }
        if guessed.count == 2 {
            if guessed[1] == "es" || guessed[1] == "aoss" { guessed.reverse() }
            if guessed[1] == "s3" {
                guessed = ["s3", "us-east-1"]
            } else if let index = guessed.firstIndex(where: { $0.hasPrefix("s3-") }) {
                guessed = ["s3", String(guessed[index].dropFirst(3))]
            }
        }
        let finalService = !service.isEmpty ? service : (guessed.first ?? "")
        let finalRegion =
            !region.isEmpty ? region : (guessed.count == 2 && !guessed[1].isEmpty ? guessed[1] : "us-east-1")
        return (finalService, finalRegion)
    }

    /// Signs `request`: `Authorization: AWS4-HMAC-SHA256 ...` plus `X-Amz-*` headers, or query parameters.
    func sign(_ request: inout PreparedRequest) {
        let (service, region) = Self.serviceAndRegion(
            host: request.url.hostString, service: parameter("service"), region: parameter("region"))
        let stamp = Self.timestamp(now())
        let day = String(stamp.prefix(8))
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let credential = parameter("accessKey") + "/" + scope
        let token = parameter("sessionToken")
        let isS3 = service == "s3"
        let presign = parameter("addAuthDataToQuery").lowercased() == "true"
        let bodyHash =
            presign && isS3
            ? "UNSIGNED-PAYLOAD" : CryptoPrimitives.hash(.sha256, request.body ?? Data()).lowerHex

        for name in ["Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"] {
            request.headers.removeAll { $0.name.equalsIgnoringASCIICase(name) }
        }
        if request.body?.isEmpty == false, !request.hasHeader("Content-Type"),
            let type = request.defaultContentType
        {
            request.setHeader("Content-Type", type)
        }
        var signed: [(String, String)] = [("host", request.header("Host") ?? request.hostHeader)]
        for header in request.headers
        where !Self.unsignedHeaders.contains(header.name.lowercased()) && header.name.lowercased() != "host" {
            signed.append((header.name.lowercased(), header.value))
        }
        if presign {
            request.url.query.removeAll { ($0.key ?? "").hasPrefix("X-Amz-") }
            var added = [
                ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"), ("X-Amz-Credential", credential),
                ("X-Amz-Date", stamp),
                ("X-Amz-Expires", "86400"),
            ]
            if !token.isEmpty { added.append(("X-Amz-Security-Token", token)) }
            added.append(("X-Amz-SignedHeaders", Self.signedHeaderNames(signed)))
            request.url.query += added.map { QueryParam(key: $0.0, value: PercentEncoding.rfc3986($0.1)) }
        } else {
            signed.append(("x-amz-date", stamp))
            request.setHeader("X-Amz-Date", stamp)
            if !token.isEmpty {
                signed.append(("x-amz-security-token", token))
                request.setHeader("X-Amz-Security-Token", token)
            }
            if isS3 {
                signed.append(("x-amz-content-sha256", bodyHash))
                request.setHeader("X-Amz-Content-Sha256", bodyHash)
            }
        }
        let target = SigningTarget(request)
        let canonical = Self.canonicalRequest(
            method: request.method, path: target.path, query: target.query, headers: signed,
            bodyHash: bodyHash, isS3: isS3)
        let stringToSign = [
            "AWS4-HMAC-SHA256", stamp, scope, CryptoPrimitives.hash(.sha256, Data(canonical.utf8)).lowerHex,
        ]
        .joined(separator: "\n")
        let signature = CryptoPrimitives.hmac(
            .sha256, key: signingKey(day: day, region: region, service: service), Data(stringToSign.utf8)
        )
        .lowerHex
        if presign {
            request.url.query.append(QueryParam(key: "X-Amz-Signature", value: signature))
        } else {
            request.setHeader(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=\(credential), SignedHeaders=\(Self.signedHeaderNames(signed)), Signature=\(signature)"
            )
        }
    }

    /// `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, day), region), service), "aws4_request")`.
    private func signingKey(day: String, region: String, service: String) -> Data {
        var key = Data(("AWS4" + parameter("secretKey")).utf8)
        for part in [day, region, service, "aws4_request"] {
            key = CryptoPrimitives.hmac(.sha256, key: key, Data(part.utf8))
        }
        return key
    }

    /// `yyyyMMdd'T'HHmmss'Z'` in UTC.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    private static func signedHeaderNames(_ headers: [(String, String)]) -> String {
        Array(Set(headers.map(\.0))).sorted().joined(separator: ";")
    }

    /// The canonical request: method, canonical path, sorted query, headers, signed header names, payload hash.
    static func canonicalRequest(
        method: String, path: String, query: String, headers: [(String, String)], bodyHash: String, isS3: Bool
    ) -> String {
        var grouped: [String: [String]] = [:]
        for (name, value) in headers {
            let collapsed = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            grouped[name, default: []].append(collapsed)
        }
        let canonicalHeaders = grouped.keys.sorted().map { "\($0):\(grouped[$0]!.joined(separator: ","))\n" }
            .joined()
        return [
            method.uppercased(), canonicalPath(path, isS3: isS3), canonicalQuery(query, firstValueOnly: isS3),
            canonicalHeaders,
            grouped.keys.sorted().joined(separator: ";"), bodyHash,
        ].joined(separator: "\n")
    }

    /// Non-S3 services normalise the path and encode each (already encoded) segment again; S3
    /// decodes each segment and encodes it once.
    static func canonicalPath(_ path: String, isS3: Bool) -> String {
        guard path != "/" else { return path }
        var text = path
        if !isS3 {
            while text.contains("//") { text = text.replacingOccurrences(of: "//", with: "/") }
        }
        var pieces: [String] = []
        for piece in text.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            if !isS3 && piece == ".." {
                if !pieces.isEmpty { pieces.removeLast() }
            } else if isS3 || piece != "." {
                pieces.append(
                    PercentEncoding.rfc3986(isS3 ? PercentEncoding.decode(piece, plusAsSpace: true) : piece))
            }
        }
        var result = pieces.joined(separator: "/")
        if !result.hasPrefix("/") { result = "/" + result }
        if isS3 { result = result.replacingOccurrences(of: "%2F", with: "/") }
        return result
    }

    /// Query parameters decoded, re-encoded per RFC 3986 and sorted by key, then by value.
    static func canonicalQuery(_ query: String, firstValueOnly: Bool) -> String {
        guard !query.isEmpty else { return "" }
        var values: [String: [String]] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = PercentEncoding.rfc3986(PercentEncoding.decode(String(parts[0]), plusAsSpace: true))
            guard !key.isEmpty else { continue }
            let value = parts.count > 1 ? PercentEncoding.decode(String(parts[1]), plusAsSpace: true) : ""
            if firstValueOnly && values[key] != nil { continue }
            values[key, default: []].append(PercentEncoding.rfc3986(value))
        }
        return values.keys.sorted().flatMap { key in values[key]!.sorted().map { key + "=" + $0 } }.joined(
            separator: "&")
    }
}
