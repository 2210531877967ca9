import CourierModel
import CourierRunner
import CourierTestServer
import Foundation
import XCTest

final class RequestBuildingTests: RunnerTestCase {
    func testImplicitHeadersLikeNewman() throws {
        let summary = try run(try collection(single(#""{{base}}/get""#)))
        let headers = try echo(summary.executions[0])["headers"]
        XCTAssertEqual(headers?["user-agent"], "PostmanRuntime/7.39.1")
        XCTAssertEqual(headers?["accept"], "*/*")
        XCTAssertEqual(headers?["cache-control"], "no-cache")
        XCTAssertEqual(headers?["accept-encoding"], "gzip, deflate, br")
        XCTAssertEqual(headers?["connection"], "keep-alive")
        XCTAssertEqual(headers?["postman-token"]?.stringValue?.count, 36)
        XCTAssertEqual(headers?["host"]?.stringValue, "127.0.0.1:\(server.port)")
    }

    func testUserHeadersReplaceImplicitOnes() throws {
        let summary = try run(try collection(single(#"{"url": "{{base}}/get", "header": [{"key": "accept", "value": "application/json"}]}"#)))
        XCTAssertEqual(try echo(summary.executions[0])["headers"]?["accept"], "application/json")
        let sent = summary.executions[0].request?.headers.filter { $0.name.lowercased() == "accept" }
        XCTAssertEqual(sent?.count, 1)
    }

    func testURLEncodedAndFormDataBodies() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("courier-upload-\(UUID().uuidString).json")
        try Data(#"{"some": "json"}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "form", "request": {"method": "POST", "url": "{{base}}/post", "body": {"mode": "urlencoded", "urlencoded": [
                {"key": "name", "value": "a b&c"}, {"key": "off", "value": "x", "disabled": true}]}}},
              {"name": "multipart", "request": {"method": "POST", "url": "{{base}}/post", "body": {"mode": "formdata", "formdata": [
                {"key": "text", "value": "{{base}}", "type": "text"},
                {"key": "upload", "type": "file", "src": "\(file.path)"}]}}}
            ]}
            """)
        let summary = try run(collection)
        let form = try echo(summary.executions[0])
        XCTAssertEqual(form["form"]?["name"], "a b&c")
        XCTAssertNil(form["form"]?["off"])
        XCTAssertEqual(form["headers"]?["content-type"], "application/x-www-form-urlencoded")
        let multipart = try echo(summary.executions[1])
        XCTAssertEqual(multipart["form"]?["text"]?.stringValue, server.baseURL)
        XCTAssertEqual(
            multipart["files"]?[file.lastPathComponent]?.stringValue,
            "data:application/octet-stream;base64," + Data(#"{"some": "json"}"#.utf8).base64EncodedString())
        XCTAssertTrue(multipart["headers"]?["content-type"]?.stringValue?.hasPrefix("multipart/form-data; boundary=") ?? false)
    }

    func testGraphQLBodyAndRawLanguageContentType() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "gql", "request": {"method": "POST", "url": "{{base}}/post", "body": {"mode": "graphql",
                "graphql": {"query": "query { a }", "variables": {"x": 1}}}}},
              {"name": "xml", "request": {"method": "POST", "url": "{{base}}/post", "body": {"mode": "raw", "raw": "<a/>",
                "options": {"raw": {"language": "xml"}}}}}
            ]}
            """)
        let summary = try run(collection)
        let gql = try echo(summary.executions[0])
        XCTAssertEqual(gql["json"]?["query"], "query { a }")
        XCTAssertEqual(gql["json"]?["variables"]?["x"], 1)
        XCTAssertEqual(try echo(summary.executions[1])["headers"]?["content-type"], "application/xml")
    }

    func testGetBodyIsPrunedUnlessDisabled() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "pruned", "request": {"method": "GET", "url": "{{base}}/echo", "body": {"mode": "raw", "raw": "hello"}}},
              {"name": "kept", "protocolProfileBehavior": {"disableBodyPruning": true},
               "request": {"method": "GET", "url": "{{base}}/echo", "body": {"mode": "raw", "raw": "hello"}}}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertNil(summary.executions[0].request?.body)
        XCTAssertEqual(summary.executions[1].request?.body, Data("hello".utf8))
        let received = server.receivedRequests
        XCTAssertEqual(received.count, 2)
        XCTAssertEqual(received[0].body.count, 0)
        XCTAssertEqual(String(decoding: received[1].body, as: UTF8.self), "hello")
    }

    func testCustomMethodAndRedirects() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "custom", "request": {"method": "purge", "url": "{{base}}/echo"}},
              {"name": "follow", "request": {"method": "GET", "url": "{{base}}/redirect/2"}},
              {"name": "stay", "protocolProfileBehavior": {"followRedirects": false}, "request": {"method": "GET", "url": "{{base}}/redirect/2"}}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(server.receivedRequests.first?.method, "PURGE")
        XCTAssertEqual(summary.executions[1].response?.code, 200)
        XCTAssertEqual(summary.executions[2].response?.code, 302)
        let ignoring = try run(collection) { $0.ignoreRedirects = true }
        XCTAssertEqual(ignoring.executions[1].response?.code, 302)
    }

    func testCookiesAreKeptAcrossTheRun() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "set", "request": "{{base}}/cookies/set?flavour=oat"},
              {"name": "get", "request": "{{base}}/cookies"}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(try echo(summary.executions[1])["cookies"]?["flavour"], "oat")
    }
}

final class HostNormalizationTests: RunnerTestCase {
    func testIPv4ShorthandIsSentAsADottedQuad() throws {
        let summary = try run(try collection(single("\"http://127.1:\(server.port)/get\"")))
        XCTAssertEqual(summary.executions[0].request?.url, "http://127.0.0.1:\(server.port)/get")
        XCTAssertEqual(try echo(summary.executions[0])["headers"]?["host"]?.stringValue, "127.0.0.1:\(server.port)")
    }
}

final class HeadWithBodyTests: RunnerTestCase {
    func testAHeadRequestCarriesItsBodyWhenPruningIsDisabled() throws {
        let raw = try TestServer.start(mode: .rawEcho)
        defer { raw.stop() }
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [{"name": "head", "protocolProfileBehavior": {"disableBodyPruning": true},
              "request": {"method": "HEAD", "url": "\(raw.baseURL)/", "body": {"mode": "raw", "raw": "peek"}}}]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions[0].response?.code, 200)
        let echoed = summary.executions[0].response?.headers.first { $0.name.lowercased() == "raw-request" }?.value ?? ""
        XCTAssertTrue(echoed.contains("HEAD / HTTP/1.1"), echoed)
        XCTAssertTrue(echoed.contains("Content-Length: 4") && echoed.contains("peek"), echoed)
    }
}
