import CourierCrypto
import CourierModel
import Foundation
import XCTest

@testable import CourierRunner

/// Signers checked against published vectors with fixed nonces and clocks.
final class AuthSignerTests: XCTestCase {
    private func authenticator(_ type: String, _ parameters: [String: String]) -> Authenticator {
        let pairs = parameters.sorted { $0.key < $1.key }.map {
            (key: $0.key, value: JSONValue.string($0.value))
        }
        return Authenticator(auth: Auth(type: type, parameters: pairs), resolve: { $0 })
    }

    private func request(
        _ method: String, _ url: String, headers: [HeaderField] = [], body: String? = nil,
        contentType: String? = nil
    ) -> PreparedRequest {
        PreparedRequest(
            method: method, url: RequestURL.parse(url), headers: headers, body: body.map { Data($0.utf8) },
            defaultContentType: contentType)
    }

    /// Parses `Scheme k="v", k2="v2"` into a dictionary.
    private func fields(_ header: String?) -> [String: String] {
        guard let header, let space = header.firstIndex(of: " ") else { return [:] }
        var result: [String: String] = [:]
        for part in header[header.index(after: space)...].split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1)
            guard pieces.count == 2 else { continue }
            result[pieces[0].trimmingCharacters(in: .whitespaces)] = String(pieces[1]).trimmingCharacters(
                in: CharacterSet(charactersIn: "\" "))
        }
        return result
    }

    // MARK: OAuth 1.0a

    /// Twitter's published "Creating a signature" example.
    private var twitterOAuth: Authenticator {
        authenticator(
            "oauth1",
            [
                "consumerKey": "xvz1evFS4wEEPTGEFPHBog",
                "consumerSecret": "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "token": "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
                "tokenSecret": "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE", "signatureMethod": "HMAC-SHA1",
                "timestamp": "1318622958", "addParamsToHeader": "true",
                "nonce": "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
                "version": "1.0",
            ])
    }

    private var twitterRequest: PreparedRequest {
        request(
            "POST", "https://api.twitter.com/1.1/statuses/update.json?include_entities=true",
            headers: [HeaderField(name: "Authorization", value: "stale")],
            body: "status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21",
            contentType: "application/x-www-form-urlencoded")
    }

    func testOAuth1MatchesTwitterExampleAndReplacesStaleHeader() {
        var signed = twitterRequest
        twitterOAuth.sign(&signed)
        let header = signed.header("Authorization")
        XCTAssertEqual(signed.headers.filter { $0.name == "Authorization" }.count, 1)
        XCTAssertTrue(
            header?.hasPrefix("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\",") ?? false, header ?? "")
        XCTAssertEqual(fields(header)["oauth_signature"], "hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D")
        XCTAssertTrue(twitterOAuth.secrets.contains("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"))
    }

    func testOAuth1RealmLeadsAndPlaintextSignsWithTheKey() {
        var signed = request("GET", "http://example.com/r")
        authenticator(
            "oauth1",
            [
                "consumerKey": "k", "consumerSecret": "c s", "tokenSecret": "t",
                "signatureMethod": "PLAINTEXT", "realm": "Photos", "addParamsToHeader": "true", "nonce": "n",
                "timestamp": "1",
            ]
        ).sign(&signed)
        let header = signed.header("Authorization") ?? ""
        XCTAssertTrue(header.hasPrefix("OAuth realm=\"Photos\",oauth_consumer_key=\"k\""), header)
        XCTAssertEqual(fields(header)["oauth_signature"], "c%2520s%26t")
        XCTAssertNil(fields(header)["oauth_token"], "empty parameters are left out")
    }

    func testOAuth1ParamsGoToQueryForGetAndToBodyForForms() {
        var get = request("GET", "http://example.com/r?a=1")
        let inQuery = authenticator(
            "oauth1",
            [
                "consumerKey": "k", "consumerSecret": "s", "addParamsToHeader": "false", "nonce": "n",
                "timestamp": "1",
            ])
        inQuery.sign(&get)
        XCTAssertNil(get.header("Authorization"))
        XCTAssertEqual(
            get.url.query.compactMap(\.key),
            [
                "a", "oauth_consumer_key", "oauth_signature_method", "oauth_timestamp", "oauth_nonce",
                "oauth_signature",
            ])

        var post = request(
            "POST", "http://example.com/r", body: "a=1", contentType: "application/x-www-form-urlencoded")
        inQuery.sign(&post)
        let body = String(decoding: post.body ?? Data(), as: UTF8.self)
        XCTAssertTrue(body.hasPrefix("a=1&oauth_consumer_key=k&"), body)
        XCTAssertTrue(body.contains("oauth_signature="), body)
        XCTAssertTrue(post.url.query.isEmpty)
    }

    func testOAuth1BodyHashAndRSASignatureVerify() throws {
        var signed = request(
            "POST", "http://example.com/r", body: "{\"a\":1}", contentType: "application/json")
        authenticator(
            "oauth1",
            [
                "consumerKey": "k", "signatureMethod": "RSA-SHA256", "privateKey": TestKeys.rsaPrivate,
                "includeBodyHash": "true", "addParamsToHeader": "true", "nonce": "n", "timestamp": "1",
            ]
        ).sign(&signed)
        let values = fields(signed.header("Authorization"))
        let bodyHash = CryptoPrimitives.hash(.sha256, Data("{\"a\":1}".utf8)).base64EncodedString()
        XCTAssertEqual(values["oauth_body_hash"].map { PercentEncoding.decode($0) }, bodyHash)
        let signature = try XCTUnwrap(
            values["oauth_signature"].map { Data(base64Encoded: PercentEncoding.decode($0)) } ?? nil)
        let parameters = [
            "oauth_consumer_key": "k", "oauth_signature_method": "RSA-SHA256", "oauth_timestamp": "1",
            "oauth_nonce": "n", "oauth_body_hash": bodyHash,
        ]
        let base = OAuth1Signer.baseString(
            method: "POST", target: SigningTarget(signed), parameters: parameters.map { ($0.key, $0.value) })
        XCTAssertTrue(
            CryptoPrimitives.verify(
                signature, of: Data(base.utf8), publicKeyPEM: TestKeys.rsaPublic, digest: .sha256,
                scheme: .rsaPKCS1))
    }

    // MARK: Hawk

    private let hawkCredentials = [
        "authId": "dh37fgj492je", "authKey": "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn",
        "algorithm": "sha256",
    ]

    /// The examples in the Hawk specification's README.
    func testHawkMatchesSpecificationExamples() {
        var get = request(
            "GET", "http://example.com:8000/resource/1?b=1&a=2",
            headers: [HeaderField(name: "authorization", value: "old")])
        var parameters = hawkCredentials.merging([
            "timestamp": "1353832234", "nonce": "j4h3g2", "extraData": "some-app-ext-data",
        ]) { $1 }
        authenticator("hawk", parameters).sign(&get)
        XCTAssertEqual(
            get.header("Authorization"),
            "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", ext=\"some-app-ext-data\", mac=\"6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=\""
        )
        XCTAssertEqual(get.headers.count, 1)

        var post = request(
            "POST", "http://example.com:8000/resource/1?b=1&a=2",
            headers: [HeaderField(name: "Content-Type", value: "text/plain")],
            body: "Thank you for flying Hawk")
        parameters["includePayloadHash"] = "true"
        authenticator("hawk", parameters).sign(&post)
        let values = fields(post.header("Authorization"))
        XCTAssertEqual(values["hash"], "Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=")
        XCTAssertEqual(values["mac"], "aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw=")
    }

    // MARK: AWS Signature V4

    private let awsDate = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z
    private let awsCredentials = [
        "accessKey": "AKIDEXAMPLE", "secretKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        "region": "us-east-1",
    ]

    /// `get-vanilla` and `get-vanilla-query-order-key-case` from AWS's SigV4 test suite.
    func testAWSV4MatchesTestSuiteVectors() {
        let signer = authenticator("awsv4", awsCredentials.merging(["service": "service"]) { $1 })
        var vanilla = request("GET", "https://example.amazonaws.com/")
        signer.signWithSigner(&vanilla, now: awsDate)
        XCTAssertEqual(vanilla.header("X-Amz-Date"), "20150830T123600Z")
        XCTAssertEqual(
            vanilla.header("Authorization"),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        )

        var ordered = request("GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1")
        signer.signWithSigner(&ordered, now: awsDate)
        XCTAssertTrue(
            ordered.header("Authorization")?.hasSuffix(
                "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500") ?? false,
            ordered.header("Authorization") ?? "")
    }

    /// The IAM ListUsers example from AWS's SigV4 documentation (content type signed).
    func testAWSV4MatchesDocumentationExample() {
        var list = request(
            "GET", "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08",
            headers: [
                HeaderField(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8")
            ])
        authenticator("awsv4", awsCredentials.merging(["service": "iam"]) { $1 }).signWithSigner(
            &list, now: awsDate)
        XCTAssertEqual(
            list.header("Authorization"),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        )
    }

    func testAWSV4GuessesServiceAndRegionFromHost() {
        let guess = AWSV4Signer.serviceAndRegion
        XCTAssertTrue(guess("iam.amazonaws.com", "", "") == ("iam", "us-east-1"))
        XCTAssertTrue(guess("sqs.eu-west-1.amazonaws.com", "", "") == ("sqs", "eu-west-1"))
        XCTAssertTrue(guess("bucket.s3.amazonaws.com", "", "") == ("s3", "us-east-1"))
        XCTAssertTrue(guess("bucket.s3-eu-west-2.amazonaws.com", "", "") == ("s3", "eu-west-2"))
        XCTAssertTrue(guess("example.com", "execute-api", "ap-south-1") == ("execute-api", "ap-south-1"))
    }

    func testAWSV4SessionTokenS3AndPresignedQuery() {
        var s3 = request("PUT", "https://bucket.s3.amazonaws.com/a b.txt", body: "hi")
        let parameters = awsCredentials.merging(["service": "s3", "sessionToken": "T0KEN"]) { $1 }
        authenticator("awsv4", parameters).signWithSigner(&s3, now: awsDate)
        XCTAssertEqual(s3.header("X-Amz-Security-Token"), "T0KEN")
        XCTAssertEqual(
            s3.header("X-Amz-Content-Sha256"), CryptoPrimitives.hash(.sha256, Data("hi".utf8)).lowerHex)
        XCTAssertTrue(
            s3.header("Authorization")?.contains(
                "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,") ?? false)

        var presigned = request("GET", "https://example.amazonaws.com/")
        authenticator(
            "awsv4", awsCredentials.merging(["service": "service", "addAuthDataToQuery": "true"]) { $1 }
        ).signWithSigner(&presigned, now: awsDate)
        XCTAssertNil(presigned.header("Authorization"))
        XCTAssertEqual(
            presigned.url.query.compactMap(\.key),
            [
                "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders",
                "X-Amz-Signature",
            ])
        XCTAssertTrue(
            authenticator("awsv4", parameters).secrets.contains("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
    }

    // MARK: JWT and ASAP

    /// jwt.io's default HS256 token.
    func testJWTHS256MatchesKnownToken() {
        var signed = request("GET", "http://example.com/")
        authenticator(
            "jwt",
            [
                "algorithm": "HS256", "secret": "your-256-bit-secret",
                "payload": #"{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}"#,
            ]
        ).sign(&signed)
        XCTAssertEqual(
            signed.header("Authorization"),
            "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        )
    }

    func testJWTBase64SecretQueryPlacementAndHeaderMerge() {
        var signed = request("GET", "http://example.com/")
        let secret = Data("your-256-bit-secret".utf8).base64EncodedString()
        authenticator(
            "jwt",
            [
                "algorithm": "HS256", "secret": secret, "isSecretBase64Encoded": "true",
                "addTokenTo": "queryParam", "queryParamKey": "jwt", "header": #"{"kid": "k1"}"#,
                "payload": "{}",
            ]
        ).sign(&signed)
        let token = signed.url.query.first { $0.key == "jwt" }?.value ?? ""
        let header = JSONWebToken.base64Decode(String(token.split(separator: ".")[0])).map {
            String(decoding: $0, as: UTF8.self)
        }
        XCTAssertEqual(header, #"{"alg":"HS256","typ":"JWT","kid":"k1"}"#)
        XCTAssertNil(signed.header("Authorization"))
    }

    private func verifyToken(
        _ token: String, publicKey: String, digest: CryptoPrimitives.Digest,
        scheme: CryptoPrimitives.SignatureScheme, file: StaticString = #filePath, line: UInt = #line
    ) {
        let parts = token.split(separator: ".")
        XCTAssertEqual(parts.count, 3, file: file, line: line)
        guard parts.count == 3, let signature = JSONWebToken.base64Decode(String(parts[2])) else { return }
        let input = Data((parts[0] + "." + parts[1]).utf8)
        XCTAssertTrue(
            CryptoPrimitives.verify(
                signature, of: input, publicKeyPEM: publicKey, digest: digest, scheme: scheme), file: file,
            line: line)
    }

    func testJWTPublicKeyAlgorithmsVerify() throws {
        for (algorithm, key, publicKey, digest, scheme) in [
            (
                "RS256", TestKeys.rsaPrivate, TestKeys.rsaPublic, CryptoPrimitives.Digest.sha256,
                CryptoPrimitives.SignatureScheme.rsaPKCS1
            ),
            ("RS512", TestKeys.rsaPrivate, TestKeys.rsaPublic, .sha512, .rsaPKCS1),
            ("PS256", TestKeys.rsaPrivate, TestKeys.rsaPublic, .sha256, .rsaPSS),
            ("ES256", TestKeys.ecPrivate, TestKeys.ecPublic, .sha256, .ecdsaRaw(size: 32)),
        ] {
            let token = try JWTSigner(parameter: {
                ["algorithm": algorithm, "privateKey": key, "payload": #"{"a":1}"#][$0] ?? ""
            }).token()
            verifyToken(token, publicKey: publicKey, digest: digest, scheme: scheme)
            if algorithm == "ES256" {
                XCTAssertEqual(JSONWebToken.base64Decode(String(token.split(separator: ".")[2]))?.count, 64)
            }
        }
    }

    func testJWTWithBadKeyLeavesRequestUnsignedWithWarning() {
        var signed = request("GET", "http://example.com/")
        authenticator("jwt", ["algorithm": "RS256", "privateKey": "not a key"]).sign(&signed)
        XCTAssertNil(signed.header("Authorization"))
        XCTAssertEqual(signed.warnings.count, 1)
    }

    func testASAPCarriesStandardClaims() throws {
        let signer = ASAPSigner(
            parameter: {
                [
                    "kid": "svc/key1", "iss": "svc", "aud": "api", "exp": "60",
                    "privateKey": TestKeys.rsaPrivate, "claims": #"{"scope": "read"}"#,
                ][$0] ?? ""
            },
            now: { Date(timeIntervalSince1970: 1000) }, tokenID: { "jti-1" })
        let token = try signer.token()
        let parts = token.split(separator: ".").map { JSONWebToken.base64Decode(String($0)) ?? Data() }
        XCTAssertEqual(
            String(decoding: parts[0], as: UTF8.self), #"{"alg":"RS256","typ":"JWT","kid":"svc/key1"}"#)
        XCTAssertEqual(
            String(decoding: parts[1], as: UTF8.self),
            #"{"iss":"svc","aud":"api","iat":1000,"exp":1060,"jti":"jti-1","scope":"read"}"#)
        verifyToken(token, publicKey: TestKeys.rsaPublic, digest: .sha256, scheme: .rsaPKCS1)
    }

    // MARK: EdgeGrid

    /// Vectors from Akamai's EdgeGrid client test data.
    func testEdgeGridMatchesAkamaiTestData() {
        let parameters = [
            "clientToken": "akab-client-token-xxx-xxxxxxxxxxxxxxxx",
            "accessToken": "akab-access-token-xxx-xxxxxxxxxxxxxxxx",
            "clientSecret": String(repeating: "x", count: 43) + "=",
            "nonce": "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
            "timestamp": "20140321T19:34:21+0000", "maxBodySize": "2048",
        ]
        let host = "https://akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net"
        let cases: [(String, String, String?, String)] = [
            ("GET", "/", nil, "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="),
            ("GET", "/testapi/v1/t1?p1=1&p2=2", nil, "hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA="),
            (
                "POST", "/testapi/v1/t3", "datadatadatadatadatadatadatadata",
                "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4="
            ),
            ("POST", "/testapi/v1/t6", "", "1gEDxeQGD5GovIkJJGcBaKnZ+VaPtrc4qBUHixjsPCQ="),
        ]
        for (method, path, body, signature) in cases {
            var signed = request(method, host + path, body: body)
            authenticator("edgegrid", parameters).sign(&signed)
            XCTAssertEqual(
                signed.header("Authorization")?.components(separatedBy: "signature=").last, signature, path)
        }
    }

    func testEdgeGridHeaderShapeAndBodyCoverage() {
        let parameters = [
            "clientToken": "akab-client", "accessToken": "akab-access", "clientSecret": "secret",
            "nonce": "nonce-1",
            "timestamp": "20140321T19:34:21+0000", "headersToSign": "X-Test",
        ]
        var get = request(
            "GET", "https://akaa-host.luna.akamaiapis.net/sample?x=1",
            headers: [HeaderField(name: "X-Test", value: "  a   b ")])
        authenticator("edgegrid", parameters).sign(&get)
        let header = get.header("Authorization") ?? ""
        XCTAssertTrue(
            header.hasPrefix(
                "EG1-HMAC-SHA256 client_token=akab-client;access_token=akab-access;timestamp=20140321T19:34:21+0000;nonce=nonce-1;signature="
            ), header)
        var other = get
        other.setHeader("X-Test", "a b")
        authenticator("edgegrid", parameters).sign(&other)
        XCTAssertEqual(other.header("Authorization"), header, "signed header values are whitespace-collapsed")

        var post = request("POST", "https://akaa-host.luna.akamaiapis.net/sample?x=1", body: "one")
        var post2 = request("POST", "https://akaa-host.luna.akamaiapis.net/sample?x=1", body: "two")
        authenticator("edgegrid", parameters).sign(&post)
        authenticator("edgegrid", parameters).sign(&post2)
        XCTAssertNotEqual(post.header("Authorization"), post2.header("Authorization"))
        XCTAssertEqual(EdgeGridSigner.timestamp(Date(timeIntervalSince1970: 0)), "19700101T00:00:00+0000")
    }

    // MARK: NTLM

    /// MS-NLMP section 4.2.4 (NTLMv2) test values.
    func testNTLMv2MatchesSpecificationVectors() throws {
        let key = try XCTUnwrap(
            NTLMMessages.ntowfv2(user: "User", password: "Password", domain: "Domain"),
            "MD4 unavailable (OpenSSL legacy provider)")
        XCTAssertEqual(key.lowerHex, "0c868a403bfd7a93a3001ef22ef02e3f")
        let targetInfo = Data([
            0x02, 0x00, 0x0c, 0x00, 0x44, 0x00, 0x6f, 0x00, 0x6d, 0x00, 0x61, 0x00, 0x69, 0x00, 0x6e, 0x00,
            0x01, 0x00, 0x0c, 0x00, 0x53, 0x00, 0x65, 0x00, 0x72, 0x00, 0x76, 0x00, 0x65, 0x00, 0x72, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ])
        let (nt, lm) = NTLMMessages.responses(
            key: key, serverChallenge: Data([0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef]),
            clientChallenge: Data(repeating: 0xaa, count: 8), timestamp: Data(count: 8),
            targetInfo: targetInfo)
        XCTAssertEqual(nt.prefix(16).lowerHex, "68cd0ab851e51c96aabc927bebef6a1c")
        XCTAssertEqual(lm.lowerHex, "86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa")
    }

    func testNTLMHandshakeSteps() throws {
        let ntlm = authenticator("ntlm", ["username": "DOMAIN\\user", "password": "pw"])
        var first = request("GET", "http://example.com/")
        ntlm.sign(&first)
        XCTAssertTrue(first.header("Authorization")?.hasPrefix("NTLM TlRMTVNTUAABAAAA") ?? false)

        // A minimal type 2 message: signature, type, empty target name, flags, challenge.
        var challenge =
            Data("NTLMSSP\0".utf8) + Data([2, 0, 0, 0, 0, 0, 0, 0, 48, 0, 0, 0, 0x05, 0x82, 0x08, 0xa0])
        challenge += Data([1, 2, 3, 4, 5, 6, 7, 8]) + Data(count: 16) + Data(count: 8)
        let offer = [HeaderField(name: "WWW-Authenticate", value: "NTLM " + challenge.base64EncodedString())]
        let step = try XCTUnwrap(ntlm.ntlmReplay(status: 401, headers: offer))
        var second = request("GET", "http://example.com/")
        ntlm.signNTLM(&second, step: step)
        let message = try XCTUnwrap(
            second.header("Authorization").flatMap { Data(base64Encoded: String($0.dropFirst(5))) })
        XCTAssertEqual(message.prefix(12), Data("NTLMSSP\0".utf8) + Data([3, 0, 0, 0]))
        XCTAssertNil(
            ntlm.ntlmReplay(status: 401, headers: offer, after: step), "a refused AUTHENTICATE is not retried"
        )
        XCTAssertNil(ntlm.ntlmReplay(status: 200, headers: offer))
        XCTAssertEqual(
            ntlm.ntlmReplay(
                status: 401, headers: [HeaderField(name: "WWW-Authenticate", value: "NTLM")], after: nil),
            .negotiate)
    }
}

/// Throw-away keys generated for these tests only.
private enum TestKeys {
    static let rsaPrivate = """
        -----BEGIN PRIVATE KEY-----
        MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBALu+I96mCqW7ofQ6
        Gj/pFT33S3lAE/+4DSmmLKfI/DLrd+QszA3ucUps1wB295dSQwShOV1+GnUs18SV
        aWKRaoXwRxgCOgmhfp2PJmLqortkDl8c1ClaevUW6ku0IclXymw35lSzN4rO6cBs
        QBJADlh6a7UL1MxsXEmjVi5Fv1RJAgMBAAECgYATonER6f+XEaaAakswf+nuzxwf
        lCoDRnZp8q0c5xIpKSMiw+SbWGKUzAk4TTjbpIjJxSrAsl2F/6iZMJ8S5e5j4XFp
        sIyzorsBvBXRGgNiw0qiIr08CtwwmkkLmTEaLPCSNkV9fp73X1hSbSc09lg4uMxk
        GQkGaMRupvJ0NQ7GYQJBAPYeRa9zWfDGz1Eh+sP3Tynctd5keTYArMLXEtNsorIh
        CtEuBAfV86tfG9SiE0f8w6sbpb63iufoyuSk4Q3Zwp0CQQDDR9rXNMnbWSRoBBBP
        I6mIDgzX+FyMc+DZlCkIRd7IhOIndZ2uk32neYuDKa6uqw1Dp7mkBjGwROdGTuCf
        GMKdAkEAyYqin/lC5pO3Q4Yi1oTXk71ERRhb1egZkPgUV4P3ewzp0b/v1wbSIjyh
        Cq+qQGHxTVY3lQSyQBR2yWNnVDNFVQJAeTecP2Q0POVrtOl42jcv4BWgoVs4z7KK
        i2Ttx4Xfkaby3z2iIKDLKe9Hy6ZPGXtyY2G02X1C0MEksr75rahn/QJAK9lx1nSl
        HS320z6p7Uxt1YiByMPnnHWSDMzhyRxiP/9C+xEa7rTxQIZgdSp18iaG0Jza60jt
        Q+tnNpap+UM0ag==
        -----END PRIVATE KEY-----
        """
    static let rsaPublic = """
        -----BEGIN PUBLIC KEY-----
        MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC7viPepgqlu6H0Oho/6RU990t5
        QBP/uA0ppiynyPwy63fkLMwN7nFKbNcAdveXUkMEoTldfhp1LNfElWlikWqF8EcY
        AjoJoX6djyZi6qK7ZA5fHNQpWnr1FupLtCHJV8psN+ZUszeKzunAbEASQA5Yemu1
        C9TMbFxJo1YuRb9USQIDAQAB
        -----END PUBLIC KEY-----
        """
    static let ecPrivate = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQggcC2ZfZuApXyO/Hj
        92jVQCirTUkcQO1PsNy3h/pad7ahRANCAATR+6E3PSWa+t35/01u9aPdl9167HRX
        t75kq8a0WPTZ3aY4Zq6IlNsuu0ou1qZXpPyVaD/yzoeEm67GJIvd12W9
        -----END PRIVATE KEY-----
        """
    static let ecPublic = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE0fuhNz0lmvrd+f9NbvWj3Zfdeux0
        V7e+ZKvGtFj02d2mOGauiJTbLrtKLtamV6T8lWg/8s6HhJuuxiSL3ddlvQ==
        -----END PUBLIC KEY-----
        """
}
