import CourierTestServer
import Foundation
import XCTest

/// One HTTP exchange made with curl: status, headers (in order) and body text.
struct CreatioResponse {
    var status: Int
    var headers: [(String, String)]
    var body: String

    /// The first header called `name` (case-insensitive).
    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }

    /// Every header called `name` (case-insensitive).
    func headers(_ name: String) -> [String] {
        headers.filter { $0.0.lowercased() == name.lowercased() }.map(\.1)
    }
}

/// Base class: a fresh server with the Creatio routes per test, plus helpers for tokens and requests.
class CreatioTestCase: XCTestCase {
    var server: TestServer!
    /// The options the server starts with; override to change them.
    var creatioOptions: CreatioOptions { CreatioOptions() }

    override func setUpWithError() throws {
        server = try TestServer.start(creatio: creatioOptions)
    }

    override func tearDown() {
        server?.stop()
        server = nil
    }

    /// Sends one request with curl; `path` is appended to the base URL as written (encode spaces as %20).
    func call(
        _ method: String = "GET", _ path: String, headers: [String] = [], body: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> CreatioResponse {
        var arguments = ["-g", "-i", "-X", method]
        for header in headers { arguments += ["-H", header] }
        if let body { arguments += ["--data-binary", body] }
        arguments.append(server.baseURL + path)
        let result = try curl(arguments, file: file, line: line)
        XCTAssertEqual(result.exitCode, 0, "curl failed", file: file, line: line)
        let text = result.output
        let split = text.range(of: "\r\n\r\n")
        let head = split.map { String(text[..<$0.lowerBound]) } ?? text
        let body = split.map { String(text[$0.upperBound...]) } ?? ""
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        let parsed = lines.compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (
                String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            )
        }
        return CreatioResponse(status: status, headers: parsed, body: body)
    }

    /// A form-encoded POST to `/connect/token`.
    func tokenRequest(_ form: String, headers: [String] = []) throws -> CreatioResponse {
        try call(
            "POST", "/connect/token", headers: ["Content-Type: application/x-www-form-urlencoded"] + headers,
            body: form)
    }

    /// A fresh access token for the configured client.
    func token(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let options = creatioOptions
        let response = try tokenRequest(
            "client_id=\(options.clientID)&client_secret=\(options.clientSecret)&grant_type=client_credentials"
        )
        XCTAssertEqual(response.status, 200, response.body, file: file, line: line)
        return try XCTUnwrap(try jsonObject(response.body)["access_token"] as? String, file: file, line: line)
    }

    /// A GET (or other method) with `Authorization: Bearer token`.
    func authorized(
        _ method: String = "GET", _ path: String, token: String, body: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> CreatioResponse {
        var headers = ["Authorization: Bearer \(token)", "Accept: application/json"]
        if body != nil {
            headers.append("Content-Type: application/json; charset=utf-8; IEEE754Compatible=true")
        }
        return try call(method, path, headers: headers, body: body, file: file, line: line)
    }

    /// The server's counters from `/_testserver/stats`.
    func stats() throws -> [String: Any] { try jsonObject(try call("GET", "/_testserver/stats").body) }

    /// Decodes one base64url JWT part as a JSON object.
    func jwtPart(_ part: Substring) throws -> [String: Any] {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        let data = try XCTUnwrap(Data(base64Encoded: text), "not base64url: \(part)")
        return try jsonObject(String(decoding: data, as: UTF8.self))
    }

    /// The `value` array of an OData collection body.
    func values(_ response: CreatioResponse, file: StaticString = #filePath, line: UInt = #line) throws
        -> [[String: Any]]
    {
        XCTAssertEqual(response.status, 200, response.body, file: file, line: line)
        return try XCTUnwrap(
            try jsonObject(response.body)["value"] as? [[String: Any]], file: file, line: line)
    }
}
