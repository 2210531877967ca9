import CourierModel
import CourierReports
import Foundation

/// Writes the report and export files a run asked for, masked, each atomically.
enum ReportFiles {
    /// Writes every requested file; returns a message for each one that could not be written.
    static func write(_ summary: RunSummary, options: RunCommandOptions, masker: SecretMasker) -> [String] {
        var problems: [String] = []
        let stamp = timestamp(summary.started)
        func save(_ text: String, to target: String?, defaultName: String, what: String, masked: Bool = true) {
            let path = resolvedPath(target, defaultName: defaultName)
            do {
                try AtomicFile.write(masked ? masker.mask(text) : text, to: path)
            } catch {
                problems.append("could not write the \(what) to '\(path)': \(error.localizedDescription)")
            }
        }
        if options.reporters.contains("json") {
            save(
                JSONReporter.text(summary), to: options.reporterJSONExport,
                defaultName: "newman/newman-run-report-\(stamp).json", what: "JSON report")
        }
        if options.reporters.contains("junit") {
            save(
                JUnitReporter.report(summary), to: options.reporterJUnitExport,
                defaultName: "newman/newman-run-report-\(stamp).xml", what: "JUnit report")
        }
        if options.reporters.contains("html") {
            save(
                HTMLReporter.report(summary, masker: masker), to: options.reporterHTMLExport,
                defaultName: "newman/newman-run-report-\(stamp).html", what: "HTML report")
        }
        // Exported scopes are masked like every other output unless --export-secrets asks for
        // the values (to feed a later run).
        if let target = options.exportEnvironment {
            let scope = summary.environment ?? ScopeSnapshot(id: FastUUID.make(), name: "", variables: [])
            save(
                Exports.scopeFile(scope, kind: "environment"), to: target, defaultName: "newman-environment.json",
                what: "environment", masked: !options.exportSecrets)
        }
        if let target = options.exportGlobals {
            save(
                Exports.scopeFile(summary.globals, kind: "globals"), to: target, defaultName: "newman-globals.json",
                what: "globals", masked: !options.exportSecrets)
        }
        if let target = options.exportCollection {
            save(Exports.collectionFile(summary), to: target, defaultName: "newman-collection.json", what: "collection")
        }
        return problems
    }

    /// A directory target receives the default file name inside it.
    private static func resolvedPath(_ target: String?, defaultName: String) -> String {
        guard let target else { return defaultName }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            return (target as NSString).appendingPathComponent((defaultName as NSString).lastPathComponent)
        }
        return target
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd-HH-mm-ss-SSS"
        return formatter.string(from: date) + "-0"
    }
}

/// Writes a file through a temporary file and a rename, so an existing file is never left
/// half-written.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    }
}

/// The JSON of exported environments, globals and collections, as newman writes them.
enum Exports {
    static func scopeFile(_ scope: ScopeSnapshot, kind: String) -> String {
        var object = JSONObject()
        object["id"] = .string(scope.id)
        object["name"] = .string(scope.name)
        object["values"] = .array(
            scope.variables.map { variable in
                var entry = JSONObject()
                entry["type"] = .string(variable.type ?? "any")
                entry["value"] = variable.value ?? .string("")
                entry["key"] = .string(variable.key)
                return .object(entry)
            })
        object["_postman_variable_scope"] = .string(kind)
        object["_postman_exported_at"] = .string(ISO8601DateFormatter.withMilliseconds.string(from: Date()))
        object["_postman_exported_using"] = .string("Courier/\(courierVersion)")
        return JSONWriter.string(.object(object), indent: 2) + "\n"
    }

    /// The collection as loaded, with the collection variables as they stood at the end.
    static func collectionFile(_ summary: RunSummary) -> String {
        var json = summary.collectionJSON
        if case .object(var object) = json, !summary.collectionVariables.isEmpty || object["variable"] != nil {
            object["variable"] = .array(summary.collectionVariables.map(\.jsonValue))
            json = .object(object)
        }
        return JSONWriter.string(json, indent: 2) + "\n"
    }
}

extension ISO8601DateFormatter {
    /// `2026-11-29T03:47:05.123Z`.
    static var withMilliseconds: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
