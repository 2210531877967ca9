/// The legacy global `_`: lodash 4 (via `require('lodash').runInContext()`) with lodash 3 behaviour overlaid
/// (`capitalize` keeps the rest of the string, `contains`, `pluck`, `where`, `findWhere`, `indexBy`, `rest`, `any`/`all`,
/// `max`/`min` with iteratees and `-Infinity`/`Infinity` for empty input, `thisArg` callbacks, ...).
enum Lodash3Library {
    /// The module, required as `lodash3`.
    static let library = SandboxLibrary(names: ["lodash3"], source: source)

    /// The JavaScript source: a function of `(require, native)` that returns its exports.
    static let source = #"""
(function (require, native) {
'use strict';
var _ = require('lodash').runInContext();
var v4 = {};
Object.keys(_).forEach(function (k) { v4[k] = _[k]; });
var slice = Array.prototype.slice;
// lodash 3 passes (value, index|key, collection) to callbacks, so guard optional count arguments.
var guarded = function (n, guard) { return guard !== undefined && guard !== null && typeof guard === 'object'; };
// lodash 3 callbacks: a function bound to thisArg, or a property name with thisArg as the value to match.
function cb(fn, thisArg) {
  if (thisArg !== undefined && typeof fn === 'function') return fn.bind(thisArg);
  if (thisArg !== undefined && (typeof fn === 'string' || typeof fn === 'number')) return _.matchesProperty(fn, thisArg);
  return _.iteratee(fn);
}
function withThis(name) {
  return function (c, fn, thisArg) { return v4[name](c, cb(fn, thisArg)); };
}
function extremum(name, empty) {
  return function (c, fn, thisArg) {
    if (typeof fn === 'number' || guarded(fn, thisArg)) fn = undefined;
    var list = _.isArrayLike(c) && typeof c !== 'string' ? c : _.values(c);
    var r = fn == null ? v4[name](list) : v4[name + 'By'](list, cb(fn, thisArg));
    return r === undefined ? empty : r;
  };
}
function nth(from) {
  return function (a, n, guard) {
    if (n == null || guarded(n, guard) || typeof n !== 'number') return v4[from ? 'head' : 'last'](a);
    return v4[from ? 'take' : 'takeRight'](a, n);
  };
}
var v3 = {
  VERSION: '3.10.1',
  // capitalize upper-cases the first character and leaves the rest alone.
  capitalize: function (s) { s = s == null ? '' : String(s); return s.charAt(0).toUpperCase() + s.slice(1); },
  first: nth(true), head: nth(true), last: nth(false),
  rest: function (a) { return v4.tail(a); }, tail: function (a) { return v4.tail(a); },
  restParam: v4.rest,
  contains: v4.includes, include: v4.includes,
  pluck: function (c, p) { return v4.map(c, _.property(p)); },
  where: function (c, src) { return v4.filter(c, _.matches(src)); },
  findWhere: function (c, src) { return v4.find(c, _.matches(src)); },
  indexBy: withThis('keyBy'), keyBy: withThis('keyBy'),
  any: withThis('some'), some: withThis('some'), all: withThis('every'), every: withThis('every'),
  map: withThis('map'), collect: withThis('map'), filter: withThis('filter'), select: withThis('filter'), reject: withThis('reject'),
  find: withThis('find'), detect: withThis('find'), findLast: withThis('findLast'), findIndex: withThis('findIndex'), findLastIndex: withThis('findLastIndex'),
  findKey: withThis('findKey'), groupBy: withThis('groupBy'), countBy: withThis('countBy'), partition: withThis('partition'),
  sortBy: function (c, fn, thisArg) { return v4.sortBy(c, fn === undefined ? [] : [cb(fn, thisArg)]); },
  sortByAll: function (c) { return v4.sortBy.apply(null, [c].concat(slice.call(arguments, 1))); },
  sortByOrder: function (c, fns, orders) { return v4.orderBy(c, fns, orders == null ? orders : [].concat(orders).map(function (o) { return o === false || o === 'desc' ? 'desc' : 'asc'; })); },
  forEach: function (c, fn, thisArg) { return v4.forEach(c, thisArg === undefined ? fn : fn.bind(thisArg)); },
  each: function (c, fn, thisArg) { return v4.forEach(c, thisArg === undefined ? fn : fn.bind(thisArg)); },
  forEachRight: function (c, fn, thisArg) { return v4.forEachRight(c, thisArg === undefined ? fn : fn.bind(thisArg)); },
  eachRight: function (c, fn, thisArg) { return v4.forEachRight(c, thisArg === undefined ? fn : fn.bind(thisArg)); },
  reduce: function (c, fn, acc, thisArg) { fn = cb(fn, thisArg); return arguments.length < 3 ? v4.reduce(c, fn) : v4.reduce(c, fn, acc); },
  foldl: function () { return v3.reduce.apply(null, arguments); }, inject: function () { return v3.reduce.apply(null, arguments); },
  reduceRight: function (c, fn, acc, thisArg) { fn = cb(fn, thisArg); return arguments.length < 3 ? v4.reduceRight(c, fn) : v4.reduceRight(c, fn, acc); },
  foldr: function () { return v3.reduceRight.apply(null, arguments); },
  max: extremum('max', -Infinity), min: extremum('min', Infinity),
  sum: function (c, fn, thisArg) { var list = _.isArrayLike(c) && typeof c !== 'string' ? c : _.values(c); return fn == null || guarded(fn, thisArg) ? v4.sum(list) : v4.sumBy(list, cb(fn, thisArg)); },
  uniq: function (a, isSorted, fn, thisArg) {
    if (typeof isSorted !== 'boolean' && isSorted != null) { thisArg = fn; fn = isSorted; }
    return fn == null ? v4.uniq(a) : v4.uniqBy(a, cb(fn, thisArg));
  },
  unique: function () { return v3.uniq.apply(null, arguments); },
  flatten: function (a, isDeep, guard) { return isDeep === true && !guarded(isDeep, guard) ? v4.flattenDeep(a) : v4.flatten(a); },
  sample: function (c, n, guard) { return n == null || guarded(n, guard) ? v4.sample(c) : v4.sampleSize(c, n); },
  object: function (props, vals) { return Array.isArray(props) && props.length && Array.isArray(props[0]) && vals === undefined ? v4.fromPairs(props) : v4.zipObject(props, vals); },
  zipObject: function (props, vals) { return Array.isArray(props) && props.length && Array.isArray(props[0]) && vals === undefined ? v4.fromPairs(props) : v4.zipObject(props, vals); },
  pairs: v4.toPairs,
  invoke: v4.invokeMap,
  callback: v4.iteratee, iteratee: v4.iteratee, methods: v4.functions,
  backflow: v4.flowRight, compose: v4.flowRight,
  padLeft: v4.padStart, padRight: v4.padEnd, trimLeft: v4.trimStart, trimRight: v4.trimEnd,
  trunc: function (s, o, guard) { if (typeof o === 'number' || guarded(o, guard)) o = guarded(o, guard) ? undefined : { length: o }; return v4.truncate(s, o); },
  pick: function (o, p, thisArg) { return typeof p === 'function' ? v4.pickBy(o, cb(p, thisArg)) : v4.pick.apply(null, arguments); },
  omit: function (o, p, thisArg) { return typeof p === 'function' ? v4.omitBy(o, cb(p, thisArg)) : v4.omit.apply(null, arguments); },
  mapValues: function (o, fn, thisArg) { return v4.mapValues(o, cb(fn, thisArg)); },
  mapKeys: function (o, fn, thisArg) { return v4.mapKeys(o, cb(fn, thisArg)); },
  times: function (n, fn, thisArg) { return v4.times(n, fn ? cb(fn, thisArg) : undefined); },
  isEqual: function (a, b, customizer, thisArg) { return customizer ? v4.isEqualWith(a, b, cb(customizer, thisArg)) : v4.isEqual(a, b); },
  clone: function (v, isDeep, customizer) { if (typeof isDeep === 'function') { customizer = isDeep; isDeep = false; } return isDeep === true ? v4.cloneDeepWith(v, customizer) : v4.cloneWith(v, customizer); },
  indexOf: function (a, v, from) { return v4.indexOf(a, v, typeof from === 'boolean' ? 0 : from); },
  merge: function () { var a = slice.call(arguments), last = a[a.length - 1]; return typeof last === 'function' ? v4.mergeWith.apply(null, a) : v4.merge.apply(null, a); },
  assign: function () { return v4.assignWith.apply(null, arguments); },
  extend: function () { return v4.assignWith.apply(null, arguments); },
  repeat: function (s, n) { return v4.repeat(s, n === undefined ? 0 : n); },
  invert: function (o, multi, guard) { return multi && !guarded(multi, guard) ? v4.invertBy(o) : v4.invert(o); },
  remove: function (a, fn, thisArg) { return v4.remove(a, cb(fn, thisArg)); },
  takeWhile: function (a, fn, thisArg) { return v4.takeWhile(a, cb(fn, thisArg)); },
  dropWhile: function (a, fn, thisArg) { return v4.dropWhile(a, cb(fn, thisArg)); },
  support: {}
};
// Names lodash 4 added stay available: lodash 3 scripts never call them, and scripts written for v4 keep working.
Object.keys(v3).forEach(function (k) { _[k] = v3[k]; });
_.mixin(_, _);
Object.getPrototypeOf(_([])).run = function () { return this.value(); };
return _;
})
"""#
}
