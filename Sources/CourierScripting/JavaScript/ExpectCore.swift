/// The assertion machinery of Courier's `expect`: `AssertionError`, the `Assertion` chain with its
/// flags, the guard against unknown words, and the `expect` entry point.
///
/// Defines `AssertionError`, `Assertion`, `flag(assertion, name[, value])`, `addProperty`, `addMethod`,
/// `addChainableMethod`, `usageError(assertion, text)` and `expect(value, message)`.
enum ExpectCore {
    static let source = #"""
        // ---- core: AssertionError, Assertion, flags, word registration ----
        class AssertionError extends Error {
          constructor(message, properties) {
            super(message || 'Unspecified AssertionError');
            this.showDiff = false;
            if (properties) {
              for (const key of Object.keys(properties)) this[key] = properties[key];
            }
          }

          toJSON() {
            return { name: this.name, message: this.message, actual: this.actual, expected: this.expected,
              showDiff: this.showDiff };
          }
        }
        Object.defineProperty(AssertionError.prototype, 'name', {
          value: 'AssertionError', writable: true, configurable: true, enumerable: false,
        });

        function flag(assertion, name, value) {
          const flags = assertion.__flags;
          if (arguments.length === 3) flags[name] = value;
          else return flags[name];
        }

        function copyFlags(from, to) {
          const source = from.__flags;
          const target = to.__flags;
          for (const key of Object.keys(source)) target[key] = source[key];
        }

        // Throws chai's usage error (a plain AssertionError, prefixed with the custom message).
        function usageError(assertion, text) {
          const custom = flag(assertion, 'message');
          throw new AssertionError((custom ? custom + ': ' : '') + text);
        }

        const NOT_GUARDED = ['then', 'catch', 'inspect', 'toJSON'];
        const INTERNAL_NAMES = ['__flags', '__methods', '_obj', 'assert'];

