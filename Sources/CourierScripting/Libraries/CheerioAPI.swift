/// Part of `cheerio`: the jQuery-like wrapper (`find`, `each`, `text`, `attr`, ...) and `cheerio.load(html, {decodeEntities})`.
enum CheerioAPI {
    static let source = #"""
          // ---- the cheerio object ----
          const isNode = (v) => v && typeof v === 'object' && typeof v.type === 'string' && ('children' in v || 'data' in v);
          const unique = (list) => sortDocument(Array.from(new Set(list)));
          function Cheerio(nodes, root) {
            nodes.forEach((n, i) => { this[i] = n; });
            this.length = nodes.length;
            this._root = root;
          }
          const wrap = (nodes, root) => new Cheerio(nodes, root);
          const rawOf = (self) => !!(self._root && self._root._options && self._root._options.decodeEntities === false);
          const proto = Cheerio.prototype;
          proto.cheerio = '[cheerio object]';
          proto.toArray = function () { return Array.prototype.slice.call(this); };
          proto.get = function (i) { return i === undefined ? this.toArray() : this[i < 0 ? this.length + i : i]; };
          proto.each = function (fn) {
            for (let i = 0; i < this.length; i += 1) if (fn.call(this[i], i, this[i]) === false) break;
            return this;
          };
          proto.map = function (fn) {
            const out = [];
            for (let i = 0; i < this.length; i += 1) {
              const v = fn.call(this[i], i, this[i]);
              if (v !== null && v !== undefined) Array.isArray(v) ? out.push(...v) : out.push(v);
            }
            return wrap(out, this._root);
          };
          proto.filter = function (match) {
            const list = this.toArray();
            let out;
            if (typeof match === 'function') out = list.filter((n, i) => match.call(n, i, n));
            else if (typeof match === 'string') out = list.filter((n) => n.type === 'tag' && matches(n, match));
            else { const set = new Set(match && match.cheerio ? match.toArray() : [].concat(match)); out = list.filter((n) => set.has(n)); }
            return wrap(out, this._root);
          };
          proto.not = function (match) {
            const keep = new Set(this.filter(match).toArray());
            return wrap(this.toArray().filter((n) => !keep.has(n)), this._root);
          };
          proto.is = function (match) { return this.filter(match).length > 0; };
          proto.has = function (selector) { return this.filter((i, n) => (typeof selector === 'string' ? selectAll(selector, [n]).length > 0 : contains(n, selector))); };
          proto.find = function (selector) {
            if (selector && typeof selector === 'object') {
              const targets = selector.cheerio ? selector.toArray() : [selector];
              return wrap(targets.filter((t) => this.toArray().some((n) => contains(n, t))), this._root);
            }
            return wrap(selectAll(selector, this.toArray()), this._root);
          };
          proto.first = function () { return this.eq(0); };
          proto.last = function () { return this.eq(-1); };
          proto.eq = function (i) { i = +i; const n = this[i < 0 ? this.length + i : i]; return wrap(n ? [n] : [], this._root); };
          proto.slice = function (a, b) { return wrap(this.toArray().slice(a, b), this._root); };
          proto.index = function (selector) {
            if (selector === undefined) { const n = this[0]; return n && n.parent ? n.parent.children.filter((c) => c.type === 'tag').indexOf(n) : -1; }
            const target = typeof selector === 'string' ? this._root(selector)[0] : selector.cheerio ? selector[0] : selector;
            return typeof selector === 'string' ? this._root(selector).toArray().indexOf(this[0]) : this.toArray().indexOf(target);
          };
          const filtered = (self, nodes, selector) => { const w = wrap(unique(nodes), self._root); return selector ? w.filter(selector) : w; };
          const parentOf = (n) => (n.parent && n.parent.type === 'tag' ? n.parent : null);
          proto.children = function (selector) { return filtered(this, this.toArray().flatMap(elementChildren), selector); };
          proto.contents = function () { return wrap(this.toArray().flatMap((n) => n.children || []), this._root); };
          proto.parent = function (selector) { return filtered(this, this.toArray().map(parentOf).filter(Boolean), selector); };
          proto.parents = function (selector) {
            const out = [];
            this.each((i, n) => { for (let p = parentOf(n); p; p = parentOf(p)) out.push(p); });
            const w = wrap(Array.from(new Set(out)), this._root);
            return selector ? w.filter(selector) : w;
          };
          proto.closest = function (selector) {
            const out = [];
            this.each((i, n) => { for (let p = n; p && p.type === 'tag'; p = p.parent) if (matches(p, selector)) { out.push(p); break; } });
            return wrap(unique(out), this._root);
          };
          proto.next = function (selector) { return filtered(this, this.toArray().map(nextElement).filter(Boolean), selector); };
          proto.prev = function (selector) { return filtered(this, this.toArray().map(prevElement).filter(Boolean), selector); };
          proto.nextAll = function (selector) { return filtered(this, this.toArray().flatMap((n) => following(n, '~')), selector); };
          proto.prevAll = function (selector) {
            const out = [];
            this.each((i, n) => { for (let p = prevElement(n); p; p = prevElement(p)) out.push(p); });
            return filtered(this, out, selector);
          };
          proto.siblings = function (selector) {
            return filtered(this, this.toArray().flatMap((n) => (n.parent ? elementChildren(n.parent) : []).filter((s) => s !== n)), selector);
          };
          proto.add = function (other) {
            const more = typeof other === 'string' ? this._root(other).toArray() : other && other.cheerio ? other.toArray() : [].concat(other);
            return wrap(unique(this.toArray().concat(more)), this._root);
          };
          proto.end = function () { return this; };
          proto.text = function (value) {
            if (value === undefined) return textOf(this.toArray());
            return this.each((i, n) => { n.children = []; if (n.children) link(n, { type: 'text', data: String(typeof value === 'function' ? value.call(n, i, textOf(n)) : value) }); });
          };
          proto.html = function (value) {
            if (value === undefined) return this[0] ? render(this[0].children || [], rawOf(this)) : null;
            return this.each((i, n) => {
              n.children = [];
              const content = value && value.cheerio ? value.toArray() : parseHTML(String(value), this._root && this._root._options).children;
              content.forEach((c) => link(n, c));
            });
          };
          proto.toString = function () { return render(this.toArray(), rawOf(this)); };
          proto.attr = function (name, value) {
            if (typeof name === 'object') { Object.keys(name).forEach((k) => this.attr(k, name[k])); return this; }
            if (value === undefined) {
              const n = this[0];
              if (!n || n.type !== 'tag') return undefined;
              if (name === undefined) return Object.assign({}, n.attribs);
              return Object.prototype.hasOwnProperty.call(n.attribs, name) ? n.attribs[name] : undefined;
            }
            return this.each((i, n) => {
              if (n.type !== 'tag') return;
              if (value === null) delete n.attribs[name];
              else n.attribs[name] = String(typeof value === 'function' ? value.call(n, i, n.attribs[name]) : value);
            });
          };
          proto.removeAttr = function (name) { return this.each((i, n) => { if (n.attribs) delete n.attribs[name]; }); };
          proto.prop = function (name) {
            const n = this[0];
            if (!n || n.type !== 'tag') return undefined;
            if (name === 'checked' || name === 'selected' || name === 'disabled') return name in n.attribs;
            if (name === 'tagName' || name === 'nodeName') return n.name.toUpperCase();
            if (name === 'innerHTML') return render(n.children, rawOf(this));
            if (name === 'outerHTML') return render(n, rawOf(this));
            if (name === 'textContent' || name === 'innerText') return textOf(n);
            return name in n.attribs ? n.attribs[name] : n[name];
          };
          proto.data = function (name) {
            const n = this[0];
            if (!n || n.type !== 'tag') return undefined;
            const read = (v) => { if (v === 'true') return true; if (v === 'false') return false; if (v === 'null') return null; if (v !== '' && !isNaN(v)) return Number(v); if (/^[[{]/.test(v)) { try { return JSON.parse(v); } catch (e) { return v; } } return v; };
            const camel = (k) => k.replace(/-([a-z])/g, (m, c) => c.toUpperCase());
            if (name === undefined) {
              const out = {};
              Object.keys(n.attribs).filter((k) => k.startsWith('data-')).forEach((k) => { out[camel(k.slice(5))] = read(n.attribs[k]); });
              return out;
            }
            const key = 'data-' + name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
            return key in n.attribs ? read(n.attribs[key]) : undefined;
          };
          proto.val = function () {
            const n = this[0];
            if (!n || n.type !== 'tag') return undefined;
            if (n.name === 'textarea') return textOf(n);
            if (n.name === 'select') {
              const options = selectAll('option', [n]);
              const chosen = options.filter((o) => 'selected' in o.attribs);
              const value = (o) => ('value' in o.attribs ? o.attribs.value : textOf(o));
              if ('multiple' in n.attribs) return chosen.map(value);
              return chosen.length ? value(chosen[0]) : options.length ? value(options[0]) : undefined;
            }
            if (n.name === 'option') return 'value' in n.attribs ? n.attribs.value : textOf(n);
            if (n.name === 'input' && /^(checkbox|radio)$/i.test(n.attribs.type || '') && !('value' in n.attribs)) return 'on';
            return n.attribs.value;
          };
          const classes = (n) => (n.attribs.class || '').split(/\s+/).filter(Boolean);
          proto.hasClass = function (name) { return this.toArray().some((n) => n.type === 'tag' && classes(n).indexOf(name) !== -1); };
          proto.addClass = function (name) {
            return this.each((i, n) => { if (n.type !== 'tag') return; const have = classes(n); String(name).split(/\s+/).forEach((c) => { if (c && have.indexOf(c) === -1) have.push(c); }); n.attribs.class = have.join(' '); });
          };
          proto.removeClass = function (name) {
            return this.each((i, n) => {
              if (n.type !== 'tag') return;
              const drop = name === undefined ? null : String(name).split(/\s+/);
              n.attribs.class = drop ? classes(n).filter((c) => drop.indexOf(c) === -1).join(' ') : '';
            });
          };
          proto.remove = function () {
            return this.each((i, n) => {
              const parent = n.parent || null;
              if (parent) parent.children.splice(parent.children.indexOf(n), 1);
              if (n.prev) n.prev.next = n.next;
              if (n.next) n.next.prev = n.prev;
              n.parent = n.prev = n.next = null;
            });
          };
          proto.clone = function () { return wrap(parseHTML(this.toString(), this._root && this._root._options).children, this._root); };
          proto.serializeArray = function () {
            return this.find('input,select,textarea').filter((i, n) => n.attribs.name && !('disabled' in n.attribs)
              && (!/^(checkbox|radio)$/i.test(n.attribs.type || '') || 'checked' in n.attribs) && !/^(submit|button|file|reset|image)$/i.test(n.attribs.type || ''))
              .toArray().map((n) => ({ name: n.attribs.name, value: String(wrap([n]).val() || '').replace(/\r?\n/g, '\r\n') }));
          };
          if (typeof Symbol !== 'undefined') proto[Symbol.iterator] = function () { return this.toArray()[Symbol.iterator](); };

          /// `cheerio.load(html)` answers `$`: `$(selector, [context])`, `$(node)`, `$.html()`, `$.text()`, `$.root()`.
          function load(content, options) {
            options = Object.assign({ decodeEntities: true }, options || {});
            const document = typeof content === 'string' || content === undefined || content === null ? parseHTML(content || '', options)
              : { type: 'root', name: 'root', children: [].concat(content && content.cheerio ? content.toArray() : content), attribs: {}, parent: null };
            const $ = function (selector, context) {
              if (selector === undefined || selector === null || selector === '') return wrap([], $);
              if (selector && selector.cheerio) return wrap(selector.toArray(), $);
              if (isNode(selector)) return wrap([selector], $);
              if (Array.isArray(selector)) return wrap(selector.filter(isNode), $);
              if (typeof selector === 'string' && /^\s*</.test(selector)) return wrap(parseHTML(selector, options).children, $);
              if (context !== undefined) return (typeof context === 'string' ? $(context) : $(context)).find(selector);
              return wrap(selectAll(selector, [document]), $);
            };
            $.root = () => wrap([document], $);
            $.html = (selector) => (selector === undefined ? render(document, options.decodeEntities === false) : (selector.cheerio ? selector : typeof selector === 'string' ? $(selector) : $(selector)).toString());
            $.xml = $.html;
            $.text = (nodes) => textOf(nodes === undefined ? document : nodes.cheerio ? nodes.toArray() : nodes);
            $.contains = contains;
            $.parseHTML = (html) => parseHTML(html, options).children;
            $.load = load;
            $._options = options;
            $.fn = proto;
            $._root = document;
            return $;
          }
          const cheerio = function (selector, context, root) {
            const $ = load(root || '');
            return $(selector, context);
          };
          cheerio.load = load;
          cheerio.html = (nodes) => render(nodes && nodes.cheerio ? nodes.toArray() : nodes || []);
          cheerio.text = (nodes) => textOf(nodes && nodes.cheerio ? nodes.toArray() : nodes || []);
          cheerio.contains = contains;
          cheerio.parseHTML = (html) => parseHTML(html).children;
          cheerio.prototype = proto;
          cheerio.version = '0.22.0';
          return cheerio;

        """#
}
