import CourierTestServer
import Foundation
import XCTest

/// The HTML report of a real run, opened in headless Chromium: the page loads without a console
/// message, its script runs (it fills in the failure count and applies the `#failed` filter),
/// and markup a server sent stays text.
///
/// Chromium is required (`make deps` installs Debian's `chromium`); without it the test fails.
final class HTMLChromiumTests: XCTestCase {
    private var server: TestServer!
    private var directory: URL!

    override func setUpWithError() throws {
        server = try TestServer.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courier-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    func testTheReportOfARealRunRendersInChromiumWithoutErrors() throws {
        // If the page let the echoed body through as markup, this image's onerror would log.
        let injected =
            "<img src=x onerror=\\\"console.error('injected')\\\"><script>console.error('injected')</script>"
        let collection = """
            {"info": {"name": "Chromium <check>"},
             "item": [
               {"name": "Echo markup", "request": {"method": "POST", "url": "\(server.baseURL)/post",
                 "body": {"mode": "raw", "raw": "\(injected)"}},
                 "event": [{"listen": "test", "script": {"exec": [
                   "console.log('<b>logged</b>');",
                   "pm.test('status is 200', () => pm.response.to.have.status(200));",
                   "pm.test('status is 201', () => pm.response.to.have.status(201));"]}}]},
               {"name": "Missing", "request": "\(server.baseURL)/status/404",
                 "event": [{"listen": "test", "script": {"exec": ["pm.test('is 200', () => pm.response.to.have.status(200));"]}}]},
               {"name": "Fine", "request": "\(server.baseURL)/get",
                 "event": [{"listen": "test", "script": {"exec": ["pm.test('is 200', () => pm.response.to.have.status(200));",
                   "pm.visualizer.set('<p class=vis>{{name}}</p>', {name: '<i>n</i>'});"]}}]}
             ]}
            """
        try Data(collection.utf8).write(to: directory.appendingPathComponent("c.json"))
        let run = try CourierProcess.run(["run", "c.json", "-r", "html", "--color", "off"], in: directory)
        XCTAssertEqual(run.status, 1, run.standardError)
        XCTAssertEqual(run.standardError, "", "no warning that html is unsupported")

        // The default path, as for the JSON and JUnit reports.
        let reports = directory.appendingPathComponent("newman")
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path)
        let name = try XCTUnwrap(
            names.first { $0.hasPrefix("newman-run-report-") && $0.hasSuffix(".html") }, "\(names)")
        let page = reports.appendingPathComponent(name)

        let chromium = try HeadlessChromium.run(
            page: URL(string: page.absoluteString + "#failed")!,
            profile: directory.appendingPathComponent("profile"))
        XCTAssertEqual(chromium.status, 0, chromium.standardError)
        let console = chromium.standardError.split(separator: "\n").filter {
            $0.contains(":CONSOLE") || $0.contains("Uncaught")
        }
        XCTAssertEqual(console, [], "the page logged to the console")

        let dom = chromium.standardOutput
        XCTAssertTrue(
            dom.contains(#"<span id="failed-count" class="count bad" aria-live="polite">2 failed</span>"#),
            "the script filled in the failure count:\n\(dom.prefix(3000))")
        XCTAssertFalse(dom.contains("<img"), "the echoed markup became an element")
        XCTAssertTrue(dom.contains("&lt;b&gt;logged&lt;/b&gt;"), "console lines are shown as text")
        // `#failed` picked the "Failed only" filter: the passing request is hidden, failed ones are not.
        XCTAssertTrue(
            dom.contains(
                #"<details class="execution passed" id="execution-3" data-failures="0" data-skipped="0" hidden="">"#
            ))
        XCTAssertTrue(
            dom.contains(
                #"<details class="execution failed" id="execution-1" data-failures="1" data-skipped="0" open="">"#
            ))
        XCTAssertTrue(dom.contains(#"data-filter="failed" aria-pressed="true""#))
        // The visualization: rendered, its value escaped by the template, inside a sandboxed frame.
        XCTAssertTrue(dom.contains(#"<iframe class="visualization" sandbox="""#), "\(dom.suffix(3000))")
        XCTAssertTrue(dom.contains("&amp;lt;i&amp;gt;n&amp;lt;/i&amp;gt;"), "the template escaped {{name}}")
    }
}

/// Headless Chromium, run once to print a page's DOM after its scripts ran.
enum HeadlessChromium {
    /// Names the Debian and other packages give the browser.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser on `PATH`; fails the test with what to install when there is none.
    static func executable(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in candidates {
            for directory in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        XCTFail(
            "chromium is not installed: the HTML report test needs it (apt-get install -y chromium; make deps does this)",
            file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }

    /// Loads `page` and returns the DOM (stdout) and Chromium's log (stderr, console messages
    /// included). A browser that hangs is stopped after two minutes.
    static func run(page: URL, profile: URL) throws -> CourierProcess.Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0", "--dump-dom",
            page.absoluteString,
        ]
        return try CourierProcess.capture(process, timeout: 120)
    }
}
