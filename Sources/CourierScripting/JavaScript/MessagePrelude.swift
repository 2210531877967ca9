/// The request and response objects of the sandbox in JavaScript, shaped like postman-collection's
/// SDK: `PropertyList` (headers, query, form fields, cookies), `Url`, `RequestBody`, `Request`
/// (`pm.request`) and `Response` (`pm.response`, `pm.sendRequest` results).
///
/// `Request#toJSON` gives back the runner's request shape, so changes made by a pre-request
/// script reach the request that is sent.
enum MessagePrelude {
    static let source = ##"""
        (function (global) {
          'use strict';
          var C = global.__courier;

          // ---------- PropertyList ----------
          // A list's fixed settings (`_ci`, `_keyName`, `_parse`, `_unparse`) are hidden properties of
          // a prototype made once per kind of list, so a new list defines only its `members`.
          var kinds = new WeakMap();
          function kindOf(options) {
            var kind = kinds.get(options);
            if (!kind) {
              kind = Object.create(PropertyList.prototype, {
                _ci: { value: Boolean(options.caseInsensitive) }, _keyName: { value: options.keyName || 'key' },
                _parse: { value: options.parse || null }, _unparse: { value: options.unparse || null }
              });
              kinds.set(options, kind);
            }
            return kind;
          }
          // Gives an object a hidden slot (a private field, set up far more cheaply than a property
          // made with Object.defineProperty): `Slot.get(object)` and `Slot.set(object, value)` use it.
          function Stamp(object) { return object; }
          function makeSlot() {
            return class extends Stamp {
              #value;
              constructor(object, value) { super(object); this.#value = value; }
              static get(object) { return object.#value; }
              static set(object, value) { object.#value = value; }
            };
          }
          // A list's `members` array lives in a hidden slot behind an accessor (not an own property).
          var Members = makeSlot();
          function PropertyList(items, options) {
            var self = Object.create(kindOf(options || PLAIN));
            new Members(self, []);
            self.populate(items);
            return self;
          }
          var PLAIN = {};
          var PL = PropertyList.prototype;
          Object.defineProperty(PL, 'members', {
            get: function () { return Members.get(this); },
            set: function (value) { Members.set(this, value); }
          });
          PL._norm = function (item) {
            if (typeof item === 'string' && this._parse) { item = this._parse(item); }
            if (item === null || typeof item !== 'object') { return null; }
            return item;
          };
          PL._same = function (a, b) {
            if (a === undefined || a === null || b === undefined || b === null) { return false; }
            return this._ci ? String(a).toLowerCase() === String(b).toLowerCase() : String(a) === String(b);
          };
          PL._matcher = function (what) {
            var self = this;
            if (typeof what === 'function') { return what; }
            if (what && typeof what === 'object') { return function (m) { return m === what || self._same(m[self._keyName], what[self._keyName]); }; }
            return function (m) { return self._same(m[self._keyName], what); };
          };
          PL.populate = function (items) {
            var self = this;
            if (Array.isArray(items)) { for (var i = 0; i < items.length; i++) { if (i in items) { self.add(items[i]); } } }
            else if (items && typeof items === 'object' && !(items instanceof PropertyList)) {
              Object.keys(items).forEach(function (k) { var o = {}; o[self._keyName] = k; o.value = items[k]; self.add(o); });
            } else if (items instanceof PropertyList) { items.each(function (i) { self.add(i); }); }
            else if (typeof items === 'string' && this._parse) { items.split(/\r?\n|&/).forEach(function (line) { if (line) { self.add(line); } }); }
            return this;
          };
          PL.repopulate = function (items) { this.clear(); return this.populate(items); };
          PL.add = function (item) { item = this._norm(item); if (item) { this.members.push(item); } return this; };
          PL.append = PL.add;
          PL.prepend = function (item) { item = this._norm(item); if (item) { this.members.unshift(item); } return this; };
          PL.insert = function (item, before) {
            item = this._norm(item);
            if (!item) { return this; }
            var i = before === undefined ? -1 : this.indexOf(before);
            if (i < 0) { this.members.push(item); } else { this.members.splice(i, 0, item); }
            return this;
          };
          PL.insertAfter = function (item, after) {
            item = this._norm(item);
            if (!item) { return this; }
            var i = after === undefined ? -1 : this.indexOf(after);
            if (i < 0) { this.members.push(item); } else { this.members.splice(i + 1, 0, item); }
            return this;
          };
          PL.upsert = function (item) {
            item = this._norm(item);
            if (!item) { return null; }
            var existing = this.one(item[this._keyName]);
            if (existing) { Object.keys(item).forEach(function (k) { existing[k] = item[k]; }); return false; }
            this.members.push(item);
            return true;
          };
          PL.remove = function (what, context) {
            var match = this._matcher(what);
            if (context !== undefined && typeof what === 'function') { match = what.bind(context); }
            this.members = this.members.filter(function (m) { return !match(m); });
            return this;
          };
          PL.clear = function () { this.members = []; return this; };
          PL.one = function (key) {
            for (var i = this.members.length - 1; i >= 0; i--) { if (this._same(this.members[i][this._keyName], key)) { return this.members[i]; } }
            return undefined;
          };
          PL.get = function (key) { var m = this.one(key); return m === undefined ? undefined : m.value; };
          PL.has = function (key, value) {
            if (key && typeof key === 'object') { return this.members.indexOf(key) >= 0; }
            var self = this;
            return this.members.some(function (m) { return self._same(m[self._keyName], key) && (arguments.length < 2 || value === undefined || m.value === value); });
          };
          PL.idx = function (i) { return this.members[i]; };
          PL.indexOf = function (item) {
            if (typeof item === 'string') { var self = this; return this.members.findIndex(function (m) { return self._same(m[self._keyName], item); }); }
            return this.members.indexOf(item);
          };
          PL.count = function () { return this.members.length; };
          PL.all = function () { return this.members.slice(); };
          PL.each = function (fn, context) { this.members.slice().forEach(function (m) { fn.call(context, m); }); };
          PL.forEach = PL.each;
          PL.map = function (fn, context) { return this.members.map(function (m) { return fn.call(context, m); }); };
          PL.filter = function (fn, context) { return this.members.filter(function (m) { return fn.call(context, m); }); };
          PL.find = function (fn, context) { return this.members.find(function (m) { return fn.call(context, m); }); };
          PL.reduce = function (fn, acc, context) { return this.members.reduce(function (a, m) { return fn.call(context, a, m); }, acc); };
          PL.eachParent = function () {};
          PL.toObject = function (excludeDisabled, caseSensitive, multiValue, sanitizeKeys) {
            var out = {}, self = this, sensitive = !this._ci || caseSensitive;
            this.members.forEach(function (m) {
              var k = m[self._keyName];
              if (k === undefined || (excludeDisabled && m.disabled) || (sanitizeKeys && !k)) { return; }
              k = sensitive ? k : String(k).toLowerCase();
              if (Object.prototype.hasOwnProperty.call(out, k) && multiValue) {
                if (!Array.isArray(out[k])) { out[k] = [out[k]]; }
                out[k].push(m.value);
              } else { out[k] = m.value; }
            });
            return out;
          };
          PL.toJSON = function () { return this.members.map(function (m) { return C.clone(m); }); };
          PL.toString = function () { return this._unparse ? this._unparse(this.members) : ''; };
          C.PropertyList = PropertyList;

          function parseHeaderLine(line) {
            var i = line.indexOf(':');
            return i < 0 ? { key: line.trim(), value: '' } : { key: line.slice(0, i).trim(), value: line.slice(i + 1).trim() };
          }
          function parseQueryPart(part) {
            var i = part.indexOf('=');
            return i < 0 ? { key: part, value: null } : { key: part.slice(0, i), value: part.slice(i + 1) };
          }
          function unparseQuery(members) {
            return members.filter(function (m) { return !m.disabled; }).map(function (m) {
              var k = m.key === undefined || m.key === null ? '' : String(m.key);
              return m.value === undefined || m.value === null ? k : k + '=' + String(m.value);
            }).join('&');
          }
          var HEADERS = {
            caseInsensitive: true, parse: parseHeaderLine,
            unparse: function (members) {
              return members.filter(function (m) { return !m.disabled; }).map(function (m) { return m.key + ': ' + m.value; }).join('\n');
            }
          };
          var QUERY = { parse: parseQueryPart, unparse: unparseQuery }, COOKIES = { keyName: 'name' };
          C.headerList = function (items) { return new PropertyList(items, HEADERS); };
          C.queryList = function (items) { return new PropertyList(items, QUERY); };
          C.formList = function (items) { return new PropertyList(items, QUERY); };

          // ---------- cookies ----------
          C.cookieList = function (items) {
            var list = new PropertyList(Array.isArray(items) ? items : [], COOKIES);
            list.toObject = function () {
              var out = {};
              this.members.forEach(function (c) { out[c.name] = c.value; });
              return out;
            };
            return list;
          };

          // ---------- Url ----------
          function Url(input) { this.update(input); }
          Url.prototype.update = function (input) {
            if (input instanceof Url) { input = input.toString(); }
            this.protocol = undefined; this.auth = undefined; this.host = undefined; this.port = undefined;
            this.path = undefined; this.hash = undefined;
            this.query = C.queryList([]);
            this.variables = new PropertyList([], PLAIN);
            if (input && typeof input === 'object') {
              if (typeof input.raw === 'string' && !input.host) { return this.update(input.raw); }
              this.protocol = input.protocol; this.port = input.port; this.hash = input.hash;
              this.auth = input.auth;
              this.host = typeof input.host === 'string' ? input.host.split('.') : input.host;
              this.path = typeof input.path === 'string' ? input.path.replace(/^\//, '').split('/') : input.path;
              this.query.populate(input.query || []);
              this.variables.populate(input.variable || []);
              return this;
            }
            var s = input === undefined || input === null ? '' : String(input).trim();
            var i = s.indexOf('#');
            if (i >= 0) { this.hash = s.slice(i + 1); s = s.slice(0, i); }
            i = s.indexOf('?');
            if (i >= 0) {
              var qs = s.slice(i + 1);
              s = s.slice(0, i);
              if (qs.length) { var self = this; qs.split('&').forEach(function (p) { self.query.add(parseQueryPart(p)); }); }
            }
            var m = /^([^:\/?#{}]+):\/\//.exec(s);
            if (m) { this.protocol = m[1]; s = s.slice(m[0].length); }
            var slash = s.indexOf('/');
            var hostPart = slash < 0 ? s : s.slice(0, slash);
            var rest = slash < 0 ? '' : s.slice(slash + 1);
            var at = hostPart.lastIndexOf('@');
            if (at >= 0) {
              var userinfo = hostPart.slice(0, at), colon = userinfo.indexOf(':');
              this.auth = colon < 0 ? { user: userinfo } : { user: userinfo.slice(0, colon), password: userinfo.slice(colon + 1) };
              hostPart = hostPart.slice(at + 1);
            }
            var pm = /:(\d+|\{\{[^{}]*\}\})$/.exec(hostPart);
            if (pm && hostPart.indexOf(']') < pm.index + 1) { this.port = pm[1]; hostPart = hostPart.slice(0, pm.index); }
            this.host = hostPart.length ? hostPart.split('.') : undefined;
            this.path = slash < 0 ? undefined : rest.split('/');
            return this;
          };
          Url.prototype.getHost = function () {
            return Array.isArray(this.host) ? this.host.join('.') : (this.host === undefined ? '' : String(this.host));
          };
          Url.prototype.getPath = function () {
            var p = Array.isArray(this.path) ? this.path.join('/') : (this.path === undefined ? '' : String(this.path).replace(/^\//, ''));
            return '/' + p;
          };
          Url.prototype.getQueryString = function () { return this.query.toString(); };
          Url.prototype.getPathWithQuery = function () {
            var q = this.getQueryString();
            return this.getPath() + (q ? '?' + q : '');
          };
          Url.prototype.getRemote = function (forcePort) {
            var port = this.port || (forcePort ? (this.protocol === 'https' ? '443' : '80') : '');
            return this.getHost() + (port ? ':' + port : '');
          };
          Url.prototype.addQueryParams = function (params) {
            var self = this;
            if (typeof params === 'string') { params.split('&').forEach(function (p) { if (p) { self.query.add(parseQueryPart(p)); } }); }
            else if (Array.isArray(params)) { params.forEach(function (p) { self.query.add(p); }); }
            return this;
          };
          Url.prototype.removeQueryParams = function (params) {
            var self = this;
            (Array.isArray(params) ? params : [params]).forEach(function (p) { self.query.remove(typeof p === 'object' ? p.key : p); });
            return this;
          };
          Url.prototype.toString = function () {
            var s = '';
            if (this.protocol) { s += this.protocol + '://'; }
            if (this.auth && (this.auth.user !== undefined || this.auth.password !== undefined)) {
              s += (this.auth.user || '') + (this.auth.password !== undefined ? ':' + this.auth.password : '') + '@';
            }
            s += this.getHost();
            if (this.port !== undefined && this.port !== null && this.port !== '') { s += ':' + this.port; }
            if (this.path !== undefined && this.path !== null && !(Array.isArray(this.path) && this.path.length === 0)) { s += this.getPath(); }
            if (this.query.filter(function (q) { return !q.disabled; }).length) { s += '?' + this.getQueryString(); }
            if (this.hash) { s += '#' + this.hash; }
            return s;
          };
          Url.prototype.getRaw = Url.prototype.toString;
          Url.prototype.toJSON = function () {
            var o = { raw: this.toString() };
            if (this.protocol) { o.protocol = this.protocol; }
            if (this.host !== undefined) { o.host = Array.isArray(this.host) ? this.host.slice() : [String(this.host)]; }
            if (this.port) { o.port = this.port; }
            if (this.path !== undefined) { o.path = Array.isArray(this.path) ? this.path.slice() : String(this.path).split('/'); }
            if (this.query.count()) { o.query = this.query.toJSON(); }
            if (this.hash) { o.hash = this.hash; }
            return o;
          };
          Url.parse = function (s) { return new Url(s).toJSON(); };
          C.Url = Url;

          // ---------- RequestBody ----------
          function RequestBody(json) { this.update(json); }
          RequestBody.prototype.update = function (json) {
            var self = this;
            Object.keys(this).forEach(function (k) { delete self[k]; });
            if (typeof json === 'string') { json = { mode: 'raw', raw: json }; }
            if (!json || typeof json !== 'object') { return this; }
            Object.keys(json).forEach(function (k) { self[k] = json[k]; });
            if (Array.isArray(json.urlencoded)) { this.urlencoded = C.formList(json.urlencoded); }
            if (Array.isArray(json.formdata)) { this.formdata = C.formList(json.formdata); }
            if (this.mode === undefined) {
              ['raw', 'urlencoded', 'formdata', 'file', 'graphql'].some(function (m) { if (self[m] !== undefined) { self.mode = m; return true; } return false; });
            }
            return this;
          };
          RequestBody.prototype.isEmpty = function () {
            if (!this.mode || this.disabled) { return true; }
            var c = this[this.mode];
            if (c === undefined || c === null) { return true; }
            if (c instanceof PropertyList) { return c.count() === 0; }
            if (typeof c === 'string') { return c.length === 0; }
            if (this.mode === 'file') { return !(c.src || c.content); }
            return false;
          };
          RequestBody.prototype.toString = function () {
            if (this.mode === 'raw') { return this.raw === undefined ? '' : String(this.raw); }
            if (this.mode === 'urlencoded' && this.urlencoded instanceof PropertyList) { return this.urlencoded.toString(); }
            if (this.mode === 'file' && this.file) { return this.file.content || ''; }
            return '';
          };
          RequestBody.prototype.toJSON = function () {
            var out = {}, self = this;
            Object.keys(this).forEach(function (k) {
              var v = self[k];
              if (v instanceof PropertyList) { out[k] = v.toJSON(); }
              else if (v !== undefined && typeof v !== 'function') { out[k] = C.clone(v); }
            });
            return out;
          };
          C.RequestBody = RequestBody;

          // ---------- Request ----------
          function Request(json) {
            json = json || {};
            var self = this, url, headers, body;
            Object.defineProperty(this, '_extra', { value: json, writable: true });
            this.id = json.id;
            this.name = json.name;
            this.description = json.description;
            this.method = json.method === undefined || json.method === null ? 'GET' : String(json.method).toUpperCase();
            Object.defineProperty(this, 'url', {
              enumerable: true, get: function () { return url; },
              set: function (v) { url = v instanceof Url ? v : new Url(v); }
            });
            Object.defineProperty(this, 'headers', {
              enumerable: true, get: function () { return headers; },
              set: function (v) { headers = v instanceof PropertyList ? v : C.headerList(v); }
            });
            Object.defineProperty(this, 'body', {
              enumerable: true, get: function () { return body; },
              set: function (v) { body = v === undefined || v === null ? undefined : (v instanceof RequestBody ? v : new RequestBody(v)); }
            });
            this.url = json.url;
            this.headers = Array.isArray(json.header) ? json.header : (Array.isArray(json.headers) ? json.headers : (json.header || []));
            this.body = json.body;
            this.auth = json.auth === null ? undefined : json.auth;
            if (this.auth && typeof this.auth === 'object') { decorateAuth(this.auth); }
          }
          function decorateAuth(auth) {
            Object.defineProperty(auth, 'parameters', {
              value: function () { return new PropertyList(Array.isArray(auth[auth.type]) ? auth[auth.type] : [], PLAIN); }
            });
          }
          var RQ = Request.prototype;
          Object.defineProperty(RQ, '__courierKind', { value: 'request' });
          RQ.addHeader = function (h) { this.headers.add(h); return this; };
          RQ.removeHeader = function (h, options) {
            var ignoreCase = !options || options.ignoreCase !== false;
            if (typeof h === 'string' && !ignoreCase) { this.headers.remove(function (m) { return m.key === h; }); }
            else { this.headers.remove(typeof h === 'object' ? h.key : h); }
            return this;
          };
          RQ.upsertHeader = function (h) { this.headers.upsert(h); return this; };
          RQ.getHeaders = function (options) {
            options = options || {};
            var out = {};
            this.headers.each(function (h) {
              if (options.enabled && h.disabled) { return; }
              var k = options.ignoreCase ? String(h.key).toLowerCase() : h.key;
              if (Object.prototype.hasOwnProperty.call(out, k)) { out[k] = [].concat(out[k], h.value); } else { out[k] = h.value; }
            });
            return out;
          };
          RQ.forEachHeader = function (fn) { this.headers.each(function (h) { if (!h.disabled) { fn(h); } }); };
          RQ.size = function () { var b = this.body ? this.body.toString() : ''; return { body: b.length, header: 0, total: b.length }; };
          Object.defineProperty(RQ, 'to', { get: function () { return global.__courierExpect.expect(this).to; } });
          RQ.toJSON = function () {
            var out = {}, extra = this._extra || {};
            Object.keys(extra).forEach(function (k) { out[k] = extra[k]; });
            if (this.id !== undefined) { out.id = this.id; }
            if (this.name !== undefined) { out.name = this.name; }
            out.method = this.method === undefined ? 'GET' : String(this.method);
            out.url = this.url.toString();
            delete out.headers;
            out.header = this.headers.toJSON();
            out.body = this.body ? this.body.toJSON() : null;
            out.auth = this.auth === undefined ? null : C.clone(this.auth);
            if (this.description !== undefined) { out.description = this.description; }
            return out;
          };
          // postman-collection's type markers (`Request.isRequest`-style checks look at the constructor).
          Request._postman_propertyName = 'Request';
          C.Request = Request;

          // ---------- JSON errors like newman's (liquid-json) ----------
          function jsonErrorPosition(text) {
            var i = 0, n = text.length;
            function ws() { while (i < n && /[ \t\n\r]/.test(text[i])) { i++; } }
            function fail() { throw i; }
            function value() {
              ws();
              if (i >= n) { fail(); }
              var c = text[i];
              if (c === '{') {
                i++; ws();
                if (text[i] === '}') { i++; return; }
                for (;;) { ws(); if (text[i] !== '"') { fail(); } str(); ws(); if (text[i] !== ':') { fail(); } i++; value(); ws();
                  if (text[i] === ',') { i++; continue; } if (text[i] === '}') { i++; return; } fail(); }
              }
              if (c === '[') {
                i++; ws();
                if (text[i] === ']') { i++; return; }
                for (;;) { value(); ws(); if (text[i] === ',') { i++; continue; } if (text[i] === ']') { i++; return; } fail(); }
              }
              if (c === '"') { return str(); }
              var m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
              if (m && m[0].length) { i += m[0].length; return; }
              var words = ['true', 'false', 'null'];
              for (var w = 0; w < words.length; w++) { if (text.substr(i, words[w].length) === words[w]) { i += words[w].length; return; } }
              fail();
            }
            function str() {
              i++;
              while (i < n) {
                var c = text[i];
                if (c === '"') { i++; return; }
                if (c === '\\') { i += 2; continue; }
                if (c.charCodeAt(0) < 0x20) { fail(); }
                i++;
              }
              fail();
            }
            try { value(); ws(); if (i < n) { fail(); } return -1; } catch (pos) { return typeof pos === 'number' ? pos : 0; }
          }
          C.parseJSON = function (text, reviver) {
            text = text === undefined || text === null ? '' : String(text);
            if (text.charCodeAt(0) === 0xFEFF) { text = text.slice(1); }
            try { return JSON.parse(text, reviver); } catch (e) {
              var error = new Error(), pos;
              error.name = 'JSONError';
              if (!text.trim().length) { error.message = 'No data, empty input at 1:1\n' + text + '\n^'; throw error; }
              pos = jsonErrorPosition(text);
              if (pos < 0) { pos = 0; }
              var before = text.slice(0, pos), line = before.split('\n').length, lineStart = before.lastIndexOf('\n') + 1;
              var column = pos - lineStart + 1, lineEnd = text.indexOf('\n', pos);
              var lineText = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
              var token = pos < text.length ? "token '" + text[pos] + "'" : 'end of input';
              error.message = 'Unexpected ' + token + ' at ' + line + ':' + column + '\n' + lineText + '\n' + new Array(column).join(' ') + '^';
              throw error;
            }
          };

          // ---------- Response ----------
          function Response(json) {
            json = json || {};
            new ResponseJSON(this, json);
            this.id = json.id;
            this.code = typeof json.code === 'number' ? json.code : Number(json.code);
            this.status = json.status === undefined ? '' : String(json.status);
            this.headers = C.headerList(Array.isArray(json.header) ? json.header : []);
            this.responseTime = json.responseTime;
            this.responseSize = json.responseSize;
            this.cookies = C.cookieList(Array.isArray(json.cookies) ? json.cookies : (C.state ? C.state.input.cookies : []));
          }
          var RS = Response.prototype;
          // The response's JSON form lives in a hidden slot (see `makeSlot`), read through `_json`.
          var ResponseJSON = makeSlot();
          Object.defineProperty(RS, '_json', { get: function () { return ResponseJSON.get(this); } });
          // The body text is read from `_json` when asked for: one hidden property per response instead of two.
          Object.defineProperty(RS, '_body', {
            get: function () { var body = this._json.body; return body === undefined || body === null ? '' : String(body); }
          });
          // The expectations library recognises requests and responses by this marker.
          Object.defineProperty(RS, '__courierKind', { value: 'response' });
          RS.text = function () { return this._body; };
          RS.json = function (reviver) { return C.parseJSON(this._body, reviver); };
          RS.jsonp = function (reviver) {
            var m = /^[\s\S]*?\(([\s\S]*)\)[\s;]*$/.exec(this._body.trim());
            return C.parseJSON(m ? m[1] : this._body, reviver);
          };
          RS.reason = function () { return this.status; };
          RS.details = function () { return { code: this.code, name: this.status, detail: this.status }; };
          RS.size = function () {
            var header = ('HTTP/1.1 ' + this.code + ' ' + this.status + '\r\n').length;
            this.headers.each(function (h) { header += (h.key + ': ' + h.value + '\r\n').length; });
            header += 2;
            var body = typeof this.responseSize === 'number' ? this.responseSize : this._body.length;
            return { body: body, header: header, total: body + header };
          };
          RS.contentInfo = function () {
            var type = String(this.headers.get('Content-Type') || 'text/plain'), semi = type.indexOf(';');
            var mime = (semi < 0 ? type : type.slice(0, semi)).trim().toLowerCase(), cs = /charset=([^;]+)/i.exec(type);
            var ext = mime.split('/')[1] || 'txt';
            return { contentType: type, mimeType: mime.split('/')[0], mimeFormat: ext, charset: cs ? cs[1].trim() : 'utf8',
              fileExtension: ext, fileName: 'response.' + ext };
          };
          RS.dataURI = function () {
            var info = this.contentInfo(), bytes = unescape(encodeURIComponent(this._body));
            return 'data:' + info.contentType.split(';')[0] + ';base64, ' + global.btoa(bytes);
          };
          RS.toJSON = function () { return C.clone(this._json); };
          Object.defineProperty(RS, 'to', { get: function () { return global.__courierExpect.expect(this).to; } });
          Response._postman_propertyName = 'Response';
          C.Response = Response;
        })(globalThis);
        """##
}
