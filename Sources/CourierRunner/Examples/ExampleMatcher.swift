import CourierModel

/// Compares a response with a request's saved examples (`--check-examples`): status code,
/// content type and JSON body shape, each as one named check.
public enum ExampleMatcher {
    /// One comparison with its outcome: `failure` is nil when it passed.
    public struct Check: Sendable, Equatable {
        /// e.g. `example "Success": status code is 200`.
        public var name: String
        /// What differs, when the check failed.
        public var failure: String?
    }

    /// How many differences a failed shape check lists before "and N more".
    static let listedDifferences = 5

    /// The example to compare with: the first whose code equals `status`, else the first.
    public static func example(for status: Int, among examples: [SavedExample]) -> SavedExample? {
        examples.first { $0.code == status } ?? examples.first
    }

    /// The checks for `response` against the chosen example; none when there are no examples.
    public static func checks(_ response: ReceivedResponse, examples: [SavedExample]) -> [Check] {
        guard let example = example(for: response.code, among: examples) else { return [] }
        let prefix = "example \"\(example.name)\": "
        var checks: [Check] = []
        if let code = example.code {
            checks.append(
                Check(
                    name: prefix + "status code is \(code)",
                    failure: code == response.code
                        ? nil : "expected status code \(code), got \(response.code)"))
        }
        if let expected = example.mediaType {
            let actual = response.headers.last { $0.name.lowercased() == "content-type" }.map {
                MediaType.essence(of: $0.value)
            }
            checks.append(
                Check(
                    name: prefix + "content type is \(expected)",
                    failure: actual == expected
                        ? nil
                        : "expected content type \(expected), got \(actual.map { $0.isEmpty ? "none" : $0 } ?? "none")"
                ))
        }
        if let expected = try? JSONParser.parse(example.body),
            let actual = try? JSONParser.parse(response.body)
        {
            let differences = JSONShapeComparison.differences(expected: expected, actual: actual)
            checks.append(
                Check(name: prefix + "body has the example's shape", failure: describe(differences)))
        }
        return checks
    }

    /// `a; b; c` (the first few), or nil when there is nothing to say.
    private static func describe(_ differences: [String]) -> String? {
        guard !differences.isEmpty else { return nil }
        var text = differences.prefix(listedDifferences).joined(separator: "; ")
        if differences.count > listedDifferences {
            text += "; and \(differences.count - listedDifferences) more"
        }
        return text
    }
}
