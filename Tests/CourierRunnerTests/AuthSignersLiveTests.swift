import CourierModel
import CourierRunner
import Foundation
import XCTest

/// OAuth 1.0a and Hawk signed by the runner and verified by the test server's `/oauth1` and `/auth/hawk`.
final class AuthSignersLiveTests: RunnerTestCase {
    private func oauth1(_ extra: String = "") -> String {
        #"{"type": "oauth1", "oauth1": [{"key": "consumerKey", "value": "RKCGzna7bv9YD57c"}, {"key": "consumerSecret", "value": "{{secret}}"}, "#
            + #"{"key": "signatureMethod", "value": "HMAC-SHA1"}, {"key": "version", "value": "1.0"}, {"key": "nonce", "value": "ik3oT5"}, "#
            + #"{"key": "addParamsToHeader", "value": true}"#
            + extra + "]}"
    }

    private let variables =
        #", "variable": [{"key": "secret", "value": "D+EdQ-gs$-%@2Nu7"}, {"key": "a", "value": "omg"}]"#

    func testOAuth1HeaderSignatureVerifiesAndReplacesStaleHeader() throws {
        let collection = try collection(
            single(
                #"{"url": "{{base}}/oauth1?a={{a}}&b=two%20words", "header": [{"key": "Authorization", "value": "OAuth stale"}], "auth": "#
                    + oauth1() + "}", extra: variables))
        let summary = try run(collection)
        let execution = summary.executions[0]
        XCTAssertEqual(execution.response?.code, 200)
        XCTAssertEqual(try echo(execution)["status"], "pass")
        XCTAssertEqual(execution.request?.headers.filter { $0.name.lowercased() == "authorization" }.count, 1)
        XCTAssertTrue(summary.secrets.contains("D+EdQ-gs$-%@2Nu7"))
    }

    func testOAuth1InQueryAndInFormBodyVerify() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}\(variables), "item": [
              {"name": "query", "request": {"url": "{{base}}/oauth1?a={{a}}", "auth": \(oauth1(#", {"key": "addParamsToHeader", "value": false}"#))}},
              {"name": "form", "request": {"method": "POST", "url": "{{base}}/oauth1",
                "body": {"mode": "urlencoded", "urlencoded": [{"key": "field", "value": "x y+z"}]},
                "auth": \(oauth1(#", {"key": "addParamsToHeader", "value": false}, {"key": "signatureMethod", "value": "HMAC-SHA256"}"#))}},
              {"name": "sha256 header", "request": {"method": "POST", "url": "{{base}}/oauth1", "body": {"mode": "raw", "raw": "{}"},
                "auth": \(oauth1(#", {"key": "signatureMethod", "value": "HMAC-SHA256"}, {"key": "includeBodyHash", "value": true}"#))}}
            ]}
            """)
        let summary = try run(collection)
        for execution in summary.executions {
            XCTAssertEqual(execution.response?.code, 200, execution.item.name)
        }
        XCTAssertNil(summary.executions[0].request?.headers.first { $0.name == "Authorization" })
    }

    func testOAuth1WrongSecretIsRefused() throws {
        let collection = try collection(
            single(
                #"{"url": "{{base}}/oauth1", "auth": "# + oauth1() + "}",
                extra: #", "variable": [{"key": "secret", "value": "wrong"}]"#))
        XCTAssertEqual(try run(collection).executions[0].response?.code, 401)
    }

    func testHawkSignatureVerifiesAndReplacesStaleHeader() throws {
        let hawk =
            #"{"type": "hawk", "hawk": [{"key": "authId", "value": "dh37fgj492je"}, {"key": "authKey", "value": "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"}, "#
            + #"{"key": "algorithm", "value": "sha256"}, {"key": "extraData", "value": "some \"ext\""}, {"key": "nonce", "value": "eFRP2o"}]}"#
        let collection = try collection(
            single(
                #"{"url": "{{base}}/auth/hawk?x=1", "header": [{"key": "Authorization", "value": "Hawk stale"}], "auth": "#
                    + hawk + "}"))
        let summary = try run(collection)
        XCTAssertEqual(summary.executions[0].response?.code, 200)
        XCTAssertEqual(try echo(summary.executions[0])["message"], "Hawk Authentication Successful")
        XCTAssertTrue(summary.secrets.contains("werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"))
    }
}
