import CourierRunner
import XCTest

@testable import CourierCLI

/// Parsing of `--check-examples`, `--retries`, `--retry-delay`, `--retry-on` and `courier validate`.
final class CIOptionsParsingTests: XCTestCase {
    private func parse(_ arguments: [String]) throws -> CourierCommand {
        try parseCommandLine(arguments)
    }

    private func usageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line)
        -> String?
    {
        do {
            let command = try parseCommandLine(arguments)
            XCTFail("expected a usage error, got \(command)", file: file, line: line)
            return nil
        } catch {
            return error.description
        }
    }

    func testRunOptionsForCI() throws {
        guard
            case .run(let options) = try parse([
                "run", "c.json", "--check-examples", "--retries", "3", "--retry-delay=250", "--retry-on",
                "429,5xx",
            ])
        else {
            return XCTFail("not a run")
        }
        XCTAssertTrue(options.checkExamples)
        XCTAssertEqual(options.retries, 3)
        XCTAssertEqual(options.retryDelayMilliseconds, 250)
        XCTAssertEqual(options.retryOn, RetryPolicy(conditions: [.status(429), .statusClass(5)]))
        guard case .run(let defaults) = try parse(["run", "c.json"]) else { return XCTFail("not a run") }
        XCTAssertFalse(defaults.checkExamples)
        XCTAssertNil(defaults.retries)
        XCTAssertNil(defaults.retryOn)
    }

    func testBadRetryValuesAreUsageErrors() {
        XCTAssertEqual(
            usageError(["run", "c.json", "--retries", "two"]),
            "error: option '--retries' expects a whole number, got 'two'")
        XCTAssertEqual(
            usageError(["run", "c.json", "--retry-on", "5xx,teapot"]),
            "error: option '--retry-on' expects a comma-separated list of network, 1xx-5xx or status codes (100-599), got '5xx,teapot'"
        )
        XCTAssertEqual(
            usageError(["run", "c.json", "--retry-delay", "-5"]),
            "error: option '--retry-delay' expects a whole number of milliseconds, got '-5'")
    }

    func testValidateTakesTheInputsThatDefineVariables() throws {
        let command = try parse([
            "validate", "c.json", "-e", "env.json", "--globals=g.json", "-d", "rows.csv", "--env-var", "a=1",
            "--global-var", "b=2",
        ])
        var expected = ValidateCommandOptions(collection: .file("c.json"))
        expected.environment = .file("env.json")
        expected.globals = .file("g.json")
        expected.iterationData = .file("rows.csv")
        expected.environmentVariables = [VariableOverride(key: "a", value: "1")]
        expected.globalVariables = [VariableOverride(key: "b", value: "2")]
        XCTAssertEqual(command, .validate(expected))
        XCTAssertEqual(try parse(["validate", "--help"]), .help(topic: .validate))
        XCTAssertEqual(try parse(["help", "validate"]), .help(topic: .validate))
    }

    func testValidateUsageErrors() {
        XCTAssertEqual(
            usageError(["validate"]),
            "error: missing collection argument. Usage: courier validate <collection> [options]")
        XCTAssertEqual(
            usageError(["validate", "a.json", "b.json"]),
            "error: unexpected argument 'b.json'. 'courier validate' takes one collection")
        XCTAssertEqual(
            usageError(["validate", "a.json", "--environmnt", "e"]),
            "error: unknown option '--environmnt'. Did you mean '--environment'?")
        XCTAssertEqual(
            usageError(["validate", "a.json", "-e"]), "error: option '--environment' needs a value")
        XCTAssertEqual(
            usageError(["validate", "a.json", "--env-var", "novalue"]),
            "error: option '--env-var' expects key=value, got 'novalue'")
    }

    func testHelpListsTheCommandAndTheOptions() {
        XCTAssertTrue(helpText(for: nil).contains("validate"))
        let run = helpText(for: .run)
        for option in ["--check-examples", "--retries <n>", "--retry-delay <ms>", "--retry-on <list>"] {
            XCTAssertTrue(run.contains(option), option)
        }
        XCTAssertTrue(helpText(for: .validate).contains("Usage: courier validate <collection> [options]"))
    }
}