        // chai's capped edit distance, used to suggest the word the user probably meant.
        function editDistance(a, b, cap) {
          if (Math.abs(a.length - b.length) >= cap) return cap;
          const rows = [];
          for (let i = 0; i <= a.length; i += 1) {
            rows[i] = new Array(b.length + 1).fill(0);
            rows[i][0] = i;
          }
          for (let j = 0; j <= b.length; j += 1) rows[0][j] = j;
          for (let i = 1; i <= a.length; i += 1) {
            for (let j = 1; j <= b.length; j += 1) {
              if (Math.abs(i - j) >= cap) { rows[i][j] = cap; continue; }
              rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1,
                rows[i - 1][j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
            }
          }
          return rows[a.length][b.length];
        }

        function allPropertyNames(object) {
          const names = Object.getOwnPropertyNames(object);
          let proto = Object.getPrototypeOf(object);
          while (proto !== null) {
            for (const name of Object.getOwnPropertyNames(proto)) {
              if (names.indexOf(name) === -1) names.push(name);
            }
            proto = Object.getPrototypeOf(proto);
          }
          return names;
        }

        function unknownWord(target, word) {
          let suggestion = null;
          let best = 4;
          for (const name of allPropertyNames(target)) {
            if (Object.prototype.hasOwnProperty(name) || INTERNAL_NAMES.indexOf(name) !== -1) continue;
            const distance = editDistance(word, name, best);
            if (distance < best) { suggestion = name; best = distance; }
          }
          if (suggestion !== null) return new Error('Invalid Chai property: ' + word + '. Did you mean "' + suggestion + '"?');
          return new Error('Invalid Chai property: ' + word);
        }

        // The guard against unknown words is the last link of every assertion's prototype chain: an
        // assertion's own flags and every defined word are found before it, so only a word nobody
        // defines reaches its `get` (with the assertion as receiver), and assertions themselves are
        // plain objects (no trap on the common path). Object.prototype's members stay readable.
        const guardProto = new Proxy({}, {
          get(target, word, receiver) {
            const value = Reflect.get(target, word, receiver);
            if (value === undefined && typeof word === 'string' && NOT_GUARDED.indexOf(word) === -1
              && !Reflect.has(target, word)) {
              throw unknownWord(receiver, word);
            }
            return value;
          },
        });

        // An assertion: its flags live in a private field behind the `__flags` accessor, so they are
        // neither enumerable nor own properties, and setting them up costs no Object.defineProperty.
        class AssertionState {
          #flags;
          constructor(flags) { this.#flags = flags; }
          get __flags() { return this.#flags; }
          set __flags(value) { this.#flags = value; }
        }
        Object.setPrototypeOf(AssertionState.prototype, guardProto);

        function Assertion(object, message) {
          const flags = Object.create(null);
          flags.object = object;
          if (message) flags.message = message;
          return new AssertionState(flags);
        }
        Assertion.prototype = AssertionState.prototype;
        Object.defineProperty(Assertion.prototype, 'constructor', { value: Assertion, writable: true, configurable: true });

        Object.defineProperty(Assertion.prototype, '_obj', {
          get() { return flag(this, 'object'); },
          set(value) { flag(this, 'object', value); },
          configurable: true,
        });

        // `actualGiven` and `showDiffGiven` count only when passed (chai's `arguments.length` checks).
        Assertion.prototype.assert = function (expr, message, negatedMessage, expected, actualGiven, showDiffGiven) {
          const negate = Boolean(this.__flags.negate);
          if (negate ? !expr : expr) return;
          const count = arguments.length;
          const actual = count > 4 ? actualGiven : flag(this, 'object');
          let showDiff = count > 5 ? showDiffGiven : undefined;
          if (showDiff !== false) showDiff = true;
          if (expected === undefined && actualGiven === undefined) showDiff = false;
          let text = negate ? negatedMessage : message;
          if (typeof text === 'function') text = text();
          const subject = flag(this, 'object');
          text = String(text || '')
            .replace(/#\{this\}/g, () => display(subject))
            .replace(/#\{act\}/g, () => display(actual))
            .replace(/#\{exp\}/g, () => display(expected));
          const custom = flag(this, 'message');
          throw new AssertionError(custom ? custom + ': ' + text : text, { actual, expected, showDiff });
        };

        // A new assertion with a copy of `assertion`'s flags (chai's transferFlags).
        function derive(assertion) {
          const source = assertion.__flags;
          const flags = Object.create(null);
          for (const key in source) flags[key] = source[key];
          return new AssertionState(flags);
        }

        function addProperty(name, getter) {
          Object.defineProperty(Assertion.prototype, name, {
            get() {
              const result = getter ? getter.call(this) : undefined;
              return result === undefined ? derive(this) : result;
            },
            configurable: true,
          });
        }

        // chai's guard for a word after an uncalled method: `equal.pizza` or `equal.length` throw. Like
        // the assertions' guard it is the last link of the method's prototype chain (before
        // Function.prototype), and the method loses its own `length`: calling the method stays a plain
        // call, and only a word the method lacks reaches the trap.
        function guardMethod(fn, name) {
          const guard = new Proxy(Object.create(Function.prototype), {
            get(target, word, receiver) {
              if (word === 'length' || (typeof word === 'string' && NOT_GUARDED.indexOf(word) === -1
                && !Reflect.has(target, word))) {
                throw new Error('Invalid Chai property: ' + name + '.' + word
                  + '. See docs for proper usage of "' + name + '".');
              }
              return Reflect.get(target, word, receiver);
            },
          });
          delete fn.length;
          Object.setPrototypeOf(fn, guard);
          return fn;
        }

        function addMethod(name, method) {
          const fn = function () {
            const result = method.apply(this, arguments);
            return result === undefined ? derive(this) : result;
          };
          Object.defineProperty(Assertion.prototype, name, {
            value: guardMethod(fn, name),
            writable: true,
            configurable: true,
          });
        }

        // A word usable both as a property (`a.postmanResponse`, `length.above(2)`) and a call (`a('string')`).
        const callableAssertionProto = Object.create(Assertion.prototype);
        for (const name of ['call', 'apply', 'bind']) {
          Object.defineProperty(callableAssertionProto, name,
            { value: Function.prototype[name], writable: true, configurable: true });
        }

        // Traps of a chainable word's Proxy. The target, made once per word, is a function whose
        // prototype is `callableAssertionProto` and whose `length` throws chai's error; the handler,
        // made per access, holds the word's state (`state`, an assertion with a copy of the flags)
        // and `method`. Getters run with the state as receiver, so they see this access's flags.
        function chainGet(target, word) {
          const state = this.state;
          if (word === '__flags') return state.__flags;
          if (!Reflect.has(target, word)) {
            if (typeof word === 'string' && NOT_GUARDED.indexOf(word) === -1) throw unknownWord(target, word);
            return undefined;
          }
          return Reflect.get(target, word, state);
        }
        function chainSet(target, word, value) {
          return Reflect.set(this.state, word, value);
        }
        // The method runs on the state, a plain assertion with this access's flags (guarded by its
        // prototype chain like any other), so its flag reads cost no trap.
        function chainApply(target, thisArg, args) {
          const state = this.state;
          const result = this.method.apply(state, args);
          return result === undefined ? derive(state) : result;
        }

        function addChainableMethod(name, method, chainingBehavior) {
          const wrapper = function () {};
          Object.defineProperty(wrapper, 'length', {
            get() {
              throw new Error('Invalid Chai property: ' + name + '.length. Due to a compatibility issue, '
                + '"length" cannot directly follow "' + name + '". Use "' + name + '.lengthOf" instead.');
            },
            configurable: true,
          });
          Object.setPrototypeOf(wrapper, callableAssertionProto);
          Object.defineProperty(Assertion.prototype, name, {
            get() {
              if (chainingBehavior) chainingBehavior.call(this);
              const source = this.__flags;
              const flags = Object.create(null);
              for (const key in source) flags[key] = source[key];
              return new Proxy(wrapper, { get: chainGet, set: chainSet, apply: chainApply, state: new AssertionState(flags),
                method: method });
            },
            configurable: true,
          });
        }

        function expect(value, message) {
          return new Assertion(value, message);
        }

        expect.fail = function (actual, expected, message, operator) {
          if (arguments.length < 2) {
            message = actual;
            actual = undefined;
          }
          throw new AssertionError(message || 'expect.fail()', { actual, expected, operator });
        };

        """#
}
