import CourierModel
import XCTest

@testable import CourierReports

/// Internal helpers: URL objects, JUnit class names, ISO timestamps, header redaction.
final class ReportHelperTests: XCTestCase {
    func testURLObjectWithoutPortOrPathHasNoSuchKeys() {
        XCTAssertEqual(
            PostmanURL.json("https://example.com"),
            ["protocol": "https", "host": ["example", "com"], "query": [], "variable": []])
    }

    func testURLObjectKeepsQueryAsWrittenAndFragment() {
        XCTAssertEqual(
            PostmanURL.json("http://user:pw@localhost:8080/a/b/?x=1%202&flag&=v#top"),
            [
                "protocol": "http", "port": "8080", "path": ["a", "b", ""], "hash": "top",
                "host": ["localhost"],
                "query": [
                    ["key": "x", "value": "1%202"], ["key": "flag", "value": nil], ["key": "", "value": "v"],
                ],
                "variable": [],
            ])
    }

    func testURLObjectForIPv6Host() {
        XCTAssertEqual(
            PostmanURL.json("http://[::1]:3000/"),
            [
                "protocol": "http", "port": "3000", "path": [""], "host": ["[::1]"], "query": [],
                "variable": [],
            ])
    }

    func testClassNamesAreUpperCamelCaseWords() {
        XCTAssertEqual(JUnitClassName.make("Accounts / List accounts"), "AccountsListAccounts")
        XCTAssertEqual(JUnitClassName.make("get-user_byID v2"), "GetUserByIdV2")
        XCTAssertEqual(JUnitClassName.make("XMLHttpRequest"), "XmlHttpRequest")
        XCTAssertEqual(JUnitClassName.make("status200"), "Status200")
        XCTAssertEqual(JUnitClassName.make(""), "")
    }

    func testISOTimestampsHaveMillisecondsInUTC() {
        XCTAssertEqual(EpochTime.iso8601(SampleRun.started), "2026-11-29T03:44:54.136Z")
        XCTAssertEqual(EpochTime.iso8601(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000Z")
        XCTAssertEqual(
            EpochTime.iso8601(Date(timeIntervalSince1970: 951_782_400.5)), "2000-02-29T00:00:00.500Z")
    }

    func testAuthorizationHeadersAreHidden() {
        XCTAssertEqual(
            HeaderRedaction.displayValue(of: HeaderField(name: "authorization", value: "Basic x")), "****")
        XCTAssertEqual(
            HeaderRedaction.displayValue(of: HeaderField(name: "Proxy-Authorization", value: "x")), "****")
        XCTAssertEqual(HeaderRedaction.displayValue(of: HeaderField(name: "Accept", value: "*/*")), "*/*")
    }
}
