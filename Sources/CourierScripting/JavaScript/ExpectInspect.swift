/// The value inspector behind `expect` failure messages: renders values the way chai 4 prints them.
///
/// Defines `inspect(value)` (full rendering, long parts cut with `…` at 40 characters), `display(value)`
/// (chai's short form for long objects, arrays and functions) and `typeName(value)` (type-detect's name).
enum ExpectInspect {
    static let source = #"""
        // ---- inspect: chai-4-like rendering of values for failure messages ----
        const TRUNCATE_AT = 40;
        const ELLIPSIS = '\u2026';
        const ERROR_OWN_KEYS = ['stack', 'line', 'column', 'name', 'message', 'fileName', 'lineNumber',
          'columnNumber', 'number', 'description', 'sourceURL'];

        function typeName(value) {
          const kind = typeof value;
          if (kind !== 'object') return kind;
          if (value === null) return 'null';
          if (value === globalThis) return 'global';
          if (Array.isArray(value) && !(Symbol.toStringTag in value)) return 'Array';
          const tag = value[Symbol.toStringTag];
          if (typeof tag === 'string') return tag;
          const proto = Object.getPrototypeOf(value);
          if (proto === RegExp.prototype) return 'RegExp';
          if (proto === Date.prototype) return 'Date';
          if (proto === Promise.prototype) return 'Promise';
          if (proto === Set.prototype) return 'Set';
          if (proto === Map.prototype) return 'Map';
          if (proto === null) return 'Object';
          return Object.prototype.toString.call(value).slice(8, -1);
        }

        function cut(text, limit) {
          text = String(text);
          if (ELLIPSIS.length > limit && text.length > ELLIPSIS.length) return ELLIPSIS;
          if (text.length > limit && text.length > ELLIPSIS.length) return text.slice(0, limit - ELLIPSIS.length) + ELLIPSIS;
          return text;
        }

        const STRING_ESCAPES = /['\u0000-\u001f\u007f-\u009f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g;
        const NAMED_ESCAPES = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\v': '\\v', '\'': "\\'", '\\': '\\\\' };

        function escapeChar(ch) {
          return NAMED_ESCAPES[ch] || '\\u' + ('0000' + ch.charCodeAt(0).toString(16)).slice(-4);
        }

        function renderString(text, state) {
          return "'" + cut(text.replace(STRING_ESCAPES, escapeChar), state.room - 2) + "'";
        }

        function renderNumber(n, state) {
          if (Number.isNaN(n)) return 'NaN';
          if (n === Infinity) return 'Infinity';
          if (n === -Infinity) return '-Infinity';
          if (n === 0) return 1 / n === Infinity ? '+0' : '-0';
          return cut(String(n), state.room);
        }

        // Joins rendered items, cutting the list with `…(n)` once it would exceed the room left.
        function renderList(items, state, renderItem, separator) {
          separator = separator === undefined ? ', ' : separator;
          const count = items.length;
          if (count === 0) return '';
          const room = state.room;
          let out = '';
          let next = '';
          let tail = '';
          for (let i = 0; i < count; i += 1) {
            const isLast = i + 1 === count;
            const isSecondToLast = i + 2 === count;
            tail = ELLIPSIS + '(' + (count - i) + ')';
            state.room = room - out.length - (isLast ? 0 : separator.length);
            const piece = next || renderItem(items[i], state) + (isLast ? '' : separator);
            const grown = out.length + piece.length;
            const grownWithTail = grown + tail.length;
            if (isLast && grown > room && out.length + tail.length <= room) break;
            if (!isLast && !isSecondToLast && grownWithTail > room) break;
            next = isLast ? '' : renderItem(items[i + 1], state) + (isSecondToLast ? '' : separator);
            if (!isLast && isSecondToLast && grownWithTail > room && grown + next.length > room) break;
            out += piece;
            if (!isLast && !isSecondToLast && grown + next.length >= room) {
              tail = ELLIPSIS + '(' + (count - i - 1) + ')';
              break;
            }
            tail = '';
          }
          return out + tail;
        }

