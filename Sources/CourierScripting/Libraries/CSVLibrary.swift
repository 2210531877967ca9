/// csv-parse's synchronous parser (`require('csv-parse/lib/sync')`): `parse(text, {columns, delimiter, trim, skip_empty_lines, from_line, cast, ...})`.
enum CSVLibrary {
    /// The module, registered under `csv-parse/lib/sync`, `csv-parse/sync`.
    static let library = SandboxLibrary(
        names: ["csv-parse/lib/sync", "csv-parse/sync"],
        source: #"""
            (function (require) {
              const pick = (o, snake, camel, fallback) => (o[snake] !== undefined ? o[snake] : o[camel] !== undefined ? o[camel] : fallback);
              function castValue(value, context, cast, castDate) {
                if (typeof cast === 'function') return cast(value, context);
                if (!cast) return value;
                if (/^[-+]?(?:[1-9][0-9]*|0)$/.test(value)) return parseInt(value, 10);
                if (value.trim() !== '' && /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(value.trim())) return parseFloat(value);
                if (castDate) { const d = Date.parse(value); if (!isNaN(d)) return new Date(d); }
                return value;
              }
              /// csv-parse's synchronous `parse(text, options)`: answers an array of records (arrays, or objects with `columns`).
              function parse(input, options) {
                const o = options || {};
                const text = String(input === undefined || input === null ? '' : input).replace(/^\uFEFF/, '');
                const delimiter = pick(o, 'delimiter', 'delimiter', ',');
                const quote = o.quote === undefined ? '"' : o.quote === false || o.quote === null ? '' : o.quote;
                const escape = o.escape === undefined ? '"' : o.escape;
                const comment = o.comment || '';
                const ltrim = pick(o, 'ltrim', 'ltrim', false) || o.trim === true;
                const rtrim = pick(o, 'rtrim', 'rtrim', false) || o.trim === true;
                const relaxCount = pick(o, 'relax_column_count', 'relaxColumnCount', false);
                const fromLine = pick(o, 'from_line', 'fromLine', 1);
                const toLine = pick(o, 'to_line', 'toLine', -1);
                const from = pick(o, 'from', 'from', 1);
                const to = pick(o, 'to', 'to', -1);
                const cast = pick(o, 'cast', 'cast', pick(o, 'auto_parse', 'autoParse', false));
                const castDate = pick(o, 'cast_date', 'castDate', pick(o, 'auto_parse_date', 'autoParseDate', false));
                const skipErrors = pick(o, 'skip_lines_with_error', 'skipLinesWithError', false);
                let columns = o.columns;
                const rows = [];
                let line = 1, i = 0;
                // tokenise into raw rows of {fields, quoted, line}
                while (i <= text.length) {
                  const fields = [], quotedFlags = [];
                  const startLine = line;
                  let field = '', quoted = false, atStart = true, done = false;
                  if (comment && text.startsWith(comment, i)) {
                    const nl = text.indexOf('\n', i);
                    i = nl === -1 ? text.length + 1 : nl + 1;
                    line += 1;
                    continue;
                  }
                  while (!done) {
                    if (i >= text.length) { done = true; i = text.length + 1; break; }
                    const c = text[i];
                    if (quote && c === quote && atStart && field.trim() === '') {
                      quoted = true; field = ''; i += 1;
                      for (;;) {
                        if (i >= text.length) throw new Error('Quote Not Closed: the parsing is finished with an opening quote at line ' + startLine);
                        const q = text[i];
                        if (q === escape && text[i + 1] === quote && escape !== quote) { field += quote; i += 2; continue; }
                        if (q === quote) {
                          if (text[i + 1] === quote && escape === quote) { field += quote; i += 2; continue; }
                          i += 1; break;
                        }
                        if (q === '\n') line += 1;
                        field += q; i += 1;
                      }
                      atStart = false;
                      continue;
                    }
                    if (text.startsWith(delimiter, i)) {
                      fields.push(field); quotedFlags.push(quoted);
                      field = ''; quoted = false; atStart = true; i += delimiter.length;
                      continue;
                    }
                    if (c === '\r' || c === '\n') {
                      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
                      line += 1; done = true; break;
                    }
                    if (quoted && !/\s/.test(c)) {
                      if (!o.relax) throw new Error('Invalid closing quote at line ' + line + '; found ' + JSON.stringify(c) + ' instead of delimiter ' + JSON.stringify(delimiter));
                    }
                    field += c; atStart = false; i += 1;
                  }
                  fields.push(field); quotedFlags.push(quoted);
                  rows.push({ fields, quotedFlags, line: startLine });
                  if (i > text.length) break;
                }
                const records = [];
                let expected = Array.isArray(columns) ? columns.length : null;
                let count = 0;
                for (const row of rows) {
                  if (row.line < fromLine || (toLine !== -1 && row.line > toLine)) continue;
                  const fields = row.fields.map((f, k) => {
                    let v = f;
                    if (ltrim) v = v.replace(/^\s+/, '');
                    if (rtrim) v = v.replace(/\s+$/, '');
                    return v;
                  });
                  // a blank line is never a record (lenient: as if skip_empty_lines were always on)
                  if (fields.length === 1 && fields[0] === '' && !row.quotedFlags[0]) continue;
                  if (columns === true || typeof columns === 'function') {
                    columns = typeof columns === 'function' ? columns(fields) : fields;
                    expected = columns.length;
                    continue;
                  }
                  if (expected === null) expected = fields.length;
                  if (fields.length !== expected && !relaxCount) {
                    if (skipErrors) continue;
                    throw new Error('Invalid Record Length: ' + (Array.isArray(columns) ? 'columns length is ' : 'expect ') + expected + ', got ' + fields.length + ' on line ' + row.line);
                  }
                  count += 1;
                  if (count < from || (to !== -1 && count > to)) continue;
                  const values = fields.map((f, k) => castValue(f, { column: Array.isArray(columns) ? columns[k] : k, index: k, lines: row.line, quoting: row.quotedFlags[k], records: records.length, header: false }, cast, castDate));
                  if (Array.isArray(columns)) {
                    const record = {};
                    columns.forEach((name, k) => {
                      const key = name && typeof name === 'object' ? name.name : name;
                      if (key === undefined || key === null || key === false || k >= values.length) return;
                      record[key] = values[k];
                    });
                    records.push(o.objname ? [record[o.objname], record] : record);
                  } else records.push(values);
                }
                if (o.objname) { const out = {}; records.forEach((r) => { out[r[0]] = r[1]; }); return out; }
                return records;
              }
              parse.parse = parse;
              parse.default = parse;
              return parse;
            })
            """#)
}
