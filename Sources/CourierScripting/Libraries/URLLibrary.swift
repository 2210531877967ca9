/// Node's `url` module: legacy `parse`/`format`/`resolve` plus WHATWG-style `URL` and `URLSearchParams` (JavaScriptCore has neither). Requires `querystring`.
enum URLLibrary {
    /// The module, registered under `url`.
    static let library = SandboxLibrary(
        names: ["url"],
        source: #"""
            (function (require) {
              const querystring = require('querystring');
              // ---- Node's legacy url.parse / format / resolve ----
              const SLASHED = { http: 1, https: 1, ftp: 1, gopher: 1, file: 1, 'http:': 1, 'https:': 1, 'ftp:': 1, 'gopher:': 1, 'file:': 1, ws: 1, wss: 1, 'ws:': 1, 'wss:': 1 };
              const HOSTLESS = { javascript: 1, 'javascript:': 1 };
              const AUTO_ESCAPE = /[{}|\\^`'<>" \r\n\t]/g;
              const autoEscape = (s) => s.replace(AUTO_ESCAPE, (c) => (c === "'" ? '%27' : encodeURIComponent(c)));
              /// A parsed URL with Node's legacy fields (`protocol`, `slashes`, `auth`, `host`, `port`, `hostname`, `hash`, `search`, `query`, `pathname`, `path`, `href`).
              function Url() {
                this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null; this.hostname = null;
                this.hash = null; this.search = null; this.query = null; this.pathname = null; this.path = null; this.href = null;
              }
              Url.prototype.parse = function (input, parseQueryString, slashesDenoteHost) {
                if (typeof input !== 'string') throw new TypeError('The "url" argument must be of type string. Received ' + (input === null ? 'null' : typeof input));
                let rest = input.trim();
                // backslashes before the query become slashes, like Node
                const q = rest.search(/[?#]/);
                rest = q === -1 ? rest.replace(/\\/g, '/') : rest.slice(0, q).replace(/\\/g, '/') + rest.slice(q);
                const proto = /^([a-z0-9.+-]+:)/i.exec(rest);
                let lowerProto;
                if (proto) {
                  lowerProto = proto[1].toLowerCase();
                  this.protocol = lowerProto;
                  rest = rest.slice(proto[1].length);
                }
                let slashes = false;
                if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
                  slashes = rest.substr(0, 2) === '//';
                  if (slashes && !(lowerProto && HOSTLESS[lowerProto])) { rest = rest.slice(2); this.slashes = true; }
                }
                if (!HOSTLESS[lowerProto] && (slashes || (lowerProto && !SLASHED[lowerProto]))) {
                  let hostEnd = rest.search(/[/?#]/);
                  if (hostEnd === -1) hostEnd = rest.length;
                  let authority = rest.slice(0, hostEnd);
                  const at = authority.lastIndexOf('@');
                  if (at !== -1) { this.auth = decodeURIComponent(authority.slice(0, at)); authority = authority.slice(at + 1); }
                  rest = rest.slice(hostEnd);
                  const port = /:([0-9]*)$/.exec(authority);
                  if (port) { if (port[1]) this.port = port[1]; authority = authority.slice(0, authority.length - port[0].length); }
                  let hostname = authority;
                  if (hostname[0] === '[' && hostname[hostname.length - 1] === ']') hostname = hostname.slice(1, -1);
                  // a hostname stops at characters that cannot be in one; the rest becomes part of the path
                  const bad = hostname.search(/[^A-Za-z0-9.\-+_\u0080-\uffff:]/);
                  if (bad !== -1 && !/^\[/.test(authority)) { rest = '/' + hostname.slice(bad) + rest; hostname = hostname.slice(0, bad); }
                  this.hostname = hostname.toLowerCase();
                  const ipv6 = authority[0] === '[';
                  this.host = (ipv6 ? '[' + this.hostname + ']' : this.hostname) + (this.port ? ':' + this.port : '');
                }
                rest = autoEscape(rest);
                const hash = rest.indexOf('#');
                if (hash !== -1) { this.hash = rest.slice(hash); rest = rest.slice(0, hash); }
                const search = rest.indexOf('?');
                if (search !== -1) {
                  this.search = rest.slice(search);
                  this.query = rest.slice(search + 1);
                  if (parseQueryString) this.query = querystring.parse(this.query);
                  rest = rest.slice(0, search);
                } else if (parseQueryString) { this.search = ''; this.query = {}; }
                if (rest) this.pathname = rest;
                if (SLASHED[lowerProto] && this.hostname && !this.pathname) this.pathname = '/';
                if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
                this.href = this.format();
                return this;
              };
              Url.prototype.format = function () {
                let auth = this.auth || '';
                if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
                let protocol = this.protocol || '';
                let pathname = this.pathname || '';
                let hash = this.hash || '';
                let host = '';
                let query = '';
                if (this.host) host = auth + this.host;
                else if (this.hostname) {
                  host = auth + (this.hostname.indexOf(':') === -1 ? this.hostname : '[' + this.hostname + ']');
                  if (this.port) host += ':' + this.port;
                }
                if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
                let search = this.search || (query && '?' + query) || '';
                if (protocol && protocol.slice(-1) !== ':') protocol += ':';
                if (this.slashes || ((!protocol || SLASHED[protocol]) && host !== '' && host !== null && (this.host || this.hostname))) {
                  host = '//' + (host || '');
                  if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
                } else if (!host) host = '';
                if (hash && hash[0] !== '#') hash = '#' + hash;
                if (search && search[0] !== '?') search = '?' + search;
                pathname = pathname.replace(/[?#]/g, encodeURIComponent);
                search = search.replace('#', '%23');
                return protocol + host + pathname + search + hash;
              };
              Url.prototype.resolve = function (relative) { return resolve(this.format(), relative); };
              Url.prototype.resolveObject = function (relative) { return parse(this.resolve(typeof relative === 'string' ? relative : format(relative))); };
              function parse(input, parseQueryString, slashesDenoteHost) {
                if (input instanceof Url) return input;
                return new Url().parse(input, parseQueryString, slashesDenoteHost);
              }
              function format(object) {
                if (typeof object === 'string') object = parse(object);
                else if (object instanceof URLClass) return object.href;
                if (!(object instanceof Url)) return Url.prototype.format.call(object);
                return object.format();
              }
              // RFC 3986 reference resolution on strings (works for relative bases too, like Node's url.resolve).
              const PARTS = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;
              function removeDots(path) {
                const out = [];
                const segments = path.split('/');
                segments.forEach((seg, i) => {
                  if (seg === '..') { if (out.length > 1 || (out.length === 1 && out[0] !== '')) out.pop(); if (i === segments.length - 1) out.push(''); }
                  else if (seg === '.') { if (i === segments.length - 1) out.push(''); }
                  else out.push(seg);
                });
                return out.join('/');
              }
              function resolve(from, to) {
                const b = PARTS.exec(String(from).trim()), r = PARTS.exec(String(to).trim());
                let scheme, authority, path, query;
                const has = (v) => v !== undefined;
                if (has(r[1])) { scheme = r[1]; authority = r[2]; path = removeDots(r[3]); query = r[4]; }
                else {
                  scheme = b[1];
                  if (has(r[2])) { authority = r[2]; path = removeDots(r[3]); query = r[4]; }
                  else {
                    authority = b[2];
                    if (r[3] === '') { path = b[3]; query = has(r[4]) ? r[4] : b[4]; }
                    else {
                      if (r[3][0] === '/') path = removeDots(r[3]);
                      else {
                        const merged = has(b[2]) && b[3] === '' ? '/' + r[3] : b[3].slice(0, b[3].lastIndexOf('/') + 1) + r[3];
                        path = removeDots(merged);
                      }
                      query = r[4];
                    }
                  }
                }
                if (has(authority) && path === '' && scheme && SLASHED[scheme.toLowerCase()]) path = '/';
                return format(parse((has(scheme) ? scheme + ':' : '') + (has(authority) ? '//' + authority : '') + path + (has(query) ? '?' + query : '') + (has(r[5]) ? '#' + r[5] : '')));
              }

              // ---- WHATWG URL and URLSearchParams ----
              const SPECIAL = { 'ftp:': '21', 'file:': '', 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
              const encodeSet = (re) => (s) => s.replace(re, (c) => encodeURIComponent(c));
              const encodePath = encodeSet(/[\s"<>`{}#?]|[^\x00-\x7f]/gu);
              const encodeQuery = encodeSet(/[\s"<>#]|[^\x00-\x7f]/gu);
              const encodeSpecialQuery = encodeSet(/[\s"<>#']|[^\x00-\x7f]/gu);
              const encodeFragment = encodeSet(/[\s"<>`]|[^\x00-\x7f]/gu);
              const encodeUser = encodeSet(/[\s"<>`#?{}/:;=@[\\\]^|]|[^\x00-\x7f]/gu);
              function formEncode(s) {
                return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
              }
              const formDecode = (s) => querystring.unescape(s.replace(/\+/g, ' '));
              /// WHATWG `URLSearchParams`.
              class URLSearchParams {
                constructor(init) {
                  this._list = [];
                  this._url = null;
                  if (init === undefined || init === null) return;
                  if (typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
                    for (const pair of init) {
                      const p = Array.from(pair);
                      if (p.length !== 2) throw new TypeError('Each query pair must be an iterable [name, value] tuple');
                      this._list.push([String(p[0]), String(p[1])]);
                    }
                  } else if (typeof init === 'object') {
                    Object.keys(init).forEach((k) => this._list.push([k, String(init[k])]));
                  } else {
                    String(init).replace(/^\?/, '').split('&').forEach((piece) => {
                      if (piece === '') return;
                      const at = piece.indexOf('=');
                      this._list.push(at === -1 ? [formDecode(piece), ''] : [formDecode(piece.slice(0, at)), formDecode(piece.slice(at + 1))]);
                    });
                  }
                }
                _update() { if (this._url) { const s = this.toString(); this._url._search = s ? '?' + s : ''; } }
                get size() { return this._list.length; }
                append(name, value) { this._list.push([String(name), String(value)]); this._update(); }
                delete(name, value) { this._list = this._list.filter((p) => !(p[0] === String(name) && (value === undefined || p[1] === String(value)))); this._update(); }
                get(name) { const p = this._list.find((e) => e[0] === String(name)); return p ? p[1] : null; }
                getAll(name) { return this._list.filter((e) => e[0] === String(name)).map((e) => e[1]); }
                has(name, value) { return this._list.some((e) => e[0] === String(name) && (value === undefined || e[1] === String(value))); }
                set(name, value) {
                  name = String(name); value = String(value);
                  const at = this._list.findIndex((e) => e[0] === name);
                  if (at === -1) this._list.push([name, value]);
                  else { this._list[at][1] = value; this._list = this._list.filter((e, i) => i <= at || e[0] !== name); }
                  this._update();
                }
                sort() { this._list = this._list.map((e, i) => [e, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map((x) => x[0]); this._update(); }
                forEach(fn, thisArg) { this._list.slice().forEach((e) => fn.call(thisArg, e[1], e[0], this)); }
                keys() { return this._list.map((e) => e[0])[Symbol.iterator](); }
                values() { return this._list.map((e) => e[1])[Symbol.iterator](); }
                entries() { return this._list.map((e) => [e[0], e[1]])[Symbol.iterator](); }
                [Symbol.iterator]() { return this.entries(); }
                toString() { return this._list.map((e) => formEncode(e[0]) + '=' + formEncode(e[1])).join('&'); }
              }
              const URL_PARTS = /^([a-zA-Z][a-zA-Z0-9+.-]*:)?(?:\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$/;
              /// WHATWG `URL` (the common cases: special schemes, userinfo, ports, dot segments, percent-encoding).
              class URLClass {
                constructor(input, base) {
                  input = String(input).replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '');
                  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*:)/.exec(input);
                  if (!scheme) {
                    if (base === undefined) throw new TypeError('Invalid URL: ' + input);
                    const b = base instanceof URLClass ? base : new URLClass(base);
                    if (!(b._protocol in SPECIAL) && b._host === null && !/^[/?#]/.test(input) && input !== '') throw new TypeError('Invalid URL: ' + input);
                    input = resolveAgainst(b, input);
                  } else if (base !== undefined && (scheme[1].toLowerCase() in SPECIAL) && !/^[a-zA-Z][a-zA-Z0-9+.-]*:[/\\]/.test(input)) {
                    const b = base instanceof URLClass ? base : new URLClass(base);
                    if (b._protocol === scheme[1].toLowerCase()) input = resolveAgainst(b, input.slice(scheme[1].length));
                  }
                  this._parse(input);
                }
                _parse(input) {
                  let protocol = /^([a-zA-Z][a-zA-Z0-9+.-]*:)/.exec(input)[1].toLowerCase();
                  let rest = input.slice(protocol.length);
                  const special = protocol in SPECIAL;
                  if (special) {
                    const q = rest.search(/[?#]/);
                    rest = (q === -1 ? rest : rest.slice(0, q)).replace(/\\/g, '/') + (q === -1 ? '' : rest.slice(q));
                    if (protocol !== 'file:') rest = '//' + rest.replace(/^\/*/, '');
                  }
                  const m = URL_PARTS.exec(rest);
                  this._protocol = protocol;
                  this._username = ''; this._password = ''; this._host = null; this._port = '';
                  if (m[2] !== undefined) {
                    let authority = m[2];
                    const at = authority.lastIndexOf('@');
                    if (at !== -1) {
                      const info = authority.slice(0, at);
                      const colon = info.indexOf(':');
                      this._username = encodeUser(colon === -1 ? info : info.slice(0, colon));
                      this._password = colon === -1 ? '' : encodeUser(info.slice(colon + 1));
                      authority = authority.slice(at + 1);
                    }
                    const port = /:(\d*)$/.exec(authority);
                    if (port && !/^\[[^\]]*$/.test(authority.slice(0, -port[0].length) + ']') ) {
                      authority = authority.slice(0, -port[0].length);
                      const n = port[1] === '' ? '' : String(parseInt(port[1], 10));
                      if (n !== '' && +n > 65535) throw new TypeError('Invalid URL: ' + input);
                      this._port = n === SPECIAL[protocol] ? '' : n;
                    } else if (/:[^\]]*$/.test(authority) && authority[0] !== '[') throw new TypeError('Invalid URL: ' + input);
                    let host = special ? querystring.unescape(authority).toLowerCase() : authority;
                    if (special && protocol !== 'file:' && host === '') throw new TypeError('Invalid URL: ' + input);
                    if (special && /[\s#%/:<>?@[\\\]^|]/.test(host.replace(/^\[[^\]]*\]$/, ''))) throw new TypeError('Invalid URL: ' + input);
                    if (special && /^[0-9.]+$/.test(host) && /^\d/.test(host)) host = ipv4(host, input);
                    this._host = host;
                  }
                  let path = m[3];
                  if (special || this._host !== null) {
                    if (special && path === '') path = '/';
                    path = removeDots(path.split('/').map((seg) => (/^(?:\.|%2e)$/i.test(seg) ? '.' : /^(?:\.|%2e){2}$/i.test(seg) ? '..' : seg)).join('/'));
                    if (path[0] !== '/' && path !== '') path = '/' + path;
                  }
                  this._pathname = encodePath(path);
                  this._search = m[4] === undefined || m[4] === '?' ? '' : (special ? encodeSpecialQuery : encodeQuery)(m[4]);
                  this._hash = m[5] === undefined || m[5] === '#' ? '' : encodeFragment(m[5]);
                  this._params = new URLSearchParams(this._search);
                  this._params._url = this;
                }
                get href() {
                  const auth = this._username || this._password ? this._username + (this._password ? ':' + this._password : '') + '@' : '';
                  const host = this._host === null ? '' : '//' + auth + this.host;
                  return this._protocol + host + this._pathname + this._search + this._hash;
                }
                set href(v) { this._parse(new URLClass(v).href); }
                get origin() { return this._protocol in SPECIAL && this._protocol !== 'file:' ? this._protocol + '//' + this.host : 'null'; }
                get protocol() { return this._protocol; }
                set protocol(v) { const p = String(v).replace(/:.*$/, '').toLowerCase() + ':'; if (/^[a-z][a-z0-9+.-]*:$/.test(p) && ((p in SPECIAL) === (this._protocol in SPECIAL))) { this._protocol = p; if (this._port === SPECIAL[p]) this._port = ''; } }
                get username() { return this._username; }
                set username(v) { if (this._host) this._username = encodeUser(String(v)); }
                get password() { return this._password; }
                set password(v) { if (this._host) this._password = encodeUser(String(v)); }
                get host() { return this._host === null ? '' : this._host + (this._port ? ':' + this._port : ''); }
                set host(v) { const u = new URLClass(this._protocol + '//' + v); this._host = u._host; this._port = u._port; }
                get hostname() { return this._host === null ? '' : this._host; }
                set hostname(v) { const u = new URLClass(this._protocol + '//' + v); this._host = u._host; }
                get port() { return this._port; }
                set port(v) { const n = String(v).match(/^\d*/)[0]; if (n === '' && String(v) !== '') return; this._port = n === '' || n === SPECIAL[this._protocol] ? '' : String(parseInt(n, 10)); }
                get pathname() { return this._pathname; }
                set pathname(v) { let p = encodePath(removeDots(String(v))); if (this._protocol in SPECIAL && p[0] !== '/') p = '/' + p; this._pathname = p; }
                get search() { return this._search.length > 1 ? this._search : ''; }
                set search(v) { v = String(v); this._search = v === '' || v === '?' ? '' : (this._protocol in SPECIAL ? encodeSpecialQuery : encodeQuery)(v[0] === '?' ? v : '?' + v); this._params._list = new URLSearchParams(this._search)._list; }
                get searchParams() { return this._params; }
                get hash() { return this._hash.length > 1 ? this._hash : ''; }
                set hash(v) { v = String(v); this._hash = v === '' || v === '#' ? '' : encodeFragment(v[0] === '#' ? v : '#' + v); }
                toString() { return this.href; }
                toJSON() { return this.href; }
              }
              function ipv4(host, input) {
                const parts = host.replace(/\.$/, '').split('.');
                if (parts.length > 4) throw new TypeError('Invalid URL: ' + input);
                const nums = parts.map((p) => (/^0x/i.test(p) ? parseInt(p, 16) : /^0\d/.test(p) ? parseInt(p, 8) : parseInt(p, 10)));
                if (nums.some((n) => isNaN(n))) return host;
                let value = nums[nums.length - 1];
                if (value >= Math.pow(256, 5 - nums.length)) throw new TypeError('Invalid URL: ' + input);
                nums.slice(0, -1).forEach((n, i) => { if (n > 255) throw new TypeError('Invalid URL: ' + input); value += n * Math.pow(256, 3 - i); });
                const out = [];
                for (let i = 0; i < 4; i += 1) { out.unshift(value % 256); value = Math.floor(value / 256); }
                return out.join('.');
              }
              function resolveAgainst(base, input) {
                const auth = base._username || base._password ? base._username + (base._password ? ':' + base._password : '') + '@' : '';
                const origin = base._protocol + (base._host === null ? '' : '//' + auth + base.host);
                if (base._protocol in SPECIAL) input = input.replace(/^([^?#]*)/, (m) => m.replace(/\\/g, '/'));
                if (input.startsWith('//')) return base._protocol + input;
                if (input === '') return origin + base._pathname + base._search;
                if (input[0] === '#') return origin + base._pathname + base._search + input;
                if (input[0] === '?') return origin + base._pathname + input;
                if (input[0] === '/') return origin + input;
                return origin + base._pathname.slice(0, base._pathname.lastIndexOf('/') + 1) + input;
              }

              return {
                parse, format, resolve, resolveObject: (from, to) => parse(from).resolveObject(to), Url,
                URL: URLClass, URLSearchParams,
                domainToASCII: (d) => String(d).toLowerCase(), domainToUnicode: (d) => String(d),
                fileURLToPath: (u) => decodeURIComponent(new URLClass(String(u)).pathname),
                pathToFileURL: (p) => new URLClass('file://' + encodePath(String(p))),
              };
            })
            """#)
}
