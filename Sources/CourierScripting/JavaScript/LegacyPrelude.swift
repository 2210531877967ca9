/// The legacy sandbox in JavaScript: `tests`, `environment`, `globals`, `data`, `request`,
/// `response*`, `iteration`, the `postman` object and the library globals (`_`, `CryptoJS`, `tv4`,
/// `cheerio`, `xml2Json`, loaded from the sandbox modules), with newman's deprecation
/// warning (`console.warn`, once per name per script execution).
enum LegacyPrelude {
    static let source = ##"""
        (function (global) {
          'use strict';
          var C = global.__courier;

          var GLOBS = ['tests', 'globals', 'environment', 'data', 'request', 'responseCookies', 'responseHeaders', 'responseTime',
            'responseCode', 'responseBody', 'iteration', 'postman', '_', 'CryptoJS', 'atob', 'btoa', 'tv4', 'xml2Json', 'Backbone', 'cheerio'];
          var ALTERNATIVES = {
            tests: 'pm.test()', globals: 'pm.globals', environment: 'pm.environment', data: 'pm.iterationData',
            request: 'pm.request', responseCookies: 'pm.cookies', responseHeaders: 'pm.response.headers',
            responseTime: 'pm.response.responseTime', responseCode: 'pm.response.code', responseBody: 'pm.response.text()',
            iteration: 'pm.info.iteration', _: "require('lodash')", CryptoJS: "require('crypto-js')", atob: "require('atob')",
            btoa: "require('btoa')", tv4: "require('ajv')", xml2Json: "require('xml2js')", Backbone: "require('backbone')",
            cheerio: "require('cheerio')",
            'postman.setNextRequest': 'pm.execution.setNextRequest()',
            'postman.setEnvironmentVariable': 'pm.environment.set()',
            'postman.getEnvironmentVariable': 'pm.environment.get()',
            'postman.clearEnvironmentVariables': 'pm.environment.clear()',
            'postman.clearEnvironmentVariable': 'pm.environment.unset()',
            'postman.setGlobalVariable': 'pm.globals.set()',
            'postman.getGlobalVariable': 'pm.globals.get()',
            'postman.clearGlobalVariables': 'pm.globals.clear()',
            'postman.clearGlobalVariable': 'pm.globals.unset()',
            'postman.getResponseCookie': 'pm.cookies.get()',
            'postman.getResponseHeader': 'pm.response.headers.get()'
          };

          function legacyString(value) {
            if ((value === false || value) && typeof (value && value.toString) === 'function') { return value.toString(); }
            return value;
          }

          function requestData(request) {
            var body = request.body;
            if (!body || body.isEmpty()) { return {}; }
            var content = body[body.mode];
            if (body.mode === 'raw') { return content; }
            if (body.mode === 'file') { return (content && content.content) || {}; }
            if (body.mode === 'urlencoded' || body.mode === 'formdata') {
              var out = {};
              content.each(function (p) {
                if (p.disabled) { return; }
                if (out[p.key]) { if (Array.isArray(out[p.key])) { out[p.key].push(p.value); } else { out[p.key] = [out[p.key], p.value]; } }
                else { out[p.key] = p.value; }
              });
              return out;
            }
            return {};
          }

          function description(d) {
            if (d === undefined || d === null) { return undefined; }
            if (typeof d === 'object') { return d.content === undefined ? undefined : String(d.content); }
            return String(d);
          }

          C.installLegacy = function (s, pm) {
            var used = new Set(), input = s.input;
            function warn(key) {
              if (!s.warnEnabled || used.has(key)) { return; }
              used.add(key);
              if (ALTERNATIVES[key]) { global.console.warn('Using "' + key + '" is deprecated. Use "' + ALTERNATIVES[key] + '" instead.'); }
              else if (GLOBS.indexOf(key) >= 0) { global.console.warn('Using "' + key + '" is deprecated.'); }
            }
            var rq = function () { return s.request; };
            // Each legacy global is built on first use (newman builds them all up front; the values are the same).
            var builders = {
              tests: function () { s.legacyTests = {}; return s.legacyTests; },
              globals: function () { return s.globals.toObject(); },
              environment: function () { return s.environment.toObject(); },
              data: function () { return s.data.toObject(); },
              request: function () {
                return {
                  id: input.itemID, name: input.itemName, description: description(rq().description),
                  headers: rq().headers.toObject(true, false, true, true), method: rq().method, url: rq().url.toString(),
                  data: requestData(rq())
                };
              },
              iteration: function () { return typeof input.iteration === 'number' ? input.iteration : 0; },
              atob: function () { return C.plainAtob; },
              btoa: function () { return C.plainBtoa; },
              xml2Json: function () { return C.requireInternal('xml2Json'); },
              _: function () { return C.requireInternal('lodash3'); },
              CryptoJS: function () { return C.requireInternal('crypto-js'); },
              tv4: function () { return C.requireInternal('tv4'); },
              cheerio: function () { return C.requireInternal('cheerio'); },
              postman: function () { return makePostman(s, input, values); }
            };
            if (s.eventName === 'test') {
              builders.responseCookies = function () { return Array.isArray(input.cookies) ? input.cookies : []; };
              builders.responseHeaders = function () {
                var out = {};
                if (s.response) { s.response.headers.each(function (h) { if (h && !h.disabled) { out[h.key] = h.value; } }); }
                return out;
              };
              builders.responseTime = function () { return s.response ? s.response.responseTime : NaN; };
              builders.responseCode = function () {
                var res = s.response;
                return res ? { code: res.code, name: res.status, detail: res.status } : { code: NaN, name: '', details: '' };
              };
              builders.responseBody = function () { return s.response ? s.response.text() : undefined; };
            }
            var values = {};
            function valueOf(key) {
              if (!Object.prototype.hasOwnProperty.call(values, key)) { values[key] = builders[key](); }
              return values[key];
            }
            function wrap(key, value) {
              if (key === 'postman') {
                return new Proxy(value, { get: function (target, prop) { if (typeof prop === 'string') { warn('postman.' + prop); } return target[prop]; } });
              }
              if (value && (typeof value === 'object' || typeof value === 'function')) {
                return new Proxy(value, {
                  set: function (target, prop, v) { warn(key); target[prop] = v; return true; },
                  get: function (target, prop) { warn(key); return target[prop]; },
                  apply: function (target, self, args) { warn(key); return target.apply(self, args); }
                });
              }
              return value;
            }
            var overrides = {};
            s.legacy = {
              get: function (key) {
                if (Object.prototype.hasOwnProperty.call(overrides, key)) { return overrides[key]; }
                if (!builders[key]) { return undefined; }
                overrides[key] = wrap(key, valueOf(key));
                return overrides[key];
              },
              set: function (key, value) { overrides[key] = value; }
            };
          };

          // The legacy names are accessors on the global object, defined once: changing the global
          // object's shape on every run would throw away JavaScriptCore's compiled code.
          C.plainAtob = global.atob;
          C.plainBtoa = global.btoa;
          var NAMES = ['tests', 'globals', 'environment', 'data', 'request', 'responseCookies', 'responseHeaders', 'responseTime',
            'responseCode', 'responseBody', 'iteration', 'postman', 'xml2Json', 'atob', 'btoa', '_', 'CryptoJS', 'tv4',
            'cheerio'];
          NAMES.forEach(function (key) {
            var plain = key === 'atob' ? global.atob : (key === 'btoa' ? global.btoa : undefined);
            Object.defineProperty(global, key, {
              configurable: true, enumerable: false,
              get: function () {
                var s = C.state;
                if (s && s.legacy) { return s.legacy.get(key); }
                if (s && s.globalOverrides && Object.prototype.hasOwnProperty.call(s.globalOverrides, key)) { return s.globalOverrides[key]; }
                return plain;
              },
              set: function (value) {
                var s = C.state;
                if (s && s.legacy) { s.legacy.set(key, value); }
                else if (s) { (s.globalOverrides = s.globalOverrides || {})[key] = value; }
              }
            });
          });

          function makePostman(s, input, values) {
            // The legacy `environment` / `globals` objects follow the setters once they exist.
            function legacyObject(name) { return values[name]; }
            var postman = {
              setEnvironmentVariable: function (key, value) {
                value = legacyString(value);
                if (legacyObject('environment')) { legacyObject('environment')[key] = value; }
                s.environment.set(key, value);
              },
              getEnvironmentVariable: function (key) { return s.environment.get(key); },
              clearEnvironmentVariables: function () {
                var env = legacyObject('environment');
                if (env) { Object.keys(env).forEach(function (k) { delete env[k]; }); }
                s.environment.clear();
              },
              clearEnvironmentVariable: function (key) { if (key && legacyObject('environment')) { delete legacyObject('environment')[key]; } s.environment.unset(key); },
              setGlobalVariable: function (key, value) {
                value = legacyString(value);
                if (legacyObject('globals')) { legacyObject('globals')[key] = value; }
                s.globals.set(key, value);
              },
              getGlobalVariable: function (key) { return s.globals.get(key); },
              clearGlobalVariables: function () {
                var globs = legacyObject('globals');
                if (globs) { Object.keys(globs).forEach(function (k) { delete globs[k]; }); }
                s.globals.clear();
              },
              clearGlobalVariable: function (key) { if (key && legacyObject('globals')) { delete legacyObject('globals')[key]; } s.globals.unset(key); },
              setNextRequest: C.setNextRequest(s)
            };
            if (s.eventName === 'test') {
              postman.getResponseCookie = function (name) {
                var list = Array.isArray(input.cookies) ? input.cookies : [];
                for (var i = list.length - 1; i >= 0; i--) { if (list[i] && list[i].name === String(name)) { return list[i]; } }
                return undefined;
              };
              postman.getResponseHeader = function (name) {
                var h = s.response && s.response.headers.one(name);
                return h ? h.value : undefined;
              };
            }
            return postman;
          }

        })(globalThis);
        """##
}
