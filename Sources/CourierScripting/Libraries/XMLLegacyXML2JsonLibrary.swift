/// The legacy sandbox's `xml2Json(text)` global: xml2js with `explicitArray: false` and `trim: true`, undefined for non-XML. The module's export is the function itself; it requires `xml2js`.
enum XMLLegacyXML2JsonLibrary {
    /// The module, registered under `xml2Json`.
    static let legacy = SandboxLibrary(
        names: ["xml2Json"],
        source: #"""
            (function (require) {
              const xml2js = require('xml2js');
              // The legacy sandbox's `xml2Json(text)`: xml2js without arrays for single children, trimmed text,
              // attributes under `$`; answers undefined when the text is not XML.
              return function xml2Json(string) {
                let json;
                xml2js.parseString(string, { explicitArray: false, async: false, trim: true, mergeAttrs: false }, (error, result) => {
                  json = result;
                });
                return json;
              };
            })
            """#)
}
