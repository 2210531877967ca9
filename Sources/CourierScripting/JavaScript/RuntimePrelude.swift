/// The sandbox runtime in JavaScript: the event loop (timers, immediates, queued callbacks),
/// `console` with Node-like formatting, `atob`/`btoa`, timers and shared helpers (`require` and
/// `Buffer` come from `ModuleLoader`).
///
/// Evaluated once per engine. Defines `globalThis.__courier` (the engine's entry points and the
/// helpers the other preludes use). Timers run in real time: the Swift loop sleeps until the
/// next timer is due, so `setTimeout(fn, 2000)` delays like it does in newman.
enum RuntimePrelude {
    static let source = ##"""
        (function (global) {
          'use strict';
          var C = global.__courier = {};

          // ---------- run state (replaced per script execution) ----------
          C.state = null;

          // ---------- errors ----------
          C.errorInfo = function (e) {
            if (e === null || e === undefined || (typeof e !== 'object' && typeof e !== 'function')) {
              return { name: 'Error', message: String(e) };
            }
            var name = e.name === undefined ? 'Error' : String(e.name);
            var message = e.message === undefined ? '' : String(e.message);
            var info = { name: name, message: message };
            var stack = typeof e.stack === 'string' ? e.stack : '';
            var lines = stack.split('\n');
            for (var i = 0; i < lines.length; i++) {
              var m = /courier-script:(\d+):(\d+)/.exec(lines[i]);
              if (m) { info.line = Number(m[1]); info.column = Number(m[2]); break; }
            }
            if (info.line === undefined && typeof e.sourceURL === 'string' && e.sourceURL.indexOf('courier-script') >= 0 && typeof e.line === 'number') {
              info.line = e.line; info.column = e.column;
            }
            // The script is wrapped as "(function(){" + source on line 1.
            if (info.line === 1 && info.column > 12) { info.column -= 12; }
            return info;
          };

          C.fail = function (e) {
            var s = C.state;
            if (!s || s.error) { return; }
            s.error = C.errorInfo(e);
            s.timers.clear();
            s.tasks.length = 0;
          };

          /// JavaScriptCore reports a rejected promise nobody handled: it ends the script like a throw.
          C.unhandledRejection = function (promise, reason) { C.fail(reason); };

          // ---------- event loop ----------
          var timerSeq = 0;
          function addTimer(fn, delay, args, repeat) {
            var s = C.state;
            if (!s || typeof fn !== 'function') { return 0; }
            delay = Number(delay);
            if (!(delay >= 1)) { delay = repeat ? 1 : 0; }
            var id = ++s.nextTimerId;
            s.timers.set(id, { id: id, fn: fn, args: args, due: Date.now() + delay, seq: ++timerSeq, interval: repeat ? delay : -1 });
            return id;
          }
          function clearTimer(id) {
            var s = C.state;
            if (s) { s.timers.delete(typeof id === 'object' && id !== null ? id.id : id); }
          }
          global.setTimeout = function (fn, delay) { return addTimer(fn, delay, Array.prototype.slice.call(arguments, 2), false); };
          global.setInterval = function (fn, delay) { return addTimer(fn, delay, Array.prototype.slice.call(arguments, 2), true); };
          global.setImmediate = function (fn) {
            var s = C.state;
            if (!s || typeof fn !== 'function') { return 0; }
            var id = ++s.nextTimerId, args = Array.prototype.slice.call(arguments, 1);
            s.tasks.push({ id: id, run: function () { fn.apply(undefined, args); } });
            return id;
          };
          global.clearTimeout = clearTimer;
          global.clearInterval = clearTimer;
          global.clearImmediate = function (id) {
            var s = C.state;
            if (!s) { return; }
            for (var i = 0; i < s.tasks.length; i++) { if (s.tasks[i].id === id) { s.tasks.splice(i, 1); return; } }
          };

          /// Queues a callback to run as a macrotask (after the current script and its promise jobs).
          C.enqueue = function (run) {
            var s = C.state;
            if (s && !s.error) { s.tasks.push({ id: 0, run: run }); }
          };

          /// Runs one macrotask if one is ready. Returns -1 when nothing is left to do, 0 when it ran
          /// something (or something is ready), or the milliseconds until the next timer is due.
          C.tick = function () {
            var s = C.state;
            if (!s || s.error) { return -1; }
            try {
              if (s.tasks.length) { s.tasks.shift().run(); return 0; }
              if (!s.timers.size) { return -1; }
              var next = null;
              s.timers.forEach(function (t) { if (!next || t.due < next.due || (t.due === next.due && t.seq < next.seq)) { next = t; } });
              var wait = next.due - Date.now();
              if (wait > 0) { return wait; }
              if (next.interval >= 0) { next.due = Date.now() + next.interval; next.seq = ++timerSeq; }
              else { s.timers.delete(next.id); }
              next.fn.apply(undefined, next.args);
              return 0;
            } catch (e) {
              C.fail(e);
              return -1;
            }
          };

          // ---------- inspect and console ----------
          function quote(str) {
            var q = "'";
            if (str.indexOf("'") >= 0) { q = str.indexOf('"') < 0 ? '"' : (str.indexOf('`') < 0 ? '`' : "'"); }
            var out = '';
            for (var i = 0; i < str.length; i++) {
              var c = str[i], code = str.charCodeAt(i);
              if (c === q || c === '\\') { out += '\\' + c; }
              else if (c === '\n') { out += '\\n'; }
              else if (c === '\t') { out += '\\t'; }
              else if (c === '\r') { out += '\\r'; }
              else if (code < 0x20 || code === 0x7f) { out += '\\x' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase(); }
              else { out += c; }
            }
            return q + out + q;
          }
          function keyText(k) { return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : quote(k); }
          function inspect(v, depth, seen) {
            switch (typeof v) {
              case 'string': return quote(v);
              case 'number': return (v === 0 && 1 / v < 0) ? '-0' : String(v);
              case 'bigint': return String(v) + 'n';
              case 'boolean': return String(v);
              case 'undefined': return 'undefined';
              case 'symbol': return v.toString();
              case 'function': return '[Function: ' + (v.name || '(anonymous)') + ']';
            }
            if (v === null) { return 'null'; }
            if (seen.indexOf(v) >= 0) { return '[Circular *1]'; }
            if (v instanceof Date) { return isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString(); }
            if (v instanceof RegExp) { return String(v); }
            if (v instanceof Error) { return v.stack && v.stack.indexOf(v.name) === 0 ? v.stack : (v.name + ': ' + v.message); }
            var isArray = Array.isArray(v);
            if (depth > 2) { return isArray ? '[Array]' : '[Object]'; }
            seen.push(v);
            var parts = [];
            if (isArray) {
              for (var i = 0; i < v.length && i < 100; i++) { parts.push(inspect(v[i], depth + 1, seen)); }
              if (v.length > 100) { parts.push('... ' + (v.length - 100) + ' more items'); }
            } else if (v instanceof Map) {
              v.forEach(function (val, key) { parts.push(inspect(key, depth + 1, seen) + ' => ' + inspect(val, depth + 1, seen)); });
            } else if (v instanceof Set) {
              v.forEach(function (val) { parts.push(inspect(val, depth + 1, seen)); });
            } else {
              var keys = Object.keys(v);
              for (var j = 0; j < keys.length; j++) { parts.push(keyText(keys[j]) + ': ' + inspect(v[keys[j]], depth + 1, seen)); }
            }
            seen.pop();
            var prefix = '';
            if (v instanceof Map) { prefix = 'Map(' + v.size + ') '; }
            else if (v instanceof Set) { prefix = 'Set(' + v.size + ') '; }
            if (isArray) { return parts.length ? '[ ' + parts.join(', ') + ' ]' : '[]'; }
            return prefix + (parts.length ? '{ ' + parts.join(', ') + ' }' : '{}');
          }
          C.inspect = function (v) { return inspect(v, 0, []); };

          /// The console line as newman's CLI reporter prints it: each argument through util.inspect,
          /// joined with ", ".
          C.formatConsole = function (args) {
            var out = [];
            for (var i = 0; i < args.length; i++) { out.push(C.inspect(args[i])); }
            return out.join(', ');
          };
          function logger(level) {
            return function () {
              var s = C.state;
              if (s) { s.console.push({ level: level, message: C.formatConsole(arguments), at: s.assertions.length }); }
            };
          }
          global.console = {
            log: logger('log'), info: logger('info'), warn: logger('warn'), error: logger('error'), debug: logger('debug'),
            trace: logger('log'), clear: function () {}
          };

          // ---------- base64 ----------
          var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
          global.btoa = function (input) {
            var str = String(input), out = '';
            for (var i = 0; i < str.length; i += 3) {
              var a = str.charCodeAt(i), b = str.charCodeAt(i + 1), c = str.charCodeAt(i + 2);
              if (a > 255 || b > 255 || c > 255) { throw new Error('Invalid character'); }
              var n = (a << 16) | ((b || 0) << 8) | (c || 0);
              out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < str.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < str.length ? B64[n & 63] : '=');
            }
            return out;
          };
          global.atob = function (input) {
            var str = String(input).replace(/[\t\n\f\r ]/g, '').replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'), out = '', bits = 0, acc = 0;
            for (var i = 0; i < str.length; i++) {
              var v = B64.indexOf(str[i]);
              if (v < 0) { throw new Error('Invalid character'); }
              acc = (acc << 6) | v; bits += 6;
              if (bits >= 8) { bits -= 8; out += String.fromCharCode((acc >> bits) & 255); }
            }
            return out;
          };

          // ---------- shared helpers ----------
          C.uuid = function () {
            var h = '0123456789abcdef', out = '';
            for (var i = 0; i < 36; i++) {
              if (i === 8 || i === 13 || i === 18 || i === 23) { out += '-'; }
              else if (i === 14) { out += '4'; }
              else if (i === 19) { out += h[(Math.random() * 4 | 0) + 8]; }
              else { out += h[Math.random() * 16 | 0]; }
            }
            return out;
          };
          C.clone = function (v) { return v === undefined ? undefined : JSON.parse(JSON.stringify(v)); };
        })(globalThis);
        """##
}