        function renderKey(key) {
          if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) return key;
          return JSON.stringify(key).replace(/'/g, "\\'").replace(/\\"/g, '"').replace(/(^"|"$)/g, "'");
        }

        function renderProperty(pair, state) {
          let key = pair[0];
          state.room -= 2;
          if (typeof key === 'string') key = renderKey(key);
          else if (typeof key !== 'number') key = '[' + render(key, state) + ']';
          state.room -= key.length;
          return key + ': ' + render(pair[1], state);
        }

        function renderArrayLike(list, state, prefix) {
          const extraKeys = Array.isArray(list) ? Object.keys(list).slice(list.length) : [];
          if (!list.length && !extraKeys.length) return prefix + '[]';
          state.room -= 4 + prefix.length;
          if (state.seen.indexOf(list) >= 0) return '[Circular]';
          state.seen.push(list);
          const body = renderList(Array.prototype.slice.call(list), state, render);
          state.seen.pop();
          state.room -= body.length;
          let more = '';
          if (extraKeys.length) more = renderList(extraKeys.map((k) => [k, list[k]]), state, renderProperty);
          return prefix + '[ ' + body + (more ? ', ' + more : '') + ' ]';
        }

        function renderPlainObject(object, state) {
          const names = Object.getOwnPropertyNames(object);
          const symbols = Object.getOwnPropertySymbols(object);
          if (names.length === 0 && symbols.length === 0) return '{}';
          state.room -= 4;
          if (state.seen.indexOf(object) >= 0) return '[Circular]';
          state.seen.push(object);
          const read = (k) => { try { return object[k]; } catch (e) { return undefined; } };
          const named = renderList(names.map((k) => [k, read(k)]), state, renderProperty);
          const symbolic = renderList(symbols.map((k) => [k, read(k)]), state, renderProperty);
          state.seen.pop();
          return '{ ' + named + (named && symbolic ? ', ' : '') + symbolic + ' }';
        }

        function renderInstance(object, state) {
          let name = '';
          if (Symbol.toStringTag in object) name = object[Symbol.toStringTag];
          name = name || (object.constructor && object.constructor.name) || '';
          if (!name || name === '_class') name = '<Anonymous Class>';
          state.room -= name.length;
          return name + renderPlainObject(object, state);
        }

        function renderError(error, state) {
          const names = Object.getOwnPropertyNames(error).filter((k) => ERROR_OWN_KEYS.indexOf(k) === -1);
          const name = error.name;
          state.room -= String(name).length;
          let message = '';
          if (typeof error.message === 'string') message = cut(error.message, state.room);
          else names.unshift('message');
          message = message ? ': ' + message : '';
          state.room -= message.length + 5;
          const props = renderList(names.map((k) => [k, error[k]]), state, renderProperty);
          return name + message + (props ? ' { ' + props + ' }' : '');
        }

        function renderMapEntry(pair, state) {
          state.room -= 4;
          const key = render(pair[0], state);
          state.room -= key.length;
          return key + ' => ' + render(pair[1], state);
        }

        function render(value, state) {
          if (value === undefined) return 'undefined';
          if (value === null) return 'null';
          switch (typeof value) {
            case 'boolean': return String(value);
            case 'number': return renderNumber(value, state);
            case 'bigint': return cut(String(value), state.room - 1) + 'n';
            case 'string': return renderString(value, state);
            case 'symbol': return value.toString();
            case 'function': {
              const name = value.name;
              return name ? '[Function ' + cut(name, state.room - 11) + ']' : '[Function]';
            }
            default: break;
          }
          const type = typeName(value);
          switch (type) {
            case 'Array': return renderArrayLike(value, state, '');
            case 'Arguments': return renderArrayLike(value, state, 'Arguments');
            case 'Int8Array': case 'Uint8Array': case 'Uint8ClampedArray': case 'Int16Array': case 'Uint16Array':
            case 'Int32Array': case 'Uint32Array': case 'Float32Array': case 'Float64Array':
              return renderArrayLike(value, state, type);
            case 'RegExp': {
              const flags = value.flags;
              state.room -= 2 + flags.length;
              return '/' + cut(value.source, state.room) + '/' + flags;
            }
            case 'Date': {
              const iso = isNaN(value.getTime()) ? null : value.toJSON();
              if (iso === null) return 'Invalid Date';
              const parts = iso.split('T');
              return parts[0] + 'T' + cut(parts[1], state.room - parts[0].length - 1);
            }
            case 'Map': {
              if (value.size === 0) return 'Map{}';
              state.room -= 7;
              return 'Map{ ' + renderList(Array.from(value.entries()), state, renderMapEntry) + ' }';
            }
            case 'Set': {
              if (value.size === 0) return 'Set{}';
              state.room -= 7;
              return 'Set{ ' + renderList(Array.from(value.values()), state, render) + ' }';
            }
            case 'Promise': return 'Promise{' + ELLIPSIS + '}';
            case 'WeakMap': return 'WeakMap{' + ELLIPSIS + '}';
            case 'WeakSet': return 'WeakSet{' + ELLIPSIS + '}';
            case 'Error': return renderError(value, state);
            default: break;
          }
          if (value instanceof Error) return renderError(value, state);
          if (type === 'Number' || type === 'String' || type === 'Boolean') return render(value.valueOf(), state);
          if ('constructor' in value && value.constructor !== Object) return renderInstance(value, state);
          return renderPlainObject(value, state);
        }

        function inspect(value) {
          return render(value, { room: TRUNCATE_AT, seen: [] });
        }

        // chai's objDisplay: the inspected text, or a short stand-in for long objects, arrays and functions.
        function display(value) {
          const text = inspect(value);
          if (text.length < TRUNCATE_AT) return text;
          const tag = Object.prototype.toString.call(value);
          if (tag === '[object Function]') return value.name ? '[Function: ' + value.name + ']' : '[Function]';
          if (tag === '[object Array]') return '[ Array(' + value.length + ') ]';
          if (tag === '[object Object]') {
            const keys = Object.keys(value);
            const shown = keys.length > 2 ? keys.slice(0, 2).join(', ') + ', ...' : keys.join(', ');
            return '{ Object (' + shown + ') }';
          }
          return text;
        }

        """#
}
