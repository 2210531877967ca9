import XCTest

@testable import CourierCLI

/// `courier run` options: every option lands in its field, values keep their order, errors read well.
final class ArgumentParsingTests: XCTestCase {
    // MARK: Helpers

    private func parseRun(
        _ arguments: [String], file: StaticString = #filePath, line: UInt = #line
    ) -> RunCommandOptions? {
        do {
            let command = try parseCommandLine(["run"] + arguments)
            guard case .run(let options) = command else {
                XCTFail("expected a run command, got \(command)", file: file, line: line)
                return nil
            }
            return options
        } catch {
            XCTFail("unexpected usage error: \(error.rendered)", file: file, line: line)
            return nil
        }
    }

    private func assertUsageError(
        _ arguments: [String], _ expected: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let command = try parseCommandLine(arguments)
            XCTFail("expected a usage error, got \(command)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.description, expected, file: file, line: line)
        }
    }

    // MARK: Defaults and the collection

    func testCollectionAloneKeepsNewmanDefaults() {
        let options = parseRun(["collection.json"])
        XCTAssertEqual(options, RunCommandOptions(collection: .file("collection.json")))
        XCTAssertEqual(options?.reporters, ["cli"])
        XCTAssertEqual(options?.color, .auto)
        XCTAssertEqual(options?.insecureFileRead, true)
        XCTAssertNil(options?.bail)
    }

    func testHTTPAndHTTPSCollectionsAreURLs() {
        XCTAssertEqual(
            parseRun(["https://example.com/c.json"])?.collection, .url("https://example.com/c.json"))
        XCTAssertEqual(parseRun(["HTTP://example.com/c"])?.collection, .url("HTTP://example.com/c"))
        XCTAssertEqual(parseRun(["./http/c.json"])?.collection, .file("./http/c.json"))
    }

    func testCollectionMayComeAfterOptions() {
        let options = parseRun(["-k", "--bail", "c.json", "-n", "2"])
        XCTAssertEqual(options?.collection, .file("c.json"))
        XCTAssertEqual(options?.bail, BailSetting())
        XCTAssertEqual(options?.iterationCount, 2)
    }

    func testDoubleDashEndsOptions() {
        let options = parseRun(["-k", "--", "--strange-name.json"])
        XCTAssertEqual(options?.collection, .file("--strange-name.json"))
        XCTAssertEqual(options?.insecure, true)
    }

    // MARK: Every option

