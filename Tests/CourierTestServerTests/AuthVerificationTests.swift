import Foundation
import XCTest

@testable import CourierTestServer

/// The auth-verification routes checked with signers that share no code with Courier: curl's own AWS SigV4
/// and NTLM, tokens signed by Python's hmac and the openssl command line, and AWS's and Akamai's published vectors.
final class AuthVerificationTests: ServerTestCase {
    private func status(_ args: [String]) throws -> String {
        try curl(["-o", "/dev/null", "-w", "%{http_code}"] + args).output
    }

    // MARK: AWS Signature Version 4

    func testCurlAWSSigV4IsVerified() throws {
        let sigv4 = ["--aws-sigv4", "aws:amz:eu-west-1:execute-api"]
        let good = ["--user", "AKIDEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"]
        // curl 7.88 signs the query in the order given (later curl sorts it), so it is given sorted.
        let get = try curl(sigv4 + good + [url("/auth/aws/items/42?a=1&b=2")])
        XCTAssertEqual(try jsonObject(get.output)["authenticated"] as? Bool, true, get.output)
        XCTAssertEqual(try jsonObject(get.output)["region"] as? String, "eu-west-1")
        let post = try curl(
            sigv4 + good + ["-H", "Content-Type: application/json", "-d", #"{"a": 1}"#, url("/auth/aws")])
        XCTAssertEqual(try jsonObject(post.output)["authenticated"] as? Bool, true, post.output)
        XCTAssertEqual(try status(sigv4 + ["--user", "AKIDEXAMPLE:wrong", url("/auth/aws/items")]), "401")
        XCTAssertEqual(try status(sigv4 + ["--user", "OTHERKEY:x", url("/auth/aws/items")]), "401")
        XCTAssertEqual(try status([url("/auth/aws/items")]), "401")
    }

    /// `get-vanilla` from AWS's SigV4 test suite (signed at 2015-08-30T12:36:00Z).
    func testAWSPublishedVectorIsVerified() {
        var request = ServerRequest(
            method: "GET", target: "/", version: "HTTP/1.1",
            headers: [
                ("Host", "example.amazonaws.com"), ("X-Amz-Date", "20150830T123600Z"),
                (
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, "
                        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
                ),
            ], body: [], scheme: "https", fallbackHost: "example.amazonaws.com")
        let signedAt = Date(timeIntervalSince1970: 1_440_938_160)
        XCTAssertNil(AWSSigV4Verifier.verify(request, now: signedAt).reason)
        XCTAssertNotNil(AWSSigV4Verifier.verify(request, now: Date()).reason, "too old")
        request.target = "/?a=1"
        XCTAssertNotNil(AWSSigV4Verifier.verify(request, now: signedAt).reason, "query not signed")
    }

    // MARK: EdgeGrid

    /// Akamai's EdgeGrid client test data.
    func testEdgeGridPublishedVectorsAreVerified() {
        let credentials = EdgeGridVerifier.Credentials(
            clientToken: "akab-client-token-xxx-xxxxxxxxxxxxxxxx",
            accessToken: "akab-access-token-xxx-xxxxxxxxxxxxxxxx",
            clientSecret: String(repeating: "x", count: 43) + "=")
        let prefix =
            "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;"
            + "access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;"
            + "nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;signature="
        let cases: [(String, String, String, String)] = [
            ("GET", "/", "", "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="),
            ("GET", "/testapi/v1/t1?p1=1&p2=2", "", "hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA="),
            (
                "POST", "/testapi/v1/t3", "datadatadatadatadatadatadatadata",
                "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4="
            ),
        ]
        let signedAt = Date(timeIntervalSince1970: 1_395_430_461)
        for (method, target, body, signature) in cases {
            var request = ServerRequest(
                method: method, target: target, version: "HTTP/1.1",
                headers: [
                    ("Host", "akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net"),
                    ("Authorization", prefix + signature),
                ], body: Array(body.utf8), scheme: "https", fallbackHost: "")
            XCTAssertNil(
                EdgeGridVerifier.verify(request, credentials: credentials, now: signedAt).reason, target)
            request.target += "x"
            XCTAssertNotNil(
                EdgeGridVerifier.verify(request, credentials: credentials, now: signedAt).reason, target)
        }
    }

    // MARK: JWT

    private let payload = "eyJzdWIiOiJ2ZWN0b3IiLCJuYW1lIjoiQ291cmllciJ9"

    func testJWTSignedElsewhereIsVerified() throws {
        let tokens = [
            // Python hmac with the server's secret.
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.\(payload).g8SEnfWca5SZVEYsE8BFZt5vFLgGGeWVpg7dHk6vRns",
            // `openssl dgst -sha256 -sign` with the private half of rsaPublicKeyPEM.
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.\(payload).gmF-foHyec35vZGSdsIl8x0T97dy6GdqyMsyai_cfweqnM3BDzBd36quihNFX"
                + "ZN7hOLTnPRI5JfN2fl5P_xFPHcPk3IMHC7l8TIxuMYHuYItwoYxv6KAtxVWI0-SYlx_OxE1eoOFCF7AbRPPsi7Jc81aesJLZReohXV-I12x"
                + "hS-7MeZOUYeW9c3V3sXjHjAJl5LFEn8Z1ETywFENEVKJqaFKVP9jikH7Vykem_962oD_TRN9ztnUYYBZ2EhkRtoeXi7nOs4uDYEYqltDoG"
                + "D1wOLOV9m0Y0JRMJASsXIT1zUN7WgkZAa02kNpjHqxt7WGOmOYp3CJOhpeMdLpKDZ1UQ",
            // openssl's DER ECDSA signature converted to JWS r||s, with the private half of ecPublicKeyPEM.
            "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.\(payload).LAqVyQuGKOcLPl3zFE43S0Y7VNqTuB7lDTqtAU_gMQRF50DRisU0kCYvgtrpb_"
                + "l3rQnAswZXKwUxQsrnj6wT2w",
        ]
        for token in tokens {
            let viaHeader = try curl(["-H", "Authorization: Bearer \(token)", url("/auth/jwt")])
            XCTAssertEqual(try jsonObject(viaHeader.output)["authenticated"] as? Bool, true, viaHeader.output)
            XCTAssertEqual(try status([url("/auth/jwt?token=\(token)")]), "200")
            let tampered = token.replacingOccurrences(of: payload, with: "eyJzdWIiOiJhZG1pbiJ9")
            XCTAssertEqual(try status(["-H", "Authorization: Bearer \(tampered)", url("/auth/jwt")]), "401")
        }
        XCTAssertEqual(try status([url("/auth/jwt")]), "401")
    }

    func testASAPWithoutRequiredClaimsIsRefused() throws {
        // Signed correctly (RS256 above) but without kid, iss, aud, iat, exp or jti.
        let result = try curl([
            "-H",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.\(payload).g8SEnfWca5SZVEYsE8BFZt5vFLgGGeWVpg7dHk6vRns",
            url("/auth/asap"),
        ])
        XCTAssertEqual(try jsonObject(result.output)["reason"] as? String, "no kid in the header")
    }

    // MARK: NTLM

    func testCurlNTLMHandshakeIsVerified() throws {
        let ok = try curl(["--ntlm", "--user", #"TESTDOMAIN\courier:Courier-NTLM-pa55"#, url("/auth/ntlm")])
        XCTAssertEqual(try jsonObject(ok.output)["authenticated"] as? Bool, true, ok.output)
        XCTAssertEqual(try jsonObject(ok.output)["user"] as? String, "courier")
        XCTAssertEqual(
            try status(["--ntlm", "--user", #"TESTDOMAIN\courier:wrong"#, url("/auth/ntlm")]), "401")
        XCTAssertEqual(
            try status(["--ntlm", "--user", #"TESTDOMAIN\mallory:Courier-NTLM-pa55"#, url("/auth/ntlm")]),
            "401")
    }

    func testNTLMChallengeCarriesTargetInfo() throws {
        let challengeHeader = try curl([
            "-D", "-", "-o", "/dev/null", "-H",
            "Authorization: NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAA=",
            url("/auth/ntlm"),
        ]).output
        let line = try XCTUnwrap(
            challengeHeader.split(separator: "\r\n").first {
                $0.lowercased().hasPrefix("www-authenticate: ntlm ")
            })
        let message = try XCTUnwrap(
            Data(base64Encoded: String(line.dropFirst("WWW-Authenticate: NTLM ".count))))
        XCTAssertEqual(message.prefix(8), Data("NTLMSSP\0".utf8))
        XCTAssertEqual(message[message.startIndex + 8], 2)
        XCTAssertGreaterThan(message.count, 48 + 20)
        let bare = try curl(["-D", "-", "-o", "/dev/null", url("/auth/ntlm")]).output
        XCTAssertTrue(bare.contains("WWW-Authenticate: NTLM\r\n"), bare)
    }
}
