/// cheerio 0.22 (`require('cheerio')` and the legacy `cheerio` global): `cheerio.load(html)` answers a
/// jQuery-like `$` over our own lenient HTML parser and CSS selector engine.
enum CheerioLibrary {
    /// The module, registered under `cheerio`; its parts live in `CheerioHTMLParser`, `CheerioSelectors`, `CheerioAPI`.
    static let library = SandboxLibrary(
        names: ["cheerio"],
        source: "(function (require) {\n'use strict';\n" + CheerioHTMLParser.source + CheerioSelectors.source
            + CheerioAPI.source
            + "})")
}
