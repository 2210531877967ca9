/// Node's `querystring` module: `parse`, `stringify`, `escape`, `unescape` (and the `decode`/`encode` aliases).
enum QueryStringLibrary {
    /// The module, registered under `querystring`.
    static let library = SandboxLibrary(
        names: ["querystring"],
        source: #"""
            (function (require) {
              const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
              /// Decodes percent escapes, leaving malformed ones as they are (Node's lenient `unescape`).
              function unescape(text) {
                text = String(text);
                try { return decodeURIComponent(text); } catch (e) {
                  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
                    const bytes = run.match(/%[0-9a-fA-F]{2}/g).map((h) => parseInt(h.slice(1), 16));
                    let out = '';
                    for (let i = 0; i < bytes.length;) {
                      const b = bytes[i];
                      const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
                      const chunk = bytes.slice(i, i + size);
                      let decoded = null;
                      if (size && chunk.length === size) { try { decoded = decodeURIComponent(chunk.map((x) => '%' + x.toString(16).padStart(2, '0')).join('')); } catch (err) { decoded = null; } }
                      if (decoded === null) { out += '\ufffd'; i += 1; } else { out += decoded; i += size; }
                    }
                    return out;
                  });
                }
              }
              function escape(text) {
                if (typeof text === 'bigint' || typeof text === 'number' || typeof text === 'boolean') text = String(text);
                else if (typeof text !== 'string') text = String(text);
                return encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
                  .replace(/%2[1789A]|%27/g, (m) => ({ '%21': '!', '%27': "'", '%28': '(', '%29': ')', '%2A': '*' }[m] || m));
              }
              const primitive = (v) => (typeof v === 'string' ? v : typeof v === 'number' && isFinite(v) ? String(v) : typeof v === 'bigint' || typeof v === 'boolean' ? String(v) : '');
              /// Node's `querystring.stringify(object, sep, eq, {encodeURIComponent})`.
              function stringify(object, sep, eq, options) {
                sep = sep || '&'; eq = eq || '=';
                const encode = (options && options.encodeURIComponent) || escape;
                if (object === null || typeof object !== 'object') return '';
                return Object.keys(object).map((key) => {
                  const value = object[key];
                  const k = encode(primitive(key)) + eq;
                  if (Array.isArray(value)) return value.map((v) => k + encode(primitive(v))).join(sep);
                  return k + encode(primitive(value));
                }).filter((part) => part !== '').join(sep);
              }
              /// Node's `querystring.parse(text, sep, eq, {maxKeys, decodeURIComponent})`: repeated keys become arrays.
              function parse(text, sep, eq, options) {
                sep = sep || '&'; eq = eq || '=';
                const result = {};
                if (typeof text !== 'string' || text.length === 0) return result;
                const decode = (options && options.decodeURIComponent) || unescape;
                const maxKeys = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
                let pieces = text.split(sep);
                if (maxKeys > 0) pieces = pieces.slice(0, maxKeys);
                for (const piece of pieces) {
                  if (piece === '' && pieces.length > 1) continue;
                  const at = piece.indexOf(eq);
                  const rawKey = at === -1 ? piece : piece.slice(0, at);
                  const rawValue = at === -1 ? '' : piece.slice(at + eq.length);
                  const key = decode(rawKey.replace(/\+/g, ' '));
                  const value = decode(rawValue.replace(/\+/g, ' '));
                  if (!hasOwn(result, key)) result[key] = value;
                  else if (Array.isArray(result[key])) result[key].push(value);
                  else result[key] = [result[key], value];
                }
                return result;
              }
              return { parse, stringify, escape, unescape, decode: parse, encode: stringify, unescapeBuffer: unescape };
            })
            """#)
}
