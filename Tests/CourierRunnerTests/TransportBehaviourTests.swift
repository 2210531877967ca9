import CourierModel
import CourierRunner
import Foundation
import XCTest

final class TransportBehaviourTests: RunnerTestCase {
    func testRequestTimeoutFailsOnlyThatRequest() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "slow", "request": "{{base}}/delay/2"},
              {"name": "fast", "request": "{{base}}/get"}
            ]}
            """)
        let summary = try run(collection) { $0.timeoutRequest = 300 }
        XCTAssertEqual(summary.executions[0].requestError?.message, "ESOCKETTIMEDOUT")
        XCTAssertEqual(summary.executions[1].response?.code, 200)
    }

    func testCompressedResponsesAreDecoded() throws {
        let collection = try collection(
            #"{"info": {"name": "t"}, "item": [{"name": "g", "request": "{{base}}/gzip"}, {"name": "d", "request": "{{base}}/deflate"}]}"#)
        let summary = try run(collection)
        XCTAssertEqual(try echo(summary.executions[0])["gzipped"], true)
        XCTAssertEqual(try echo(summary.executions[1])["deflated"], true)
    }

    func testDelayRequestWaitsBeforeEachRequest() throws {
        let collection = try collection(
            #"{"info": {"name": "t"}, "item": [{"name": "a", "request": "{{base}}/get"}, {"name": "b", "request": "{{base}}/get"}]}"#)
        let started = Date()
        _ = try run(collection) { $0.delayRequest = 150 }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.3, "two requests, each after a 150 ms pause")
    }

    func testWholeRunTimeoutStopsTheRun() throws {
        let collection = try collection(
            #"{"info": {"name": "t"}, "item": [{"name": "a", "request": "{{base}}/delay/0.3"}, {"name": "b", "request": "{{base}}/get"}]}"#)
        let summary = try run(collection) { $0.timeout = 100 }
        XCTAssertEqual(summary.executions.count, 1)
        XCTAssertEqual(summary.runError, "the run timed out after 100 ms (--timeout)")
    }

    func testCollectionLoadsFromAnHTTPURL() throws {
        // /get answers JSON that is not a collection: the download worked and the shape is checked.
        XCTAssertThrowsError(try Loader().collection(from: server.baseURL + "/get")) { error in
            XCTAssertEqual(
                (error as? LoadError)?.description,
                "could not load collection '\(server.baseURL)/get' at $: expected an \"item\" array (the collection's requests and folders)")
        }
        XCTAssertThrowsError(try Loader().collection(from: server.baseURL + "/status/404")) { error in
            XCTAssertEqual((error as? LoadError)?.reason, "the server answered 404 Not Found")
        }
    }
}
