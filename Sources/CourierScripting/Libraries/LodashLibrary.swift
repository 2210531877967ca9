/// `require('lodash')`: our lodash 4 API (collections, objects, strings, functions, `_(x)` / `_.chain` wrappers).
enum LodashLibrary {
    /// The module, required as `lodash`.
    static let library = SandboxLibrary(names: ["lodash"], source: source)

    /// The JavaScript source: a function of `(require, native)` that returns its exports.
    static let source = #"""
(function (require, native) {
'use strict';
function create() {
  var _ = function (value) { return value instanceof Wrapper ? value : new Wrapper(value, false); };
  function Wrapper(value, chain) { this.__v = value; this.__chain = chain; }
  var hasOwn = Object.prototype.hasOwnProperty, toStr = Object.prototype.toString;
  var tag = function (v) { return toStr.call(v).slice(8, -1); };
  var ident = function (v) { return v; };
  var slice = Array.prototype.slice;

  // ---- type checks ----
  var isArray = Array.isArray;
  var isObject = function (v) { var t = typeof v; return v != null && (t === 'object' || t === 'function'); };
  var isObjectLike = function (v) { return v != null && typeof v === 'object'; };
  var isFunction = function (v) { return typeof v === 'function'; };
  var isString = function (v) { return typeof v === 'string' || (isObjectLike(v) && tag(v) === 'String'); };
  var isNumber = function (v) { return typeof v === 'number' || (isObjectLike(v) && tag(v) === 'Number'); };
  var isBoolean = function (v) { return v === true || v === false || (isObjectLike(v) && tag(v) === 'Boolean'); };
  var isLength = function (v) { return typeof v === 'number' && v > -1 && v % 1 === 0 && v <= Number.MAX_SAFE_INTEGER; };
  var isArrayLike = function (v) { return v != null && typeof v !== 'function' && isLength(v.length); };
  var isPlainObject = function (v) {
    if (!isObjectLike(v) || tag(v) !== 'Object') return false;
    var p = Object.getPrototypeOf(v);
    return p === null || p === Object.prototype || Object.getPrototypeOf(p) === null;
  };
  var isArguments = function (v) { return isObjectLike(v) && tag(v) === 'Arguments'; };
  var isTypedArray = function (v) { return isObjectLike(v) && ArrayBuffer.isView(v) && !(v instanceof DataView); };
  var isMap = function (v) { return isObjectLike(v) && tag(v) === 'Map'; };
  var isSet = function (v) { return isObjectLike(v) && tag(v) === 'Set'; };
  var isNil = function (v) { return v == null; };

  // ---- conversions ----
  function toString(v) {
    if (v == null) return '';
    if (typeof v === 'string') return v;
    if (isArray(v)) return v.map(function (x) { return x == null ? String(x) : toString(x); }).join(',');
    if (typeof v === 'symbol') return v.toString();
    if (v === 0 && 1 / v === -Infinity) return '-0';
    return String(v);
  }
  // Like toString, but null and undefined become 'null' and 'undefined' (lodash does this for search and padding strings).
  function rawString(v) { return v == null ? String(v) : toString(v); }
  function toNumber(v) {
    if (typeof v === 'number') return v;
    if (typeof v === 'symbol') return NaN;
    if (isObject(v)) { var o = typeof v.valueOf === 'function' ? v.valueOf() : v; v = isObject(o) ? String(o) : o; }
    if (typeof v !== 'string') return v === 0 ? v : +v;
    v = v.trim();
    if (/^0b[01]+$/i.test(v)) return parseInt(v.slice(2), 2);
    if (/^0o[0-7]+$/i.test(v)) return parseInt(v.slice(2), 8);
    if (/^[-+]0x[0-9a-f]+$/i.test(v)) return NaN;
    return +v;
  }
  function toFinite(v) {
    if (!v) return v === 0 ? v : 0;
    v = toNumber(v);
    if (v === Infinity || v === -Infinity) return (v < 0 ? -1 : 1) * Number.MAX_VALUE;
    return v === v ? v : 0;
  }
  function toInteger(v) { var r = toFinite(v), rem = r % 1; return r === r ? (rem ? r - rem : r) : 0; }
  function toArray(v) {
    if (!v) return [];
    if (typeof v === 'string') return Array.from(v);
    if (isMap(v)) return Array.from(v.entries());
    if (isSet(v)) return Array.from(v.values());
    if (isArrayLike(v)) return slice.call(v);
    return values(v);
  }

  // ---- paths and iteratees ----
  function toPath(p) {
    if (isArray(p)) return p.map(function (k) { return typeof k === 'symbol' ? k : toString(k); });
    if (typeof p === 'symbol') return [p];
    var out = [], s = toString(p), i = 0, key = '', pending = s.charAt(0) === '.';
    if (pending) { out.push(''); i = 1; pending = false; }
    while (i < s.length) {
      var c = s.charAt(i);
      if (c === '.') { out.push(key); key = ''; i++; pending = i === s.length; continue; }
      if (c === '[') {
        if (key || (i > 0 && s.charAt(i - 1) !== ']' && s.charAt(i - 1) !== '.')) out.push(key);
        key = '';
        var q = s.charAt(i + 1), end;
        if (q === '"' || q === "'") {
          var j = i + 2, str = '';
          while (j < s.length && s.charAt(j) !== q) { if (s.charAt(j) === '\\') j++; str += s.charAt(j); j++; }
          out.push(str); end = s.indexOf(']', j);
        } else { end = s.indexOf(']', i); out.push(s.slice(i + 1, end < 0 ? s.length : end).trim()); }
        i = end < 0 ? s.length : end + 1;
        if (s.charAt(i) === '.') { i++; pending = i === s.length; }
        continue;
      }
      key += c; i++;
    }
    if (key || pending) out.push(key);
    return out;
  }
  function pathOf(obj, p) {
    if (isArray(p)) return p;
    if (typeof p === 'number' || typeof p === 'symbol') return [p];
    if (obj != null && typeof p === 'string' && Object(obj)[p] !== undefined && p in Object(obj)) return [p];
    if (typeof p === 'string' && !/[.[\]]/.test(p)) return [p];
    return toPath(p);
  }
  function get(obj, p, dflt) {
    var path = pathOf(obj, p), i = 0;
    while (obj != null && i < path.length) obj = obj[path[i++]];
    var r = i && i === path.length ? obj : undefined;
    return r === undefined ? dflt : r;
  }
  function isIndex(k) { return /^(?:0|[1-9]\d*)$/.test(String(k)); }
  function set(obj, p, value) {
    if (!isObject(obj)) return obj;
    var path = pathOf(obj, p), cur = obj;
    for (var i = 0; i < path.length; i++) {
      var k = path[i];
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') return obj;
      if (i === path.length - 1) { cur[k] = value; break; }
      var next = cur[k];
      if (!isObject(next)) { next = isIndex(path[i + 1]) ? [] : {}; cur[k] = next; }
      cur = next;
    }
    return obj;
  }
  function has(obj, p) {
    var path = pathOf(obj, p);
    for (var i = 0; i < path.length; i++) {
      if (obj == null || !hasOwn.call(Object(obj), path[i])) return false;
      obj = obj[path[i]];
    }
    return path.length > 0;
  }
  function hasIn(obj, p) {
    var path = pathOf(obj, p);
    for (var i = 0; i < path.length; i++) {
      if (obj == null || !(path[i] in Object(obj))) return false;
      obj = obj[path[i]];
    }
    return path.length > 0;
  }
  function property(p) { return function (o) { return get(o, p); }; }
  function isMatch(obj, src) {
    if (obj === src) return true;
    var ks = keys(src);
    if (obj == null) return !ks.length;
    obj = Object(obj);
    return ks.every(function (k) {
      var s = src[k], v = obj[k];
      if (!(k in obj)) return false;
      if (isObjectLike(s) && isObjectLike(v) && !(s instanceof Date) && !(s instanceof RegExp)) {
        if (isArray(s)) return isArray(v) && s.every(function (x) { return v.some(function (y) { return isObjectLike(x) ? isMatch(y, x) : isEqual(x, y); }); });
        return isMatch(v, s);
      }
      return isEqual(v, s);
    });
  }
  function matches(src) { src = cloneDeep(src); return function (o) { return isMatch(o, src); }; }
  function matchesProperty(p, v) { v = cloneDeep(v); return function (o) { var x = get(o, p); return isObjectLike(v) ? isMatch(x, v) : isEqual(x, v); }; }
  function iteratee(f) {
    if (typeof f === 'function') return f;
    if (f == null) return ident;
    if (isArray(f)) return matchesProperty(f[0], f[1]);
    if (typeof f === 'object') return matches(f);
    return property(f);
  }

  // ---- equality and cloning ----
  function eq(a, b) { return a === b || (a !== a && b !== b); }
  function isEqual(a, b, stack) {
    if (eq(a, b)) return true;
    var ta = tag(a);
    if (ta !== tag(b)) return false;
    if (!isObjectLike(a) || !isObjectLike(b)) return (ta === 'String' || ta === 'Number' || ta === 'Boolean') && eq(a.valueOf(), b.valueOf());
    switch (ta) {
      case 'Number': case 'Boolean': case 'Date': return eq(+a, +b);
      case 'String': case 'RegExp': return String(a) === String(b);
      case 'Error': return a.name === b.name && a.message === b.message;
    }
    stack = stack || [];
    for (var i = 0; i < stack.length; i++) if (stack[i][0] === a) return stack[i][1] === b;
    stack.push([a, b]);
    var r;
    if (ta === 'Map' || ta === 'Set') {
      r = a.size === b.size && isEqual(Array.from(a), Array.from(b), stack);
    } else if (isArray(a) || isTypedArray(a) || ta === 'Arguments') {
      r = a.length === b.length;
      for (var j = 0; r && j < a.length; j++) r = isEqual(a[j], b[j], stack);
    } else {
      if (a.constructor !== b.constructor && !(isPlainObject(a) && isPlainObject(b)) && 'constructor' in a && 'constructor' in b) r = false;
      else {
        var ka = Object.keys(a), kb = Object.keys(b);
        r = ka.length === kb.length && ka.every(function (k) { return hasOwn.call(b, k) && isEqual(a[k], b[k], stack); });
      }
    }
    stack.pop();
    return r;
  }
  function baseClone(v, deep, seen, nested) {
    if (typeof v === 'function') return nested ? v : {};
    if (!isObject(v)) return v;
    if (deep) { if (seen.has(v)) return seen.get(v); }
    var t = tag(v), out;
    var rec = function (x) { return deep ? baseClone(x, true, seen, true) : x; };
    if (isArray(v)) { out = new Array(v.length); if (deep) seen.set(v, out); for (var i = 0; i < v.length; i++) out[i] = rec(v[i]); return out; }
    if (t === 'Date') return new Date(+v);
    if (t === 'RegExp') { out = new RegExp(v.source, v.flags); out.lastIndex = v.lastIndex; return out; }
    if (t === 'Map') { out = new Map(); if (deep) seen.set(v, out); v.forEach(function (x, k) { out.set(k, rec(x)); }); return out; }
    if (t === 'Set') { out = new Set(); if (deep) seen.set(v, out); v.forEach(function (x) { out.add(rec(x)); }); return out; }
    if (isTypedArray(v)) return v.slice();
    if (t === 'Number' || t === 'String' || t === 'Boolean') return Object(v.valueOf());
    if (t === 'Error' || t === 'WeakMap' || t === 'Function') return {};
    out = Object.create(Object.getPrototypeOf(v));
    if (deep) seen.set(v, out);
    Object.keys(v).forEach(function (k) { out[k] = rec(v[k]); });
    return out;
  }
  var clone = function (v) { return baseClone(v, false); };
  var cloneDeep = function (v) { return baseClone(v, true, new Map()); };

  // ---- objects ----
  function keys(o) {
    if (o == null) return [];
    if (isArrayLike(o) && (isArray(o) || typeof o === 'string' || isArguments(o) || isTypedArray(o))) {
      var r = []; for (var i = 0; i < o.length; i++) r.push(String(i));
      Object.keys(Object(o)).forEach(function (k) { if (!isIndex(k) || +k >= o.length) r.push(k); });
      return r;
    }
    return Object.keys(Object(o));
  }
  function keysIn(o) { var r = []; if (o == null) return r; for (var k in Object(o)) r.push(k); return r; }
  function values(o) { return keys(o).map(function (k) { return Object(o)[k]; }); }
  function valuesIn(o) { return keysIn(o).map(function (k) { return o[k]; }); }
  function toPairs(o) {
    if (isMap(o)) return Array.from(o.entries());
    if (isSet(o)) return Array.from(o.values()).map(function (v) { return [v, v]; });
    return keys(o).map(function (k) { return [k, o[k]]; });
  }
  function fromPairs(ps) { var r = {}; (ps || []).forEach(function (p) { r[p[0]] = p[1]; }); return r; }
  function flatPaths(args) { return baseFlatten(slice.call(args, 1), 1, []); }
  function pick(o) {
    var r = {};
    if (o == null) return r;
    flatPaths(arguments).forEach(function (p) { if (hasIn(o, p)) set(r, p, get(o, p)); });
    return r;
  }
  function pickBy(o, pred) {
    var r = {}; pred = iteratee(pred);
    keysIn(o).forEach(function (k) { if (pred(o[k], k)) r[k] = o[k]; });
    return r;
  }
  function omit(o) {
    if (o == null) return {};
    var ps = flatPaths(arguments), r = {};
    keysIn(o).forEach(function (k) { r[k] = o[k]; });
    var deep = false;
    ps.forEach(function (p) { if (pathOf(o, p).length > 1) deep = true; });
    if (deep) r = cloneDeep(r);
    ps.forEach(function (p) { unset(r, p); });
    return r;
  }
  function omitBy(o, pred) { pred = iteratee(pred); return pickBy(o, function (v, k) { return !pred(v, k); }); }
  function unset(o, p) {
    var path = pathOf(o, p), parent = path.length > 1 ? get(o, path.slice(0, -1)) : o;
    if (parent == null) return true;
    return delete parent[path[path.length - 1]];
  }
  function assign(o) {
    o = Object(o);
    for (var i = 1; i < arguments.length; i++) { var s = arguments[i]; if (s != null) keys(s).forEach(function (k) { o[k] = s[k]; }); }
    return o;
  }
  function assignIn(o) {
    o = Object(o);
    for (var i = 1; i < arguments.length; i++) { var s = arguments[i]; if (s != null) keysIn(s).forEach(function (k) { o[k] = s[k]; }); }
    return o;
  }
  function defaults(o) {
    o = Object(o);
    for (var i = 1; i < arguments.length; i++) {
      var s = arguments[i];
      if (s != null) keysIn(s).forEach(function (k) { var v = o[k]; if (v === undefined || (eq(v, Object.prototype[k]) && !hasOwn.call(o, k))) o[k] = s[k]; });
    }
    return o;
  }
  function defaultsDeep(o) {
    o = Object(o);
    for (var i = 1; i < arguments.length; i++) {
      var s = arguments[i];
      if (s != null) keysIn(s).forEach(function (k) {
        if (o[k] === undefined) o[k] = cloneDeep(s[k]);
        else if (isPlainObject(o[k]) && isPlainObject(s[k])) defaultsDeep(o[k], s[k]);
      });
    }
    return o;
  }
  function mergeInto(target, src, customizer, seen) {
    keysIn(src).forEach(function (k) {
      var sv = src[k], tv = target[k];
      var c = customizer ? customizer(tv, sv, k, target, src) : undefined;
      if (c !== undefined) { target[k] = c; return; }
      if (isObjectLike(sv) && (isArray(sv) || isPlainObject(sv) || isTypedArray(sv) || isArguments(sv))) {
        if (seen.has(sv)) { target[k] = seen.get(sv); return; }
        var base;
        if (isArray(sv) || isArguments(sv)) base = isArray(tv) ? tv : (isArrayLike(tv) && isObjectLike(tv) ? slice.call(tv) : []);
        else if (isTypedArray(sv)) base = isTypedArray(tv) ? tv : sv.slice();
        else base = (isPlainObject(tv) || (isObject(tv) && !isFunction(tv) && !isArray(tv))) ? tv : (isArguments(tv) ? toPlainObject(tv) : {});
        seen.set(sv, base);
        if (!isTypedArray(sv)) mergeInto(base, sv, customizer, seen);
        target[k] = base;
      } else if (sv !== undefined || !(k in target)) {
        target[k] = sv;
      }
    });
    return target;
  }
  function merge(o) {
    o = Object(o);
    for (var i = 1; i < arguments.length; i++) if (arguments[i] != null) mergeInto(o, arguments[i], null, new Map());
    return o;
  }
  function mergeWith(o) {
    var args = slice.call(arguments, 1), fn = args.length && typeof args[args.length - 1] === 'function' ? args.pop() : null;
    o = Object(o);
    args.forEach(function (s) { if (s != null) mergeInto(o, s, fn, new Map()); });
    return o;
  }
  function toPlainObject(v) { var r = {}; for (var k in Object(v)) r[k] = v[k]; return r; }
  function invert(o) { var r = {}; keys(o).forEach(function (k) { var v = o[k]; r[v != null && typeof v.toString !== 'function' ? toStr.call(v) : v] = k; }); return r; }
  function invertBy(o, fn) { fn = iteratee(fn); var r = {}; keys(o).forEach(function (k) { var v = fn(o[k]); (hasOwn.call(r, v) ? r[v] : (r[v] = [])).push(k); }); return r; }
  function mapValues(o, fn) { fn = iteratee(fn); var r = {}; keys(o).forEach(function (k) { r[k] = fn(o[k], k, o); }); return r; }
  function mapKeys(o, fn) { fn = iteratee(fn); var r = {}; keys(o).forEach(function (k) { r[fn(o[k], k, o)] = o[k]; }); return r; }
  function forOwn(o, fn) { fn = fn || ident; var ks = keys(o); for (var i = 0; i < ks.length; i++) if (fn(o[ks[i]], ks[i], o) === false) break; return o; }
  function forIn(o, fn) { fn = fn || ident; var ks = keysIn(o); for (var i = 0; i < ks.length; i++) if (fn(o[ks[i]], ks[i], o) === false) break; return o; }
  function findKey(o, pred) { pred = iteratee(pred); var ks = keys(o); for (var i = 0; i < ks.length; i++) if (pred(o[ks[i]], ks[i], o)) return ks[i]; return undefined; }
  function result(o, p, d) { var v = get(o, p); if (v === undefined) v = d; if (typeof v === 'function') { var path = pathOf(o, p); v = v.call(path.length > 1 ? get(o, path.slice(0, -1)) : o); } return v; }
  function transform(o, fn, acc) {
    fn = iteratee(fn);
    if (acc === undefined) acc = isArray(o) ? [] : (isObject(o) ? Object.create(Object.getPrototypeOf(o)) : {});
    forEach(o, function (v, k, c) { return fn(acc, v, k, c); });
    return acc;
  }

  // ---- collections ----
  function forEach(c, fn) {
    fn = fn || ident;
    if (c == null) return c;
    if (isArrayLike(c)) { for (var i = 0; i < c.length; i++) if (fn(c[i], i, c) === false) break; }
    else forOwn(c, fn);
    return c;
  }
  function forEachRight(c, fn) {
    if (isArrayLike(c)) { for (var i = c.length - 1; i >= 0; i--) if (fn(c[i], i, c) === false) break; return c; }
    var ks = keys(c); for (var j = ks.length - 1; j >= 0; j--) if (fn(c[ks[j]], ks[j], c) === false) break;
    return c;
  }
  function map(c, fn) { fn = iteratee(fn); var r = []; forEach(c, function (v, k, o) { r.push(fn(v, k, o)); }); return r; }
  function filter(c, fn) { fn = iteratee(fn); var r = []; forEach(c, function (v, k, o) { if (fn(v, k, o)) r.push(v); }); return r; }
  function reject(c, fn) { fn = iteratee(fn); return filter(c, function (v, k, o) { return !fn(v, k, o); }); }
  function reduce(c, fn, acc) {
    var init = arguments.length < 3; fn = iteratee(fn);
    forEach(c, function (v, k, o) { if (init) { acc = v; init = false; } else acc = fn(acc, v, k, o); });
    return acc;
  }
  function reduceRight(c, fn, acc) {
    var init = arguments.length < 3; fn = iteratee(fn);
    forEachRight(c, function (v, k, o) { if (init) { acc = v; init = false; } else acc = fn(acc, v, k, o); });
    return acc;
  }
  function find(c, fn, from) {
    fn = iteratee(fn);
    if (isArrayLike(c)) { var i = findIndex(c, fn, from); return i < 0 ? undefined : c[i]; }
    var k = findKey(c, fn); return k === undefined ? undefined : c[k];
  }
  function findLast(c, fn) { fn = iteratee(fn); var r; forEachRight(c, function (v, k, o) { if (fn(v, k, o)) { r = v; return false; } }); return r; }
  function normFrom(len, from, dflt) { from = from == null ? dflt : toInteger(from); return from < 0 ? Math.max(len + from, 0) : from; }
  function findIndex(a, fn, from) {
    fn = iteratee(fn); if (!a) return -1;
    for (var i = normFrom(a.length, from, 0); i < a.length; i++) if (fn(a[i], i, a)) return i;
    return -1;
  }
  function findLastIndex(a, fn, from) {
    fn = iteratee(fn); if (!a) return -1;
    var i = from == null ? a.length - 1 : Math.min(normFrom(a.length, from, 0), a.length - 1);
    for (; i >= 0; i--) if (fn(a[i], i, a)) return i;
    return -1;
  }
  function some(c, fn) { fn = iteratee(fn); var r = false; forEach(c, function (v, k, o) { if (fn(v, k, o)) { r = true; return false; } }); return r; }
  function every(c, fn) { fn = iteratee(fn); var r = true; forEach(c, function (v, k, o) { if (!fn(v, k, o)) { r = false; return false; } }); return r; }
  function includes(c, v, from) {
    if (c == null) return false;
    if (typeof c === 'string') return c.indexOf(v, normFrom(c.length, from, 0)) > -1;
    var arr = isArrayLike(c) ? c : values(c);
    for (var i = normFrom(arr.length, from, 0); i < arr.length; i++) if (eq(arr[i], v)) return true;
    return false;
  }
  function groupInto(fn, init, add) {
    return function (c, f) { f = iteratee(f); var r = init(); forEach(c, function (v) { add(r, f(v), v); }); return r; };
  }
  var groupBy = groupInto(iteratee, function () { return {}; }, function (r, k, v) { (hasOwn.call(r, k) ? r[k] : (r[k] = [])).push(v); });
  var keyBy = groupInto(iteratee, function () { return {}; }, function (r, k, v) { r[k] = v; });
  var countBy = groupInto(iteratee, function () { return {}; }, function (r, k) { r[k] = hasOwn.call(r, k) ? r[k] + 1 : 1; });
  var partition = groupInto(iteratee, function () { return [[], []]; }, function (r, k, v) { r[k ? 0 : 1].push(v); });
  function compareValues(a, b) {
    if (a === b) return 0;
    var rank = function (v) { return v === null ? 1 : (v === undefined ? 2 : (v !== v ? 3 : 0)); };
    var ra = rank(a), rb = rank(b);
    if (ra || rb) return ra - rb;
    return a > b ? 1 : (a < b ? -1 : 0);
  }
  function orderBy(c, fns, orders) {
    if (c == null) return [];
    fns = fns == null ? [ident] : (isArray(fns) ? (fns.length ? fns : [ident]) : [fns]);
    fns = fns.map(iteratee);
    orders = orders == null ? [] : (isArray(orders) ? orders : [orders]);
    var rows = map(c, function (v) { return { v: v, i: 0, c: fns.map(function (f) { return f(v); }) }; });
    rows.forEach(function (r, i) { r.i = i; });
    rows.sort(function (x, y) {
      for (var j = 0; j < fns.length; j++) {
        var d = compareValues(x.c[j], y.c[j]);
        if (d) return orders[j] === 'desc' ? -d : d;
      }
      return x.i - y.i;
    });
    return rows.map(function (r) { return r.v; });
  }
  function sortBy(c) {
    var fns = flattenDeep(slice.call(arguments, 1));
    return orderBy(c, fns.length ? fns : [ident]);
  }
  function shuffle(c) {
    var a = toArray(c);
    for (var i = a.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)), t = a[i]; a[i] = a[j]; a[j] = t; }
    return a;
  }
  function sample(c) { var a = isArrayLike(c) ? c : values(c); return a.length ? a[Math.floor(Math.random() * a.length)] : undefined; }
  function sampleSize(c, n) { n = n === undefined ? 1 : Math.max(toInteger(n), 0); return shuffle(c).slice(0, n); }
  function size(c) {
    if (c == null) return 0;
    if (isArrayLike(c)) return c.length;
    if (isMap(c) || isSet(c)) return c.size;
    return keys(c).length;
  }
  function flatMap(c, fn) { return flatten(map(c, fn)); }
  function flatMapDeep(c, fn) { return flattenDeep(map(c, fn)); }
  function invokeMap(c, p) {
    var args = slice.call(arguments, 2);
    return map(c, function (v) { var f = typeof p === 'function' ? p : get(v, p); return f == null ? undefined : f.apply(v, args); });
  }

  // ---- arrays ----
  var arr = function (a) { return a == null ? [] : (isArray(a) ? a : (isArrayLike(a) ? slice.call(a) : [])); };
  function baseFlatten(a, depth, out) {
    arr(a).forEach(function (v) {
      if (depth > 0 && (isArray(v) || isArguments(v))) baseFlatten(v, depth - 1, out); else out.push(v);
    });
    return out;
  }
  var flatten = function (a) { return baseFlatten(a, 1, []); };
  var flattenDeep = function (a) { return baseFlatten(a, Infinity, []); };
  var flattenDepth = function (a, d) { return baseFlatten(a, d === undefined ? 1 : toInteger(d), []); };
  function chunk(a, n) {
    n = n === undefined ? 1 : Math.max(toInteger(n), 0); a = arr(a);
    var r = []; if (!n) return r;
    for (var i = 0; i < a.length; i += n) r.push(a.slice(i, i + n));
    return r;
  }
  var compact = function (a) { return arr(a).filter(Boolean); };
  function uniqBy(a, fn) {
    fn = iteratee(fn); var seen = [], r = [];
    arr(a).forEach(function (v) { var k = fn(v); if (!seen.some(function (s) { return eq(s, k); })) { seen.push(k); r.push(v); } });
    return r;
  }
  var uniq = function (a) { return uniqBy(a, ident); };
  function uniqWith(a, cmp) { var r = []; arr(a).forEach(function (v) { if (!r.some(function (x) { return cmp(v, x); })) r.push(v); }); return r; }
  function lastFn(args) { var l = args[args.length - 1]; return isArrayLike(l) && typeof l !== 'string' ? null : args.pop(); }
  function hasIn_(list, v, fn) { var k = fn(v); return list.some(function (x) { return eq(fn(x), k); }); }
  function differenceBy(a) {
    var args = slice.call(arguments, 1), fn = args.length > 0 ? lastFn(args) : null; fn = iteratee(fn);
    var excl = flatten(args); return arr(a).filter(function (v) { return !hasIn_(excl, v, fn); });
  }
  var difference = function (a) { var excl = flatten(slice.call(arguments, 1).filter(isArrayLike)); return arr(a).filter(function (v) { return !includes(excl, v); }); };
  var without = function (a) { var excl = slice.call(arguments, 1); return arr(a).filter(function (v) { return !includes(excl, v); }); };
  function intersectionBy() {
    var args = slice.call(arguments), fn = args.length > 1 ? lastFn(args) : null; fn = iteratee(fn);
    if (!args.length) return [];
    return uniqBy(arr(args[0]), fn).filter(function (v) { return args.slice(1).every(function (o) { return hasIn_(arr(o), v, fn); }); });
  }
  var intersection = function () { return intersectionBy.apply(null, slice.call(arguments).map(arr).concat([ident])); };
  function unionBy() { var args = slice.call(arguments), fn = args.length > 1 ? lastFn(args) : null; return uniqBy(flatten(args.filter(isArrayLike)), fn); }
  var union = function () { return uniq(flatten(slice.call(arguments).filter(isArrayLike))); };
  function xor() {
    var all = slice.call(arguments).filter(isArrayLike).map(uniq);
    return uniq(flatten(all)).filter(function (v) { return all.filter(function (a) { return includes(a, v); }).length === 1; });
  }
  function zip() {
    var as = slice.call(arguments).filter(isArrayLike), n = Math.max.apply(null, [0].concat(as.map(function (a) { return a.length; })));
    return range(n).map(function (i) { return as.map(function (a) { return a[i]; }); });
  }
  var unzip = function (a) { return zip.apply(null, arr(a)); };
  function zipObject(ks, vs) { var r = {}; arr(ks).forEach(function (k, i) { r[k] = vs ? vs[i] : undefined; }); return r; }
  function zipObjectDeep(ks, vs) { var r = {}; arr(ks).forEach(function (k, i) { set(r, k, vs ? vs[i] : undefined); }); return r; }
  function range(start, end, step) {
    start = toFinite(start);
    if (end === undefined) { end = start; start = 0; } else end = toFinite(end);
    step = step === undefined ? (start < end ? 1 : -1) : toFinite(step);
    var n = Math.max(Math.ceil((end - start) / (step || 1)), 0), r = new Array(n);
    for (var i = 0; i < n; i++) { r[i] = start; start += step; }
    return r;
  }
  var rangeRight = function () { return range.apply(null, arguments).reverse(); };
  function times(n, fn) { n = toInteger(n); fn = fn ? iteratee(fn) : ident; var r = []; for (var i = 0; i < n; i++) r.push(fn(i)); return r; }
  var head = function (a) { return a && a.length ? a[0] : undefined; };
  var last = function (a) { return a && a.length ? a[a.length - 1] : undefined; };
  var nArg = function (n) { return n === undefined ? 1 : toInteger(n); };
  var take = function (a, n) { n = nArg(n); return arr(a).slice(0, Math.max(n, 0)); };
  var takeRight = function (a, n) { n = nArg(n); a = arr(a); return n <= 0 ? [] : a.slice(Math.max(a.length - n, 0)); };
  var drop = function (a, n) { n = nArg(n); return arr(a).slice(Math.max(n, 0)); };
  var dropRight = function (a, n) { n = nArg(n); a = arr(a); return a.slice(0, Math.max(a.length - Math.max(n, 0), 0)); };
  var takeWhile = function (a, fn) { fn = iteratee(fn); a = arr(a); var i = 0; while (i < a.length && fn(a[i], i, a)) i++; return a.slice(0, i); };
  var dropWhile = function (a, fn) { fn = iteratee(fn); a = arr(a); var i = 0; while (i < a.length && fn(a[i], i, a)) i++; return a.slice(i); };
  var initial = function (a) { return arr(a).slice(0, -1); };
  var tail = function (a) { return arr(a).slice(1); };
  var nth = function (a, n) { a = arr(a); n = toInteger(n); return a[n < 0 ? a.length + n : n]; };
  function indexOf(a, v, from) { a = arr(a); for (var i = normFrom(a.length, from, 0); i < a.length; i++) if (eq(a[i], v)) return i; return -1; }
  function lastIndexOf(a, v, from) { a = arr(a); var i = from === undefined ? a.length - 1 : normFrom(a.length, from, 0); for (; i >= 0; i--) if (eq(a[i], v)) return i; return -1; }
  function pull(a) { var vs = slice.call(arguments, 1); return pullAll(a, vs); }
  function pullAll(a, vs) { for (var i = a.length - 1; i >= 0; i--) if (includes(vs, a[i])) a.splice(i, 1); return a; }
  function remove(a, fn) { fn = iteratee(fn); var r = [], idx = []; a.forEach(function (v, i) { if (fn(v, i, a)) { r.push(v); idx.push(i); } }); for (var j = idx.length - 1; j >= 0; j--) a.splice(idx[j], 1); return r; }
  function fill(a, v, s, e) { a = a || []; s = normFrom(a.length, s, 0); e = e === undefined ? a.length : normFrom(a.length, e, 0); for (var i = s; i < e && i < a.length; i++) a[i] = v; return a; }
  function sortedIndex(a, v) { a = arr(a); var lo = 0, hi = a.length; while (lo < hi) { var m = (lo + hi) >>> 1; if (compareValues(a[m], v) < 0) lo = m + 1; else hi = m; } return lo; }

  // ---- math ----
  function cmpBy(c, fn, better) {
    fn = iteratee(fn); var best, bk;
    forEach(c, function (v) { var k = fn(v); if (k != null && k === k && typeof k !== 'symbol' && (bk === undefined ? true : better(k, bk))) { best = v; bk = k; } });
    return best;
  }
  var max = function (a) { return a && a.length ? cmpBy(a, ident, function (x, y) { return x > y; }) : undefined; };
  var min = function (a) { return a && a.length ? cmpBy(a, ident, function (x, y) { return x < y; }) : undefined; };
  var maxBy = function (a, fn) { return a && a.length ? cmpBy(a, fn, function (x, y) { return x > y; }) : undefined; };
  var minBy = function (a, fn) { return a && a.length ? cmpBy(a, fn, function (x, y) { return x < y; }) : undefined; };
  function sumBy(a, fn) { fn = iteratee(fn); var r, any = false; forEach(a, function (v) { var x = fn(v); if (x !== undefined) { r = any ? r + x : x; any = true; } }); return any ? r : 0; }
  var sum = function (a) { return sumBy(a, ident); };
  var meanBy = function (a, fn) { var n = size(a); return n ? sumBy(a, fn) / n : NaN; };
  var mean = function (a) { return meanBy(a, ident); };
  function rounder(kind) {
    return function (n, p) {
      n = toNumber(n); p = p == null ? 0 : Math.min(toInteger(p), 292);
      if (!p || !isFinite(n)) return Math[kind](n);
      var parts = (toString(n) + 'e').split('e');
      var v = Math[kind](+(parts[0] + 'e' + (+parts[1] + p)));
      parts = (toString(v) + 'e').split('e');
      return +(parts[0] + 'e' + (+parts[1] - p));
    };
  }
  function clamp(n, lo, hi) {
    if (hi === undefined) { hi = lo; lo = undefined; }
    n = toNumber(n);
    if (n !== n) return n;
    if (hi !== undefined) { hi = toNumber(hi); hi = hi === hi ? hi : 0; if (n > hi) n = hi; }
    if (lo !== undefined) { lo = toNumber(lo); lo = lo === lo ? lo : 0; if (n < lo) n = lo; }
    return n;
  }
  function inRange(n, s, e) {
    s = toFinite(s); if (e === undefined) { e = s; s = 0; } else e = toFinite(e);
    n = toNumber(n); return n >= Math.min(s, e) && n < Math.max(s, e);
  }
  function random(lo, hi, fl) {
    if (fl === undefined) {
      if (typeof hi === 'boolean') { fl = hi; hi = undefined; } else if (typeof lo === 'boolean') { fl = lo; lo = undefined; }
    }
    if (lo === undefined && hi === undefined) { lo = 0; hi = 1; }
    else { lo = toFinite(lo); if (hi === undefined) { hi = lo; lo = 0; } else hi = toFinite(hi); }
    if (lo > hi) { var t = lo; lo = hi; hi = t; }
    if (fl || lo % 1 || hi % 1) return lo + Math.random() * (hi - lo);
    return lo + Math.floor(Math.random() * (hi - lo + 1));
  }

  // ---- strings ----
  var deburrMap = { 'À': 'A', 'Á': 'A', 'Â': 'A', 'Ã': 'A', 'Ä': 'A', 'Å': 'A', 'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'Ç': 'C', 'ç': 'c', 'È': 'E', 'É': 'E', 'Ê': 'E', 'Ë': 'E', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'Ì': 'I', 'Í': 'I', 'Î': 'I', 'Ï': 'I', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'Ñ': 'N', 'ñ': 'n', 'Ò': 'O', 'Ó': 'O', 'Ô': 'O', 'Õ': 'O', 'Ö': 'O', 'Ø': 'O', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'Ù': 'U', 'Ú': 'U', 'Û': 'U', 'Ü': 'U', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'Ý': 'Y', 'ý': 'y', 'ÿ': 'y', 'Æ': 'Ae', 'æ': 'ae', 'Þ': 'Th', 'þ': 'th', 'ß': 'ss' };
  function deburr(s) { return toString(s).replace(/[\xC0-\xFF]/g, function (c) { return deburrMap[c] || c; }).replace(/[\u0300-\u036f]/g, ''); }
  var wordRe = /[A-Z\xC0-\xDE]+(?=[A-Z\xC0-\xDE][a-z\xDF-\xFF])|[A-Z\xC0-\xDE]?[a-z\xDF-\xFF]+|[A-Z\xC0-\xDE]+|\d+(?:st|nd|rd|th)(?![a-z])|\d+(?:ST|ND|RD|TH)(?![A-Z])|\d+|[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\xd7\xf7]+/g;
  function words(s, pattern) {
    s = toString(s);
    if (pattern === undefined) return s.match(wordRe) || [];
    return s.match(pattern) || [];
  }
  var upperFirst = function (s) { s = toString(s); return s.charAt(0).toUpperCase() + s.slice(1); };
  var lowerFirst = function (s) { s = toString(s); return s.charAt(0).toLowerCase() + s.slice(1); };
  var capitalize = function (s) { return upperFirst(toString(s).toLowerCase()); };
  function compounder(fn) { return function (s) { return words(deburr(s).replace(/['\u2019]/g, '')).reduce(function (acc, w, i) { return fn(acc, w, i); }, ''); }; }
  var camelCase = compounder(function (acc, w, i) { w = w.toLowerCase(); return acc + (i ? capitalize(w) : w); });
  var kebabCase = compounder(function (acc, w, i) { return acc + (i ? '-' : '') + w.toLowerCase(); });
  var snakeCase = compounder(function (acc, w, i) { return acc + (i ? '_' : '') + w.toLowerCase(); });
  var lowerCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + w.toLowerCase(); });
  var upperCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + w.toUpperCase(); });
  var startCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + upperFirst(w); });
  var escapeRegExp = function (s) { return toString(s).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'); };
  function trimmer(mode) {
    return function (s, chars, guard) {
      s = toString(s);
      if (guard || chars === undefined) return mode === 0 ? s.trim() : (mode < 0 ? s.replace(/^\s+/, '') : s.replace(/\s+$/, ''));
      var set = Array.from(toString(chars)), a = Array.from(s), b = 0, e = a.length;
      if (mode <= 0) while (b < e && set.indexOf(a[b]) > -1) b++;
      if (mode >= 0) while (e > b && set.indexOf(a[e - 1]) > -1) e--;
      return a.slice(b, e).join('');
    };
  }
  function padding(n, chars) { chars = chars === undefined ? ' ' : rawString(chars); if (!chars || n <= 0) return ''; var r = ''; while (r.length < n) r += chars; return r.slice(0, n); }
  function pad(s, len, chars) {
    s = toString(s); len = toInteger(len); var l = s.length;
    if (!len || l >= len) return s;
    var m = (len - l) / 2;
    return padding(Math.floor(m), chars) + s + padding(Math.ceil(m), chars);
  }
  var padStart = function (s, len, chars) { s = toString(s); return padding(toInteger(len) - s.length, chars) + s; };
  var padEnd = function (s, len, chars) { s = toString(s); return s + padding(toInteger(len) - s.length, chars); };
  var repeat = function (s, n, guard) { n = (guard || n === undefined) ? 1 : toInteger(n); return n > 0 ? toString(s).repeat(n) : ''; };
  function startsWith(s, t, pos) { s = toString(s); pos = pos == null ? 0 : clamp(toInteger(pos), 0, s.length); t = rawString(t); return s.slice(pos, pos + t.length) === t; }
  function endsWith(s, t, pos) { s = toString(s); t = rawString(t); pos = pos === undefined ? s.length : clamp(toInteger(pos), 0, s.length); var e = pos - t.length; return e >= 0 && s.slice(e, pos) === t; }
  var htmlEsc = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  var htmlUnesc = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  var escape = function (s) { return toString(s).replace(/[&<>"']/g, function (c) { return htmlEsc[c]; }); };
  var unescape = function (s) { return toString(s).replace(/&(?:amp|lt|gt|quot|#39);/g, function (c) { return htmlUnesc[c]; }); };
  function truncate(s, o) {
    s = toString(s); o = o || {};
    var len = o.length === undefined ? 30 : toInteger(o.length), om = o.omission === undefined ? '...' : toString(o.omission);
    var chars = Array.from(s);
    if (chars.length <= len) return s;
    var end = len - Array.from(om).length;
    if (end < 1) return om;
    var r = chars.slice(0, end).join('');
    var sep = o.separator;
    if (sep !== undefined) {
      if (typeof sep === 'string') { var i = r.lastIndexOf(sep); if (i > -1 && s.indexOf(sep, end) !== end) r = r.slice(0, i); else if (i > -1 && s.slice(end).indexOf(sep) !== 0) r = r.slice(0, i); }
      else { var g = new RegExp(sep.source, sep.flags.indexOf('g') > -1 ? sep.flags : sep.flags + 'g'), m, at = -1; while ((m = g.exec(r))) { at = m.index; if (!m[0]) g.lastIndex++; } if (at > -1) r = r.slice(0, at); }
    }
    return r + om;
  }
  function lodashParseInt(s, radix, guard) {
    radix = (guard || radix == null) ? 0 : +radix;
    return parseInt(toString(s).replace(/^\s+/, ''), radix || 0);
  }
  var templateSettings = { escape: /<%-([\s\S]+?)%>/g, evaluate: /<%([\s\S]+?)%>/g, interpolate: /<%=([\s\S]+?)%>/g, variable: '', imports: {} };
  function template(str, opts, guard) {
    str = toString(str);
    var ts = _.templateSettings || templateSettings;
    opts = defaults({}, guard ? undefined : opts, ts);
    var imports = assign({ _: _ }, ts.imports, opts.imports);
    var src = "__p += '", idx = 0;
    var reNone = /($^)/;
    var all = new RegExp([(opts.escape || reNone).source, (opts.interpolate || reNone).source,
      (opts.interpolate === templateSettings.interpolate ? /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/ : reNone).source,
      (opts.evaluate || reNone).source].join('|') + '|$', 'g');
    str.replace(all, function (m, esc, interp, es6, evaluate, off) {
      src += str.slice(idx, off).replace(/['\n\r\u2028\u2029\\]/g, function (c) { return { "'": "\\'", '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029', '\\': '\\\\' }[c]; });
      if (esc) src += "' +\n__e(" + esc + ") +\n'";
      if (interp || es6) src += "' +\n((__t = (" + (interp || es6) + ")) == null ? '' : __t) +\n'";
      if (evaluate) src += "';\n" + evaluate + ";\n__p += '";
      idx = off + m.length;
      return m;
    });
    src += "';\n";
    var v = opts.variable;
    if (!v) src = 'with (obj) {\n' + src + '\n}\n';
    src = 'function (' + (v || 'obj') + ') {\n' + (v ? '' : 'obj || (obj = {});\n') + "var __t, __p = '', __e = _.escape, __j = Array.prototype.join;\nfunction print() { __p += __j.call(arguments, ''); }\n" + src + 'return __p;\n}';
    var names = keys(imports), fn;
    try { fn = Function.apply(null, names.concat('return ' + src)).apply(undefined, names.map(function (k) { return imports[k]; })); }
    catch (e) { e.source = src; throw e; }
    fn.source = src;
    return fn;
  }

  // ---- functions ----
  function before(n, fn) { var r; return function () { if (--n > 0) r = fn.apply(this, arguments); if (n <= 1) fn = undefined; return r; }; }
  var once = function (fn) { return before(2, fn); };
  function after(n, fn) { n = toInteger(n); return function () { if (--n < 1) return fn.apply(this, arguments); }; }
  function memoize(fn, resolver) {
    if (typeof fn !== 'function' || (resolver != null && typeof resolver !== 'function')) throw new TypeError('Expected a function');
    var m = function () {
      var k = resolver ? resolver.apply(this, arguments) : arguments[0], c = m.cache;
      if (c.has(k)) return c.get(k);
      var r = fn.apply(this, arguments); m.cache = c.set(k, r) || c; return r;
    };
    m.cache = new (memoize.Cache || Map)();
    return m;
  }
  memoize.Cache = Map;
  function partialWith(fn, bound, right) {
    return function () {
      var args = slice.call(arguments), out = bound.map(function (b) { return b === _ ? args.shift() : b; });
      return fn.apply(this, right ? args.concat(out) : out.concat(args));
    };
  }
  function partial(fn) { return partialWith(fn, slice.call(arguments, 1), false); }
  function partialRight(fn) { return partialWith(fn, slice.call(arguments, 1), true); }
  function bind(fn, self) { var bound = slice.call(arguments, 2); return function () { return partialWith(fn, bound, false).apply(self, arguments); }; }
  var negate = function (fn) { return function () { return !fn.apply(this, arguments); }; };
  var ary = function (fn, n) { n = n === undefined ? fn.length : n; return function () { return fn.apply(this, slice.call(arguments, 0, n)); }; };
  var unary = function (fn) { return ary(fn, 1); };
  var flip = function (fn) { return function () { return fn.apply(this, slice.call(arguments).reverse()); }; };
  function rest(fn, start) { start = start === undefined ? fn.length - 1 : toInteger(start); return function () { var a = slice.call(arguments, 0, start); a[start] = slice.call(arguments, start); return fn.apply(this, a); }; }
  var spread = function (fn) { return function (a) { return fn.apply(this, a); }; };
  function curry(fn, n) {
    n = n === undefined ? fn.length : n;
    return function curried() { var a = slice.call(arguments); return a.length >= n ? fn.apply(this, a) : function () { return curried.apply(this, a.concat(slice.call(arguments))); }; };
  }
  var flow = function () { var fs = flatten(arguments); return function () { var r = fs.length ? fs[0].apply(this, arguments) : arguments[0]; for (var i = 1; i < fs.length; i++) r = fs[i].call(this, r); return r; }; };
  var flowRight = function () { return flow.apply(null, flatten(arguments).reverse()); };
  var timer = function (fn, ms) { return typeof setTimeout === 'function' ? setTimeout(fn, ms) : (fn(), 0); };
  var clearTimer = function (id) { if (typeof clearTimeout === 'function') clearTimeout(id); };
  function delay(fn, ms) { var a = slice.call(arguments, 2); return timer(function () { fn.apply(undefined, a); }, toNumber(ms) || 0); }
  function defer(fn) { var a = slice.call(arguments, 1); return timer(function () { fn.apply(undefined, a); }, 1); }
  function debounce(fn, wait, o) {
    o = o || {}; wait = toNumber(wait) || 0;
    var id = null, lastArgs, lastThis, res, leading = !!o.leading, trailing = 'trailing' in o ? !!o.trailing : true;
    function invoke() { var a = lastArgs, t = lastThis; lastArgs = lastThis = undefined; res = fn.apply(t, a); return res; }
    function d() {
      lastArgs = arguments; lastThis = this;
      var first = id === null;
      if (!first) clearTimer(id);
      id = timer(function () { id = null; if (trailing && lastArgs) invoke(); }, wait);
      if (first && leading) invoke();
      return res;
    }
    d.cancel = function () { if (id !== null) clearTimer(id); id = null; lastArgs = lastThis = undefined; };
    d.flush = function () { if (id !== null) { clearTimer(id); id = null; if (lastArgs) invoke(); } return res; };
    return d;
  }
  function throttle(fn, wait, o) {
    o = o || {}; wait = toNumber(wait) || 0;
    var lastRun = 0, pending = null, lastArgs, lastThis, res, leading = 'leading' in o ? !!o.leading : true, trailing = 'trailing' in o ? !!o.trailing : true;
    function t() {
      var now = Date.now(); lastArgs = arguments; lastThis = this;
      if (!lastRun && !leading) lastRun = now;
      if (now - lastRun >= wait) { lastRun = now; res = fn.apply(lastThis, lastArgs); lastArgs = undefined; }
      else if (trailing && pending === null) {
        pending = timer(function () { pending = null; lastRun = Date.now(); if (lastArgs) { res = fn.apply(lastThis, lastArgs); lastArgs = undefined; } }, wait - (now - lastRun));
      }
      return res;
    }
    t.cancel = function () { if (pending !== null) clearTimer(pending); pending = null; lastRun = 0; };
    t.flush = function () { return res; };
    return t;
  }

  // ---- utilities ----
  var idCounter = 0;
  var uniqueId = function (prefix) { return toString(prefix) + (++idCounter); };
  var constant = function (v) { return function () { return v; }; };
  var noop = function () {};
  var attempt = function (fn) { try { return fn.apply(undefined, slice.call(arguments, 1)); } catch (e) { return e instanceof Error ? e : new Error(e); } };
  var defaultTo = function (v, d) { return v == null || v !== v ? d : v; };
  var nthArg = function (n) { n = toInteger(n); return function () { return nth(arguments, n); }; };
  var castArray = function () { if (!arguments.length) return []; var v = arguments[0]; return isArray(v) ? v : [v]; };
  var functions = function (o) { return keys(o).filter(function (k) { return typeof o[k] === 'function'; }); };
  var conforms = function (src) { return function (o) { return keys(src).every(function (k) { return src[k](o[k]); }); }; };


  // ---- less common helpers ----
  function assignWithIn(useIn) {
    return function (o) {
      var args = slice.call(arguments, 1), fn = typeof args[args.length - 1] === 'function' ? args.pop() : null;
      o = Object(o);
      args.forEach(function (src) {
        if (src != null) (useIn ? keysIn : keys)(src).forEach(function (k) { var v = fn ? fn(o[k], src[k], k, o, src) : undefined; o[k] = v === undefined ? src[k] : v; });
      });
      return o;
    };
  }
  function byWith(kind) {
    return function () {
      var args = slice.call(arguments), cmp = typeof args[args.length - 1] === 'function' ? args.pop() : eq;
      var inList = function (list, v) { return list.some(function (x) { return cmp(v, x); }); };
      var first = arr(args[0]), rest = args.slice(1).map(arr);
      if (kind === 'difference') { var ex = flatten(rest); return first.filter(function (v) { return !inList(ex, v); }); }
      if (kind === 'intersection') return uniqWith(first, cmp).filter(function (v) { return rest.every(function (o) { return inList(o, v); }); });
      if (kind === 'union') return uniqWith(flatten(args), cmp);
      var all = args.map(function (a) { return uniqWith(arr(a), cmp); });
      return uniqWith(flatten(all), cmp).filter(function (v) { return all.filter(function (a) { return inList(a, v); }).length === 1; });
    };
  }
  function xorBy() {
    var args = slice.call(arguments), fn = iteratee(typeof args[args.length - 1] === 'function' || typeof args[args.length - 1] === 'string' ? args.pop() : null);
    return byWith('xor').apply(null, args.concat(function (a, b) { return eq(fn(a), fn(b)); }));
  }
  function sortedIndexBy(a, v, fn) { fn = iteratee(fn); a = arr(a); var k = fn(v), lo = 0, hi = a.length; while (lo < hi) { var m = (lo + hi) >>> 1; if (compareValues(fn(a[m]), k) < 0) lo = m + 1; else hi = m; } return lo; }
  function sortedLastIndexBy(a, v, fn) { fn = iteratee(fn); a = arr(a); var k = fn(v), lo = 0, hi = a.length; while (lo < hi) { var m = (lo + hi) >>> 1; if (compareValues(fn(a[m]), k) <= 0) lo = m + 1; else hi = m; } return lo; }
  var more = {
    assignInWith: assignWithIn(true), extendWith: assignWithIn(true), assignWith: assignWithIn(false),
    bindAll: function (o) { flatPaths(arguments).forEach(function (k) { o[k] = o[k].bind(o); }); return o; },
    bindKey: function (o, k) { var bound = slice.call(arguments, 2); return function () { return o[k].apply(o, bound.concat(slice.call(arguments))); }; },
    cond: function (pairs) { return function () { for (var i = 0; i < pairs.length; i++) if (pairs[i][0].apply(this, arguments)) return pairs[i][1].apply(this, arguments); }; },
    conformsTo: function (o, src) { return keys(src).every(function (k) { return src[k](o[k]); }); },
    curryRight: function (fn, n) { n = n === undefined ? fn.length : n; return function curried() { var a = slice.call(arguments); return a.length >= n ? fn.apply(this, a.reverse()) : function () { return curried.apply(this, a.concat(slice.call(arguments))); }; }; },
    differenceWith: byWith('difference'), intersectionWith: byWith('intersection'), unionWith: byWith('union'), xorWith: byWith('xor'), xorBy: xorBy,
    dropRightWhile: function (a, fn) { fn = iteratee(fn); a = arr(a); var i = a.length; while (i > 0 && fn(a[i - 1], i - 1, a)) i--; return a.slice(0, i); },
    takeRightWhile: function (a, fn) { fn = iteratee(fn); a = arr(a); var i = a.length; while (i > 0 && fn(a[i - 1], i - 1, a)) i--; return a.slice(i); },
    flatMapDepth: function (c, fn, d) { return baseFlatten(map(c, fn), d === undefined ? 1 : toInteger(d), []); },
    functionsIn: function (o) { return keysIn(o).filter(function (k) { return typeof o[k] === 'function'; }); },
    forInRight: function (o, fn) { var ks = keysIn(o); for (var i = ks.length - 1; i >= 0; i--) if (fn(o[ks[i]], ks[i], o) === false) break; return o; },
    invoke: function (o, p) { var path = pathOf(o, p), f = get(o, path), self = path.length > 1 ? get(o, path.slice(0, -1)) : o; return f == null ? undefined : f.apply(self, slice.call(arguments, 2)); },
    method: function (p) { var a = slice.call(arguments, 1); return function (o) { return more.invoke.apply(null, [o, p].concat(a)); }; },
    methodOf: function (o) { var a = slice.call(arguments, 1); return function (p) { return more.invoke.apply(null, [o, p].concat(a)); }; },
    over: function () { var fs = flatten(arguments).map(iteratee); return function () { var a = arguments, t = this; return fs.map(function (f) { return f.apply(t, a); }); }; },
    overEvery: function () { var fs = flatten(arguments).map(iteratee); return function () { var a = arguments, t = this; return fs.every(function (f) { return f.apply(t, a); }); }; },
    overSome: function () { var fs = flatten(arguments).map(iteratee); return function () { var a = arguments, t = this; return fs.some(function (f) { return f.apply(t, a); }); }; },
    overArgs: function (fn) { var ts = flatten(slice.call(arguments, 1)).map(iteratee); return function () { var a = slice.call(arguments).map(function (v, i) { return ts[i] ? ts[i](v) : v; }); return fn.apply(this, a); }; },
    rearg: function (fn) { var idx = flatten(slice.call(arguments, 1)); return function () { var a = arguments, out = idx.map(function (i) { return a[i]; }); return fn.apply(this, out.concat(slice.call(a, idx.length))); }; },
    pullAt: function (a) { var idx = flatPaths(arguments).map(Number), r = idx.map(function (i) { return a[i]; }); idx.slice().sort(function (x, y) { return y - x; }).forEach(function (i) { a.splice(i, 1); }); return r; },
    pullAllBy: function (a, vs, fn) { fn = iteratee(fn); var ks = arr(vs).map(fn); for (var i = a.length - 1; i >= 0; i--) if (includes(ks, fn(a[i]))) a.splice(i, 1); return a; },
    pullAllWith: function (a, vs, cmp) { for (var i = a.length - 1; i >= 0; i--) if (arr(vs).some(function (v) { return cmp(a[i], v); })) a.splice(i, 1); return a; },
    setWith: function (o, p, v) { return set(o, p, v); }, updateWith: function (o, p, fn) { return set(o, p, fn(get(o, p))); },
    sortedIndexBy: sortedIndexBy, sortedLastIndexBy: sortedLastIndexBy, sortedLastIndex: function (a, v) { return sortedLastIndexBy(a, v); },
    sortedIndexOf: function (a, v) { var i = sortedIndex(a, v); return a && i < a.length && eq(a[i], v) ? i : -1; },
    sortedLastIndexOf: function (a, v) { var i = sortedLastIndexBy(a, v) - 1; return a && i >= 0 && eq(a[i], v) ? i : -1; },
    sortedUniqBy: function (a, fn) { return uniqBy(a, fn); },
    unzipWith: function (a, fn) { var z = unzip(a); return fn ? z.map(function (g) { return fn.apply(undefined, g); }) : z; },
    wrap: function (v, fn) { return partial(fn, v); },
    isMatchWith: function (o, src, c) { return keys(src).every(function (k) { var r = c ? c(o == null ? undefined : o[k], src[k], k, o, src) : undefined; return r === undefined ? isMatch(o == null ? undefined : { v: o[k] }, { v: src[k] }) : !!r; }); },
    isWeakSet: function (v) { return isObjectLike(v) && tag(v) === 'WeakSet'; },
    noConflict: function () { return _; }
  };
  var api = {
    get: get, set: set, has: has, hasIn: hasIn, unset: unset, toPath: toPath, property: property, propertyOf: function (o) { return function (p) { return get(o, p); }; },
    isMatch: isMatch, matches: matches, matchesProperty: matchesProperty, iteratee: iteratee, conforms: conforms,
    update: function (o, p, fn) { return set(o, p, fn(get(o, p))); }, result: result, at: function (o) { return flatPaths(arguments).map(function (p) { return get(o, p); }); },
    isEqual: function (a, b) { return isEqual(a, b); }, isEqualWith: function (a, b, c) { var r = c ? c(a, b) : undefined; return r === undefined ? isEqual(a, b) : !!r; },
    eq: eq, gt: function (a, b) { return a > b; }, gte: function (a, b) { return a >= b; }, lt: function (a, b) { return a < b; }, lte: function (a, b) { return a <= b; },
    isEmpty: function (v) {
      if (v == null) return true;
      if (isArrayLike(v) && (isArray(v) || typeof v === 'string' || typeof v.splice === 'function' || isArguments(v) || isTypedArray(v))) return !v.length;
      if (isMap(v) || isSet(v)) return !v.size;
      for (var k in v) if (hasOwn.call(v, k)) return false;
      return true;
    },
    isArray: isArray, isArrayLike: isArrayLike, isArrayLikeObject: function (v) { return isObjectLike(v) && isArrayLike(v); }, isObject: isObject, isObjectLike: isObjectLike,
    isPlainObject: isPlainObject, isString: isString, isNumber: isNumber, isBoolean: isBoolean, isFunction: isFunction,
    isNil: isNil, isNull: function (v) { return v === null; }, isUndefined: function (v) { return v === undefined; },
    isNaN: function (v) { return isNumber(v) && v != +v; }, isInteger: Number.isInteger, isSafeInteger: Number.isSafeInteger,
    isFinite: function (v) { return typeof v === 'number' && isFinite(v); }, isLength: isLength,
    isDate: function (v) { return isObjectLike(v) && tag(v) === 'Date'; }, isRegExp: function (v) { return isObjectLike(v) && tag(v) === 'RegExp'; },
    isError: function (v) { return isObjectLike(v) && (tag(v) === 'Error' || tag(v) === 'DOMException' || (typeof v.message === 'string' && typeof v.name === 'string' && !isPlainObject(v))); },
    isSymbol: function (v) { return typeof v === 'symbol'; }, isMap: isMap, isSet: isSet, isWeakMap: function (v) { return isObjectLike(v) && tag(v) === 'WeakMap'; },
    isArguments: isArguments, isTypedArray: isTypedArray, isElement: function () { return false; }, isBuffer: function () { return false; },
    isArrayBuffer: function (v) { return isObjectLike(v) && tag(v) === 'ArrayBuffer'; }, isNative: function (v) { return typeof v === 'function' && /\[native code\]/.test(Function.prototype.toString.call(v)); },
    clone: clone, cloneDeep: cloneDeep, cloneWith: function (v, c) { var r = c ? c(v) : undefined; return r === undefined ? clone(v) : r; },
    cloneDeepWith: function (v, c) { var r = c ? c(v) : undefined; return r === undefined ? cloneDeep(v) : r; }, castArray: castArray,
    toArray: toArray, toNumber: toNumber, toString: toString, toInteger: toInteger, toFinite: toFinite, toLength: function (v) { return v ? clamp(toInteger(v), 0, 4294967295) : 0; },
    toSafeInteger: function (v) { return v ? clamp(toInteger(v), -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) : (v === 0 ? v : 0); }, toPlainObject: toPlainObject,
    keys: keys, keysIn: keysIn, values: values, valuesIn: valuesIn, entries: toPairs, toPairs: toPairs, entriesIn: function (o) { return keysIn(o).map(function (k) { return [k, o[k]]; }); },
    toPairsIn: function (o) { return keysIn(o).map(function (k) { return [k, o[k]]; }); }, fromPairs: fromPairs, pick: pick, pickBy: pickBy, omit: omit, omitBy: omitBy,
    merge: merge, mergeWith: mergeWith, assign: assign, assignIn: assignIn, extend: assignIn,
    defaults: defaults, defaultsDeep: defaultsDeep, invert: invert, invertBy: invertBy, mapValues: mapValues, mapKeys: mapKeys,
    forOwn: forOwn, forIn: forIn, forOwnRight: function (o, fn) { var ks = keys(o); for (var i = ks.length - 1; i >= 0; i--) if (fn(o[ks[i]], ks[i], o) === false) break; return o; },
    findKey: findKey, findLastKey: function (o, p) { p = iteratee(p); var ks = keys(o).reverse(); for (var i = 0; i < ks.length; i++) if (p(o[ks[i]], ks[i], o)) return ks[i]; }, functions: functions,
    transform: transform, create: function (proto, props) { return assign(Object.create(proto), props); },
    forEach: forEach, each: forEach, forEachRight: forEachRight, eachRight: forEachRight, map: map, filter: filter, reject: reject, reduce: reduce, reduceRight: reduceRight,
    find: find, findLast: findLast, findIndex: findIndex, findLastIndex: findLastIndex, some: some, every: every, includes: includes,
    groupBy: groupBy, keyBy: keyBy, countBy: countBy, partition: partition, sortBy: sortBy, orderBy: orderBy, shuffle: shuffle, sample: sample, sampleSize: sampleSize,
    size: size, flatMap: flatMap, flatMapDeep: flatMapDeep, invokeMap: invokeMap,
    flatten: flatten, flattenDeep: flattenDeep, flattenDepth: flattenDepth, chunk: chunk, compact: compact, uniq: uniq, uniqBy: uniqBy, uniqWith: uniqWith,
    sortedUniq: uniq, difference: difference, differenceBy: differenceBy, without: without, intersection: intersection, intersectionBy: intersectionBy,
    union: union, unionBy: unionBy, xor: xor, zip: zip, unzip: unzip, zipObject: zipObject, zipObjectDeep: zipObjectDeep,
    zipWith: function () { var a = slice.call(arguments), fn = a.pop(); return zip.apply(null, a).map(function (g) { return fn.apply(undefined, g); }); },
    range: range, rangeRight: rangeRight, times: times, first: head, head: head, last: last, take: take, takeRight: takeRight, drop: drop, dropRight: dropRight,
    takeWhile: takeWhile, dropWhile: dropWhile, initial: initial, tail: tail, nth: nth, indexOf: indexOf, lastIndexOf: lastIndexOf, pull: pull, pullAll: pullAll,
    remove: remove, fill: fill, sortedIndex: sortedIndex, join: function (a, s) { return arr(a).join(s === undefined ? ',' : s); }, reverse: function (a) { return a == null ? a : a.reverse(); },
    concat: function () { var a = slice.call(arguments); return a.length ? arr(castArray(a[0])).concat.apply(arr(castArray(a[0])).slice(), a.slice(1)) : []; },
    slice: function (a, s, e) { return arr(a).slice(s, e); },
    sum: sum, sumBy: sumBy, min: min, max: max, minBy: minBy, maxBy: maxBy, mean: mean, meanBy: meanBy, round: rounder('round'), floor: rounder('floor'), ceil: rounder('ceil'),
    add: function (a, b) { return a + b; }, subtract: function (a, b) { return a - b; }, multiply: function (a, b) { return a * b; }, divide: function (a, b) { return a / b; },
    clamp: clamp, inRange: inRange, random: random,
    camelCase: camelCase, kebabCase: kebabCase, snakeCase: snakeCase, startCase: startCase, lowerCase: lowerCase, upperCase: upperCase, capitalize: capitalize,
    upperFirst: upperFirst, lowerFirst: lowerFirst, toUpper: function (s) { return toString(s).toUpperCase(); }, toLower: function (s) { return toString(s).toLowerCase(); },
    trim: trimmer(0), trimStart: trimmer(-1), trimEnd: trimmer(1), pad: pad, padStart: padStart, padEnd: padEnd, repeat: repeat,
    startsWith: startsWith, endsWith: endsWith, split: function (s, sep, lim) { return toString(s).split(sep, lim); },
    replace: function (s, p, r) { return toString(s).replace(p, r); }, escape: escape, unescape: unescape, escapeRegExp: escapeRegExp,
    template: template, templateSettings: templateSettings, words: words, truncate: truncate, deburr: deburr, parseInt: lodashParseInt,
    once: once, before: before, after: after, memoize: memoize, partial: partial, partialRight: partialRight, bind: bind, negate: negate, ary: ary, unary: unary,
    flip: flip, rest: rest, spread: spread, curry: curry, flow: flow, flowRight: flowRight, delay: delay, defer: defer, debounce: debounce, throttle: throttle,
    uniqueId: uniqueId, noop: noop, identity: ident, constant: constant, attempt: attempt, defaultTo: defaultTo, nthArg: nthArg,
    stubTrue: constant(true), stubFalse: constant(false), stubArray: function () { return []; }, stubObject: function () { return {}; }, stubString: constant(''),
    now: Date.now
  };

  // ---- chaining ----
  var single = /^(is|forEach|each|forIn|forOwn|to[A-Z]|has|get$|find|first$|head$|last$|reduce|sum|min|max|mean|size$|includes$|every$|some$|join$|sample$|indexOf$|lastIndexOf$|eq$|gt|lt|nth$|random$|result$|template$|uniqueId$|parseInt$|clamp$|inRange$|round$|floor$|ceil$|add$|subtract$|multiply$|divide$|camelCase$|kebabCase$|snakeCase$|startCase$|lowerCase$|upperCase$|capitalize$|upperFirst$|lowerFirst$|trim|pad|repeat$|startsWith$|endsWith$|escape|unescape$|truncate$|deburr$|replace$|sortedIndex$|attempt$|defaultTo$|now$|value$)/;
  function wrapMethod(name) {
    var fn = _[name];
    Wrapper.prototype[name] = function () {
      var r = fn.apply(_, [this.__v].concat(slice.call(arguments)));
      if (this.__chain) return new Wrapper(r, true);
      return (single.test(name) && !(name === 'toArray' || name === 'toPairs' || name === 'toPairsIn')) ? r : new Wrapper(r, false);
    };
  }
  function mixin(obj, src) {
    if (src === undefined) { src = obj; obj = _; }
    if (src == null) { src = _; obj = _; }
    functions(src).forEach(function (name) { obj[name] = src[name]; if (obj === _ && name !== 'chain' && name !== 'mixin') wrapMethod(name); });
    return obj;
  }
  assign(_, api, more);
  _.chain = function (v) { var w = _(v); w.__chain = true; return w; };
  _.tap = function (v, fn) { fn(v); return v; };
  _.thru = function (v, fn) { return fn(v); };
  _.mixin = mixin;
  _.runInContext = create;
  _.VERSION = '4.17.21';
  mixin(_, _);
  var W = Wrapper.prototype;
  W.value = W.valueOf = W.toJSON = W.commit = function () { return this.__v; };
  W.chain = function () { return new Wrapper(this.__v, true); };
  W.toString = function () { return String(this.__v); };
  W.tap = function (fn) { fn(this.__v); return this; };
  W.thru = function (fn) { return new Wrapper(fn(this.__v), this.__chain); };
  ['pop', 'push', 'shift', 'sort', 'splice', 'unshift'].forEach(function (m) {
    W[m] = function () { var a = this.__v, r = Array.prototype[m].apply(a, arguments); return (m === 'pop' || m === 'shift') && !this.__chain ? r : new Wrapper(m === 'pop' || m === 'shift' ? r : a, this.__chain); };
  });
  W.plant = function (v) { return new Wrapper(v, this.__chain); };
  return _;
}
return create();
})
"""#
}
