import CourierModel
import XCTest

final class CSVParserTests: XCTestCase {
    func testQuotesNumbersTrimmingAndShortRows() throws {
        let rows = try CSVParser.parse("\u{FEFF} a , b ,c\r\n\"x, y\",  00123 ,\"00123\"\n\"say \"\"hi\"\"\",1.5\n")
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0]["a"], "x, y")
        XCTAssertEqual(rows[0]["b"], .number(JSONNumber(123)), "unquoted numbers become numbers")
        XCTAssertEqual(rows[0]["c"], "00123", "quoted cells stay strings")
        XCTAssertEqual(rows[1]["a"], #"say "hi""#)
        XCTAssertEqual(rows[1]["b"], .number(JSONNumber(1.5)))
        XCTAssertNil(rows[1]["c"], "a short row leaves the column undefined")
    }

    func testEmptyCellsAndUnclosedQuote() throws {
        XCTAssertEqual(try CSVParser.parse("a,b\n,2\n")[0]["a"], "")
        XCTAssertThrowsError(try CSVParser.parse("a\n\"open\n")) { error in
            XCTAssertEqual((error as? CSVParser.Error)?.reason, "a quoted field is not closed")
        }
    }
}