    func testEveryOptionLandsInItsField() {
        let options = parseRun([
            "c.json",
            "--environment", "env.json", "--globals", "https://example.com/globals.json",
            "--iteration-data", "data.csv", "--iteration-count", "3",
            "--folder", "Auth", "--env-var", "a=1", "--global-var", "b=2",
            "--postman-api-key", "PMAK-1",
            "--bail", "--suppress-exit-code", "--delay-request", "10", "--timeout", "1000",
            "--timeout-request", "200", "--timeout-script", "50", "--no-script-overlap",
            "--insecure", "--ignore-redirects", "--working-dir", "files", "--no-insecure-file-read",
            "--ssl-client-cert", "client.crt", "--ssl-client-key", "client.key",
            "--ssl-client-passphrase", "secret", "--ssl-client-cert-list", "certs.json",
            "--ssl-extra-ca-certs", "ca.pem", "--cookie-jar", "jar.json",
            "--connect-to", "example.com:443:127.0.0.1:8443",
            "--reporters", "cli,json,junit", "--reporter-json-export", "out/r.json",
            "--reporter-junit-export", "out/r.xml", "--reporter-html-export", "out/r.html",
            "--reporter-cli-no-summary", "--reporter-cli-show-timestamps",
            "--export-environment", "out/env.json", "--export-globals", "out/globals.json",
            "--export-collection", "out/c.json", "--export-cookie-jar", "out/jar.json",
            "--color", "on", "--disable-unicode", "--silent", "--verbose",
        ])
        var expected = RunCommandOptions(collection: .file("c.json"))
        expected.environment = .file("env.json")
        expected.globals = .url("https://example.com/globals.json")
        expected.iterationData = .file("data.csv")
        expected.iterationCount = 3
        expected.folders = ["Auth"]
        expected.environmentVariables = [VariableOverride(key: "a", value: "1")]
        expected.globalVariables = [VariableOverride(key: "b", value: "2")]
        expected.postmanAPIKey = "PMAK-1"
        expected.scriptOverlap = false
        expected.bail = BailSetting()
        expected.suppressExitCode = true
        expected.delayRequestMilliseconds = 10
        expected.timeoutMilliseconds = 1000
        expected.timeoutRequestMilliseconds = 200
        expected.timeoutScriptMilliseconds = 50
        expected.insecure = true
        expected.ignoreRedirects = true
        expected.workingDirectory = "files"
        expected.insecureFileRead = false
        expected.sslClientCertificate = "client.crt"
        expected.sslClientKey = "client.key"
        expected.sslClientPassphrase = "secret"
        expected.sslClientCertificateList = "certs.json"
        expected.sslExtraCACertificates = "ca.pem"
        expected.cookieJar = "jar.json"
        expected.connectTo = [
            ConnectToMapping(
                sourceHost: "example.com", sourcePort: 443, targetHost: "127.0.0.1", targetPort: 8443)
        ]
        expected.reporters = ["cli", "json", "junit"]
        expected.reporterJSONExport = "out/r.json"
        expected.reporterJUnitExport = "out/r.xml"
        expected.reporterHTMLExport = "out/r.html"
        expected.reporterOptions = ["cli-no-summary": "true", "cli-show-timestamps": "true"]
        expected.exportEnvironment = "out/env.json"
        expected.exportGlobals = "out/globals.json"
        expected.exportCollection = "out/c.json"
        expected.exportCookieJar = "out/jar.json"
        expected.color = .on
        expected.disableUnicode = true
        expected.silent = true
        expected.verbose = true
        XCTAssertEqual(options, expected)
    }

    func testShortOptions() {
        let options = parseRun([
            "c.json", "-e", "e.json", "-g", "g.json", "-d", "d.json", "-n", "4", "-r", "json", "-x", "-k",
        ])
        XCTAssertEqual(options?.environment, .file("e.json"))
        XCTAssertEqual(options?.globals, .file("g.json"))
        XCTAssertEqual(options?.iterationData, .file("d.json"))
        XCTAssertEqual(options?.iterationCount, 4)
        XCTAssertEqual(options?.reporters, ["json"])
        XCTAssertEqual(options?.suppressExitCode, true)
        XCTAssertEqual(options?.insecure, true)
    }

    func testShortFlagsShareADashAndValuesMayBeAttached() {
        let options = parseRun(["c.json", "-xk", "-n3", "-rjson"])
        XCTAssertEqual(options?.suppressExitCode, true)
        XCTAssertEqual(options?.insecure, true)
        XCTAssertEqual(options?.iterationCount, 3)
        XCTAssertEqual(options?.reporters, ["json"])
    }

    func testEqualsFormsGiveTheSameValues() {
        let options = parseRun([
            "c.json", "--iteration-count=5", "--timeout=100", "--color=off", "--reporters=json,junit",
            "--env-var=k=v", "--folder=A", "--bail=failure", "--reporter-junit-export=out.xml",
            "--connect-to=::127.0.0.1:9000",
        ])
        XCTAssertEqual(options?.iterationCount, 5)
        XCTAssertEqual(options?.timeoutMilliseconds, 100)
        XCTAssertEqual(options?.color, .off)
        XCTAssertEqual(options?.reporters, ["json", "junit"])
        XCTAssertEqual(options?.environmentVariables, [VariableOverride(key: "k", value: "v")])
        XCTAssertEqual(options?.folders, ["A"])
        XCTAssertEqual(options?.bail, BailSetting(modifiers: [.failure]))
        XCTAssertEqual(options?.reporterJUnitExport, "out.xml")
        XCTAssertEqual(options?.connectTo.first?.targetPort, 9000)
    }

    func testLastValueWinsForSingleValuedOptions() {
        XCTAssertEqual(parseRun(["c.json", "-n", "2", "-n", "7"])?.iterationCount, 7)
        XCTAssertEqual(
            parseRun(["c.json", "-e", "a.json", "--environment", "b.json"])?.environment, .file("b.json"))
    }

