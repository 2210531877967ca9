import CourierModel
import XCTest

final class JSONTests: XCTestCase {
    func testParsingKeepsKeyOrderAndNumberText() throws {
        let value = try JSONParser.parse(#"{"z": 1.50, "a": [true, null, "x\u00e9\n"], "m": {"k": -2e3}}"#)
        XCTAssertEqual(value.objectValue?.keys, ["z", "a", "m"])
        XCTAssertEqual(JSONWriter.string(value), #"{"z":1.50,"a":[true,null,"xé\n"],"m":{"k":-2e3}}"#)
    }

    func testErrorsGiveLineColumnAndReason() {
        XCTAssertThrowsError(try JSONParser.parse("{\n  \"a\": tru\n}")) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.description, "line 2, column 8: invalid literal; expected 'true'")
        }
        XCTAssertThrowsError(try JSONParser.parse("")) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.reason, "the file is empty; expected a JSON value")
        }
        XCTAssertThrowsError(try JSONParser.parse("[1, 2")) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.reason, "expected ',' or ']' after an array element")
        }
    }

    func testBOMIsSkippedAndDeepNestingIsRefused() throws {
        XCTAssertEqual(try JSONParser.parse(Data([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))), [1])
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.reason, "nesting deeper than 512 levels")
        }
    }

    func testInvalidUTF8AndControlCharactersAreErrors() {
        XCTAssertThrowsError(try JSONParser.parse(Data([0x22, 0xFF, 0x22])))
        XCTAssertThrowsError(try JSONParser.parse("\"a\u{01}b\""))
    }

    func testWriterEscapesLikeJSONStringify() {
        XCTAssertEqual(JSONWriter.quoted("a\"b\\c/\u{01}\t"), #""a\"b\\c/\u0001\t""#)
        XCTAssertEqual(JSONWriter.string(["a": [1, 2]], indent: 2), "{\n  \"a\": [\n    1,\n    2\n  ]\n}")
    }

    func testSubstitutionTextFollowsJavaScript() {
        XCTAssertEqual(JSONValue.number(JSONNumber(text: "1.0")).substitutionText, "1")
        XCTAssertEqual(JSONValue.null.substitutionText, "null")
        XCTAssertEqual(JSONValue.bool(false).substitutionText, "false")
        XCTAssertEqual(JSONValue.array([1, "a", nil]).substitutionText, "1,a,")
        XCTAssertEqual(JSONValue.object(JSONObject()).substitutionText, "[object Object]")
    }
}
