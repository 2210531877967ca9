/// Deep equality for `eql`, `deep.*` and the Postman body assertions, following chai 4's rules.
///
/// Defines `deepEqual(a, b)`: primitives by SameValue except that `NaN` equals `NaN` and `+0` differs
/// from `-0`; objects of the same type compared by own and inherited enumerable keys; arrays by
/// index; Dates, boxed primitives by value; RegExps by source text; Maps and Sets regardless of order.
enum ExpectEquality {
    static let source = #"""
        // ---- deepEqual: chai-4-like deep equality ----
        function isPrimitive(value) {
          return value === null || (typeof value !== 'object' && typeof value !== 'function');
        }

        function primitiveEqual(a, b) {
          if (a === b) return a !== 0 || 1 / a === 1 / b;
          return a !== a && b !== b; // both NaN
        }

        function enumerableKeys(object) {
          const keys = [];
          for (const key in object) keys.push(key);
          for (const symbol of Object.getOwnPropertySymbols(object)) {
            if (Object.getOwnPropertyDescriptor(object, symbol).enumerable) keys.push(symbol);
          }
          return keys;
        }

        function listsEqual(a, b, memo) {
          if (a.length !== b.length) return false;
          for (let i = 0; i < a.length; i += 1) {
            if (!deepEqualWith(a[i], b[i], memo)) return false;
          }
          return true;
        }

        // Matches every entry of `a` with a distinct equal entry of `b`, in any order.
        function unorderedEqual(a, b, memo) {
          if (a.length !== b.length) return false;
          const unused = b.slice();
          for (const item of a) {
            const at = unused.findIndex((candidate) => deepEqualWith(item, candidate, memo));
            if (at === -1) return false;
            unused.splice(at, 1);
          }
          return true;
        }

        function keyText(key) {
          return typeof key === 'symbol' ? key.toString() : String(key);
        }

        function objectsEqual(a, b, memo) {
          const aKeys = enumerableKeys(a);
          const bKeys = enumerableKeys(b);
          if (aKeys.length && aKeys.length === bKeys.length) {
            const sortedA = aKeys.map(keyText).sort();
            const sortedB = bKeys.map(keyText).sort();
            for (let i = 0; i < sortedA.length; i += 1) {
              if (sortedA[i] !== sortedB[i]) return false;
            }
            for (const key of aKeys) {
              if (!deepEqualWith(a[key], b[key], memo)) return false;
            }
            return true;
          }
          if (aKeys.length !== bKeys.length) return false;
          const aIterable = a !== null && typeof a[Symbol.iterator] === 'function';
          const bIterable = b !== null && typeof b[Symbol.iterator] === 'function';
          if (aIterable && bIterable) {
            try { return listsEqual(Array.from(a), Array.from(b), memo); } catch (e) { return false; }
          }
          return true;
        }

        function deepEqualWith(a, b, memo) {
          if (isPrimitive(a) || isPrimitive(b)) return primitiveEqual(a, b);
          if (a === b) return true;
          const known = memo.get(a);
          if (known && known.has(b)) return true;
          if (!known) memo.set(a, new Set([b])); else known.add(b);
          const equal = structuresEqual(a, b, memo);
          if (!equal) memo.get(a).delete(b);
          return equal;
        }

        function structuresEqual(a, b, memo) {
          const type = typeName(a);
          if (type !== typeName(b)) return false;
          switch (type) {
            case 'String': case 'Number': case 'Boolean': case 'Date':
              return primitiveEqual(a.valueOf(), b.valueOf());
            case 'RegExp':
              return String(a) === String(b);
            case 'Promise': case 'Symbol': case 'function': case 'WeakMap': case 'WeakSet':
              return a === b;
            case 'Error':
              return ['name', 'message', 'code'].every((k) => deepEqualWith(a[k], b[k], memo));
            case 'Arguments': case 'Array': case 'Int8Array': case 'Uint8Array': case 'Uint8ClampedArray':
            case 'Int16Array': case 'Uint16Array': case 'Int32Array': case 'Uint32Array':
            case 'Float32Array': case 'Float64Array':
              return listsEqual(a, b, memo);
            case 'Set':
              if (a.size !== b.size) return false;
              return unorderedEqual(Array.from(a), Array.from(b), memo);
            case 'Map':
              if (a.size !== b.size) return false;
              return unorderedEqual(Array.from(a.entries()), Array.from(b.entries()), memo);
            default:
              return objectsEqual(a, b, memo);
          }
        }

        function deepEqual(a, b) {
          return deepEqualWith(a, b, new Map());
        }

        """#
}
