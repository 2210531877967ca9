/// Sugar 1.x prototype extensions as newman's legacy sandbox loads them: the module's export is an installer
/// function that, when called, adds non-enumerable methods to `String`, `Array`, `Number`, `Function` and `Date`
/// prototypes and helpers to `Object`, `Date`, `Array`, `Number` (native methods are kept, except that `map`,
/// `filter`, `some`, `every`, `find` and `findIndex` also accept Sugar matchers). Calling it again does nothing.
enum SugarLibrary {
    /// The module, required as `sugar`.
    static let library = SandboxLibrary(names: ["sugar"], source: source)

    /// The JavaScript source: a function of `(require, native)` that returns its exports.
    static let source = #"""
(function (require, native) {
'use strict';
var slice = Array.prototype.slice, toStr = Object.prototype.toString, hasOwn = Object.prototype.hasOwnProperty;
var tag = function (v) { return toStr.call(v).slice(8, -1); };
var isFn = function (v) { return typeof v === 'function'; };
var isObj = function (v) { return v !== null && typeof v === 'object'; };
var isPlain = function (v) { if (!isObj(v) || tag(v) !== 'Object') return false; var p = Object.getPrototypeOf(v); return p === null || p === Object.prototype; };
var escapeRegExp = function (s) { return String(s).replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&'); };

function equal(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  if (a !== a && b !== b) return true;
  if (!isObj(a) || !isObj(b) || tag(a) !== tag(b)) return false;
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp || a instanceof String || a instanceof Number || a instanceof Boolean) return String(a) === String(b);
  var ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every(function (k) { return hasOwn.call(b, k) && equal(a[k], b[k]); });
}
// Sugar's "fuzzy" matcher: functions test, regexps match strings, objects match their keys, arrays and others compare by value.
function matcher(f) {
  if (isFn(f)) return f;
  if (f instanceof RegExp) return function (el) { return f.test(el); };
  if (isPlain(f)) {
    return function (el) {
      if (equal(el, f)) return true;
      if (!isObj(el)) return false;
      return Object.keys(f).every(function (k) { return k in el && matcher(f[k]).call(el, el[k]); });
    };
  }
  return function (el) { return equal(el, f); };
}
function mapper(map) {
  if (map == null) return function (v) { return v; };
  if (isFn(map)) return map;
  return function (v) {
    if (v == null) return undefined;
    var parts = String(map).split('.'), r = v;
    for (var i = 0; i < parts.length && r != null; i++) r = r[parts[i]];
    return isFn(r) && parts.length === 1 ? r.call(v) : r;
  };
}
function define(target, methods, replace) {
  Object.keys(methods).forEach(function (name) {
    if (!replace && name in target) return;
    Object.defineProperty(target, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
  });
}
function padNumber(n, place, sign, base) {
  var str = Math.abs(n).toString(base || 10);
  while (str.length < (place || 0)) str = '0' + str;
  if (n < 0 || (1 / n) < 0) str = '-' + str; else if (sign) str = '+' + str;
  return str;
}
function roundTo(n, precision, fn) {
  fn = Math[fn || 'round'];
  if (!precision) return fn(n);
  var m = Math.pow(10, Math.abs(precision));
  return precision > 0 ? fn(+(n * m).toFixed(10)) / m : fn(n / m) * m;
}
function compareAny(a, b) {
  if (typeof a === 'string' && typeof b === 'string') {
    var la = a.toLowerCase(), lb = b.toLowerCase();
    return la < lb ? -1 : (la > lb ? 1 : (a < b ? -1 : (a > b ? 1 : 0)));
  }
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return a < b ? -1 : (a > b ? 1 : 0);
}
function shuffled(a) {
  a = a.slice();
  for (var i = a.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)), t = a[i]; a[i] = a[j]; a[j] = t; }
  return a;
}
function extremes(arr, map, all, wantMax) {
  var fn = mapper(map), best, found = [];
  arr.forEach(function (el) {
    var v = fn(el);
    if (v == null || v !== v) return;
    if (!found.length || (wantMax ? v > best : v < best)) { best = v; found = [el]; }
    else if (v === best) found.push(el);
  });
  return all ? found : found[0];
}
function flattenTo(a, limit, level, out) {
  a.forEach(function (v) { if (Array.isArray(v) && (!limit || level < limit)) flattenTo(v, limit, level + 1, out); else out.push(v); });
  return out;
}
function removeMatches(arr, args) {
  slice.call(args).forEach(function (f) {
    var m = matcher(f);
    for (var i = arr.length - 1; i >= 0; i--) if (m.call(arr, arr[i], i, arr)) arr.splice(i, 1);
  });
  return arr;
}
function dateUnit(u) { u = u.toLowerCase().replace(/s$/, ''); return u; }
function addUnit(d, amount, unit) {
  d = new Date(d.getTime());
  switch (dateUnit(unit)) {
    case 'millisecond': d.setMilliseconds(d.getMilliseconds() + amount); break;
    case 'second': d.setSeconds(d.getSeconds() + amount); break;
    case 'minute': d.setMinutes(d.getMinutes() + amount); break;
    case 'hour': d.setHours(d.getHours() + amount); break;
    case 'day': d.setDate(d.getDate() + amount); break;
    case 'week': d.setDate(d.getDate() + amount * 7); break;
    case 'month': d.setMonth(d.getMonth() + amount); break;
    case 'year': d.setFullYear(d.getFullYear() + amount); break;
  }
  return d;
}
// A small subset of Sugar's date parsing: native formats, 'now', 'today', 'yesterday', 'tomorrow', 'last/next <unit>', '<n> <units> ago/from now'.
function createDate(v) {
  if (v === undefined || v === null) return new Date();
  if (v instanceof Date) return new Date(v.getTime());
  if (typeof v === 'number') return new Date(v);
  var s = String(v).trim().toLowerCase(), now = new Date(), m;
  var startOfDay = function (d) { d.setHours(0, 0, 0, 0); return d; };
  if (s === 'now') return now;
  if (s === 'today') return startOfDay(now);
  if (s === 'yesterday') return startOfDay(addUnit(now, -1, 'day'));
  if (s === 'tomorrow') return startOfDay(addUnit(now, 1, 'day'));
  if ((m = /^(last|next|this) (millisecond|second|minute|hour|day|week|month|year)$/.exec(s))) return addUnit(now, m[1] === 'last' ? -1 : (m[1] === 'next' ? 1 : 0), m[2]);
  if ((m = /^(\d+|an?|one) (millisecond|second|minute|hour|day|week|month|year)s? (ago|from now|later|hence)$/.exec(s))) {
    var n = /^\d+$/.test(m[1]) ? +m[1] : 1;
    return addUnit(now, m[3] === 'ago' ? -n : n, m[2]);
  }
  if (/^\d{4}$/.test(s)) return new Date(+s, 0, 1);
  return new Date(String(v));
}
function formatDate(d, fmt) {
  if (isNaN(d.getTime())) return 'Invalid Date';
  var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  var days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  var p2 = function (n) { return padNumber(n, 2); }, h12 = d.getHours() % 12 || 12;
  var tokens = {
    yyyy: d.getFullYear(), year: d.getFullYear(), yy: String(d.getFullYear()).slice(-2), MM: p2(d.getMonth() + 1), M: d.getMonth() + 1,
    month: months[d.getMonth()], Month: months[d.getMonth()], Mon: months[d.getMonth()].slice(0, 3), mon: months[d.getMonth()].slice(0, 3),
    dd: p2(d.getDate()), d: d.getDate(), date: d.getDate(), Weekday: days[d.getDay()], weekday: days[d.getDay()], Dow: days[d.getDay()].slice(0, 3), dow: days[d.getDay()].slice(0, 3),
    HH: p2(d.getHours()), H: d.getHours(), hh: p2(h12), h: h12, hours: d.getHours(), mm: p2(d.getMinutes()), m: d.getMinutes(), minutes: d.getMinutes(),
    ss: p2(d.getSeconds()), s: d.getSeconds(), seconds: d.getSeconds(), fff: padNumber(d.getMilliseconds(), 3), tt: d.getHours() < 12 ? 'am' : 'pm', TT: d.getHours() < 12 ? 'AM' : 'PM',
    ord: (function () { var n = d.getDate(); return n + ordinalSuffix(n); })()
  };
  if (!fmt) fmt = '{Weekday} {Month} {d}, {yyyy} {h}:{mm}:{ss}{tt}';
  else if (fmt === 'ISO8601' || fmt === 'iso') return d.toISOString();
  return String(fmt).replace(/\{([A-Za-z]+)\}/g, function (all, t) { return hasOwn.call(tokens, t) ? String(tokens[t]) : all; });
}
function ordinalSuffix(n) {
  var last = Math.abs(n) % 100;
  if (last >= 11 && last <= 13) return 'th';
  switch (last % 10) { case 1: return 'st'; case 2: return 'nd'; case 3: return 'rd'; default: return 'th'; }
}
function underscore(s) {
  return String(s).replace(/[-\s]+/g, '_').replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2').replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
}
function capitalizeWord(w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); }
function truncate(s, length, from, ellipsis, onWord) {
  s = String(s); from = from || 'right'; ellipsis = ellipsis === undefined ? '...' : String(ellipsis);
  if (s.length <= length) return s;
  var cut = function (str, n, fromLeft) {
    if (!onWord) return fromLeft ? str.slice(str.length - n) : str.slice(0, n);
    var words = str.match(/\s+|\S+/g) || [], out = '', list = fromLeft ? words.reverse() : words;
    for (var i = 0; i < list.length; i++) { if ((out + list[i]).length > n) break; out = fromLeft ? list[i] + out : out + list[i]; }
    return fromLeft ? out.replace(/^\s+/, '') : out.replace(/\s+$/, '');
  };
  if (from === 'left') return ellipsis + cut(s, length, true);
  if (from === 'middle') return cut(s, Math.ceil(length / 2), false) + ellipsis + cut(s, Math.floor(length / 2), true);
  return cut(s, length, false) + ellipsis;
}
function padding_(n, padding) { padding = padding === undefined ? ' ' : String(padding); var r = ''; while (r.length < n && padding) r += padding; return r.slice(0, n); }
function tagNames(args) { var names = flattenTo(slice.call(args), 0, 0, []).filter(function (t) { return typeof t === 'string'; }); return names.length ? names.map(escapeRegExp).join('|') : '[a-z][\\w:-]*'; }
var b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function utf8Bytes(s) { var e = unescape(encodeURIComponent(s)), r = []; for (var i = 0; i < e.length; i++) r.push(e.charCodeAt(i)); return r; }
function base64Encode(bytes) {
  var out = '';
  for (var i = 0; i < bytes.length; i += 3) {
    var n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    out += b64[n >> 18 & 63] + b64[n >> 12 & 63] + (i + 1 < bytes.length ? b64[n >> 6 & 63] : '=') + (i + 2 < bytes.length ? b64[n & 63] : '=');
  }
  return out;
}
function base64Decode(s) {
  s = s.replace(/[^A-Za-z0-9+\/]/g, '');
  var bytes = [], bits = 0, acc = 0;
  for (var i = 0; i < s.length; i++) { acc = (acc << 6) | b64.indexOf(s[i]); bits += 6; if (bits >= 8) { bits -= 8; bytes.push((acc >> bits) & 255); } }
  return bytes;
}
var htmlEntities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '/': '&#x2f;' };

