import CourierModel
import CourierRunner
import Foundation
import XCTest

/// AWS SigV4, EdgeGrid, JWT, ASAP and NTLM signed by the runner and verified independently by the test
/// server's `/auth/aws`, `/auth/edgegrid`, `/auth/jwt`, `/auth/asap` and `/auth/ntlm`.
final class AuthVerifiedLiveTests: RunnerTestCase {
    /// Private half of the test server's RSA test key (JWTVerifier.rsaPublicKeyPEM).
    private static let rsaPrivateKey = """
        -----BEGIN PRIVATE KEY-----
        MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCf+E/euT4YKfkQ
        VCQIWQgwn91Q+uQOV2v3+BMkORRPkB/wdEhXC9jdohvzNKegLDAC66m/NrrlwTK5
        xskQozpmByo6tKjfOUcneCd3J/IQ5SsmCBc4YT5x8phsn4FluGIO/wj61g8ELVU8
        P+9GR9OQgxv1bxluB/K/ksoablVhpMM3xXoFlYsXh/N4kJ+KObHZBSya2ZB0qqFR
        81wSat9y91R6xcHipoTJSiln5liIUnyUWyvTv/aG2wJYxQsGAK+PPBn5p7/1Kpr9
        1PNLU17vR5n+U9GDz5bbngDTEZPXP2Devuihc5hfs0SzgmWw1GhHDi3R9Eyvb5Pe
        tCr1tn+pAgMBAAECggEAATAoMbSJAkdvhuBFGz3ECo5pZ6RRZMzf66nPRJXa8YNV
        xWSrs9/N5smBMSN7OjyRx7fF3Tp0FWhDru8Lx8Camq7jcKeuWGgVv/SLwH4OtXLq
        SOBHAd9xBgoh+S6PGLkPm2JoB+rmliabCzVDWu+GIfzjTIWcd/19n1AhCaS3pB/A
        4zX5GdAXNxFniViV1g8nYnvtHfzxRRVS8xy5rDrOwZT3Ts6PO/HlJTY0UqPdkRdK
        YXhy5vFXBm0bH6Wow2T7YjtVZc2rruqoUX6oZmp/ECulr9nTwuVAylz+waUUPUY+
        dqII9dGXEw0cNNhG7LFlbIfORb+srAE0BMR4ITaxDQKBgQDYJIpZKvQD0h3i1hmc
        Vkslnu6Jh7bhpaA6OQdQpldJ5C1X4JTSxtoqq4bUgJ9fmnFbu32jSqPy19lwjB1P
        BWE2YALOcgDKHNTJkrSHZcGCEkIPQthaSONgaimlmACdVZow81/AUoApHNApACkR
        4NbTsRphRvY5zK48s73PZtbqXQKBgQC9eAVzRpxBG0bFsDTpWx6RrTyVLrdBiB8H
        R2Age7vClWC5y9ScRWkqVM1wEixva2P4WBmwTQZ3xpq4+uugoB2u+wqudy5DxPWU
        VGR0Rd7sbBjx8tRr79ZrgGzMfyFT7/gpA/XKHG83s1c0cXvlxp4xWog3iuOOQVuw
        2wa3POvNvQKBgQCwhFcAL1YM8MI7iIJt7QN9++fvJYizi2Hpar2QnehXjiOBywV/
        haqSgnaggVKm7yh4tAwNGV3/a0xG4AbnjAsyLwLburruVNFqtYb9tJpuMZ8Fe5/Z
        TAF1sf3FIPgPheNg6sFd/YJxEPjnIxxnX2nShKZ4n01jMsdxB5GSGfiWeQKBgHtF
        68Xk2yVBKfrVepeZwXnmzNQDYRgyCH4j4ldAKhmgNx6rj9ldD9+K7V9Nc7vKk3Cx
        YYVjmCG2BlT0bPpFMwr2Kyz4PhG5xE6N2g4Mp84LRu+knrDbixbGqAMlc/m42C1X
        dkPZ3ELRXJuyeno1kBdsX9RDeWrE+3NGDkiKSqHBAoGBAKCAttR+XfYVOb6Oz5Zv
        C6oE5n3pB4bsCY3Ll8QYCo3sfX972tRip0k9YWm8LGE/s392qXnCxZ3XSv1qWAiX
        h7MwFVszVtOWTMcG5nSVTiNDovg9ZG25VslAS+vNlXnK3yUWcyD0K79zoTf/iXWb
        otyDZfOHB7VubtyJGyGGSkpc
        -----END PRIVATE KEY-----
        """

