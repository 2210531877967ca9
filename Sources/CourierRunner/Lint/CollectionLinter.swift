import CourierModel
import CourierScripting
import CourierVariables

/// `courier validate`: finds problems in a collection without sending anything.
///
/// Errors: variables no scope defines, auth types Courier cannot sign, script syntax errors,
/// `setNextRequest` targets that name no request. Warnings: items sharing a name in one folder,
/// unknown `{{$dynamic}}` variables.
public enum CollectionLinter {
    /// Auth types the runner signs (see `Authenticator.sign`), plus the two that sign nothing.
    static let supportedAuthTypes: Set<String> = [
        "noauth", "inherit", "basic", "bearer", "apikey", "digest", "oauth2", "oauth1", "hawk", "awsv4",
        "edgegrid", "jwt", "asap", "ntlm",
    ]

    /// Every finding for the run `options` describe (collection, environment, globals, data), in
    /// document order.
    public static func lint(_ options: RunOptions) -> [LintFinding] {
        let collection = options.collection
        var context = Context(
            defined: definedNames(options), requestNames: requestNamesAndIDs(collection.items))
        context.checkAuth(collection.auth, path: [], checkingVariables: true)
        context.checkScripts(collection.events, path: [])
        context.checkItems(collection.items, path: [])
        return context.findings
    }

    /// Names some scope defines: collection, environment, globals, data columns, and every name
    /// a script of the collection sets with a string literal.
    static func definedNames(_ options: RunOptions) -> Set<String> {
        var names: Set<String> = []
        let files = [
            options.collection.variables, options.environment?.variables ?? [],
            options.globals?.variables ?? [],
        ]
        for variables in files {
            names.formUnion(variables.filter { !$0.disabled }.map(\.key))
        }
        for row in options.iterationData ?? [] { names.formUnion(row.keys) }
        for source in allScripts(options.collection) { names.formUnion(ScriptScan.setNames(in: source)) }
        return names
    }

    private static func allScripts(_ collection: Collection) -> [String] {
        func scripts(_ items: [Item]) -> [String] {
            items.flatMap { item -> [String] in
                switch item {
                case .folder(let folder): return folder.events.map(\.script) + scripts(folder.items)
                case .request(let request): return request.events.map(\.script)
                }
            }
        }
        return collection.events.map(\.script) + scripts(collection.items)
    }

    private static func requestNamesAndIDs(_ items: [Item]) -> Set<String> {
        var names: Set<String> = []
        for item in items {
            switch item {
            case .folder(let folder): names.formUnion(requestNamesAndIDs(folder.items))
            case .request(let request): names.formUnion([request.name, request.id])
            }
        }
        return names
    }

    /// The walk: what is known up front, and the findings so far.
    struct Context {
        let defined: Set<String>
        let requestNames: Set<String>
        var findings: [LintFinding] = []

        mutating func checkItems(_ items: [Item], path: [String]) {
            checkDuplicates(items, path: path)
            for item in items {
                let itemPath = path + [item.name]
                switch item {
                case .folder(let folder):
                    checkAuth(folder.auth, path: itemPath, checkingVariables: true)
                    checkScripts(folder.events, path: itemPath)
                    checkItems(folder.items, path: itemPath)
                case .request(let request):
                    checkVariables(request, path: itemPath)
                    checkAuth(request.request.auth, path: itemPath)
                    checkScripts(request.events, path: itemPath)
                }
            }
        }

        mutating func checkDuplicates(_ items: [Item], path: [String]) {
            var counts: [String: Int] = [:]
            for item in items { counts[item.name, default: 0] += 1 }
            var reported: Set<String> = []
            for item in items where counts[item.name, default: 0] > 1 && reported.insert(item.name).inserted {
                add(.warning, path, "\(counts[item.name] ?? 0) items are named \"\(item.name)\"")
            }
        }

        mutating func checkVariables(_ request: RequestItem, path: [String]) {
            let json = request.json["request"] ?? .null
            report(VariableUsage.references(inRequest: json), path: path)
        }

        private mutating func report(_ references: [(name: String, part: String)], path: [String]) {
            for (name, part) in references {
                if name.hasPrefix("$") {
                    if !DynamicVariables.isDynamicName(name) {
                        add(.warning, path, "unknown dynamic variable {{\(name)}} in \(part)")
                    }
                } else if !defined.contains(name) {
                    add(.error, path, "undefined variable {{\(name)}} in \(part)")
                }
            }
        }

        /// The auth of the collection, a folder or a request: its type, and (for the collection
        /// and folders, whose auth is not part of a request) the variables of its parameters.
        mutating func checkAuth(_ auth: Auth?, path: [String], checkingVariables: Bool = false) {
            guard let auth, !auth.type.isEmpty else { return }
            if !CollectionLinter.supportedAuthTypes.contains(auth.type) {
                add(.error, path, "unsupported auth type \"\(auth.type)\"")
            }
            guard checkingVariables else { return }
            var references: [(name: String, part: String)] = []
            var seen: Set<String> = []
            for parameter in auth.parameters {
                VariableUsage.strings(in: parameter.value) { text in
                    for reference in VariableReference.all(in: text)
                    where seen.insert(reference.name).inserted {
                        references.append((reference.name, "auth"))
                    }
                }
            }
            report(references, path: path)
        }

        mutating func checkScripts(_ events: [Event], path: [String]) {
            for event in events where !event.disabled && !event.script.allSatisfy(\.isWhitespace) {
                let kind = event.listen == "prerequest" ? "pre-request script" : "\(event.listen) script"
                if let problem = ScriptSyntaxChecker.check(event.script) {
                    add(.error, path, "syntax error in \(kind), line \(problem.line): \(problem.message)")
                }
                for target in ScriptScan.nextRequestTargets(in: event.script)
                where !target.isEmpty && !requestNames.contains(target) {
                    add(.error, path, "setNextRequest(\"\(target)\") in \(kind) names no request")
                }
            }
        }

        private mutating func add(_ severity: LintFinding.Severity, _ path: [String], _ message: String) {
            findings.append(LintFinding(severity, path: path.joined(separator: " / "), message: message))
        }
    }
}
