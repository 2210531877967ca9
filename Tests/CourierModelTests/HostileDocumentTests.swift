import CourierModel
import XCTest

/// Documents built to hurt the parsers: deep nesting, huge item counts, NUL bytes, invalid UTF-8
/// and v1 folder graphs that would multiply. Each ends with an error or a sensible value.
final class HostileDocumentTests: XCTestCase {
    func testDeepNestingIsAnErrorWithItsPositionNotAStackOverflow() {
        let text =
            "{\"item\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
            + "}"
        XCTAssertThrowsError(try JSONParser.parse(text)) { error in
            let syntax = error as? JSONSyntaxError
            XCTAssertEqual(syntax?.reason, "nesting deeper than 512 levels")
            XCTAssertEqual(syntax?.line, 1)
            XCTAssertEqual(syntax?.column, 10 + 511)
        }
    }

    func testFoldersNestUpTo64LevelsAndDeeperIsAnErrorWithThePath() throws {
        func nested(_ depth: Int) -> String {
            var item = #"{"name": "r", "request": "http://127.0.0.1/"}"#
            for _ in 0..<depth { item = #"{"name": "f", "item": [\#(item)]}"# }
            return #"{"item": [\#(item)]}"#
        }
        let collection = try CollectionDecoder.decode(try JSONParser.parse(nested(64)))
        var depth = 0
        var items = collection.items
        while case .folder(let folder)? = items.first {
            depth += 1
            items = folder.items
        }
        XCTAssertEqual(depth, 64)
        XCTAssertThrowsError(try CollectionDecoder.decode(try JSONParser.parse(nested(65)))) { error in
            let shape = error as? ShapeError
            XCTAssertEqual(shape?.reason, "folder nesting deeper than 64 levels")
            XCTAssertEqual(shape?.path, "$.item[0]" + String(repeating: ".item[0]", count: 64))
        }
    }

    func testAHundredThousandItemsDecodeInOrder() throws {
        let items = (0..<100_000).map { #"{"name": "i\#($0)", "request": "http://127.0.0.1/\#($0)"}"# }
        let collection = try CollectionDecoder.decode(
            try JSONParser.parse("{\"item\": [\(items.joined(separator: ","))]}"))
        XCTAssertEqual(collection.items.count, 100_000)
        XCTAssertEqual(collection.items.last?.name, "i99999")
    }

    func testNulBytesSurviveInNamesURLsAndValues() throws {
        let json = try JSONParser.parse(
            #"{"info": {"name": "a\u0000b"}, "variable": [{"key": "k\u0000", "value": "\u0000"}], "item": [{"name": "\u0000", "request": "http://h/\u0000"}]}"#
        )
        let collection = try CollectionDecoder.decode(json)
        XCTAssertEqual(collection.name, "a\u{0}b")
        XCTAssertEqual(collection.variables.first?.key, "k\u{0}")
        XCTAssertEqual(collection.items.first?.name, "\u{0}")
        XCTAssertEqual(JSONWriter.string(json).contains(#"\u0000"#), true, "written back escaped")
    }

    func testInvalidUTF8InsideAStringIsAnErrorWithItsPosition() {
        var bytes = [UInt8](#"{"name": "ok","#.utf8) + [0x0A]
        bytes += [UInt8](#" "bad": "x"#.utf8) + [0xC3, 0x28] + [UInt8](#"" }"#.utf8)
        XCTAssertThrowsError(try JSONParser.parse(Data(bytes))) { error in
            let syntax = error as? JSONSyntaxError
            XCTAssertEqual(syntax?.reason, "invalid UTF-8 in a string")
            XCTAssertEqual(syntax?.line, 2)
        }
    }

    func testV1FoldersThatListThemselvesExpandOnce() throws {
        let json = try JSONParser.parse(
            """
            {"id": "c", "name": "loops", "folders_order": ["a", "a"], "order": [],
             "folders": [{"id": "a", "name": "A", "folders_order": ["a", "b", "b"], "order": ["r"]},
                         {"id": "b", "name": "B", "folders_order": ["a", "b"], "order": ["r"]}],
             "requests": [{"id": "r", "name": "R", "url": "http://127.0.0.1/", "method": "GET"}]}
            """)
        let collection = try CollectionDecoder.decode(json)
        XCTAssertEqual(collection.items.map(\.name), ["A"])
        guard case .folder(let a)? = collection.items.first else { return XCTFail("no folder") }
        XCTAssertEqual(a.items.map(\.name), ["B", "R"])
    }

    func testCSVWithNulBytesAndALoneQuote() throws {
        let rows = try CSVParser.parse("a,b\n\u{0},\"x\u{0}\"\n")
        XCTAssertEqual(rows.first?["a"], "\u{0}")
        XCTAssertEqual(rows.first?["b"], "x\u{0}")
        XCTAssertThrowsError(try CSVParser.parse("a\n\""))
    }

    func testCSVCellsFullOfQuotesAndRowsWithManyColumnsParse() throws {
        let quotes = try CSVParser.parse("h\n a" + String(repeating: "\"", count: 50_000) + "\n")
        XCTAssertEqual(quotes.first?["h"]?.stringValue?.count, 50_001)
        let header = (0..<20_000).map { "c\($0)" }.joined(separator: ",")
        let row = (0..<20_000).map { "\($0)" }.joined(separator: ",")
        let wide = try CSVParser.parse(header + "\n" + row + "\n")
        XCTAssertEqual(wide.first?.count, 20_000)
        XCTAssertEqual(wide.first?["c19999"], .number(JSONNumber(19_999)))
    }

    func testCSVRepeatedColumnKeepsItsFirstPlaceAndLastValue() throws {
        let rows = try CSVParser.parse("a,b,a\n1,2,3\n4\n")
        XCTAssertEqual(rows[0].keys, ["a", "b"])
        XCTAssertEqual(rows[0]["a"], .number(JSONNumber(3)))
        XCTAssertEqual(rows[1].keys, ["a"])
        XCTAssertEqual(rows[1]["a"], .number(JSONNumber(4)))
    }

    func testTheDeepestAcceptedCollectionDecodesOnA512KiBThread() throws {
        var item = #"{"name": "r", "request": "http://127.0.0.1/"}"#
        for _ in 0..<64 { item = #"{"name": "f", "item": [\#(item)]}"# }
        // Files are parsed on the main thread (8 MiB); decoding may happen anywhere.
        let json = try JSONParser.parse(#"{"item": [\#(item)]}"#)
        let done = expectation(description: "decoded on a small stack")
        nonisolated(unsafe) var outcome = ""
        let thread = Thread {
            do {
                let collection = try CollectionDecoder.decode(json)
                outcome = "\(collection.items.count) item"
            } catch {
                outcome = "\(error)"
            }
            done.fulfill()
        }
        thread.stackSize = 512 << 10
        thread.start()
        wait(for: [done], timeout: 60)
        XCTAssertEqual(outcome, "1 item")
    }
}
