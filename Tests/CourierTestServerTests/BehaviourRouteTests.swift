import Foundation
import XCTest

final class BehaviourRouteTests: ServerTestCase {
    private func status(_ args: [String]) throws -> String {
        try curl(["-o", "/dev/null", "-w", "%{http_code}"] + args).output
    }

    func testStatusRoute() throws {
        let result = try curl(["-w", "\n%{http_code}", url("/status/418")])
        XCTAssertEqual(result.output, "{\"status\":418}\n418")
        XCTAssertEqual(try status([url("/status/204")]), "204")
    }

    func testRedirectChainEndsAtGet() throws {
        XCTAssertEqual(try status([url("/redirect/3")]), "302")
        let result = try curl(["-L", "-w", "\n%{num_redirects}", url("/redirect/3")])
        XCTAssertTrue(result.output.hasSuffix("\n3"))
        XCTAssertTrue(result.output.contains("\"url\":\"\(url("/get"))\""))
    }

    func testRedirectTo() throws {
        let result = try curl(["-i", url("/redirect-to?url=http%3A%2F%2Fexample.test%2Fx&status_code=307")])
        XCTAssertTrue(result.output.hasPrefix("HTTP/1.1 307"))
        XCTAssertTrue(result.output.contains("Location: http://example.test/x\r\n"))
    }

    func testCookiesSetRedirectsWithSetCookieAndJarSendsThemBack() throws {
        let head = try curl(["-i", url("/cookies/set?foo=bar&a=b")]).output
        XCTAssertTrue(head.hasPrefix("HTTP/1.1 302"))
        XCTAssertTrue(head.contains("Location: /cookies\r\n"))
        XCTAssertTrue(head.contains("Set-Cookie: foo=bar; Path=/\r\n"))
        let followed = try curl(["-L", "-b", "", url("/cookies/set?foo=bar&a=b")]).output
        XCTAssertEqual(try jsonObject(followed)["cookies"] as? [String: String], ["foo": "bar", "a": "b"])
    }

    func testCookiesDeleteAnswersDirectlyWithoutTheDeletedOnes() throws {
        let result = try curl(["-i", "-b", "foo=bar; gone=1", url("/cookies/delete?gone")]).output
        XCTAssertTrue(result.hasPrefix("HTTP/1.1 200"))
        XCTAssertTrue(result.contains("Set-Cookie: gone=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/"))
        XCTAssertTrue(result.hasSuffix("{\"cookies\":{\"foo\":\"bar\"}}"))
    }

    func testBasicAuth() throws {
        XCTAssertEqual(try status(["-u", "postman:password", url("/basic-auth")]), "200")
        XCTAssertEqual(try status(["-u", "postman:wrong", url("/basic-auth")]), "401")
        XCTAssertEqual(try status([url("/basic-auth")]), "401")
    }

    func testDigestAuthChallengeAndSuccess() throws {
        let challenge = try curl(["-i", url("/digest-auth")]).output
        XCTAssertTrue(challenge.hasPrefix("HTTP/1.1 401"))
        XCTAssertNotNil(
            challenge.range(
                of: "WWW-Authenticate: Digest realm=\"Users\", nonce=\"[0-9a-f]+\", qop=\"auth\"\r\n",
                options: .regularExpression))
        let ok = try curl(["--digest", "-u", "postman:password", url("/digest-auth")]).output
        XCTAssertEqual(ok, "{\"authenticated\":true}")
        XCTAssertEqual(try status(["--digest", "-u", "postman:nope", url("/digest-auth")]), "401")
    }

    func testDigestWithoutQopAndAFixedNonce() throws {
        // RFC 2069 response, computed independently: MD5(HA1:nonce:HA2).
        let nonce = "ni1LiL0O37PRRhofWdCLmwFsnEtH1lew"
        let header =
            "Digest username=\"postman\", realm=\"Users\", nonce=\"\(nonce)\", uri=\"/digest-auth\", "
            + "response=\"\(rfc2069Response(nonce: nonce))\", opaque=\"\""
        XCTAssertEqual(try status(["-H", "Authorization: \(header)", url("/digest-auth")]), "200")
    }

    private func rfc2069Response(nonce: String) -> String {
        func md5(_ s: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["md5sum"]
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(s.utf8))
            try input.fileHandleForWriting.close()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(String(decoding: data, as: UTF8.self).prefix(32))
        }
        let ha1 = (try? md5("postman:Users:password")) ?? ""
        let ha2 = (try? md5("GET:/digest-auth")) ?? ""
        return (try? md5("\(ha1):\(nonce):\(ha2)")) ?? ""
    }

    func testGzipAndDeflateAreReallyEncoded() throws {
        let raw = try curl(["-i", url("/gzip")]).output
        XCTAssertTrue(raw.contains("Content-Encoding: gzip\r\n"))
        XCTAssertFalse(raw.contains("gzipped"))
        let gzip = try jsonObject(try curl(["--compressed", url("/gzip")]).output)
        XCTAssertEqual(gzip["gzipped"] as? Bool, true)
        XCTAssertEqual(gzip["method"] as? String, "GET")
        let deflate = try jsonObject(try curl(["--compressed", url("/deflate")]).output)
        XCTAssertEqual(deflate["deflated"] as? Bool, true)
    }

    func testResponseHeadersBecomeHeadersAndContentTypeIsNormalised() throws {
        let result = try curl([
            "-i", url("/response-headers?Content-Type=application/json;%20%20charset=utf-8&Server=apibin"),
        ])
        .output
        XCTAssertTrue(result.contains("Content-Type: application/json; charset=utf-8\r\n"))
        XCTAssertTrue(result.contains("Server: apibin\r\n"))
        XCTAssertTrue(result.contains("\"Server\":\"apibin\""))
    }

    func testDelayAcceptsFractionalSeconds() throws {
        XCTAssertEqual(try curl([url("/delay/0.1")]).output, "{\"delay\":\"0.1\"}")
    }

    func testStreamIsChunked() throws {
        let result = try curl(["-i", url("/stream/3")]).output
        XCTAssertTrue(result.contains("Transfer-Encoding: chunked\r\n"))
        XCTAssertEqual(result.components(separatedBy: "\"args\"").count - 1, 3)
    }

    func testTypesAndEncoding() throws {
        let html = try curl(["-i", url("/type/html")]).output
        XCTAssertTrue(html.contains("Content-Type: application/html; charset=utf-8\r\n"))
        XCTAssertTrue(
            html.hasSuffix(
                "<!DOCTYPE html><html><head><title>Hello World!</title></head><body><h1>Hello World!</h1></body></html>"
            ))
        let xml = try curl(["-i", url("/type/xml")]).output
        XCTAssertTrue(xml.contains("Content-Type: application/xml; charset=utf-8\r\n"))
        XCTAssertTrue(try curl([url("/encoding/utf8")]).output.contains("🍪"))
    }
}
