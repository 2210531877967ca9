import CourierModel
import CourierRunner
import Foundation
import XCTest

final class AuthAndFlowTests: RunnerTestCase {
    private let basic = #"{"type": "basic", "basic": [{"key": "username", "value": "postman"}, {"key": "password", "value": "password"}]}"#

    func testAuthIsInheritedAndNoauthStopsIt() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "auth": \(basic), "item": [
              {"name": "inherits", "request": {"url": "{{base}}/basic-auth"}},
              {"name": "folder", "auth": {"type": "noauth"}, "item": [
                {"name": "none", "request": {"url": "{{base}}/basic-auth"}},
                {"name": "bearer", "request": {"url": "{{base}}/headers", "auth": {"type": "bearer", "bearer": {"token": "t0ken"}}}}
              ]},
              {"name": "apikey", "request": {"url": "{{base}}/get", "auth": {"type": "apikey", "apikey": [
                {"key": "key", "value": "api_key"}, {"key": "value", "value": "k3y"}, {"key": "in", "value": "query"}]}}}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions[0].response?.code, 200)
        XCTAssertEqual(summary.executions[1].response?.code, 401)
        XCTAssertEqual(try echo(summary.executions[2])["headers"]?["authorization"], "Bearer t0ken")
        XCTAssertEqual(try echo(summary.executions[3])["args"]?["api_key"], "k3y")
        XCTAssertTrue(summary.secrets.contains("password"))
        XCTAssertTrue(summary.secrets.contains("t0ken"))
    }

    func testDigestAnswersTheChallengeOnce() throws {
        let collection = try collection(
            single(#"{"url": "{{base}}/digest-auth", "auth": {"type": "digest", "digest": [{"key": "username", "value": "postman"}, {"key": "password", "value": "password"}]}}"#))
        let summary = try run(collection)
        XCTAssertEqual(summary.executions[0].response?.code, 200)
        XCTAssertEqual(summary.stats.requests.total, 2, "the challenge and the signed replay are both requests")
        XCTAssertTrue(summary.succeeded)
    }

    func testAFailedRequestIsRecordedAndTheRunGoesOn() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "refused", "request": "http://127.0.0.1:1/nothing"},
              {"name": "ok", "request": "{{base}}/get"}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions.count, 2)
        XCTAssertNotNil(summary.executions[0].requestError)
        XCTAssertTrue(summary.executions[0].requestError?.message.contains("ECONNREFUSED") ?? false)
        XCTAssertEqual(summary.executions[1].response?.code, 200)
        XCTAssertEqual(summary.failures.count, 1)
        XCTAssertEqual(summary.failures[0].at, "request")
        XCTAssertFalse(summary.succeeded)

        let bailed = try run(collection) { $0.bail = true }
        XCTAssertEqual(bailed.executions.count, 1)
        XCTAssertNotNil(bailed.runError)
    }

    func testFolderSelectionAndOrder() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "A", "item": [{"name": "a1", "request": "{{base}}/get?n=a1"}, {"name": "Inner", "item": [{"name": "a2", "request": "{{base}}/get?n=a2"}]}]},
              {"name": "B", "item": [{"name": "b1", "request": "{{base}}/get?n=b1"}]},
              {"name": "c", "request": "{{base}}/get?n=c"}
            ]}
            """)
        XCTAssertEqual(try run(collection).executions.map(\.item.name), ["a1", "a2", "b1", "c"])
        XCTAssertEqual(try run(collection).executions[1].item.fullName, "A / Inner / a2")
        XCTAssertEqual(try run(collection) { $0.folders = ["B", "Inner"] }.executions.map(\.item.name), ["b1", "a2"])
        XCTAssertThrowsError(try run(collection) { $0.folders = ["Nope"] })
    }

    func testEventsStreamInOrder() throws {
        let collection = try collection(
            #"{"info": {"name": "t"}, "item": [{"name": "F", "item": [{"name": "x", "request": "{{base}}/get"}]}]}"#)
        _ = try run(collection)
        let names = events.map { event -> String in
            switch event {
            case .started: return "start"
            case .iterationStarted: return "iteration"
            case .folderEntered: return "folder"
            case .itemStarted: return "item"
            case .requestCompleted: return "request"
            case .itemCompleted: return "itemDone"
            case .finished: return "done"
            default: return "other"
            }
        }
        XCTAssertEqual(names, ["start", "iteration", "folder", "item", "request", "itemDone", "done"])
    }
}