    // MARK: Repeatable options

    func testRepeatableOptionsKeepTheirOrder() {
        let options = parseRun([
            "c.json", "--folder", "Second", "--folder", "First", "--folder", "Third",
            "--env-var", "z=1", "--env-var", "a=2", "--global-var", "y=1", "--global-var", "b=2",
            "--connect-to", "a.test:80:127.0.0.1:8080", "--connect-to", "b.test::127.0.0.1:",
        ])
        XCTAssertEqual(options?.folders, ["Second", "First", "Third"])
        XCTAssertEqual(options?.environmentVariables.map(\.key), ["z", "a"])
        XCTAssertEqual(options?.globalVariables.map(\.key), ["y", "b"])
        XCTAssertEqual(
            options?.connectTo.map(\.curlValue), ["a.test:80:127.0.0.1:8080", "b.test::127.0.0.1:"])
    }

    func testVariableValuesSplitAtTheFirstEqualsSign() {
        let options = parseRun(["c.json", "--env-var", "query=a=b&c=d", "--global-var", "empty="])
        XCTAssertEqual(options?.environmentVariables, [VariableOverride(key: "query", value: "a=b&c=d")])
        XCTAssertEqual(options?.globalVariables, [VariableOverride(key: "empty", value: "")])
    }

    // MARK: Reporters

    func testReportersReplaceTheDefaultThenAccumulateWithoutDuplicates() {
        XCTAssertEqual(parseRun(["c.json", "-r", "json"])?.reporters, ["json"])
        XCTAssertEqual(
            parseRun(["c.json", "-r", "json,cli", "-r", "junit,json"])?.reporters, ["json", "cli", "junit"])
        XCTAssertEqual(parseRun(["c.json", "-r", "json,,junit"])?.reporters, ["json", "junit"])
    }

    func testUnknownReporterOptionsAreKeptWithOrWithoutValue() {
        let options = parseRun([
            "c.json", "--reporter-cli-no-assertion", "--reporter-json-pretty=yes",
            "--reporter-html-template", "t.hbs", "--reporter-timezone", "UTC", "--reporter-debug",
        ])
        XCTAssertEqual(
            options?.reporterOptions,
            [
                "cli-no-assertion": "true", "json-pretty": "yes", "html-template": "t.hbs",
                "timezone": "UTC", "debug": "true",
            ])
        XCTAssertEqual(
            options?.reporterOptions(for: "html"), ["template": "t.hbs", "timezone": "UTC", "debug": "true"])
        XCTAssertEqual(
            options?.reporterOptions(for: "cli"),
            ["no-assertion": "true", "timezone": "UTC", "debug": "true"])
    }

    // MARK: Bail, colour and connect-to values

    func testBailModifiers() {
        XCTAssertEqual(parseRun(["c.json", "--bail"])?.bail, BailSetting())
        XCTAssertEqual(parseRun(["c.json", "--bail", "folder"])?.bail, BailSetting(modifiers: [.folder]))
        XCTAssertEqual(
            parseRun(["c.json", "--bail", "folder,failure"])?.bail,
            BailSetting(modifiers: [.folder, .failure]))
        let collectionAfterBail = parseRun(["--bail", "failure", "c.json"])
        XCTAssertEqual(collectionAfterBail?.bail, BailSetting(modifiers: [.failure]))
        XCTAssertEqual(collectionAfterBail?.collection, .file("c.json"))
    }

    func testColorValues() {
        XCTAssertEqual(parseRun(["c.json", "--color", "on"])?.color, .on)
        XCTAssertEqual(parseRun(["c.json", "--color", "off"])?.color, .off)
        XCTAssertEqual(parseRun(["c.json", "--color", "on", "--color", "auto"])?.color, .auto)
        XCTAssertEqual(parseRun(["c.json", "--no-color"])?.color, .off)
    }

