/// Part of `cheerio`: a lenient HTML parser (void elements, implied end tags, raw-text elements, entities) and the HTML/text serialisers.
enum CheerioHTMLParser {
    static let source = #"""
          // ---- lenient HTML parser: nodes shaped like cheerio's (type, name, attribs, children, parent, data) ----
          const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);
          const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
          const BLOCK = ['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'figure', 'details', 'menu'];
          const CLOSES = {
            li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'],
            option: ['option'], optgroup: ['optgroup', 'option'], thead: ['tbody', 'tfoot'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
            body: ['head'], rt: ['rt', 'rp'], rp: ['rt', 'rp'],
          };
          BLOCK.forEach((b) => { CLOSES[b] = (CLOSES[b] || []).concat('p'); });
          const SCOPE = { li: ['ul', 'ol', 'menu'], td: ['tr', 'table'], th: ['tr', 'table'], tr: ['table', 'tbody', 'thead', 'tfoot'], dt: ['dl'], dd: ['dl'], option: ['select', 'datalist'] };
          const ENTITIES = {
            amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
            hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
            bull: '\u2022', middot: '\u00b7', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7',
            deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7', laquo: '\u00ab', raquo: '\u00bb', para: '\u00b6',
            iexcl: '\u00a1', iquest: '\u00bf', shy: '\u00ad', uml: '\u00a8', acute: '\u00b4', micro: '\u00b5', larr: '\u2190',
            rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194', le: '\u2264', ge: '\u2265', ne: '\u2260', infin: '\u221e',
            auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc', Auml: '\u00c4', Ouml: '\u00d6', Uuml: '\u00dc', szlig: '\u00df',
            eacute: '\u00e9', egrave: '\u00e8', ecirc: '\u00ea', aacute: '\u00e1', agrave: '\u00e0', acirc: '\u00e2', ccedil: '\u00e7',
            iacute: '\u00ed', oacute: '\u00f3', uacute: '\u00fa', ntilde: '\u00f1', Eacute: '\u00c9', aring: '\u00e5', oslash: '\u00f8',
            ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c',
          };
          function decodeEntitiesOf(text) {
            return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (m, e) => {
              if (e[0] === '#') {
                const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
                return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
              }
              return Object.prototype.hasOwnProperty.call(ENTITIES, e) && (m.endsWith(';') || /^(amp|lt|gt|quot|nbsp|copy|reg)$/.test(e)) ? ENTITIES[e] : m;
            });
          }
          function link(parent, node) {
            node.parent = parent.type === 'root' && parent.__fragment ? null : parent;
            const siblings = parent.children;
            const prev = siblings[siblings.length - 1] || null;
            node.prev = prev;
            node.next = null;
            if (prev) prev.next = node;
            siblings.push(node);
            return node;
          }
          /// Parses HTML leniently into a root node `{type: 'root', children}`.
          function parseHTML(html, options) {
            html = String(html);
            const decodeEntities = options && options.decodeEntities === false ? (t) => t : decodeEntitiesOf;
            const root = { type: 'root', name: 'root', children: [], attribs: {}, parent: null };
            const stack = [root];
            const top = () => stack[stack.length - 1];
            const text = (value) => {
              if (!value) return;
              const last = top().children[top().children.length - 1];
              if (last && last.type === 'text') last.data += value;
              else link(top(), { type: 'text', data: value });
            };
            let i = 0;
            const TAG = /<([a-zA-Z][^\s/>]*)/y;
            while (i < html.length) {
              const lt = html.indexOf('<', i);
              if (lt === -1) { text(decodeEntities(html.slice(i))); break; }
              if (lt > i) text(decodeEntities(html.slice(i, lt)));
              i = lt;
              if (html.startsWith('<!--', i)) {
                const close = html.indexOf('-->', i + 4);
                const end = close === -1 ? html.length : close;
                link(top(), { type: 'comment', data: html.slice(i + 4, end) });
                i = close === -1 ? html.length : close + 3;
                continue;
              }
              if (html.startsWith('<![CDATA[', i)) {
                const close = html.indexOf(']]>', i);
                text(html.slice(i + 9, close === -1 ? html.length : close));
                i = close === -1 ? html.length : close + 3;
                continue;
              }
              if (html[i + 1] === '!' || html[i + 1] === '?') {
                const close = html.indexOf('>', i);
                const end = close === -1 ? html.length : close;
                link(top(), { type: 'directive', name: html.slice(i + 1, end).split(/\s/)[0].toLowerCase(), data: html.slice(i + 1, end) });
                i = end + 1;
                continue;
              }
              if (html[i + 1] === '/') {
                const m = /<\/([a-zA-Z][^\s/>]*)[^>]*>?/y;
                m.lastIndex = i;
                const found = m.exec(html);
                if (!found) { text('<'); i += 1; continue; }
                const name = found[1].toLowerCase();
                i = m.lastIndex;
                for (let s = stack.length - 1; s > 0; s -= 1) {
                  if (stack[s].name === name) { stack.length = s; break; }
                }
                continue;
              }
              TAG.lastIndex = i;
              const open = TAG.exec(html);
              if (!open) { text('<'); i += 1; continue; }
              const name = open[1].toLowerCase();
              const node = { type: 'tag', name, attribs: {}, children: [] };
              const ATTR = /\s*(\/?>)|\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\//y;
              let j = TAG.lastIndex, selfClosing = false;
              for (;;) {
                ATTR.lastIndex = j;
                const a = ATTR.exec(html);
                if (!a) { j = html.length; break; }
                j = ATTR.lastIndex;
                if (a[1]) { selfClosing = a[1] === '/>'; break; }
                if (a[2] && !(a[2].toLowerCase() in node.attribs)) {
                  const value = a[3] !== undefined ? a[3] : a[4] !== undefined ? a[4] : a[5] !== undefined ? a[5] : '';
                  node.attribs[a[2].toLowerCase()] = decodeEntities(value);
                }
              }
              i = j;
              const closes = CLOSES[name];
              if (closes) {
                for (let s = stack.length - 1; s > 0; s -= 1) {
                  const open = stack[s].name;
                  if (closes.indexOf(open) !== -1) { stack.length = s; break; }
                  if ((SCOPE[name] && SCOPE[name].indexOf(open) !== -1) || BLOCK.indexOf(open) !== -1 && open !== 'p') break;
                }
              }
              link(top(), node);
              if (VOID.has(name) || selfClosing) continue;
              if (RAW.has(name)) {
                const close = html.toLowerCase().indexOf('</' + name, i);
                const end = close === -1 ? html.length : close;
                const raw = html.slice(i, end);
                if (raw) link(node, { type: 'text', data: name === 'textarea' || name === 'title' ? decodeEntities(raw) : raw });
                const gt = html.indexOf('>', end);
                i = close === -1 || gt === -1 ? html.length : gt + 1;
                continue;
              }
              stack.push(node);
            }
            return root;
          }
          // ---- serialisation: like cheerio 0.22, markup-significant and non-ASCII characters become entities ----
          const XML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
          const encodeXML = (s) => String(s).replace(/[&<>"']/g, (c) => XML_ENTITIES[c])
            .replace(/[^\x00-\x7f]/gu, (c) => '&#x' + c.codePointAt(0).toString(16).toUpperCase() + ';');
          const escapeRaw = (s) => String(s);
          function render(node, raw) {
            const encode = raw ? escapeRaw : encodeXML;
            if (Array.isArray(node)) return node.map((n) => render(n, raw)).join('');
            switch (node.type) {
              case 'root': return render(node.children, raw);
              case 'text': return node.parent && RAW.has(node.parent.name) && node.parent.name !== 'textarea' && node.parent.name !== 'title' ? node.data : encode(node.data);
              case 'comment': return '<!--' + node.data + '-->';
              case 'directive': return '<' + node.data + '>';
              default: {
                const attrs = Object.keys(node.attribs).map((k) => (node.attribs[k] === '' ? ' ' + k : ' ' + k + '="' + (raw ? String(node.attribs[k]).replace(/"/g, '&quot;') : encode(node.attribs[k])) + '"')).join('');
                if (VOID.has(node.name)) return '<' + node.name + attrs + '>';
                return '<' + node.name + attrs + '>' + render(node.children, raw) + '</' + node.name + '>';
              }
            }
          }
          function textOf(node) {
            if (Array.isArray(node)) return node.map(textOf).join('');
            if (node.type === 'text') return node.data;
            if (node.type === 'tag' || node.type === 'root') return textOf(node.children);
            return '';
          }

        """#
}
