import CourierModel
import CourierRunner
import CourierTestServer
import Foundation
import XCTest

/// `--retries`: failed attempts sent again, only the last one reported.
final class RetryTests: RunnerTestCase {
    /// `/flaky/<fresh key>/<failures>`: 503 (or `status`) for the first `failures` calls, then 200.
    private func flaky(failures: Int, status: Int? = nil) -> String {
        "{{base}}/flaky/\(UUID().uuidString)/\(failures)" + (status.map { "?status=\($0)" } ?? "")
    }

    private func retrying(_ retries: Int, on policy: RetryPolicy = .standard) -> (inout RunOptions) -> Void {
        { options in
            options.retries = retries
            options.retryDelay = 0
            options.retryPolicy = policy
        }
    }

    func testA503IsRetriedUntilItSucceedsAndScriptsSeeOnlyTheLastAnswer() throws {
        let json = single(
            #"{"url": "\#(flaky(failures: 2))"}"#,
            extra:
                #", "event": [{"listen": "test", "script": {"exec": ["pm.test('succeeds', () => pm.response.to.have.status(200)); pm.test('third call', () => pm.expect(pm.response.json().calls).to.equal(3));"]}}]"#
        )
        let summary = try run(try collection(json), configure: retrying(3))
        let execution = summary.executions[0]
        XCTAssertEqual(execution.response?.code, 200)
        XCTAssertEqual(execution.retries, 2)
        XCTAssertTrue(summary.succeeded, "\(summary.failures.map(\.error.message))")
        XCTAssertEqual(summary.totalRetries, 2)
        XCTAssertEqual(summary.stats.requests.total, 1, "retries are not extra requests")
        let completed = events.filter { if case .requestCompleted = $0 { return true } else { return false } }
        XCTAssertEqual(completed.count, 1, "one request line per item")
        let tokens = server.receivedRequests.compactMap { $0.header("Postman-Token") }
        XCTAssertEqual(Set(tokens).count, 3, "each attempt has its own Postman-Token: \(tokens)")
    }

    func testWhenRetriesRunOutTheLastFailureIsReported() throws {
        let summary = try run(
            try collection(single(#"{"url": "\#(flaky(failures: 5))"}"#)), configure: retrying(2))
        let execution = summary.executions[0]
        XCTAssertEqual(execution.response?.code, 503)
        XCTAssertEqual(execution.retries, 2)
        XCTAssertEqual(try echo(execution)["calls"], .number(JSONNumber(3)))
    }

    func testNoRetriesByDefault() throws {
        let summary = try run(try collection(single(#"{"url": "\#(flaky(failures: 1))"}"#)))
        XCTAssertEqual(summary.executions[0].response?.code, 503)
        XCTAssertEqual(summary.executions[0].retries, 0)
        XCTAssertEqual(summary.totalRetries, 0)
    }

    func testANetworkErrorIsRetriedAndStaysAnErrorWithNoResponse() throws {
        let closed = try TestServer.start()
        let url = closed.baseURL
        closed.stop()
        let summary = try run(try collection(single(#"{"url": "\#(url)/get"}"#)), configure: retrying(2))
        let execution = summary.executions[0]
        XCTAssertNil(execution.response)
        XCTAssertNotNil(execution.requestError)
        XCTAssertEqual(execution.retries, 2)
        XCTAssertEqual(summary.failures.map(\.at), ["request"])
    }

    func testA4xxIsRetriedOnlyWhenAsked() throws {
        let plain = try run(
            try collection(single(#"{"url": "\#(flaky(failures: 1, status: 429))"}"#)), configure: retrying(2)
        )
        XCTAssertEqual(plain.executions[0].response?.code, 429)
        XCTAssertEqual(plain.executions[0].retries, 0)

        let asked = try run(
            try collection(single(#"{"url": "\#(flaky(failures: 1, status: 429))"}"#)),
            configure: retrying(2, on: try XCTUnwrap(RetryPolicy(parsing: "429,network"))))
        XCTAssertEqual(asked.executions[0].response?.code, 200)
        XCTAssertEqual(asked.executions[0].retries, 1)
    }

    func testARetryOnListWithout5xxLeaves5xxAlone() throws {
        let summary = try run(
            try collection(single(#"{"url": "\#(flaky(failures: 1))"}"#)),
            configure: retrying(2, on: try XCTUnwrap(RetryPolicy(parsing: "network"))))
        XCTAssertEqual(summary.executions[0].response?.code, 503)
        XCTAssertEqual(summary.executions[0].retries, 0)
    }

    func testDigestChallengesAreAnsweredNotRetried() throws {
        let json = single(
            #"{"url": "{{base}}/digest-auth", "auth": {"type": "digest", "digest": [{"key": "username", "value": "postman"}, {"key": "password", "value": "password"}]}}"#
        )
        let summary = try run(
            try collection(json), configure: retrying(3, on: try XCTUnwrap(RetryPolicy(parsing: "4xx"))))
        XCTAssertEqual(summary.executions[0].response?.code, 200)
        XCTAssertEqual(summary.executions[0].retries, 0)
    }

    func testRetryOnListsParse() {
        XCTAssertEqual(RetryPolicy(parsing: "5xx, network"), .standard)
        XCTAssertEqual(RetryPolicy(parsing: "429,4XX")?.conditions, [.status(429), .statusClass(4)])
        for bad in ["", "6xx", "99", "600", "net", "5xx,", "x5xx"] {
            XCTAssertNil(RetryPolicy(parsing: bad), bad)
        }
        let policy = RetryPolicy(parsing: "429,5xx")!
        XCTAssertTrue(policy.retries(status: 429))
        XCTAssertTrue(policy.retries(status: 502))
        XCTAssertFalse(policy.retries(status: 404))
        XCTAssertFalse(policy.retries(status: nil))
    }
}
