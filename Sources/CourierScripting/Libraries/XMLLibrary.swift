/// xml2js 0.4 (`require('xml2js')`): `parseString`, `Parser`, `Builder` over our own small strict XML parser.
enum XMLLibrary {
    /// The module, registered under `xml2js`.
    static let library = SandboxLibrary(
        names: ["xml2js"],
        source: #"""
            (function (require) {
              // ---- a small strict XML parser: elements, attributes, text, CDATA, entities, comments, PIs ----
              const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
              function decode(text) {
                return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (m, e) => {
                  if (e[0] === '#') {
                    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
                    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
                  }
                  return hasOwn(NAMED, e) ? NAMED[e] : m;
                });
              }
              const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
              function position(xml, index) {
                const before = xml.slice(0, index).split('\n');
                return '\nLine: ' + (before.length - 1) + '\nColumn: ' + before[before.length - 1].length + '\nChar: ' + (xml[index] || '');
              }
              /// Parses `xml` into `{type: 'element', name, attrs, children}`; throws on malformed input.
              function parseXML(xml) {
                xml = String(xml).replace(/^\uFEFF/, '');
                const root = { type: 'document', children: [] };
                const stack = [root];
                let i = 0, sawRoot = false;
                const error = (message, at) => { const e = new Error(message + position(xml, at === undefined ? i : at)); throw e; };
                const top = () => stack[stack.length - 1];
                const NAME = /[A-Za-z_:][-A-Za-z0-9_:.\u00b7-\uffff]*/y;
                while (i < xml.length) {
                  const lt = xml.indexOf('<', i);
                  const end = lt === -1 ? xml.length : lt;
                  if (end > i) {
                    const text = xml.slice(i, end);
                    if (stack.length === 1) { if (text.trim()) error(sawRoot ? 'Text data outside of root node.' : 'Non-whitespace before first tag.', i + text.search(/\S/)); }
                    else top().children.push({ type: 'text', value: decode(text) });
                    i = end;
                    continue;
                  }
                  if (xml.startsWith('<!--', i)) {
                    const close = xml.indexOf('-->', i + 4);
                    if (close === -1) error('Unclosed comment');
                    i = close + 3;
                  } else if (xml.startsWith('<![CDATA[', i)) {
                    const close = xml.indexOf(']]>', i + 9);
                    if (close === -1) error('Unclosed CDATA');
                    if (stack.length === 1) error('Text data outside of root node.');
                    top().children.push({ type: 'cdata', value: xml.slice(i + 9, close) });
                    i = close + 3;
                  } else if (xml.startsWith('<?', i)) {
                    const close = xml.indexOf('?>', i + 2);
                    if (close === -1) error('Unclosed processing instruction');
                    i = close + 2;
                  } else if (xml.startsWith('<!', i)) {
                    // DOCTYPE, possibly with an internal subset
                    let depth = 0, j = i + 2;
                    for (; j < xml.length; j += 1) {
                      if (xml[j] === '[') depth += 1; else if (xml[j] === ']') depth -= 1; else if (xml[j] === '>' && depth <= 0) break;
                    }
                    i = j + 1;
                  } else if (xml[i + 1] === '/') {
                    NAME.lastIndex = i + 2;
                    const m = NAME.exec(xml);
                    if (!m) error('Invalid tagname in closing tag.');
                    const close = xml.indexOf('>', NAME.lastIndex);
                    if (close === -1) error('Unclosed closing tag');
                    if (stack.length === 1 || top().name !== m[0]) error('Unexpected close tag', i);
                    stack.pop();
                    i = close + 1;
                  } else {
                    NAME.lastIndex = i + 1;
                    const m = NAME.exec(xml);
                    if (!m) error('Unencoded <', i);
                    if (stack.length === 1 && sawRoot) error('Text data outside of root node.', i);
                    const node = { type: 'element', name: m[0], attrs: {}, children: [] };
                    let j = NAME.lastIndex;
                    const ATTR = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?>)|\s*([^\s=/>]+)/y;
                    for (;;) {
                      ATTR.lastIndex = j;
                      const a = ATTR.exec(xml);
                      if (!a) error('Unclosed tag', i);
                      j = ATTR.lastIndex;
                      if (a[5]) { node.selfClosing = a[5] === '/>'; break; }
                      if (a[6]) error('Attribute without value', j);
                      node.attrs[a[1]] = decode(a[3] !== undefined ? a[3] : a[4]);
                    }
                    top().children.push(node);
                    if (stack.length === 1) sawRoot = true;
                    if (!node.selfClosing) stack.push(node);
                    i = j;
                  }
                }
                if (stack.length > 1) error('Unclosed root tag', xml.length);
                if (!sawRoot) error('Document is empty', xml.length);
                return root.children.find((n) => n.type === 'element');
              }

              // ---- xml2js ----
              const defaults = {
                explicitArray: true, explicitRoot: true, ignoreAttrs: false, mergeAttrs: false, trim: false, normalize: false,
                normalizeTags: false, attrkey: '$', charkey: '_', explicitCharkey: false, emptyTag: '', charsAsChildren: false,
                includeWhiteChars: false, async: false, strict: true, attrNameProcessors: null, attrValueProcessors: null,
                tagNameProcessors: null, valueProcessors: null, rootName: 'root', headless: false, cdata: false,
                xmldec: { version: '1.0', encoding: 'UTF-8', standalone: true }, renderOpts: { pretty: true, indent: '  ', newline: '\n' },
              };
              const apply = (list, value, name) => (list || []).reduce((v, fn) => fn(v, name), value);
              function convert(node, o) {
                const result = {};
                let text = '';
                let hasChildren = false;
                if (!o.ignoreAttrs && Object.keys(node.attrs).length) {
                  for (const key of Object.keys(node.attrs)) {
                    const name = apply(o.attrNameProcessors, key);
                    const value = apply(o.attrValueProcessors, node.attrs[key], key);
                    if (o.mergeAttrs) add(result, name, value, o);
                    else (result[o.attrkey] = result[o.attrkey] || {})[name] = value;
                  }
                }
                for (const child of node.children) {
                  if (child.type === 'element') {
                    hasChildren = true;
                    let name = o.normalizeTags ? child.name.toLowerCase() : child.name;
                    name = apply(o.tagNameProcessors, name);
                    add(result, name, convert(child, o), o);
                  } else text += child.value;
                }
                if (o.trim) text = text.trim();
                if (o.normalize) text = text.replace(/\s{2,}/g, ' ').trim();
                if (text.trim() === '' && !o.includeWhiteChars && hasChildren) text = '';
                if (text !== '' || (!hasChildren && Object.keys(result).length)) {
                  if (text !== '' || o.explicitCharkey) {
                    text = apply(o.valueProcessors, text, node.name);
                    if (Object.keys(result).length === 0 && !o.explicitCharkey) return text;
                    result[o.charkey] = text;
                  }
                }
                if (Object.keys(result).length === 0) {
                  if (o.explicitCharkey && !hasChildren) return { [o.charkey]: text };
                  return text !== '' ? text : (typeof o.emptyTag === 'function' ? o.emptyTag() : o.emptyTag);
                }
                return result;
              }
              function add(target, key, value, o) {
                if (!hasOwn(target, key)) target[key] = o.explicitArray ? [value] : value;
                else {
                  if (!Array.isArray(target[key])) target[key] = [target[key]];
                  target[key].push(value);
                }
              }

              /// `new Parser(options)`: `parseString(xml, callback)` and `parseStringPromise(xml)`.
              function Parser(options) {
                if (!(this instanceof Parser)) return new Parser(options);
                this.options = Object.assign({}, defaults, options || {});
              }
              Parser.prototype.parseString = function (xml, callback) {
                let result = null, failure = null;
                // like xml2js, an empty document is no error: the result is null
                if (String(xml).trim() !== '') {
                  try {
                    const o = this.options;
                    const rootNode = parseXML(xml);
                    const name = apply(o.tagNameProcessors, o.normalizeTags ? rootNode.name.toLowerCase() : rootNode.name);
                    const value = convert(rootNode, o);
                    result = o.explicitRoot ? { [name]: value } : value;
                  } catch (e) { failure = e; result = undefined; }
                }
                if (typeof callback === 'function') {
                  if (failure) callback(failure); else callback(null, result);
                } else if (failure) throw failure;
                return result;
              };
              Parser.prototype.parseStringPromise = function (xml) {
                return new Promise((resolve, reject) => this.parseString(xml, (err, r) => (err ? reject(err) : resolve(r))));
              };
              Parser.prototype.reset = function () {};

              function parseString(xml, options, callback) {
                if (typeof options === 'function') { callback = options; options = {}; }
                return new Parser(options).parseString(xml, callback);
              }

              // ---- Builder ----
              const escapeText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
              const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');
              /// `new Builder(options).buildObject(object)` renders an xml2js-shaped object as XML text.
              function Builder(options) {
                if (!(this instanceof Builder)) return new Builder(options);
                this.options = Object.assign({}, defaults, options || {});
                this.options.renderOpts = Object.assign({}, defaults.renderOpts, (options || {}).renderOpts || {});
              }
              Builder.prototype.buildObject = function (object) {
                const o = this.options;
                const pretty = o.renderOpts.pretty !== false;
                const indent = pretty ? o.renderOpts.indent : '';
                const newline = pretty ? o.renderOpts.newline : '';
                let rootName = o.rootName;
                let body = object;
                const keys = object && typeof object === 'object' ? Object.keys(object) : [];
                if (keys.length === 1 && rootName === defaults.rootName) { rootName = keys[0]; body = object[rootName]; }
                const lines = [];
                const element = (name, value, depth) => {
                  const pad = indent.repeat(depth);
                  if (Array.isArray(value)) { value.forEach((v) => element(name, v, depth)); return; }
                  if (value === null || value === undefined || typeof value !== 'object') {
                    const text = value === null || value === undefined ? '' : String(value);
                    const cdata = o.cdata && /[<&]/.test(text);
                    lines.push(pad + (text === '' ? '<' + name + '/>' : '<' + name + '>' + (cdata ? '<![CDATA[' + text.replace(/]]>/g, ']]]]><![CDATA[>') + ']]>' : escapeText(text)) + '</' + name + '>'));
                    return;
                  }
                  const attrs = value[o.attrkey] ? Object.keys(value[o.attrkey]).map((k) => ' ' + k + '="' + escapeAttr(value[o.attrkey][k]) + '"').join('') : '';
                  const children = Object.keys(value).filter((k) => k !== o.attrkey && k !== o.charkey);
                  const text = value[o.charkey];
                  if (children.length === 0) {
                    lines.push(pad + '<' + name + attrs + (text === undefined ? '/>' : '>' + escapeText(text) + '</' + name + '>'));
                    return;
                  }
                  lines.push(pad + '<' + name + attrs + '>' + (text === undefined ? '' : escapeText(text)));
                  children.forEach((k) => element(k, value[k], depth + 1));
                  lines.push(pad + '</' + name + '>');
                };
                element(rootName, body, 0);
                const dec = o.xmldec;
                const header = o.headless ? '' : '<?xml version="' + dec.version + '"' + (dec.encoding ? ' encoding="' + dec.encoding + '"' : '')
                  + (dec.standalone !== undefined && dec.standalone !== null ? ' standalone="' + (dec.standalone ? 'yes' : 'no') + '"' : '') + '?>' + newline;
                return header + lines.join(newline);
              };

              return {
                Parser, Builder, parseString,
                parseStringPromise: (xml, options) => new Parser(options).parseStringPromise(xml),
                defaults: { '0.2': defaults, '0.1': defaults },
                processors: {
                  normalize: (s) => s.toLowerCase(),
                  firstCharLowerCase: (s) => s.charAt(0).toLowerCase() + s.slice(1),
                  stripPrefix: (s) => s.replace(/^[^:]*:/, ''),
                  parseNumbers: (s) => (s !== '' && !isNaN(s) ? (s % 1 === 0 ? parseInt(s, 10) : parseFloat(s)) : s),
                  parseBooleans: (s) => (/^(?:true|false)$/i.test(s) ? s.toLowerCase() === 'true' : s),
                },
                ValidationError: Error,
                __parseXML: parseXML,
              };
            })
            """#)
}