    func testConnectToFollowsCurlSyntax() {
        let ipv6 = ConnectToMapping(parsing: "[::1]:443:[fe80::2]:8443")
        XCTAssertEqual(ipv6?.sourceHost, "[::1]")
        XCTAssertEqual(ipv6?.targetHost, "[fe80::2]")
        XCTAssertEqual(ipv6?.curlValue, "[::1]:443:[fe80::2]:8443")
        let anyHost = ConnectToMapping(parsing: ":80::8080")
        XCTAssertEqual(
            anyHost, ConnectToMapping(sourceHost: nil, sourcePort: 80, targetHost: nil, targetPort: 8080))
        XCTAssertNil(ConnectToMapping(parsing: "a:80:b"))
        XCTAssertNil(ConnectToMapping(parsing: "a:99999:b:80"))
        XCTAssertNil(ConnectToMapping(parsing: "a:http:b:80"))
        XCTAssertNil(ConnectToMapping(parsing: "a:80:b:80:extra"))
    }

    // MARK: Help and version

    func testHelpAndVersionCommands() throws {
        XCTAssertEqual(try parseCommandLine(["--help"]), .help(topic: nil))
        XCTAssertEqual(try parseCommandLine(["-h"]), .help(topic: nil))
        XCTAssertEqual(try parseCommandLine(["help"]), .help(topic: nil))
        XCTAssertEqual(try parseCommandLine(["help", "run"]), .help(topic: .run))
        XCTAssertEqual(try parseCommandLine(["run", "--help"]), .help(topic: .run))
        XCTAssertEqual(try parseCommandLine(["run", "c.json", "-kh"]), .help(topic: .run))
        XCTAssertEqual(try parseCommandLine(["--version"]), .version)
        XCTAssertEqual(try parseCommandLine(["-v"]), .version)
        XCTAssertEqual(versionText(), "courier 0.1.0\n")
    }

    func testRunHelpListsEveryOptionOfTheTable() {
        let help = helpText(for: .run)
        let lines = help.split(separator: "\n").map(String.init)
        for option in RunOptionTable.options {
            let line = lines.first {
                $0.contains(option.longSpelling + " ") || $0.hasSuffix(option.longSpelling)
            }
            XCTAssertNotNil(line, "\(option.longSpelling) missing from help")
            XCTAssertTrue(line?.hasSuffix(option.help) ?? false, "\(option.longSpelling): help line missing")
            if let short = option.short {
                XCTAssertTrue(
                    line?.contains("-\(short), ") ?? false, "\(option.longSpelling): -\(short) missing")
            }
        }
        for group in OptionGroup.allCases {
            XCTAssertTrue(help.contains("\n\(group.title):\n"), "section \(group.title) missing")
        }
        XCTAssertTrue(help.contains("--reporter-<name>-<option>"))
    }

    func testOverviewListsCommandsAndGlobalOptions() {
        let help = helpText(for: nil)
        for command in CommandName.allCases {
            XCTAssertTrue(help.contains("  \(command.rawValue)  "), "command \(command) missing")
        }
        XCTAssertTrue(help.contains("-h, --help"))
        XCTAssertTrue(help.contains("-v, --version"))
    }

    func testOptionNamesAreDeclaredOnce() {
        let longs = RunOptionTable.options.map(\.long)
        XCTAssertEqual(Set(longs).count, longs.count)
        let shorts = RunOptionTable.options.compactMap(\.short)
        XCTAssertEqual(Set(shorts).count, shorts.count)
    }

    // MARK: Errors, exactly as printed

    func testUnknownOptionSuggestsTheClosestName() {
        assertUsageError(
            ["run", "c.json", "--iteration-cout", "3"],
            "error: unknown option '--iteration-cout'. Did you mean '--iteration-count'?")
        assertUsageError(
            ["run", "c.json", "--insecur"], "error: unknown option '--insecur'. Did you mean '--insecure'?")
        assertUsageError(
            ["run", "c.json", "--envvar", "a=b"],
            "error: unknown option '--envvar'. Did you mean '--env-var'?")
    }

    func testUnknownOptionWithoutCloseNameHasNoSuggestion() {
        assertUsageError(["run", "c.json", "--frobnicate"], "error: unknown option '--frobnicate'")
        assertUsageError(["run", "c.json", "-q"], "error: unknown option '-q'")
        assertUsageError(["--versio"], "error: unknown option '--versio'. Did you mean '--version'?")
    }

