/// The `pm` object in JavaScript and the engine's per-run entry points: `__courier.begin(input,
/// body, script, legacy, scopes, flatHeaders)` builds a fresh `pm` (and the legacy globals) from
/// the input snapshot and runs the compiled script; `__courier.finish()` returns the result and
/// removes every global the run created. They are two calls: promise jobs (and unhandled-rejection
/// reports) run in between.
enum PostmanPrelude {
    static let source = ##"""
        (function (global) {
          'use strict';
          var C = global.__courier;
          var ASYNC_TIMEOUT = 'sandbox: asynchronous script execution timeout';

          function State(input, scopes) {
            this.input = input;
            this.scopes = scopes;
            this.eventName = input.eventName === 'prerequest' ? 'prerequest' : 'test';
            this.assertions = [];
            this.assertionIndex = 0;
            this.console = [];
            this.error = null;
            this._timers = null;
            this.tasks = [];
            this.nextTimerId = 0;
            this.pendingTests = 0;
            this.nextRequest = { set: false, value: undefined };
            this.skipRequest = false;
            this.visualizer = undefined;
            this.warnEnabled = true;
            this.pmBuilt = false;
            this._pm = undefined;
          }
          // The variable scopes too are built on first use (`_name` holds one once built): most
          // test scripts only assert on the response.
          function lazyScope(name, make) {
            var slot = '_' + name;
            Object.defineProperty(State.prototype, name, {
              get: function () { return this[slot] || (this[slot] = make(this.input, this)); }
            });
          }
          // The scopes' variables cross as one JSON text (undefined when all five are empty), parsed
          // only when a script first reads a scope: parsing them costs every run that never does.
          var GLOBALS = 0, COLLECTION = 1, ENVIRONMENT = 2, DATA = 3, LOCAL = 4;
          function scopeValues(s, position) {
            if (typeof s.scopes === 'string') { s.scopes = JSON.parse(s.scopes); }
            return s.scopes ? s.scopes[position] : [];
          }
          lazyScope('local', function (input, s) { return new C.VariableScope(scopeValues(s, LOCAL)); });
          lazyScope('data', function (input, s) { return new C.DataScope(scopeValues(s, DATA)); });
          lazyScope('environment', function (input, s) {
            var scope = new C.VariableScope(scopeValues(s, ENVIRONMENT));
            if (input.environmentName) { scope.name = String(input.environmentName); }
            return scope;
          });
          lazyScope('collection', function (input, s) { return new C.VariableScope(scopeValues(s, COLLECTION)); });
          lazyScope('globals', function (input, s) { return new C.VariableScope(scopeValues(s, GLOBALS)); });
          lazyScope('variables', function (input, s) {
            return new C.MergedScope([s.local, s.data, s.environment, s.collection, s.globals]);
          });
          // The timers' map too: most scripts set none.
          Object.defineProperty(State.prototype, 'timers', {
            get: function () { return this._timers || (this._timers = new Map()); }
          });
          // `pm` too is built on first use (a script may replace it: `_pm` then holds the new value).
          Object.defineProperty(State.prototype, 'pm', {
            get: function () {
              if (!this.pmBuilt) { this.pmBuilt = true; this._pm = buildPm(this); }
              return this._pm;
            },
            set: function (value) { this.pmBuilt = true; this._pm = value; }
          });
          // The request and response objects are built on first use: many scripts never touch them.
          Object.defineProperty(State.prototype, 'request', {
            get: function () {
              if (!this._request) {
                this._request = new C.Request(this.input.request);
                this.requestBefore = JSON.stringify(this._request.toJSON());
              }
              return this._request;
            }
          });
          Object.defineProperty(State.prototype, 'response', {
            get: function () {
              if (this._response === undefined) {
                this._response = this.input.response ? new C.Response(this.input.response) : null;
                // The constructor already listed this run's cookies unless the response carries its own.
                if (this._response && (C.state !== this || Array.isArray(this.input.response.cookies))) {
                  this._response.cookies = C.cookieList(this.input.cookies);
                }
              }
              return this._response || undefined;
            }
          });

          function record(s, a) {
            if (a.error) { a.error = C.errorInfo(a.error); }
            s.assertions.push(a);
          }

          function makeTest(s, pm) {
            var test = function (name, fn) {
              var a = { name: String(name), skipped: false, error: null, index: s.assertionIndex++ };
              if (typeof fn !== 'function') { record(s, a); return pm; }
              if (fn.length > 0) {
                var finished = false;
                s.pendingTests++;
                var done = function (err) {
                  if (finished) { return; }
                  finished = true;
                  s.pendingTests--;
                  if (err) { a.error = err; }
                  record(s, a);
                };
                try { fn(done); } catch (e) { done(e); }
                return pm;
              }
              try {
                var r = fn();
                if (r && typeof r.then === 'function') {
                  s.pendingTests++;
                  r.then(function () { s.pendingTests--; record(s, a); },
                    function (e) { s.pendingTests--; a.error = e === undefined ? new Error('undefined') : e; record(s, a); });
                  return pm;
                }
              } catch (e) { a.error = e; }
              record(s, a);
              return pm;
            };
            test.skip = function (name) {
              record(s, { name: String(name), skipped: true, error: null, index: s.assertionIndex++ });
              return pm;
            };
            test.index = function () { return s.assertionIndex; };
            return test;
          }

          function normalizeRequest(req) {
            if (typeof req === 'string' || req instanceof C.Url) { req = { url: String(req) }; }
            if (!(req instanceof C.Request)) {
              req = req || {};
              var header = req.header !== undefined ? req.header : req.headers;
              req = new C.Request({ url: req.url, method: req.method, header: header || [], body: req.body, auth: req.auth });
            }
            return req.toJSON();
          }

          function makeSendRequest(s) {
            return function (req, callback) {
              var json = normalizeRequest(req);
              var out = global.__courier_sendRequest(JSON.stringify(json)), err = null, res;
              if (out && out.error) {
                err = new Error(String(out.error.message));
                if (out.error.name) { err.name = String(out.error.name); }
              } else {
                res = new C.Response(out && out.response);
              }
              if (typeof callback === 'function') {
                C.enqueue(function () { callback(err, res, { execution: { verbose: false } }); });
                return undefined;
              }
              return new Promise(function (resolve, reject) {
                C.enqueue(function () { if (err) { reject(err); } else { resolve(res); } });
              });
            };
          }

          function setNextRequest(s) {
            return function (what) { s.nextRequest = { set: true, value: what }; };
          }

          function makeJar() { return C.cookieJar(); }

          // `pm` is an object literal (its accessors included): cheaper than Object.defineProperty
          // calls, and the members keep newman's order, with `response` only when there is one.
          function buildPm(s) {
            var input = s.input, cookies;
            var expect = function (value, message) { return global.__courierExpect.expect(value, message); };
            expect.fail = function () { return global.__courierExpect.fail.apply(undefined, arguments); };
            var info = {
              eventName: s.eventName, iteration: input.iteration, iterationCount: input.iterationCount,
              requestName: input.itemName, requestId: input.itemID
            };
            var cookieList = function () {
              if (!cookies) { cookies = C.cookieList(input.cookies); cookies.jar = makeJar; }
              return cookies;
            };
            var sendRequest = makeSendRequest(s);
            var location = Array.isArray(input.location) ? input.location.slice() : [];
            location.current = location.length ? location[location.length - 1] : input.itemName;
            var execution = { location: location, setNextRequest: setNextRequest(s) };
            if (s.eventName === 'prerequest') { execution.skipRequest = function () { s.skipRequest = true; }; }
            var visualizer = {
              set: function (template, data, options) { s.visualizer = { template: String(template), data: data, options: options }; },
              clear: function () { s.visualizer = { cleared: true }; }
            };
            var pm = input.response ? {
              test: undefined, expect: expect, info: info, get globals() { return s.globals; },
              get collectionVariables() { return s.collection; }, get environment() { return s.environment; },
              get iterationData() { return s.data; }, get variables() { return s.variables; },
              get request() { return s.request; }, get response() { return s.response; }, get cookies() { return cookieList(); },
              sendRequest: sendRequest, execution: execution, visualizer: visualizer
            } : {
              test: undefined, expect: expect, info: info, get globals() { return s.globals; },
              get collectionVariables() { return s.collection; }, get environment() { return s.environment; },
              get iterationData() { return s.data; }, get variables() { return s.variables; },
              get request() { return s.request; }, get cookies() { return cookieList(); },
              sendRequest: sendRequest, execution: execution, visualizer: visualizer
            };
            pm.test = makeTest(s, pm);
            return pm;
          }
          C.setNextRequest = setNextRequest;

          /// A typed response's headers as `{key, value}` objects from the flat array of names and
          /// values they cross as (see ScriptCodec).
          function headerObjects(flat) {
            var headers = [];
            for (var i = 0; i + 1 < flat.length; i += 2) { headers.push({ key: flat[i], value: flat[i + 1] }); }
            return headers;
          }

          /// Starts one script execution. `script` is the compiled user function; `scopes` the JSON
          /// text of the five scopes' variables (globals, collection, environment, data, local);
          /// `flatHeaders` whether the response's headers are a flat array of names and values.
          C.begin = function (input, body, script, legacy, scopes, flatHeaders) {
            if (input.response && body !== undefined) { input.response.body = body; }
            if (flatHeaders && input.response) { input.response.header = headerObjects(input.response.header); }
            var s = new State(input, scopes);
            C.state = s;
            if (legacy) { C.installLegacy(s, s.pm); }
            try { script.call(global); } catch (e) { C.fail(e); }
            return s.error ? -1 : (s.tasks.length || (s._timers && s._timers.size) || s.pendingTests ? 0 : -1);
          };

          /// Stops the execution with an error (timeouts), dropping pending timers and callbacks.
          C.abort = function (message) {
            var s = C.state;
            if (!s) { return; }
            s.error = null;
            var e = new Error(message);
            C.fail(e);
            s.error = { name: 'Error', message: message };
          };

          function variables(scope) { return scope && scope._dirty ? scope._values.filter(function (v) { return v; }) : null; }
          function dirty(scope) { return scope !== undefined && scope._dirty; }

          /// The common result in a cheaper form than JSON text: when every assertion passed, one string
          /// `\u0001` then `p|s <index> \u0002 <name> \u0001` per assertion (p passed, s skipped); null
          /// when one failed (or a name holds a separator or a surrogate).
          function passedAssertions(assertions) {
            var quiet = '\u0001';
            for (var i = 0; i < assertions.length; i++) {
              var a = assertions[i];
              if (a.error || /[\u0001\u0002\uD800-\uDFFF]/.test(a.name)) { return null; }
              quiet += (a.skipped === true ? 's' : 'p') + a.index + '\u0002' + a.name + '\u0001';
            }
            return quiet;
          }

          /// Ends the execution and returns the result as JSON text, or (when the script changed nothing
          /// and every assertion passed) as the string of `passedAssertions`.
          C.finish = function () {
            var s = C.state;
            if (!s) { return 'null'; }
            if (!s.error && s.pendingTests > 0) { s.error = { name: 'Error', message: ASYNC_TIMEOUT }; }
            s.warnEnabled = false;
            if (s.legacyTests) {
              var tests = s.legacyTests;
              Object.keys(tests).forEach(function (key) {
                var value = tests[key], a = { name: String(key), skipped: false, error: null, index: s.assertionIndex++ };
                if (!value) { a.error = { name: 'AssertionError', message: 'expected ' + String(value) + ' to be truthy' }; }
                s.assertions.push(a);
              });
            }
            var request = null;
            if (s._request) {
              try {
                var now = JSON.stringify(s._request.toJSON());
                if (now !== s.requestBefore) { request = JSON.parse(now); }
              } catch (e) { if (!s.error) { s.error = C.errorInfo(e); } }
            }
            var visualizer = null;
            if (s.visualizer) {
              try { visualizer = JSON.parse(JSON.stringify(s.visualizer)); } catch (e) { visualizer = { template: s.visualizer.template }; }
            }
            if (request === null && visualizer === null && !s.error && !s.console.length && !s.skipRequest
              && !(s.nextRequest.set && s.nextRequest.value !== undefined) && !dirty(s._globals) && !dirty(s._collection)
              && !dirty(s._environment) && !dirty(s._data) && !dirty(s._local)) {
              var quiet = passedAssertions(s.assertions);
              if (quiet) { C.cleanup(); return quiet; }
            }
            var result = {
              globals: variables(s._globals), collectionVariables: variables(s._collection),
              environment: variables(s._environment), iterationData: variables(s._data), localVariables: variables(s._local),
              request: request, assertions: s.assertions, console: s.console, error: s.error,
              nextRequest: s.nextRequest.set && s.nextRequest.value !== undefined
                ? (s.nextRequest.value === null || s.nextRequest.value === '' ? { stop: true } : { item: String(s.nextRequest.value) })
                : null,
              skipRequest: s.skipRequest, visualizer: visualizer
            };
            var text;
            try { text = JSON.stringify(result); } catch (e) {
              result.assertions = s.assertions.map(function (a) { return { name: a.name, skipped: a.skipped, index: a.index, error: a.error && { name: a.error.name, message: a.error.message } }; });
              text = JSON.stringify(result);
            }
            C.cleanup();
            return text;
          };

          /// Removes every global property the run created and forgets the run's state.
          C.cleanup = function () {
            C.state = null;
            // Globals a script creates by assignment are enumerable; the built-ins are not, so
            // listing only enumerable names keeps this cheap on a global object with hundreds.
            var names = Object.keys(global), last = names.length - 1;
            // Nothing new: a new name would come last (or first, for an index), so the same count with
            // known names at both ends means every name is the engine's.
            if (names.length === C.baselineEnumerable && C.baseline.has(names[0]) && C.baseline.has(names[last])) { return; }
            for (var i = 0; i < names.length; i++) {
              if (!C.baseline.has(names[i])) { try { delete global[names[i]]; } catch (e) { /* non-configurable */ } }
            }
          };

          /// Called once after all preludes: remembers the globals that belong to the engine.
          C.seal = function () {
            // `pm` is an accessor on the global object too, so the object's shape never changes per run.
            Object.defineProperty(global, 'pm', {
              configurable: true, enumerable: false,
              get: function () { return C.state ? C.state.pm : undefined; },
              set: function (value) { if (C.state) { C.state.pm = value; } }
            });
            C.baseline = new Set(Object.getOwnPropertyNames(global));
            C.baselineEnumerable = Object.keys(global).length;
          };
        })(globalThis);
        """##
}
