/// The small modules newman's sandbox also offers: `atob`, `btoa`, `timers`, `path`, `util`,
/// `events`, and the empty stand-ins for `fs` and `os`.
enum SmallModulesLibrary {
    static let atob = SandboxLibrary(names: ["atob"], source: "(function () { return globalThis.atob; })")
    static let btoa = SandboxLibrary(names: ["btoa"], source: "(function () { return globalThis.btoa; })")
    static let emptyStandIns = SandboxLibrary(names: ["fs", "os"], source: "(function () { return {}; })")

    static let timers = SandboxLibrary(
        names: ["timers"],
        source: #"""
            (function () {
              return { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout,
                setInterval: globalThis.setInterval, clearInterval: globalThis.clearInterval,
                setImmediate: globalThis.setImmediate, clearImmediate: globalThis.clearImmediate };
            })
            """#)

    static let path = SandboxLibrary(
        names: ["path"],
        source: #"""
            (function () {
              function normalize(p) {
                var absolute = p.charAt(0) === '/', parts = [];
                p.split('/').forEach(function (part) {
                  if (!part || part === '.') { return; }
                  if (part === '..') { if (parts.length && parts[parts.length - 1] !== '..') { parts.pop(); } else if (!absolute) { parts.push('..'); } return; }
                  parts.push(part);
                });
                var out = (absolute ? '/' : '') + parts.join('/');
                return out || (absolute ? '/' : '.');
              }
              function basename(p, ext) {
                var base = String(p).replace(/\/+$/, '').split('/').pop();
                return ext && base.slice(-ext.length) === ext ? base.slice(0, -ext.length) : base;
              }
              function extname(p) { var b = basename(p), i = b.lastIndexOf('.'); return i > 0 ? b.slice(i) : ''; }
              function dirname(p) { var s = String(p).replace(/\/+$/, ''), i = s.lastIndexOf('/'); return i < 0 ? '.' : (i === 0 ? '/' : s.slice(0, i)); }
              function join() { return normalize(Array.prototype.filter.call(arguments, Boolean).join('/')); }
              function resolve() {
                var p = '';
                for (var i = arguments.length - 1; i >= 0 && p.charAt(0) !== '/'; i--) { p = arguments[i] + (p ? '/' + p : ''); }
                return normalize(p.charAt(0) === '/' ? p : '/' + p);
              }
              return { sep: '/', delimiter: ':', normalize: normalize, basename: basename, extname: extname,
                dirname: dirname, join: join, resolve: resolve, isAbsolute: function (p) { return String(p).charAt(0) === '/'; } };
            })
            """#)

    static let util = SandboxLibrary(
        names: ["util"],
        source: #"""
            (function () {
              function inspect(value) {
                if (typeof value === 'string') { return "'" + value + "'"; }
                try { return JSON.stringify(value); } catch (e) { return String(value); }
              }
              function format(first) {
                var args = Array.prototype.slice.call(arguments, 1);
                var text = typeof first === 'string' ? first.replace(/%[sdifjo%]/g, function (token) {
                  if (token === '%%') { return '%'; }
                  if (!args.length) { return token; }
                  var value = args.shift();
                  if (token === '%d' || token === '%i') { return String(parseInt(value, 10)); }
                  if (token === '%f') { return String(parseFloat(value)); }
                  if (token === '%j' || token === '%o') { return JSON.stringify(value); }
                  return String(value);
                }) : inspect(first);
                return [text].concat(args.map(function (a) { return typeof a === 'string' ? a : inspect(a); })).join(' ');
              }
              return { format: format, inspect: inspect, isArray: Array.isArray,
                isString: function (v) { return typeof v === 'string'; }, isNumber: function (v) { return typeof v === 'number'; },
                isObject: function (v) { return v !== null && typeof v === 'object'; },
                isFunction: function (v) { return typeof v === 'function'; },
                inherits: function (child, parent) { Object.setPrototypeOf(child.prototype, parent.prototype); } };
            })
            """#)

    static let events = SandboxLibrary(
        names: ["events"],
        source: #"""
            (function () {
              function EventEmitter() { this._events = {}; }
              EventEmitter.prototype.on = EventEmitter.prototype.addListener = function (name, fn) {
                (this._events[name] = this._events[name] || []).push(fn); return this;
              };
              EventEmitter.prototype.once = function (name, fn) {
                var self = this;
                function wrapper() { self.off(name, wrapper); fn.apply(self, arguments); }
                return this.on(name, wrapper);
              };
              EventEmitter.prototype.off = EventEmitter.prototype.removeListener = function (name, fn) {
                this._events[name] = (this._events[name] || []).filter(function (f) { return f !== fn; }); return this;
              };
              EventEmitter.prototype.emit = function (name) {
                var args = Array.prototype.slice.call(arguments, 1), listeners = (this._events[name] || []).slice();
                listeners.forEach(function (f) { f.apply(this, args); }, this);
                return listeners.length > 0;
              };
              EventEmitter.EventEmitter = EventEmitter;
              return EventEmitter;
            })
            """#)

    static let all = [atob, btoa, emptyStandIns, timers, path, util, events]
}
