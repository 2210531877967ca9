/// `pm.cookies.jar()`: a cookie jar with newman's callback methods (`get`, `getAll`, `set`, `unset`,
/// `clear`) over the run's own jar, reached through the native `__courier_cookieJar(operationJSON)`.
///
/// Each call does its work at once (so calls take effect in the order they are made) and queues
/// its callback as a task, as `pm.sendRequest` does, so the script ends only after the callbacks
/// ran. A bad argument reaches the callback as a `TypeError` with newman's message; without a
/// callback it is thrown, as newman throws it. `getAll` gives a cookie list (`get`, `has`,
/// `toObject`, `each`, `map`, ...), `get` a value or null, `set` the cookie as stored.
enum CookieJarPrelude {
    static let source = ##"""
        (function (global) {
          'use strict';
          var C = global.__courier;

          function urlText(url) {
            if (url instanceof C.Url) { url = url.toString(); }
            return typeof url === 'string' && url.trim() ? url : null;
          }
          function isoTime(when) {
            if (when instanceof Date) { return isNaN(when.getTime()) ? undefined : when.toISOString(); }
            if (typeof when === 'number') { return isFinite(when) ? new Date(when).toISOString() : undefined; }
            return typeof when === 'string' ? when : undefined;
          }
          function cookieFrom(json) {
            var cookie = { name: json.name, value: json.value };
            if (json.expires) { cookie.expires = new Date(json.expires); }
            cookie.domain = json.domain; cookie.path = json.path; cookie.secure = json.secure;
            cookie.httpOnly = json.httpOnly; cookie.hostOnly = json.hostOnly; cookie.session = json.session;
            return cookie;
          }
          function cookieOptions(object) {
            var out = { name: object.name !== undefined && object.name !== null ? object.name : object.key };
            out.name = out.name === undefined || out.name === null ? '' : String(out.name);
            out.value = object.value === undefined || object.value === null ? '' : String(object.value);
            if (object.domain) { out.domain = String(object.domain); }
            if (object.path) { out.path = String(object.path); }
            var expires = isoTime(object.expires);
            if (expires !== undefined) { out.expires = expires; }
            if (typeof object.maxAge === 'number' && !isNaN(object.maxAge)) { out.maxAge = object.maxAge; }
            ['secure', 'httpOnly', 'hostOnly'].forEach(function (flag) {
              if (object[flag] !== undefined && object[flag] !== null) { out[flag] = Boolean(object[flag]); }
            });
            return out;
          }
          // Runs one operation now; hands its error or result to `callback` as a queued task.
          function perform(operation, callback, convert) {
            var out = global.__courier_cookieJar(JSON.stringify(operation)), error = null, result;
            if (out && out.error) {
              error = out.error.name === 'TypeError' ? new TypeError(String(out.error.message)) : new Error(String(out.error.message));
            } else {
              result = convert ? convert(out ? out.result : undefined) : undefined;
            }
            if (typeof callback === 'function') {
              C.enqueue(function () { if (error) { callback(error); } else { callback(null, result); } });
            }
          }
          // A bad argument: to the callback when there is one, else thrown.
          function reject(method, what, callback) {
            var error = new TypeError('CookieJar.' + method + '() requires ' + what);
            if (typeof callback !== 'function') { throw error; }
            C.enqueue(function () { callback(error); });
          }

          function CookieJar() {}
          CookieJar.prototype.get = function (url, name, callback) {
            var target = urlText(url);
            if (!target) { return reject('get', 'a valid url', callback); }
            if (typeof callback !== 'function') { return reject('get', 'a callback function'); }
            if (typeof name !== 'string') { return reject('get', 'cookie name to be a string', callback); }
            perform({ action: 'get', url: target, name: name }, callback, function (cookie) {
              return cookie ? cookie.value : null;
            });
          };
          CookieJar.prototype.getAll = function (url, options, callback) {
            if (typeof options === 'function' && !callback) { callback = options; }
            var target = urlText(url);
            if (!target) { return reject('getAll', 'a valid url', callback); }
            if (typeof callback !== 'function') { return reject('getAll', 'a callback function'); }
            perform({ action: 'getAll', url: target }, callback, function (cookies) {
              return C.cookieList((Array.isArray(cookies) ? cookies : []).map(cookieFrom));
            });
          };
          CookieJar.prototype.set = function (url, name, value, callback) {
            if (typeof value === 'function' && !callback) { callback = value; value = undefined; }
            var target = urlText(url), operation;
            if (!target) { return reject('set', 'a valid url', callback); }
            if (typeof name === 'string' && name && value !== undefined && value !== null && typeof value !== 'object') {
              operation = { action: 'set', url: target, cookie: { name: name, value: String(value) } };
            } else if (name && typeof name === 'object') {
              operation = { action: 'set', url: target, cookie: cookieOptions(name) };
            } else if (typeof name === 'string' && name) {
              operation = { action: 'set', url: target, header: name };
            } else {
              return reject('set', 'a valid set cookie arguments', callback);
            }
            perform(operation, callback, function (cookie) { return cookie ? cookieFrom(cookie) : undefined; });
          };
          CookieJar.prototype.unset = function (url, name, callback) {
            var target = urlText(url);
            if (!target) { return reject('unset', 'a valid url', callback); }
            if (typeof name !== 'string') { return reject('unset', 'cookie name to be a string', callback); }
            perform({ action: 'unset', url: target, name: name }, callback);
          };
          CookieJar.prototype.clear = function (url, callback) {
            var target = urlText(url);
            if (!target) { return reject('clear', 'a valid url', callback); }
            perform({ action: 'clear', url: target }, callback);
          };

          /// What `pm.cookies.jar()` returns.
          C.cookieJar = function () { return new CookieJar(); };
        })(globalThis);
        """##
}
