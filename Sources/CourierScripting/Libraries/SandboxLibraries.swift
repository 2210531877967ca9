/// Every module scripts can load, and which names `require()` accepts from scripts.
///
/// Some modules exist only to build others or the legacy globals (`lodash3` for `_`, `sugar` for
/// the prototype extensions, `json-schema-core` for ajv and tv4, `xml2Json`); newman's sandbox has
/// no such names, so a script's `require` refuses them while modules may use them.
enum SandboxLibraries {
    static let all: [SandboxLibrary] = [
        LodashLibrary.library, Lodash3Library.library, SugarLibrary.library,
        CryptoJSLibrary.library, MomentLibrary.library, UUIDLibrary.library, BufferLibrary.library,
        JSONSchemaCoreLibrary.library, AjvLibrary.library, TV4Library.library,
        XMLLibrary.library, XMLLegacyXML2JsonLibrary.legacy, CheerioLibrary.library, CSVLibrary.library,
        URLLibrary.library, QueryStringLibrary.library, PostmanCollectionLibrary.library, ChaiLibrary.library,
    ] + SmallModulesLibrary.all

    /// Names only other modules and the legacy globals may load.
    static let internalNames: Set<String> = ["lodash3", "sugar", "json-schema-core", "xml2Json"]

    /// The module source registered under `name`.
    static func source(named name: String) -> String? {
        sourcesByName[name]
    }

    private static let sourcesByName: [String: String] = {
        var table: [String: String] = [:]
        for library in all {
            for name in library.names { table[name] = library.source }
        }
        return table
    }()
}
