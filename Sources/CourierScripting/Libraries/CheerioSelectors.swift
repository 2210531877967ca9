/// Part of `cheerio`: CSS selector parsing and matching (tags, ids, classes, attributes, combinators, pseudo-classes, :first/:last/:eq).
enum CheerioSelectors {
    static let source = #"""
          // ---- CSS selectors: compound parts joined by ' ', '>', '+', '~'; groups split by ',' ----
          function splitTop(text, separator) {
            const parts = [];
            let depth = 0, quote = null, start = 0;
            for (let i = 0; i < text.length; i += 1) {
              const c = text[i];
              if (quote) { if (c === quote) quote = null; else if (c === '\\') i += 1; continue; }
              if (c === '"' || c === "'") quote = c;
              else if (c === '(' || c === '[') depth += 1;
              else if (c === ')' || c === ']') depth -= 1;
              else if (c === separator && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
            }
            parts.push(text.slice(start));
            return parts;
          }
          const cache = new Map();
          function parseSelector(selector) {
            if (cache.has(selector)) return cache.get(selector);
            const groups = splitTop(String(selector), ',').map((group) => {
              const steps = [];
              let s = group.trim(), combinator = null;
              if (!s) throw new Error('Empty sub-selector');
              const TOKEN = /^\s*([>+~])\s*|^\s+/;
              while (s.length) {
                const c = TOKEN.exec(s);
                if (c) {
                  combinator = c[1] || ' ';
                  s = s.slice(c[0].length);
                  continue;
                }
                const compound = { tag: null, ids: [], classes: [], attrs: [], pseudos: [] };
                let m;
                if ((m = /^(\*|[\w-]+)/.exec(s))) { if (m[1] !== '*') compound.tag = m[1].toLowerCase(); s = s.slice(m[0].length); }
                for (;;) {
                  if ((m = /^#((?:\\.|[\w-])+)/.exec(s))) compound.ids.push(m[1].replace(/\\(.)/g, '$1'));
                  else if ((m = /^\.((?:\\.|[\w-])+)/.exec(s))) compound.classes.push(m[1].replace(/\\(.)/g, '$1'));
                  else if ((m = /^\[\s*([^\s~|^$*!=\]]+)\s*(?:([~|^$*!]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*))\s*(i)?)?\s*\]/.exec(s))) {
                    compound.attrs.push({ name: m[1].toLowerCase(), op: m[2], value: m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : m[5], insensitive: !!m[6] });
                  } else if ((m = /^::?([\w-]+)(?:\(((?:[^()]|\([^()]*\))*)\))?/.exec(s))) compound.pseudos.push({ name: m[1].toLowerCase(), arg: m[2] });
                  else break;
                  s = s.slice(m[0].length);
                }
                if (!compound.tag && !compound.ids.length && !compound.classes.length && !compound.attrs.length && !compound.pseudos.length && !/^\*/.test(group.trim())) {
                  if (!/^\s*\*/.test(s)) throw new Error('Unmatched selector: ' + s);
                }
                steps.push({ combinator: steps.length ? combinator || ' ' : null, compound });
                combinator = null;
                if (s.length && !/^[\s>+~]/.test(s)) {
                  if (s[0] === '*') { s = s.slice(1); continue; }
                  throw new Error('Unmatched selector: ' + s);
                }
              }
              return steps;
            });
            cache.set(selector, groups);
            return groups;
          }
          const elementChildren = (node) => (node.children || []).filter((c) => c.type === 'tag');
          const prevElement = (node) => { let p = node.prev; while (p && p.type !== 'tag') p = p.prev; return p; };
          const nextElement = (node) => { let n = node.next; while (n && n.type !== 'tag') n = n.next; return n; };
          function nth(expr, index) {
            expr = String(expr).replace(/\s+/g, '').toLowerCase();
            if (expr === 'odd') expr = '2n+1'; else if (expr === 'even') expr = '2n';
            const m = /^([+-]?\d*)n([+-]\d+)?$/.exec(expr);
            if (!m) return index === parseInt(expr, 10);
            const a = m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : parseInt(m[1], 10);
            const b = m[2] ? parseInt(m[2], 10) : 0;
            return a === 0 ? index === b : (index - b) / a >= 0 && (index - b) % a === 0;
          }
          function matchAttr(node, a) {
            const actual = node.attribs[a.name];
            if (actual === undefined) return a.op === '!=';
            if (!a.op) return true;
            let value = a.value, have = actual;
            if (a.insensitive) { value = value.toLowerCase(); have = have.toLowerCase(); }
            switch (a.op) {
              case '=': return have === value;
              case '!=': return have !== value;
              case '~=': return have.split(/\s+/).indexOf(value) !== -1;
              case '|=': return have === value || have.startsWith(value + '-');
              case '^=': return value !== '' && have.startsWith(value);
              case '$=': return value !== '' && have.endsWith(value);
              case '*=': return value !== '' && have.indexOf(value) !== -1;
              default: return false;
            }
          }
          function matchPseudo(node, p) {
            if (p.name in POSITIONAL) return true;
            if (p.name === 'first-child') return !prevElement(node);
            if (p.name === 'last-child') return !nextElement(node);
            if (p.name === 'only-child') return !prevElement(node) && !nextElement(node);
            const siblings = node.parent ? elementChildren(node.parent) : [node];
            const index = siblings.indexOf(node);
            switch (p.name) {
              case 'nth-child': return nth(p.arg, index + 1);
              case 'nth-last-child': return nth(p.arg, siblings.length - index);
              case 'first-of-type': return siblings.filter((s) => s.name === node.name).indexOf(node) === 0;
              case 'last-of-type': { const same = siblings.filter((s) => s.name === node.name); return same.indexOf(node) === same.length - 1; }
              case 'nth-of-type': return nth(p.arg, siblings.filter((s) => s.name === node.name).indexOf(node) + 1);
              case 'not': return !matches(node, p.arg);
              case 'is': case 'matches': return matches(node, p.arg);
              case 'has': return selectAll(p.arg, [node]).length > 0;
              case 'contains': return textOf(node).indexOf(p.arg.replace(/^(["'])(.*)\1$/, '$2')) !== -1;
              case 'empty': return !(node.children || []).some((c) => c.type === 'tag' || (c.type === 'text' && c.data !== ''));
              case 'checked': return 'checked' in node.attribs || (node.name === 'option' && 'selected' in node.attribs);
              case 'selected': return 'selected' in node.attribs;
              case 'disabled': return 'disabled' in node.attribs;
              case 'enabled': return !('disabled' in node.attribs) && /^(input|button|select|textarea|option)$/.test(node.name);
              case 'root': return !node.parent || node.parent.type === 'root';
              case 'header': return /^h[1-6]$/.test(node.name);
              case 'input': return /^(input|button|select|textarea)$/.test(node.name);
              case 'parent': return !matchPseudo(node, { name: 'empty' });
              case 'text': return node.name === 'input' && (node.attribs.type || 'text').toLowerCase() === 'text';
              default: throw new Error('unmatched pseudo-class :' + p.name);
            }
          }
          const POSITIONAL = { first: 1, last: 1, eq: 1, gt: 1, lt: 1, even: 1, odd: 1 };
          function matchCompound(node, c) {
            if (node.type !== 'tag') return false;
            if (c.tag && node.name !== c.tag) return false;
            if (c.ids.some((id) => node.attribs.id !== id)) return false;
            if (c.classes.length) {
              const have = (node.attribs.class || '').split(/\s+/);
              if (c.classes.some((k) => have.indexOf(k) === -1)) return false;
            }
            if (c.attrs.some((a) => !matchAttr(node, a))) return false;
            return c.pseudos.every((p) => matchPseudo(node, p));
          }
          // Matches `node` against steps[0..index], right to left; the first step's node must be in `pool` (a Set) when given.
          function matchSteps(node, steps, index, pool) {
            if (!matchCompound(node, steps[index].compound)) return false;
            if (index === 0) return !pool || pool.has(node);
            const combinator = steps[index].combinator;
            if (combinator === '>') { const p = node.parent; return !!p && p.type === 'tag' && matchSteps(p, steps, index - 1, pool); }
            if (combinator === '+') { const p = prevElement(node); return !!p && matchSteps(p, steps, index - 1, pool); }
            if (combinator === '~') {
              for (let p = prevElement(node); p; p = prevElement(p)) if (matchSteps(p, steps, index - 1, pool)) return true;
              return false;
            }
            for (let p = node.parent; p && p.type === 'tag'; p = p.parent) if (matchSteps(p, steps, index - 1, pool)) return true;
            return false;
          }
          function contains(ancestor, node) {
            for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
            return false;
          }
          function descendants(node, out) {
            for (const c of node.children || []) if (c.type === 'tag') { out.push(c); descendants(c, out); }
            return out;
          }
          function positional(list, pseudos) {
            for (const p of pseudos) {
              const n = parseInt(p.arg, 10);
              if (p.name === 'first') list = list.slice(0, 1);
              else if (p.name === 'last') list = list.slice(-1);
              else if (p.name === 'eq') list = n < 0 ? list.slice(n, n === -1 ? undefined : n + 1) : list.slice(n, n + 1);
              else if (p.name === 'gt') list = list.slice(n + 1);
              else if (p.name === 'lt') list = list.slice(0, Math.max(n, 0));
              else if (p.name === 'even') list = list.filter((_, i) => i % 2 === 0);
              else if (p.name === 'odd') list = list.filter((_, i) => i % 2 === 1);
            }
            return list;
          }
          const isPositional = (step) => step.compound.pseudos.some((p) => p.name in POSITIONAL);
          function following(node, combinator) {
            if (combinator === '>') return elementChildren(node);
            if (combinator === '+') return [nextElement(node)].filter(Boolean);
            if (combinator === '~') { const out = []; for (let n = nextElement(node); n; n = nextElement(n)) out.push(n); return out; }
            return descendants(node, []);
          }
          // Runs steps left to right through positional pseudos (:first, :eq(n)...), right to left between them.
          function runSteps(steps, pool, docRoot, candidates) {
            const cut = steps.findIndex(isPositional);
            const end = cut === -1 ? steps.length - 1 : cut;
            const segment = steps.slice(0, end + 1);
            let list = (candidates || descendants(docRoot, [])).filter((n) => matchSteps(n, segment, end, pool));
            if (cut === -1) return list;
            list = positional(list, steps[cut].compound.pseudos);
            if (cut === steps.length - 1) return list;
            const next = new Set();
            list.forEach((n) => following(n, steps[cut + 1].combinator).forEach((c) => next.add(c)));
            const rest = steps.slice(cut + 1);
            rest[0] = Object.assign({}, rest[0], { combinator: null });
            return runSteps(rest, next, docRoot, null);
          }
          const topOf = (node) => { let n = node; while (n.parent) n = n.parent; return n; };
          /// Elements under `roots` (not the roots themselves) matching `selector`, in document order.
          function selectAll(selector, roots) {
            const groups = parseSelector(selector);
            const found = new Set();
            for (const steps of groups) {
              for (const root of roots) {
                const below = descendants(root, []);
                const pool = root.type === 'root' ? null : new Set(below);
                runSteps(steps, pool, root.type === 'root' ? root : topOf(root), below).forEach((n) => found.add(n));
              }
            }
            return groups.length === 1 && roots.length === 1 ? Array.from(found) : sortDocument(Array.from(found));
          }
          function matches(node, selector) {
            if (typeof selector === 'function') return !!selector(node);
            return parseSelector(selector).some((steps) => matchSteps(node, steps, steps.length - 1, null));
          }
          function sortDocument(nodes) {
            if (nodes.length < 2) return nodes;
            const order = new Map();
            const seen = new Set();
            const visit = (node) => { order.set(node, order.size); (node.children || []).forEach(visit); };
            nodes.forEach((n) => { const top = topOf(n); if (!seen.has(top)) { seen.add(top); visit(top); } });
            return nodes.slice().sort((a, b) => order.get(a) - order.get(b));
          }

        """#
}