var stringMethods = {
  has: function (f) { return this.search(f instanceof RegExp ? f : escapeRegExp(f)) !== -1; },
  escapeRegExp: function () { return escapeRegExp(this); },
  escapeURL: function (param) { return param ? encodeURIComponent(this) : encodeURI(this); },
  unescapeURL: function (partial) { return partial ? decodeURI(this) : decodeURIComponent(this); },
  escapeHTML: function () { return String(this).replace(/[&<>"'\/]/g, function (c) { return htmlEntities[c]; }); },
  unescapeHTML: function () {
    return String(this).replace(/&(lt|gt|quot|apos|amp|nbsp|#x2f|#x27|#39|#(\d+)|#x([0-9a-f]+));/gi, function (all, name, dec, hex) {
      var map = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: ' ', '#x2f': '/', '#x27': "'", '#39': "'" };
      if (hasOwn.call(map, name.toLowerCase())) return map[name.toLowerCase()];
      return String.fromCharCode(dec ? +dec : parseInt(hex, 16));
    });
  },
  encodeBase64: function () { return base64Encode(utf8Bytes(String(this))); },
  decodeBase64: function () { try { return decodeURIComponent(base64Decode(String(this)).map(function (b) { return '%' + (b < 16 ? '0' : '') + b.toString(16); }).join('')); } catch (e) { return ''; } },
  each: function (search, fn) {
    if (isFn(search)) { fn = search; search = /[\s\S]/g; }
    else if (search == null) search = /[\s\S]/g;
    else if (typeof search === 'string') search = new RegExp(escapeRegExp(search), 'gi');
    else if (!search.global) search = new RegExp(search.source, search.flags + 'g');
    var matches = String(this).match(search) || [];
    if (fn) for (var i = 0; i < matches.length; i++) { var r = fn.call(this, matches[i], i, matches); if (r === false) break; if (r !== undefined) matches[i] = r; }
    return matches;
  },
  chars: function (fn) { return this.each(/[\s\S]/g, fn); },
  codes: function (fn) { var r = []; for (var i = 0; i < this.length; i++) { r.push(this.charCodeAt(i)); if (fn) fn.call(this, r[i], i); } return r; },
  words: function (fn) { return this.trim().each(/\S+/g, fn); },
  lines: function (fn) { return this.trim().each(/^.*$/gm, fn); },
  paragraphs: function (fn) { var ps = this.trim().split(/[\r\n]{2,}/).map(function (p) { return p.replace(/[\r\n]+/g, ' ').trim(); }); if (fn) ps.forEach(fn); return ps; },
  isBlank: function () { return this.trim().length === 0; },
  add: function (str, index) { var s = String(this); index = index === undefined ? s.length : index; return s.slice(0, index) + str + s.slice(index); },
  insert: function (str, index) { return this.add(str, index); },
  remove: function (f) { return String(this).replace(f, ''); },
  contains: function (search, pos) { return String(this).indexOf(search, pos) > -1; },
  map: function (fn, scope) { var s = String(this); return Array.prototype.map.call(s.split(''), function (c, i) { return fn.call(scope, c, i, s); }).join(''); },
  compact: function () { return this.trim().replace(/\s+/g, ' '); },
  reverse: function () { return Array.from(String(this)).reverse().join(''); },
  first: function (n) { return this.slice(0, n === undefined ? 1 : n); },
  last: function (n) { n = n === undefined ? 1 : n; return n <= 0 ? '' : this.slice(Math.max(this.length - n, 0)); },
  from: function (i) { if (typeof i === 'string') { i = this.indexOf(i); if (i < 0) i = this.length; } return this.slice(i || 0); },
  to: function (i) { if (typeof i === 'string') { i = this.indexOf(i); if (i < 0) i = 0; } return this.slice(0, i === undefined ? this.length : i); },
  underscore: function () { return underscore(this); },
  dasherize: function () { return underscore(this).replace(/_/g, '-'); },
  spacify: function () { return underscore(this).replace(/_/g, ' '); },
  camelize: function (first) {
    return underscore(this).replace(/(^|_)([^_]+)/g, function (all, sep, word, index) {
      return first === false && index === 0 ? word.toLowerCase() : capitalizeWord(word);
    });
  },
  capitalize: function (all) {
    var s = String(this);
    if (!all) return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    return s.toLowerCase().replace(/(^|[^\w'])([a-z\u00df-\u00ff])/g, function (m, pre, c) { return pre + c.toUpperCase(); });
  },
  titleize: function () {
    var small = ['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'if', 'in', 'into', 'near', 'nor', 'of', 'on', 'onto', 'or', 'over', 'so', 'than', 'that', 'the', 'to', 'up', 'upon', 'with', 'yet'];
    var ws = underscore(this).replace(/_/g, ' ').split(/\s+/).filter(Boolean);
    return ws.map(function (w, i) { return (i === 0 || i === ws.length - 1 || small.indexOf(w) === -1) ? w.charAt(0).toUpperCase() + w.slice(1) : w; }).join(' ');
  },
  humanize: function () { var s = underscore(this).replace(/_id$/, '').replace(/_/g, ' ').trim(); return s.charAt(0).toUpperCase() + s.slice(1); },
  parameterize: function (sep) { sep = sep === undefined ? '-' : sep; return underscore(this).replace(/[^a-z0-9\-_]+/g, sep).replace(/[-_]+/g, sep).replace(new RegExp('^' + escapeRegExp(sep) + '|' + escapeRegExp(sep) + '$', 'g'), ''); },
  stripTags: function () { var names = tagNames(arguments); return String(this).replace(new RegExp('<\\/?(?:' + names + ')(?:\\s[^>]*)?\\/?>', 'gi'), ''); },
  removeTags: function () {
    var names = tagNames(arguments);
    return String(this).replace(new RegExp('<(' + names + ')(?:\\s[^>]*)?>[\\s\\S]*?<\\/\\1\\s*>|<\\/?(?:' + names + ')(?:\\s[^>]*)?\\/?>', 'gi'), '');
  },
  truncate: function (length, from, ellipsis) { return truncate(this, length, from, ellipsis, false); },
  truncateOnWord: function (length, from, ellipsis) { return truncate(this, length, from, ellipsis, true); },
  pad: function (num, padding) { var s = String(this), extra = Math.max((num || 0) - s.length, 0); return padding_(Math.floor(extra / 2), padding) + s + padding_(Math.ceil(extra / 2), padding); },
  padLeft: function (num, padding) { var s = String(this); return padding_(Math.max((num || 0) - s.length, 0), padding) + s; },
  padRight: function (num, padding) { var s = String(this); return s + padding_(Math.max((num || 0) - s.length, 0), padding); },
  toNumber: function (base) { var s = String(this).replace(/,/g, ''); return base ? parseInt(s, base) : (s.match(/\./) ? parseFloat(s) : parseInt(s, 10)); },
  shift: function (n) { var r = ''; for (var i = 0; i < this.length; i++) r += String.fromCharCode(this.charCodeAt(i) + n); return r; },
  assign: function () {
    var vals = {};
    slice.call(arguments).forEach(function (a, i) { if (isPlain(a)) Object.keys(a).forEach(function (k) { vals[k] = a[k]; }); else vals[i + 1] = a; });
    return String(this).replace(/\{([^{]+?)\}/g, function (m, k) { return hasOwn.call(vals, k) ? vals[k] : m; });
  },
  hankaku: function () { return String(this); }, zenkaku: function () { return String(this); },
  toDate: function () { return createDate(String(this)); },
  isEmpty: function () { return this.length === 0; }
};

var arrayMethods = {
  first: function (n) { return n === undefined ? this[0] : this.slice(0, Math.max(n, 0)); },
  last: function (n) { return n === undefined ? this[this.length - 1] : (n <= 0 ? [] : this.slice(Math.max(this.length - n, 0))); },
  from: function (i) { return this.slice(i || 0); },
  to: function (i) { return this.slice(0, i === undefined ? this.length : i); },
  min: function (map, all) { return extremes(this, map, all, false); },
  max: function (map, all) { return extremes(this, map, all, true); },
  least: function (map, all) { return countGroups(this, map, all, false); },
  most: function (map, all) { return countGroups(this, map, all, true); },
  sum: function (map) { var fn = mapper(map); return this.reduce(function (s, v) { return s + fn(v); }, 0); },
  average: function (map) { return this.length ? this.sum(map) / this.length : 0; },
  unique: function (map) {
    var fn = mapper(map), seen = [], out = [];
    this.forEach(function (el) { var k = fn(el); if (!seen.some(function (s) { return equal(s, k); })) { seen.push(k); out.push(el); } });
    return out;
  },
  union: function () { return flattenTo([this].concat(slice.call(arguments)), 1, 0, []).unique(); },
  intersect: function () { var others = flattenTo(slice.call(arguments), 1, 0, []); return this.unique().filter(function (v) { return others.some(function (o) { return equal(o, v); }); }); },
  subtract: function () { var others = flattenTo(slice.call(arguments), 1, 0, []); return this.filter(function (v) { return !others.some(function (o) { return equal(o, v); }); }); },
  compact: function (all) { return this.filter(function (v) { return all ? !!v : !(v == null || v !== v); }).map(function (v) { return Array.isArray(v) ? v.compact(all) : v; }); },
  flatten: function (limit) { return flattenTo(this, limit, 0, []); },
  include: function (item, index) { return this.clone().add(item, index); },
  exclude: function () { return removeMatches(this.clone(), arguments); },
  remove: function () { return removeMatches(this, arguments); },
  removeAt: function (start, end) { if (start === undefined) return this; end = end === undefined ? start : end; this.splice(start, end - start + 1); return this; },
  add: function (item, index) {
    index = index === undefined || isNaN(index) ? this.length : (index < 0 ? this.length + index + 1 : +index);
    Array.prototype.splice.apply(this, [index, 0].concat(item));
    return this;
  },
  insert: function (item, index) { return this.add(item, index); },
  isEmpty: function () { return this.compact().length === 0; },
  any: function (f) { var m = matcher(f); return Array.prototype.some.call(this, function (v, i, a) { return m.call(a, v, i, a); }); },
  all: function (f) { var m = matcher(f); return Array.prototype.every.call(this, function (v, i, a) { return m.call(a, v, i, a); }); },
  none: function (f) { return !this.any(f); },
  count: function (f) { if (f === undefined) return this.length; var m = matcher(f); return this.filter(function (v, i, a) { return m.call(a, v, i, a); }).length; },
  findAll: function (f, index, loop) { var m = matcher(f); return this.from(index || 0).concat(loop ? this.to(index || 0) : []).filter(function (v, i, a) { return m.call(a, v, i, a); }); },
  each: function (fn, index, loop) {
    index = index || 0; var n = this.length;
    for (var j = 0; j < (loop ? n : n - index); j++) { var i = (index + j) % n; if (!(i in this)) continue; if (fn.call(this, this[i], i, this) === false) break; }
    return this;
  },
  groupBy: function (map, fn) {
    var get = mapper(map), r = {};
    this.forEach(function (el) { var k = get(el); (hasOwn.call(r, k) ? r[k] : (r[k] = [])).push(el); });
    if (fn) Object.keys(r).forEach(function (k) { fn.call(r, k, r[k]); });
    return r;
  },
  sortBy: function (map, desc) {
    var get = mapper(map);
    var rows = this.map(function (v, i) { return { v: v, k: get(v), i: i }; });
    rows.sort(function (a, b) { var d = compareAny(a.k, b.k); return (desc ? -d : d) || a.i - b.i; });
    return rows.map(function (r) { return r.v; });
  },
  randomize: function () { return shuffled(this); },
  sample: function (n) { var s = shuffled(this); return n === undefined ? s[0] : s.slice(0, n); },
  clone: function () { return this.slice(); },
  zip: function () { var others = slice.call(arguments); return this.map(function (v, i) { return [v].concat(others.map(function (o) { return o[i]; })); }); },
  inGroupsOf: function (size, pad) { var r = []; for (var i = 0; i < this.length; i += size) { var g = this.slice(i, i + size); if (pad !== undefined) while (g.length < size) g.push(pad); r.push(g); } return r; },
  inGroups: function (num, pad) { var size = Math.ceil(this.length / num), r = []; for (var i = 0; i < num; i++) { var g = this.slice(i * size, i * size + size); if (pad !== undefined) while (g.length < size) g.push(pad); r.push(g); } return r; }
};
function countGroups(arr, map, all, wantMost) {
  var groups = arr.groupBy(map), keys = Object.keys(groups), best = null, out = [];
  keys.forEach(function (k) { var n = groups[k].length; if (best === null || (wantMost ? n > best : n < best)) { best = n; out = [k]; } else if (n === best) out.push(k); });
  if (!keys.length) return all ? [] : undefined;
  var pick = function (k) { return groups[k][0]; };
  return all ? flattenTo(out.map(function (k) { return groups[k]; }), 1, 0, []) : pick(out[0]);
}
// Native iteration methods that Sugar widens to accept matchers (a string shorthand for map); functions keep native behaviour.
function enhancedArrayMethods() {
  var AP = Array.prototype, nat = { map: AP.map, filter: AP.filter, some: AP.some, every: AP.every, find: AP.find, findIndex: AP.findIndex };
  var wrap = function (name, useMatcher) {
    return function (f) {
      if (isFn(f)) return nat[name].apply(this, arguments);
      var fn = useMatcher ? matcher(f) : mapper(f);
      return nat[name].call(this, function (v, i, a) { return fn.call(a, v, i, a); });
    };
  };
  return { map: wrap('map', false), filter: wrap('filter', true), some: wrap('some', true), every: wrap('every', true), find: wrap('find', true), findIndex: wrap('findIndex', true) };
}

var numberMethods = {
  times: function (fn) { var n = +this; if (fn) for (var i = 0; i < n; i++) fn.call(this, i); return n; },
  upto: function (num, fn, step) { return numberRange(+this, num, fn, Math.abs(step || 1)); },
  downto: function (num, fn, step) { return numberRange(+this, num, fn, -Math.abs(step || 1)); },
  hex: function (pad) { return padNumber(+this, pad || 1, false, 16); },
  chr: function () { return String.fromCharCode(this); },
  ordinalize: function () { return String(+this) + ordinalSuffix(+this); },
  format: function (place, thousands, decimal) {
    var n = +this;
    thousands = thousands === undefined ? ',' : thousands; decimal = decimal === undefined ? '.' : decimal;
    var str = typeof place === 'number' ? roundTo(n, place).toFixed(Math.max(place, 0)) : String(n);
    str = str.replace(/^-/, '');
    var parts = str.split('.'), intPart = parts[0], out = '';
    for (var i = intPart.length; i > 0; i -= 3) out = intPart.slice(Math.max(i - 3, 0), i) + (out ? thousands + out : '');
    return (n < 0 ? '-' : '') + out + (parts[1] ? decimal + parts[1] : '');
  },
  pad: function (place, sign, base) { return padNumber(+this, place, sign, base); },
  isEven: function () { return this % 2 === 0; },
  isOdd: function () { return Number.isInteger(+this) && this % 2 !== 0; },
  isMultipleOf: function (n) { return this % n === 0; },
  isInteger: function () { return this % 1 === 0; },
  abs: function () { return Math.abs(this); },
  pow: function (n) { return Math.pow(this, n === undefined ? 1 : n); },
  log: function (base) { return Math.log(this) / (base ? Math.log(base) : 1); },
  sqrt: function () { return Math.sqrt(this); },
  round: function (p) { return roundTo(+this, p, 'round'); },
  ceil: function (p) { return roundTo(+this, p, 'ceil'); },
  floor: function (p) { return roundTo(+this, p, 'floor'); },
  toNumber: function () { return parseFloat(this, 10); },
  abbr: function (p) { return abbreviate(+this, p, ['', 'k', 'm', 'b', 't'], 1000); },
  metric: function (p) { return abbreviate(+this, p, ['', 'k', 'M', 'G', 'T'], 1000); },
  bytes: function (p) { return abbreviate(+this, p, ['', 'k', 'M', 'G', 'T', 'P'], 1024) + 'B'; }
};
function abbreviate(n, precision, units, base) {
  var i = 0, a = Math.abs(n);
  while (a >= base && i < units.length - 1) { a /= base; i++; }
  return (n < 0 ? '-' : '') + roundTo(a, precision || 0) + units[i];
}
function numberRange(start, stop, fn, step) {
  var r = [], up = step > 0;
  for (var i = start; up ? i <= stop : i >= stop; i += step) { r.push(i); if (fn) fn.call(this, i); }
  return r;
}
var timeUnits = { millisecond: 1, second: 1000, minute: 60000, hour: 3600000, day: 86400000, week: 604800000 };
Object.keys(timeUnits).forEach(function (u) {
  var ms = timeUnits[u];
  numberMethods[u] = numberMethods[u + 's'] = function () { return this * ms; };
  numberMethods[u + 'Ago'] = numberMethods[u + 'sAgo'] = function () { return new Date(Date.now() - this * ms); };
  numberMethods[u + 'FromNow'] = numberMethods[u + 'sFromNow'] = function () { return new Date(Date.now() + this * ms); };
  numberMethods[u + 'Before'] = numberMethods[u + 'sBefore'] = function (d) { return new Date(createDate(d).getTime() - this * ms); };
  numberMethods[u + 'After'] = numberMethods[u + 'sAfter'] = function (d) { return new Date(createDate(d).getTime() + this * ms); };
});

var functionMethods = {
  once: function () { var fn = this, done = false, r; return function () { if (!done) { done = true; r = fn.apply(this, arguments); } return r; }; },
  after: function (n) { var fn = this, count = 0, calls = []; if (!n) { fn(); return function () {}; } return function () { calls.push(slice.call(arguments)); if (++count >= n) return fn.call(this, calls); }; },
  fill: function () { var fn = this, preset = slice.call(arguments); return function () { var a = slice.call(arguments), out = preset.map(function (p) { return p === undefined ? a.shift() : p; }); return fn.apply(this, out.concat(a)); }; },
  delay: function (ms) { var fn = this, args = slice.call(arguments, 1); if (typeof setTimeout === 'function') { var id = setTimeout(function () { fn.apply(fn, args); }, ms || 0); (fn.timers || (fn.timers = [])).push(id); } else fn.apply(fn, args); return fn; },
  cancel: function () { var t = this.timers || []; while (t.length && typeof clearTimeout === 'function') clearTimeout(t.shift()); return this; },
  lazy: function (ms, limit) { return this.throttle(ms); },
  throttle: function (ms) { var fn = this, last = 0, r; return function () { var now = Date.now(); if (now - last >= (ms || 1)) { last = now; r = fn.apply(this, arguments); } return r; }; },
  debounce: function (ms) {
    var fn = this, id = null;
    return function () { var self = this, args = arguments; if (typeof setTimeout !== 'function') return fn.apply(self, args); if (id !== null) clearTimeout(id); id = setTimeout(function () { id = null; fn.apply(self, args); }, ms || 0); };
  }
};

var dateMethods = {
  isValid: function () { return !isNaN(this.getTime()); },
  isPast: function () { return this.getTime() < Date.now(); },
  isFuture: function () { return this.getTime() > Date.now(); },
  isLeapYear: function () { var y = this.getFullYear(); return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; },
  isToday: function () { return this.toDateString() === new Date().toDateString(); },
  isYesterday: function () { return this.toDateString() === addUnit(new Date(), -1, 'day').toDateString(); },
  isTomorrow: function () { return this.toDateString() === addUnit(new Date(), 1, 'day').toDateString(); },
  isWeekend: function () { var d = this.getDay(); return d === 0 || d === 6; },
  isWeekday: function () { var d = this.getDay(); return d > 0 && d < 6; },
  isBefore: function (d, margin) { return this.getTime() < createDate(d).getTime() - (margin || 0); },
  isAfter: function (d, margin) { return this.getTime() > createDate(d).getTime() + (margin || 0); },
  isBetween: function (a, b) { var t = this.getTime(), x = createDate(a).getTime(), y = createDate(b).getTime(); return t >= Math.min(x, y) && t <= Math.max(x, y); },
  is: function (d) { return this.getTime() === createDate(d).getTime(); },
  clone: function () { return new Date(this.getTime()); },
  iso: function () { return this.toISOString(); },
  format: function (fmt) { return formatDate(this, fmt); },
  daysInMonth: function () { return new Date(this.getFullYear(), this.getMonth() + 1, 0).getDate(); },
  beginningOfDay: function () { this.setHours(0, 0, 0, 0); return this; },
  endOfDay: function () { this.setHours(23, 59, 59, 999); return this; },
  reset: function () { return this.beginningOfDay(); }
};
['Millisecond', 'Second', 'Minute', 'Hour', 'Day', 'Week', 'Month', 'Year'].forEach(function (u) {
  var add = function (n) { var d = addUnit(this, n || 0, u); this.setTime(d.getTime()); return this; };
  dateMethods['add' + u + 's'] = add;
  dateMethods['add' + u] = add;
});
Object.keys(timeUnits).concat(['month', 'year']).forEach(function (u) {
  var ms = timeUnits[u] || (u === 'month' ? 2629746000 : 31556952000);
  dateMethods[u + 'sSince'] = function (d) { return Math.floor((this.getTime() - (d === undefined ? Date.now() : createDate(d).getTime())) / ms); };
  dateMethods[u + 'sAgo'] = function () { return Math.floor((Date.now() - this.getTime()) / ms); };
  dateMethods[u + 'sUntil'] = function (d) { return Math.floor(((d === undefined ? Date.now() : createDate(d).getTime()) - this.getTime()) / ms); };
  dateMethods[u + 'sFromNow'] = function () { return Math.floor((this.getTime() - Date.now()) / ms); };
});

var objectStatics = {
  isArray: Array.isArray,
  isObject: isPlain,
  isString: function (v) { return typeof v === 'string' || tag(v) === 'String'; },
  isNumber: function (v) { return typeof v === 'number' || tag(v) === 'Number'; },
  isBoolean: function (v) { return typeof v === 'boolean' || tag(v) === 'Boolean'; },
  isFunction: isFn,
  isDate: function (v) { return tag(v) === 'Date'; },
  isRegExp: function (v) { return tag(v) === 'RegExp'; },
  isArguments: function (v) { return tag(v) === 'Arguments'; },
  isNaN: function (v) { return (typeof v === 'number' || tag(v) === 'Number') && v.valueOf() !== v.valueOf(); },
  equal: equal,
  equals: equal,
  has: function (o, k) { return o != null && hasOwn.call(o, k); },
  size: function (o) { return Object.keys(Object(o)).length; },
  isEmpty: function (o) { return o == null || Object.keys(Object(o)).length === 0; },
  clone: function (o, deep) {
    if (!isObj(o)) return o;
    if (o instanceof Date) return new Date(o.getTime());
    if (o instanceof RegExp) return new RegExp(o.source, o.flags);
    var r = Array.isArray(o) ? [] : {};
    Object.keys(o).forEach(function (k) { r[k] = deep ? objectStatics.clone(o[k], true) : o[k]; });
    return r;
  },
  merge: function (target, source, deep, resolve) {
    if (!isObj(source)) return target;
    Object.keys(source).forEach(function (k) {
      var s = source[k], t = target[k], v = s;
      if (hasOwn.call(target, k) && resolve !== undefined) { if (resolve === false) return; if (isFn(resolve)) { v = resolve.call(source, k, t, s); if (v === undefined) return; } }
      if (deep && isObj(s) && (isPlain(s) || Array.isArray(s))) v = objectStatics.merge(isObj(t) ? t : (Array.isArray(s) ? [] : {}), s, true, resolve);
      target[k] = v;
    });
    return target;
  },
  each: function (o, fn) { Object.keys(o).some(function (k) { return fn.call(o, k, o[k], o) === false; }); return o; },
  map: function (o, map) { var fn = mapper(map), r = {}; Object.keys(o).forEach(function (k) { r[k] = isFn(map) ? map.call(o, k, o[k], o) : fn(o[k]); }); return r; },
  select: function (o) { var ks = flattenTo(slice.call(arguments, 1), 0, 0, []), r = {}; Object.keys(o).forEach(function (k) { if (ks.some(function (f) { return f instanceof RegExp ? f.test(k) : (isPlain(f) ? hasOwn.call(f, k) : f === k); })) r[k] = o[k]; }); return r; },
  reject: function (o) { var keep = objectStatics.select.apply(null, arguments), r = {}; Object.keys(o).forEach(function (k) { if (!hasOwn.call(keep, k)) r[k] = o[k]; }); return r; },
  any: function (o, f) { var m = matcher(f); return Object.keys(o).some(function (k) { return m.call(o, o[k], k); }); },
  all: function (o, f) { var m = matcher(f); return Object.keys(o).every(function (k) { return m.call(o, o[k], k); }); },
  none: function (o, f) { return !objectStatics.any(o, f); },
  count: function (o, f) { var m = matcher(f); return Object.keys(o).filter(function (k) { return m.call(o, o[k], k); }).length; },
  tap: function (o, fn) { if (isFn(fn)) fn.call(o, o); else if (typeof fn === 'string' && isFn(o[fn])) o[fn](); return o; },
  extended: function (o) { return Object.assign({}, o); },
  toQueryString: function (o, ns) {
    var parts = [];
    var add = function (key, v) {
      if (isObj(v) && !(v instanceof Date)) Object.keys(v).forEach(function (k) { add(key ? key + '[' + k + ']' : k, v[k]); });
      else parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(v == null ? '' : (v instanceof Date ? v.getTime() : v)));
    };
    add(ns || '', o);
    return parts.join('&');
  },
  fromQueryString: function (str, deep) {
    var r = {};
    String(str).replace(/^.*?\?/, '').split('&').forEach(function (p) {
      if (!p) return;
      var kv = p.split('='), k = decodeURIComponent(kv[0]), v = kv.length > 1 ? decodeURIComponent(kv[1].replace(/\+/g, ' ')) : '';
      if (/^-?\d+(\.\d+)?$/.test(v)) v = +v; else if (v === 'true') v = true; else if (v === 'false') v = false;
      if (hasOwn.call(r, k)) r[k] = [].concat(r[k], v); else r[k] = v;
    });
    return r;
  }
};

var installed = false;
// Installs the Sugar 1.x methods (non-enumerable, never replacing native ones except the widened array iterators).
function install() {
  if (installed) return install;
  installed = true;
  define(String.prototype, stringMethods, false);
  define(Array.prototype, arrayMethods, false);
  define(Array.prototype, enhancedArrayMethods(), true);
  define(Number.prototype, numberMethods, false);
  define(Function.prototype, functionMethods, false);
  define(Date.prototype, dateMethods, false);
  define(Object, objectStatics, false);
  define(Date, { create: function (v) { return createDate(v); }, past: function (v) { return createDate(v); }, future: function (v) { return createDate(v); } }, false);
  define(Array, { create: function () { var r = []; slice.call(arguments).forEach(function (a) { if (a != null && typeof a !== 'string' && typeof a.length === 'number') r = r.concat(slice.call(a)); else r.push(a); }); return r; } }, false);
  define(Number, { random: function (a, b) { if (b === undefined) { b = a === undefined ? 1 : a; a = 0; } var lo = Math.min(a, b), hi = Math.max(a, b); return lo + Math.floor(Math.random() * (hi - lo + 1)); } }, false);
  define(String, { range: function (a, b) { var r = []; for (var c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) r.push(String.fromCharCode(c)); return r; } }, false);
  return install;
}
return install;
})
"""#
}
