import XCTest

@testable import CourierScripting

final class CSVLibraryTests: XCTestCase {
    private let harness = SandboxModuleHarness()

    func testParsesRecordsWithOptions() {
        let cases: [(String, String)] = [
            ("return require('csv-parse/lib/sync') === require('csv-parse/sync');", "false"),
            (
                "return JSON.stringify(require('csv-parse/lib/sync')('a,b\\n1,2\\n\\n\"x,\"\"y\"\" \",4\\n', {columns: true, skip_empty_lines: true}));",
                #"[{"a":"1","b":"2"},{"a":"x,\"y\" ","b":"4"}]"#
            ),
            (
                "return JSON.stringify(require('csv-parse/lib/sync')('a;b\\r\\n 1 ; 2.5 \\r\\n', {delimiter: ';', trim: true, cast: true}));",
                #"[["a","b"],[1,2.5]]"#
            ),
            (
                "return JSON.stringify(require('csv-parse/lib/sync')('title\\nx,y\\n1,2', {from_line: 2, columns: true}));",
                #"[{"x":"1","y":"2"}]"#
            ),
            ("return JSON.stringify(require('csv-parse/lib/sync')('a,\"b\\nc\"'));", #"[["a","b\nc"]]"#),
            (
                "return JSON.stringify(require('csv-parse/lib/sync')('a,b\\n1,2', {columns: ['x', 'y'], cast: function (v, ctx) { return ctx.column + v; }}));",
                #"[{"x":"xa","y":"yb"},{"x":"x1","y":"y2"}]"#
            ),
            (
                "require('csv-parse/lib/sync')('a,b\\n1,2,3');",
                "threw: Invalid Record Length: expect 2, got 3 on line 2"
            ),
            (
                "return JSON.stringify(require('csv-parse/lib/sync')('a,b\\n1,2,3', {relax_column_count: true}));",
                #"[["a","b"],["1","2","3"]]"#
            ),
            ("return JSON.stringify(require('csv-parse/lib/sync')(''));", "[]"),
        ]
        assertModuleResults(harness, cases)
    }
}