    /// Private half of the test server's P-256 test key (JWTVerifier.ecPublicKeyPEM).
    private static let ecPrivateKey = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgg21F1ybUE3c5rLFt
        br4mH/6F34fVEkxSbmYq40BzyqyhRANCAATfN0Fzdyb/54CqM81A+GR+bsxv+Bkj
        F9dnaK3gk9mb2pZLbz7A8NYfxpyEgtOzf2YmkmGVPSb05zdC/Gdf+sVm
        -----END PRIVATE KEY-----
        """

    /// An RSA key the test server does not know.
    private static let otherRSAKey = """
        -----BEGIN PRIVATE KEY-----
        MIICdQIBADANBgkqhkiG9w0BAQEFAASCAl8wggJbAgEAAoGBAL0vZm8Hsl/bUW4A
        n5B+oFqdnnKwsYHhZxC5P0KKZz4kLGo2KbTAxFl2V0nEdSai9ybrD+4vaoQL4r6u
        HHbH1NvWEvpsLLP9mpt9Dg8B5RgfnjbvR/Ao7rVynpoTv2w8DHiuLPDfseQZ5m4a
        8wtPA+PwVWCY8OJSQc/gxhWCLjIFAgMBAAECgYAE1FXwFak3Czk77qYkISdkyMtH
        sD0HzMI9ygzUXQYfrvq3R2SvKZCZnAzEZFB9SQG4K53/fZRhhJAoP/eYDKfhXYwr
        5YGXc7d9zGklTNq0kuKbB2lRyVPosWdHPxZ5uPCI1jOMWu2eUeocXY1QbFEwsP/p
        7xw9MmOfFlG8LFXjwQJBAN2bwxqrSd99lmfcpVK6g2nXtfhsskgmlVyVBqbMCNh/
        jjMoWaD+pFzuvI8I1vQmJ5L4QwxldUpeMKUXL/WsuLECQQDai3/mAwcRRLnQCYTr
        6fEK+rI70IAJOaly7I5R6LS7MNVAWllaP2A/4q/qOSp3FKsLZ/1pUupBwgm+PDXf
        bqOVAkA7RCf2nu6fxZ+O4VSZfmYczWLOMIuxfhgd7YEc5J5NADgQeG8X/mIItJRb
        EHskSnv0805DJ3Mp02zhCgV6h5nRAkAnJwjBz1cLy/EyCRKMJTwuyFz4BFF71Z26
        3hBdMkB2rLf3sHgDiAkZSOZVIuqtrME76ORoYxdesoGGWEkafzrFAkAIeg7yqWu3
        UI8J5XzO2TsqazIGBl6Ux2x3CwmHjHNI+InVbwmhkXbEJ+9e+1YYLspeXAT3A8ep
        HvzBIstN3Cqw
        -----END PRIVATE KEY-----
        """

    /// A JSON string literal for `text`.
    private func quoted(_ text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }

    /// An auth block of `type` with string parameters.
    private func auth(_ type: String, _ parameters: [(String, String)]) -> String {
        let list = parameters.map { #"{"key": "\#($0.0)", "value": \#(quoted($0.1))}"# }.joined(
            separator: ", ")
        return #"{"type": "\#(type)", "\#(type)": [\#(list)]}"#
    }

    /// Runs one request per (name, request JSON) and returns the executions in order.
    private func runItems(_ items: [(String, String)], file: StaticString = #filePath, line: UInt = #line)
        throws
        -> [Execution]
    {
        let list = items.map { #"{"name": "\#($0.0)", "request": \#($0.1)}"# }.joined(separator: ",\n")
        let summary = try run(try collection(#"{"info": {"name": "t"}, "item": [\#(list)]}"#))
        XCTAssertEqual(summary.executions.count, items.count, file: file, line: line)
        return summary.executions
    }

    /// Asserts the status of each execution, showing the server's reason on a mismatch.
    private func assertStatus(
        _ executions: [Execution], _ expected: Int, file: StaticString = #filePath, line: UInt = #line
    ) {
        for execution in executions {
            let body =
                execution.response.map { String(decoding: $0.body, as: UTF8.self) }
                ?? String(describing: execution.requestError)
            XCTAssertEqual(
                execution.response?.code, expected, "\(execution.item.name): \(body)", file: file, line: line)
        }
    }

    // MARK: AWS Signature Version 4

    private func aws(
        secret: String = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", _ extra: [(String, String)] = []
    )
        -> String
    {
        auth(
            "awsv4",
            [
                ("accessKey", "AKIDEXAMPLE"), ("secretKey", secret), ("region", "eu-west-1"),
                ("service", "execute-api"),
            ]
                + extra)
    }

    func testAWSSignatureV4InHeadersVerifies() throws {
        let executions = try runItems([
            (
                "get",
                #"{"url": "{{base}}/auth/aws/items/a%20b?z=last&a=first&a=again&e=", "auth": \#(aws())}"#
            ),
            (
                "post",
                #"{"method": "POST", "url": "{{base}}/auth/aws", "header": [{"key": "X-Custom", "value": "  spaced   out "}], "#
                    + #""body": {"mode": "raw", "raw": "{\"name\": \"courier\"}"}, "auth": \#(aws())}"#
            ),
            (
                "session token",
                #"{"method": "PUT", "url": "{{base}}/auth/aws/x", "body": {"mode": "raw", "raw": "data"}, "#
                    + #""auth": \#(aws([("sessionToken", "COURIER-TEST-SESSION-TOKEN")]))}"#
            ),
            (
                "s3",
                #"{"method": "PUT", "url": "{{base}}/auth/aws/bucket/key.txt", "body": {"mode": "raw", "raw": "hello"}, "#
                    + #""auth": \#(auth("awsv4", [("accessKey", "AKIDEXAMPLE"), ("secretKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), ("region", "us-east-1"), ("service", "s3")]))}"#
            ),
        ])
        assertStatus(executions, 200)
        XCTAssertEqual(try echo(executions[0])["service"], "execute-api")
        XCTAssertEqual(try echo(executions[3])["service"], "s3")
    }

    func testAWSSignatureV4PresignedQueryVerifies() throws {
        let executions = try runItems([
            (
                "presigned",
                #"{"url": "{{base}}/auth/aws/thing?b=2", "auth": \#(aws([("addAuthDataToQuery", "true")]))}"#
            ),
            (
                "presigned with token",
                #"{"url": "{{base}}/auth/aws/thing", "auth": \#(aws([("addAuthDataToQuery", "true"), ("sessionToken", "COURIER-TEST-SESSION-TOKEN")]))}"#
            ),
            (
                "presigned s3",
                #"{"url": "{{base}}/auth/aws/bucket/photo%20one.jpg", "auth": \#(auth("awsv4", [("accessKey", "AKIDEXAMPLE"), ("secretKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), ("service", "s3"), ("addAuthDataToQuery", "true")]))}"#
            ),
            (
                "plus and encoded plus in query",
                #"{"url": "{{base}}/auth/aws/x?q=a+b&r=c%2Bd", "auth": \#(aws())}"#
            ),
            (
                "dot segments",
                #"{"url": "{{base}}/auth/aws/x/./y/../z", "auth": \#(aws())}"#
            ),
        ])
        assertStatus(executions, 200)
        XCTAssertEqual(try echo(executions[0])["presigned"], true)
        XCTAssertNil(executions[0].request?.headers.first { $0.name == "Authorization" })
    }

    func testAWSSignatureV4WrongSecretOrTokenIsRefused() throws {
        let executions = try runItems([
            ("wrong secret", #"{"url": "{{base}}/auth/aws/x", "auth": \#(aws(secret: "not-the-secret"))}"#),
            (
                "wrong token",
                #"{"url": "{{base}}/auth/aws/x", "auth": \#(aws([("sessionToken", "stolen")]))}"#
            ),
        ])
        assertStatus(executions, 401)
    }

    // MARK: Akamai EdgeGrid

    private func edgegrid(
        secret: String = "C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=", _ extra: [(String, String)] = []
    )
        -> String
    {
        auth(
            "edgegrid",
            [
                ("accessToken", "akab-access-token-courier-test"),
                ("clientToken", "akab-client-token-courier-test"),
                ("clientSecret", secret),
            ] + extra)
    }

    func testEdgeGridSignatureVerifies() throws {
        let executions = try runItems([
            (
                "get",
                #"{"url": "{{base}}/auth/edgegrid/papi/v1/groups?limit=1&b=x%20y", "auth": \#(edgegrid())}"#
            ),
            (
                "post with signed header",
                #"{"method": "POST", "url": "{{base}}/auth/edgegrid/ccu/v3", "header": [{"key": "X-Edge-Test", "value": " a   b "}], "#
                    + #""body": {"mode": "raw", "raw": "{\"objects\": [1]}"}, "auth": \#(edgegrid([("headersToSign", "X-Edge-Test")]))}"#
            ),
        ])
        assertStatus(executions, 200)
    }

    func testEdgeGridWrongSecretIsRefused() throws {
        assertStatus(
            try runItems([
                ("wrong", #"{"url": "{{base}}/auth/edgegrid/x", "auth": \#(edgegrid(secret: "bad"))}"#)
            ]),
            401)
    }

    // MARK: JWT

    private func jwt(_ algorithm: String, _ extra: [(String, String)]) -> String {
        auth(
            "jwt",
            [
                ("algorithm", algorithm), ("payload", #"{"sub": "courier", "admin": true}"#),
                ("header", #"{"kid": "k1"}"#),
            ]
                + extra)
    }

    func testJWTSignaturesVerify() throws {
        let secret = ("secret", "courier-jwt-test-secret")
        let executions = try runItems([
            ("HS256", #"{"url": "{{base}}/auth/jwt", "auth": \#(jwt("HS256", [secret]))}"#),
            (
                "HS512 in query",
                #"{"url": "{{base}}/auth/jwt", "auth": \#(jwt("HS512", [secret, ("addTokenTo", "queryParam")]))}"#
            ),
            (
                "HS384 base64 secret",
                #"{"url": "{{base}}/auth/jwt", "auth": \#(jwt("HS384", [("secret", Data("courier-jwt-test-secret".utf8).base64EncodedString()), ("isSecretBase64Encoded", "true")]))}"#
            ),
            (
                "RS256",
                #"{"url": "{{base}}/auth/jwt", "auth": \#(jwt("RS256", [("privateKey", Self.rsaPrivateKey)]))}"#
            ),
            (
                "PS384",
                #"{"url": "{{base}}/auth/jwt", "auth": \#(jwt("PS384", [("privateKey", Self.rsaPrivateKey)]))}"#
            ),
            (
                "ES256",
                #"{"url": "{{base}}/auth/jwt", "auth": \#(jwt("ES256", [("privateKey", Self.ecPrivateKey)]))}"#
            ),
        ])
        assertStatus(executions, 200)
        XCTAssertEqual(try echo(executions[0])["claims"]?["sub"], "courier")
        XCTAssertEqual(try echo(executions[5])["alg"], "ES256")
    }

    func testJWTWithWrongSecretOrKeyIsRefused() throws {
        let executions = try runItems([
            ("HS256", #"{"url": "{{base}}/auth/jwt", "auth": \#(jwt("HS256", [("secret", "wrong")]))}"#),
            (
                "RS256 other key",
                #"{"url": "{{base}}/auth/jwt", "auth": \#(jwt("RS256", [("privateKey", Self.otherRSAKey)]))}"#
            ),
        ])
        assertStatus(executions, 401)
    }

    // MARK: ASAP

    private func asap(kid: String, key: String, alg: String = "RS256") -> String {
        auth(
            "asap",
            [
                ("alg", alg), ("kid", kid), ("iss", "courier-client"), ("sub", "courier-user"),
                ("aud", "courier-test-server"), ("privateKey", key), ("claims", #"{"scope": "read"}"#),
            ])
    }

    func testASAPTokenVerifies() throws {
        let executions = try runItems([
            (
                "RS256",
                #"{"url": "{{base}}/auth/asap", "auth": \#(asap(kid: "courier/rsa", key: Self.rsaPrivateKey))}"#
            ),
            (
                "ES256",
                #"{"url": "{{base}}/auth/asap", "auth": \#(asap(kid: "courier/ec", key: Self.ecPrivateKey, alg: "ES256"))}"#
            ),
        ])
        assertStatus(executions, 200)
        XCTAssertEqual(try echo(executions[0])["sub"], "courier-user")
        XCTAssertEqual(try echo(executions[0])["claims"]?["scope"], "read")
    }

    func testASAPTokenSignedWithAnotherKeyIsRefused() throws {
        assertStatus(
            try runItems([
                (
                    "other key",
                    #"{"url": "{{base}}/auth/asap", "auth": \#(asap(kid: "courier/rsa", key: Self.otherRSAKey))}"#
                )
            ]), 401)
    }

    // MARK: NTLM

    private func ntlm(password: String) -> String {
        auth(
            "ntlm",
            [
                ("username", "courier"), ("password", password), ("domain", "TESTDOMAIN"),
                ("workstation", "WS1"),
            ])
    }

    func testNTLMHandshakeVerifies() throws {
        let executions = try runItems([
            ("ntlm", #"{"url": "{{base}}/auth/ntlm", "auth": \#(ntlm(password: "Courier-NTLM-pa55"))}"#),
            (
                "domain in user name",
                #"{"url": "{{base}}/auth/ntlm", "auth": \#(auth("ntlm", [("username", "TESTDOMAIN\\courier"), ("password", "Courier-NTLM-pa55")]))}"#
            ),
        ])
        assertStatus(executions, 200)
        XCTAssertEqual(try echo(executions[0])["user"], "courier")
    }

    func testNTLMWrongPasswordIsRefused() throws {
        let executions = try runItems([
            ("ntlm", #"{"url": "{{base}}/auth/ntlm", "auth": \#(ntlm(password: "wrong"))}"#)
        ])
        assertStatus(executions, 401)
        XCTAssertEqual(
            executions[0].response?.headers.first { $0.name.lowercased() == "www-authenticate" }?.value,
            "NTLM")
    }
}