    func testMissingValues() {
        assertUsageError(["run", "c.json", "--timeout"], "error: option '--timeout' needs a value")
        assertUsageError(["run", "c.json", "--env-var"], "error: option '--env-var' needs a value")
        assertUsageError(["run", "c.json", "-e", "--bail"], "error: option '-e' needs a value")
        assertUsageError(["run", "c.json", "--folder="], "error: option '--folder' needs a value")
    }

    func testBadNumbers() {
        assertUsageError(
            ["run", "c.json", "-n", "abc"], "error: option '-n' expects a positive integer, got 'abc'")
        assertUsageError(
            ["run", "c.json", "--iteration-count", "0"],
            "error: option '--iteration-count' expects a positive integer, got '0'")
        assertUsageError(
            ["run", "c.json", "--iteration-count", "-3"],
            "error: option '--iteration-count' expects a positive integer, got '-3'")
        assertUsageError(
            ["run", "c.json", "--timeout", "1.5"],
            "error: option '--timeout' expects a whole number of milliseconds, got '1.5'")
        assertUsageError(
            ["run", "c.json", "--delay-request=-1"],
            "error: option '--delay-request' expects a whole number of milliseconds, got '-1'")
    }

    func testBadValues() {
        assertUsageError(
            ["run", "c.json", "--color", "blue"],
            "error: option '--color' expects on, off or auto, got 'blue'")
        assertUsageError(
            ["run", "c.json", "--bail=sometimes"],
            "error: option '--bail' expects folder, failure or folder,failure, got 'sometimes'")
        assertUsageError(
            ["run", "c.json", "--env-var", "novalue"],
            "error: option '--env-var' expects key=value, got 'novalue'")
        assertUsageError(
            ["run", "c.json", "--global-var", "=v"],
            "error: option '--global-var' expects key=value, got '=v'")
        assertUsageError(
            ["run", "c.json", "--connect-to", "a:80"],
            "error: option '--connect-to' expects HOST1:PORT1:HOST2:PORT2, got 'a:80'")
        assertUsageError(
            ["run", "c.json", "-r", ","],
            "error: option '-r' expects reporter names separated by commas, got ','")
        assertUsageError(
            ["run", "c.json", "--insecure=yes"], "error: option '--insecure' does not take a value")
    }

    func testCollectionErrors() {
        assertUsageError(
            ["run"], "error: missing collection argument. Usage: courier run <collection> [options]")
        assertUsageError(
            ["run", "-k"], "error: missing collection argument. Usage: courier run <collection> [options]")
        assertUsageError(
            ["run", "a.json", "b.json"],
            "error: unexpected argument 'b.json'. 'courier run' takes one collection")
    }

    func testCommandErrors() {
        assertUsageError(["rn"], "error: unknown command 'rn'. Did you mean 'run'?")
        assertUsageError(["help", "rnu"], "error: unknown command 'rnu'. Did you mean 'run'?")
        assertUsageError(["deploy"], "error: unknown command 'deploy'")
        assertUsageError([], "error: no command given. Try 'courier run <collection>'")
    }

    func testRenderedErrorPointsToTheRightHelp() {
        do {
            _ = try parseCommandLine(["run", "c.json", "--iteration-cout"])
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(
                error.rendered,
                "error: unknown option '--iteration-cout'. Did you mean '--iteration-count'?\n"
                    + "Run 'courier help run' for usage.\n")
        }
        do {
            _ = try parseCommandLine(["rn"])
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.helpHint, "Run 'courier help' for usage.")
        }
    }

    // MARK: Suggestions

    func testSuggestionsOnlyWhenClose() {
        XCTAssertEqual(editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(editDistance("rnu", "run"), 1)
        XCTAssertEqual(closestMatch(to: "rn", among: ["run", "help"]), "run")
        XCTAssertNil(closestMatch(to: "xyz", among: ["run", "help"]))
        XCTAssertEqual(closestMatch(to: "--TIMEOUT", among: ["--timeout", "--timeout-script"]), "--timeout")
    }
}
