/// A small subset of the `postman-collection` SDK: `Url`, `QueryParam`, `Header`, `Variable`, `Request`, `Response`, `PropertyList`.
enum PostmanCollectionLibrary {
    /// The module, registered under `postman-collection`.
    static let library = SandboxLibrary(
        names: ["postman-collection"],
        source: #"""
            (function (require) {
              const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
              /// An ordered list of properties (`QueryParam`, `Header`, `Variable`) looked up by key.
              class PropertyList {
                constructor(Type, parent, items) {
                  this.Type = Type;
                  this.members = [];
                  if (items) this.populate(items);
                }
                _make(item) { return item instanceof this.Type ? item : new this.Type(item); }
                populate(items) { [].concat(typeof items === 'string' && this.Type.parse ? this.Type.parse(items) : items || []).forEach((i) => this.add(i)); }
                add(item) { if (item !== undefined && item !== null) this.members.push(this._make(item)); }
                append(item) { this.add(item); }
                prepend(item) { this.members.unshift(this._make(item)); }
                upsert(item) {
                  const made = this._make(item);
                  const existing = this.one(made.key);
                  if (existing) { existing.update ? existing.update(made) : Object.assign(existing, made); return false; }
                  this.add(made);
                  return true;
                }
                _match(key) { const k = String(key).toLowerCase(); const ci = this.Type._caseInsensitive; return (m) => (ci ? String(m.key).toLowerCase() === k : m.key === key); }
                one(key) { for (let i = this.members.length - 1; i >= 0; i -= 1) if (this._match(key)(this.members[i])) return this.members[i]; return undefined; }
                get(key) { const m = this.one(key); return m === undefined ? undefined : m.valueOf(); }
                has(key, value) { return this.members.some((m) => this._match(key)(m) && (value === undefined || m.value === value)); }
                remove(predicate) {
                  const test = typeof predicate === 'function' ? predicate : typeof predicate === 'string' ? this._match(predicate) : (m) => m === predicate;
                  this.members = this.members.filter((m) => !test(m));
                }
                clear() { this.members = []; }
                all() { return this.members.slice(); }
                count() { return this.members.length; }
                idx(i) { return this.members[i]; }
                indexOf(item) { return this.members.indexOf(typeof item === 'string' ? this.one(item) : item); }
                each(fn, ctx) { this.members.forEach(fn, ctx); }
                map(fn, ctx) { return this.members.map(fn, ctx); }
                filter(fn, ctx) { return this.members.filter(fn, ctx); }
                find(fn, ctx) { return this.members.find(fn, ctx); }
                reduce(fn, acc) { return this.members.reduce(fn, acc); }
                toObject(excludeDisabled, caseSensitive) {
                  const out = {};
                  this.members.forEach((m) => { if (excludeDisabled && m.disabled) return; out[caseSensitive === false ? String(m.key).toLowerCase() : m.key] = m.valueOf(); });
                  return out;
                }
                toJSON() { return this.members.map((m) => (m.toJSON ? m.toJSON() : m)); }
                toString() { return this.Type.unparse ? this.Type.unparse(this.members) : this.members.map(String).join('\n'); }
                static isPropertyList(v) { return v instanceof PropertyList; }
              }

              /// A query parameter `{key, value}`; `QueryParam.parse('a=1&b')` and `QueryParam.unparse(list)`.
              class QueryParam {
                constructor(options) {
                  if (typeof options === 'string') options = QueryParam.parseSingle(options);
                  options = options || {};
                  this.key = options.key === undefined ? null : options.key;
                  this.value = options.value === undefined ? null : options.value;
                  if (options.disabled) this.disabled = true;
                  if (options.description) this.description = options.description;
                }
                update(o) { if (typeof o === 'string') o = QueryParam.parseSingle(o); this.key = o.key; this.value = o.value; }
                valueOf() { return this.value; }
                toString() { return QueryParam.unparseSingle(this); }
                toJSON() { const o = { key: this.key, value: this.value }; if (this.disabled) o.disabled = true; return o; }
                static parse(text) {
                  if (typeof text !== 'string' || text === '') return [];
                  return text.split('&').map(QueryParam.parseSingle);
                }
                static parseSingle(param, index, all) {
                  if (param === '' && all && all.length > 1) return { key: null, value: null };
                  const at = param.indexOf('=');
                  return at === -1 ? { key: param, value: null } : { key: param.slice(0, at), value: param.slice(at + 1) };
                }
                static unparse(params, options) {
                  if (!params) return '';
                  const list = Array.isArray(params) ? params : params instanceof PropertyList ? params.members
                    : Object.keys(params).map((k) => ({ key: k, value: params[k] }));
                  return list.filter((p) => !p.disabled).map((p) => QueryParam.unparseSingle(p, options && options.encode)).join('&');
                }
                static unparseSingle(p, encode) {
                  const enc = (s) => (encode ? encodeURIComponent(s) : s);
                  const key = p.key === null || p.key === undefined ? '' : enc(String(p.key));
                  if (p.value === null || p.value === undefined) return key;
                  return key + '=' + enc(String(p.value));
                }
              }

              /// A header `{key, value}`; `Header.parse('A: 1\nB: 2')`, `Header.parseSingle`, `Header.unparse`.
              class Header {
                constructor(options, name) {
                  if (typeof options === 'string') options = name === undefined ? Header.parseSingle(options) : { key: name, value: options };
                  options = options || {};
                  this.key = options.key === undefined ? '' : options.key;
                  this.value = options.value === undefined ? '' : options.value;
                  if (options.disabled) this.disabled = true;
                  if (options.system) this.system = true;
                }
                update(o) { if (typeof o === 'string') o = Header.parseSingle(o); this.key = o.key; this.value = o.value; }
                valueOf() { return this.value; }
                toString() { return this.key + ': ' + this.value; }
                toJSON() { const o = { key: this.key, value: this.value }; if (this.disabled) o.disabled = true; return o; }
                static parse(text) {
                  return String(text || '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map(Header.parseSingle);
                }
                static parseSingle(text) {
                  text = String(text);
                  const at = text.indexOf(':');
                  return at === -1 ? { key: text.trim(), value: '' } : { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
                }
                static unparse(headers, separator) {
                  const list = headers instanceof PropertyList ? headers.members : headers || [];
                  return list.filter((h) => !h.disabled).map(Header.unparseSingle).join(separator === undefined ? '\r\n' : separator);
                }
                static unparseSingle(h) { return h.key + ': ' + h.value; }
                static create(value, name) { return new Header(value, name); }
                static isHeader(v) { return v instanceof Header; }
              }
              Header._caseInsensitive = true;

              const TYPES = {
                string: (v) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)),
                boolean: (v) => (typeof v === 'string' ? v.toLowerCase() !== 'false' && v !== '' && v !== '0' : !!v),
                number: (v) => Number(v),
                json: (v) => { try { return typeof v === 'string' ? JSON.parse(v) : v; } catch (e) { return undefined; } },
                any: (v) => v,
                secret: (v) => (v === undefined || v === null ? '' : String(v)),
              };
              /// A variable `{key, value, type}` whose `get()` casts by type.
              class Variable {
                constructor(options, name) {
                  if (options === null || typeof options !== 'object') options = { value: options, key: name };
                  this.key = options.key === undefined ? (options.id === undefined ? null : options.id) : options.key;
                  this.id = this.key;
                  this.type = TYPES[options.type] ? options.type : 'any';
                  this.value = options.value;
                  if (options.disabled) this.disabled = true;
                  if (options.description) this.description = options.description;
                }
                get() { return TYPES[this.type](this.value); }
                set(value) { this.value = value; }
                valueOf() { return this.get(); }
                toString() { const v = this.get(); return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v); }
                update(o) { if (o.value !== undefined) this.value = o.value; if (o.type && TYPES[o.type]) this.type = o.type; }
                cast(v) { return TYPES[this.type](v); }
                valueType(type) { if (type && TYPES[type]) this.type = type; return this.type; }
                toJSON() { return { key: this.key, value: this.value, type: this.type }; }
                static isVariable(v) { return v instanceof Variable; }
              }
              Variable.types = { string: String, boolean: Boolean, number: Number, json: Object, any: Object, secret: String };

              /// A request URL: `new Url('https://host/path?q')`, `toString()`, `getHost()`, `getPath()`, `getQueryString()`, `Url.parse`.
              class Url {
                constructor(options) { this.update(options); }
                update(options) {
                  if (typeof options === 'string') options = Url.parse(options);
                  options = options || {};
                  if (typeof options.raw === 'string' && !options.host && !options.path) options = Object.assign(Url.parse(options.raw), options, Url.parse(options.raw));
                  this.protocol = options.protocol;
                  this.auth = options.auth;
                  this.host = typeof options.host === 'string' ? options.host.split('.') : options.host;
                  this.port = options.port;
                  this.path = typeof options.path === 'string' ? options.path.replace(/^\//, '').split('/') : options.path;
                  this.hash = options.hash;
                  this.query = new PropertyList(QueryParam, this, options.query);
                  this.variables = new PropertyList(Variable, this, options.variable || options.variables);
                }
                getHost() { return Array.isArray(this.host) ? this.host.join('.') : this.host || ''; }
                getPath(unresolved) {
                  const path = Array.isArray(this.path) ? this.path : this.path ? [this.path] : [];
                  let text = '/' + path.join('/');
                  if (!unresolved) text = text.replace(/(^|\/):([^/]+)/g, (m, slash, name) => { const v = this.variables.one(name); return slash + (v ? v.toString() : ':' + name); });
                  return text;
                }
                getQueryString(options) { return QueryParam.unparse(this.query.members.filter((q) => !q.disabled), options); }
                getPathWithQuery(unresolved) { const q = this.getQueryString(); return this.getPath(unresolved) + (q ? '?' + q : ''); }
                getRemote(options) {
                  const forcePort = options && options.forcePort;
                  const port = this.port || (forcePort ? (this.protocol === 'http' ? '80' : '443') : undefined);
                  return this.getHost() + (port ? ':' + port : '');
                }
                getOAuth1BaseUrl() { return (this.protocol || 'http') + '://' + this.getRemote().toLowerCase() + this.getPath(); }
                addQueryParams(params) { (typeof params === 'string' ? QueryParam.parse(params) : [].concat(params)).forEach((p) => this.query.add(p)); }
                removeQueryParams(params) {
                  const names = [].concat(params).map((p) => (typeof p === 'string' ? p : p.key));
                  this.query.remove((q) => names.indexOf(q.key) !== -1);
                }
                toString(forceProtocol) {
                  let text = '';
                  if (this.protocol) text += this.protocol + '://';
                  else if (forceProtocol) text += 'http://';
                  if (this.auth && (this.auth.user !== undefined || this.auth.password !== undefined)) {
                    text += (this.auth.user || '') + (this.auth.password !== undefined && this.auth.password !== null ? ':' + this.auth.password : '') + '@';
                  }
                  text += this.getHost();
                  if (this.port) text += ':' + this.port;
                  if (this.path) text += this.getPath(true);
                  const q = QueryParam.unparse(this.query.members.filter((m) => !m.disabled));
                  if (this.query.count() && this.query.members.some((m) => !m.disabled)) text += '?' + q;
                  if (this.hash) text += '#' + this.hash;
                  return text;
                }
                toJSON() {
                  const o = { raw: this.toString() };
                  if (this.protocol) o.protocol = this.protocol;
                  if (this.host) o.host = this.host;
                  if (this.port) o.port = this.port;
                  if (this.path) o.path = this.path;
                  if (this.query.count()) o.query = this.query.toJSON();
                  if (this.hash) o.hash = this.hash;
                  return o;
                }
                static parse(text) {
                  const url = { raw: text };
                  let rest = String(text).trim();
                  const hash = rest.indexOf('#');
                  if (hash !== -1) { url.hash = rest.slice(hash + 1); rest = rest.slice(0, hash); }
                  const q = rest.indexOf('?');
                  if (q !== -1) { url.query = QueryParam.parse(rest.slice(q + 1)); rest = rest.slice(0, q); }
                  const proto = /^([^:/?#]+):\/\//.exec(rest);
                  if (proto) { url.protocol = proto[1]; rest = rest.slice(proto[0].length); }
                  const slash = rest.indexOf('/');
                  let authority = slash === -1 ? rest : rest.slice(0, slash);
                  const path = slash === -1 ? '' : rest.slice(slash + 1);
                  const at = authority.lastIndexOf('@');
                  if (at !== -1) {
                    const info = authority.slice(0, at);
                    const colon = info.indexOf(':');
                    url.auth = colon === -1 ? { user: info } : { user: info.slice(0, colon), password: info.slice(colon + 1) };
                    authority = authority.slice(at + 1);
                  }
                  const port = /:(\d+|\{\{[^}]*\}\})$/.exec(authority);
                  if (port) { url.port = port[1]; authority = authority.slice(0, -port[0].length); }
                  if (authority) url.host = authority.split('.');
                  if (slash !== -1) url.path = path.split('/');
                  return url;
                }
                static isUrl(v) { return v instanceof Url; }
              }

              /// A request: `new Request({url, method, header, body})` or `new Request('https://...')`.
              class Request {
                constructor(options) {
                  if (typeof options === 'string') options = { url: options };
                  options = options || {};
                  this.url = options.url instanceof Url ? options.url : new Url(options.url || '');
                  this.method = String(options.method || 'GET').toUpperCase();
                  this.headers = new PropertyList(Header, this, options.header || options.headers);
                  this.body = options.body;
                  this.auth = options.auth;
                }
                getHeaders(options) {
                  const out = {};
                  this.headers.members.forEach((h) => {
                    if (options && options.enabled && h.disabled) return;
                    const key = options && options.ignoreCase ? h.key.toLowerCase() : h.key;
                    if (hasOwn(out, key)) out[key] = [].concat(out[key], h.value); else out[key] = h.value;
                  });
                  return out;
                }
                addHeader(h) { this.headers.add(h); }
                upsertHeader(h) { this.headers.upsert(h); }
                removeHeader(key) { this.headers.remove(typeof key === 'string' ? (h) => h.key.toLowerCase() === key.toLowerCase() : key); }
                addQueryParams(p) { this.url.addQueryParams(p); }
                removeQueryParams(p) { this.url.removeQueryParams(p); }
                toJSON() { const o = { url: this.url.toJSON(), method: this.method, header: this.headers.toJSON() }; if (this.body) o.body = this.body; return o; }
                static isRequest(v) { return v instanceof Request; }
              }

              /// A response: `new Response({code, status, header, body, responseTime})` with `text()`, `json()`.
              class Response {
                constructor(options) {
                  options = options || {};
                  this.code = options.code;
                  this.status = options.status;
                  this.headers = new PropertyList(Header, this, options.header || options.headers);
                  this.body = options.body === undefined ? (options.stream ? String(options.stream) : '') : options.body;
                  this.responseTime = options.responseTime;
                  this.cookies = options.cookie || [];
                }
                text() { return this.body === undefined || this.body === null ? '' : String(this.body); }
                json(reviver) { return JSON.parse(this.text(), reviver); }
                reason() { return this.status; }
                size() { return { body: this.text().length, header: Header.unparse(this.headers).length, total: this.text().length }; }
                toJSON() { return { code: this.code, status: this.status, header: this.headers.toJSON(), body: this.body, responseTime: this.responseTime }; }
                static isResponse(v) { return v instanceof Response; }
              }

              const VariableList = function (parent, items) { return new PropertyList(Variable, parent, items); };
              const QueryParamList = function (parent, items) { return new PropertyList(QueryParam, parent, items); };
              const HeaderList = function (parent, items) { return new PropertyList(Header, parent, items); };
              return { Url, QueryParam, Header, Variable, Request, Response, PropertyList, VariableList, QueryParamList, HeaderList };
            })
            """#)
}
