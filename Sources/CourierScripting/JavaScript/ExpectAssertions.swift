/// chai 4's BDD vocabulary for Courier's `expect`: chain words, flags and the assertions
/// from `a` to `oneOf`, with chai's aliases and failure messages.
///
/// Relies on `ExpectCore` (registration, flags) and `ExpectInspect` / `ExpectEquality`.
enum ExpectAssertions {
    static let source = #"""
        // ---- chai words: language chains and flags ----
        for (const word of ['to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which', 'at', 'of',
          'same', 'but', 'does', 'still', 'also']) {
          addProperty(word);
        }
        for (const name of ['not', 'deep', 'nested', 'own', 'ordered', 'any', 'all']) {
          const flagName = name === 'not' ? 'negate' : name;
          addProperty(name, function () {
            flag(this, flagName, true);
            if (name === 'any') flag(this, 'all', false);
            if (name === 'all') flag(this, 'any', false);
          });
        }

        function article(type) {
          return 'aeiou'.indexOf(type.charAt(0)) !== -1 ? 'an ' : 'a ';
        }

        function prefixOf(assertion) {
          const custom = flag(assertion, 'message');
          return custom ? custom + ': ' : '';
        }

        function withMessage(assertion, message) {
          if (message) flag(assertion, 'message', message);
        }

        // Runs a nested check that keeps the custom message but not the negation.
        function check(assertion, value) {
          return new Assertion(value, flag(assertion, 'message'));
        }

        // ---- a / an ----
        function assertType(type, message) {
          withMessage(this, message);
          type = String(type).toLowerCase();
          const actual = typeName(flag(this, 'object')).toLowerCase();
          this.assert(type === actual, 'expected #{this} to be ' + article(type) + type,
            'expected #{this} not to be ' + article(type) + type);
        }
        addChainableMethod('an', assertType);
        addChainableMethod('a', assertType);

        // ---- include / contain ----
        function sameValueZero(a, b) {
          return a === b || (a !== a && b !== b);
        }

        function assertInclude(value, message) {
          withMessage(this, message);
          const object = flag(this, 'object');
          const objectType = typeName(object).toLowerCase();
          const negate = flag(this, 'negate');
          const isDeep = flag(this, 'deep');
          const descriptor = isDeep ? 'deep ' : '';
          let included = false;
          switch (objectType) {
            case 'string':
              included = object.indexOf(value) !== -1;
              break;
            case 'weakset':
              if (isDeep) usageError(this, 'unable to use .deep.include with WeakSet');
              included = object.has(value);
              break;
            case 'map': {
              const same = isDeep ? deepEqual : sameValueZero;
              object.forEach((item) => { included = included || same(item, value); });
              break;
            }
            case 'set':
              if (isDeep) object.forEach((item) => { included = included || deepEqual(item, value); });
              else included = object.has(value);
              break;
            case 'array':
              if (isDeep) included = object.some((item) => deepEqual(item, value));
              else included = object.indexOf(value) !== -1;
              break;
            default: {
              if (value !== Object(value)) {
                const valueType = typeName(value).toLowerCase();
                usageError(this, 'the given combination of arguments (' + objectType + ' and ' + valueType + ')'
                  + ' is invalid for this assertion. You can use an array, a map, an object, a set, a string, '
                  + 'or a weakset instead of a ' + valueType);
              }
              const keys = Object.keys(value);
              let firstError = null;
              let failures = 0;
              for (const key of keys) {
                const part = new Assertion(object);
                copyFlags(this, part);
                if (!negate || keys.length === 1) {
                  part.property(key, value[key]);
                  continue;
                }
                try {
                  part.property(key, value[key]);
                } catch (error) {
                  if (!(error instanceof AssertionError)) throw error;
                  if (firstError === null) firstError = error;
                  failures += 1;
                }
              }
              if (negate && keys.length > 1 && failures === keys.length) throw firstError;
              return;
            }
          }
          this.assert(included, 'expected #{this} to ' + descriptor + 'include #{exp}',
            'expected #{this} to not ' + descriptor + 'include #{exp}', value);
        }
        function markContains() { flag(this, 'contains', true); }
        for (const name of ['include', 'contain', 'contains', 'includes']) addChainableMethod(name, assertInclude, markContains);

        // ---- simple value properties ----
        addProperty('ok', function () {
          this.assert(flag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
        });
        addProperty('true', function () {
          this.assert(flag(this, 'object') === true, 'expected #{this} to be true', 'expected #{this} to be false',
            !flag(this, 'negate'));
        });
        addProperty('false', function () {
          this.assert(flag(this, 'object') === false, 'expected #{this} to be false', 'expected #{this} to be true',
            Boolean(flag(this, 'negate')));
        });
        addProperty('null', function () {
          this.assert(flag(this, 'object') === null, 'expected #{this} to be null', 'expected #{this} not to be null');
        });
        addProperty('undefined', function () {
          this.assert(flag(this, 'object') === undefined, 'expected #{this} to be undefined',
            'expected #{this} not to be undefined');
        });
        addProperty('NaN', function () {
          const value = flag(this, 'object');
          this.assert(typeof value === 'number' && value !== value, 'expected #{this} to be NaN',
            'expected #{this} not to be NaN');
        });
        addProperty('exist', function () {
          const value = flag(this, 'object');
          this.assert(value !== null && value !== undefined, 'expected #{this} to exist', 'expected #{this} to not exist');
        });
        addProperty('empty', function () {
          const value = flag(this, 'object');
          let count;
          switch (typeName(value).toLowerCase()) {
            case 'array': case 'string': count = value.length; break;
            case 'map': case 'set': count = value.size; break;
            case 'weakmap': case 'weakset': usageError(this, '.empty was passed a weak collection'); break;
            case 'function': {
              const custom = flag(this, 'message');
              const text = ((custom ? custom + ': ' : '') + '.empty was passed a function ' + (value.name || '')).trim();
              throw new AssertionError(text);
            }
            default:
              if (value !== Object(value)) usageError(this, '.empty was passed non-string primitive ' + inspect(value));
              count = Object.keys(value).length;
          }
          this.assert(count === 0, 'expected #{this} to be empty', 'expected #{this} not to be empty');
        });
        function assertArguments() {
          const type = typeName(flag(this, 'object'));
          this.assert(type === 'Arguments', 'expected #{this} to be arguments but got ' + type,
            'expected #{this} to not be arguments');
        }
        addProperty('arguments', assertArguments);
        addProperty('Arguments', assertArguments);

        // ---- equality ----
        function assertEqual(value, message) {
          withMessage(this, message);
          if (flag(this, 'deep')) return this.eql(value);
          this.assert(value === flag(this, 'object'), 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}',
            value, this._obj, true);
        }
        for (const name of ['equal', 'equals', 'eq']) addMethod(name, assertEqual);

        function assertEql(value, message) {
          withMessage(this, message);
          this.assert(deepEqual(value, flag(this, 'object')), 'expected #{this} to deeply equal #{exp}',
            'expected #{this} to not deeply equal #{exp}', value, this._obj, true);
        }
        addMethod('eql', assertEql);
        addMethod('eqls', assertEql);

        // ---- comparisons ----
        // Validates the operands of above/least/below/most; returns [count, descriptor] for `.length` chains.
        function comparable(assertion, n, word) {
          const object = flag(assertion, 'object');
          const doLength = flag(assertion, 'doLength');
          const objectType = typeName(object).toLowerCase();
          const nType = typeName(n).toLowerCase();
          if (doLength && objectType !== 'map' && objectType !== 'set') {
            check(assertion, object).to.have.property('length');
          }
          if (!doLength && objectType === 'date' && nType !== 'date') {
            usageError(assertion, 'the argument to ' + word + ' must be a date');
          } else if (nType !== 'number' && (doLength || objectType === 'number')) {
            usageError(assertion, 'the argument to ' + word + ' must be a number');
          } else if (!doLength && objectType !== 'date' && objectType !== 'number') {
            const shown = objectType === 'string' ? "'" + object + "'" : object;
            usageError(assertion, 'expected ' + shown + ' to be a number or a date');
          }
          if (!doLength) return null;
          if (objectType === 'map' || objectType === 'set') return [object.size, 'size'];
          return [object.length, 'length'];
        }

        function defineComparison(names, word, test, texts) {
          const method = function (n, message) {
            withMessage(this, message);
            const counted = comparable(this, n, word);
            if (counted) {
              this.assert(test(counted[0], n), texts.length[0].replace('DESC', counted[1]),
                texts.length[1].replace('DESC', counted[1]), n, counted[0]);
            } else {
              this.assert(test(flag(this, 'object'), n), texts.value[0], texts.value[1], n);
            }
          };
          for (const name of names) addMethod(name, method);
        }
        defineComparison(['above', 'gt', 'greaterThan'], 'above', (a, b) => a > b, {
          length: ['expected #{this} to have a DESC above #{exp} but got #{act}', 'expected #{this} to not have a DESC above #{exp}'],
          value: ['expected #{this} to be above #{exp}', 'expected #{this} to be at most #{exp}'],
        });
        defineComparison(['least', 'gte', 'greaterThanOrEqual'], 'least', (a, b) => a >= b, {
          length: ['expected #{this} to have a DESC at least #{exp} but got #{act}', 'expected #{this} to have a DESC below #{exp}'],
          value: ['expected #{this} to be at least #{exp}', 'expected #{this} to be below #{exp}'],
        });
        defineComparison(['below', 'lt', 'lessThan'], 'below', (a, b) => a < b, {
          length: ['expected #{this} to have a DESC below #{exp} but got #{act}', 'expected #{this} to not have a DESC below #{exp}'],
          value: ['expected #{this} to be below #{exp}', 'expected #{this} to be at least #{exp}'],
        });
        defineComparison(['most', 'lte', 'lessThanOrEqual'], 'most', (a, b) => a <= b, {
          length: ['expected #{this} to have a DESC at most #{exp} but got #{act}', 'expected #{this} to have a DESC above #{exp}'],
          value: ['expected #{this} to be at most #{exp}', 'expected #{this} to be above #{exp}'],
        });

        addMethod('within', function (start, finish, message) {
          withMessage(this, message);
          const object = flag(this, 'object');
          const doLength = flag(this, 'doLength');
          const objectType = typeName(object).toLowerCase();
          const startType = typeName(start).toLowerCase();
          const finishType = typeName(finish).toLowerCase();
          if (doLength && objectType !== 'map' && objectType !== 'set') check(this, object).to.have.property('length');
          if (!doLength && objectType === 'date' && (startType !== 'date' || finishType !== 'date')) {
            usageError(this, 'the arguments to within must be dates');
          } else if ((startType !== 'number' || finishType !== 'number') && (doLength || objectType === 'number')) {
            usageError(this, 'the arguments to within must be numbers');
          } else if (!doLength && objectType !== 'date' && objectType !== 'number') {
            const shown = objectType === 'string' ? "'" + object + "'" : object;
            usageError(this, 'expected ' + shown + ' to be a number or a date');
          }
          const range = startType === 'date' && finishType === 'date'
            ? start.toISOString() + '..' + finish.toISOString() : start + '..' + finish;
          if (doLength) {
            const isSized = objectType === 'map' || objectType === 'set';
            const count = isSized ? object.size : object.length;
            const descriptor = isSized ? 'size' : 'length';
            this.assert(count >= start && count <= finish, 'expected #{this} to have a ' + descriptor + ' within ' + range,
              'expected #{this} to not have a ' + descriptor + ' within ' + range);
          } else {
            this.assert(object >= start && object <= finish, 'expected #{this} to be within ' + range,
              'expected #{this} to not be within ' + range);
          }
        });

        // ---- instanceof ----
        function assertInstanceOf(constructor, message) {
          withMessage(this, message);
          let isInstance;
          try {
            isInstance = flag(this, 'object') instanceof constructor;
          } catch (error) {
            if (error instanceof TypeError) {
              usageError(this, 'The instanceof assertion needs a constructor but ' + typeName(constructor) + ' was given.');
            }
            throw error;
          }
          const name = (constructor && constructor.name) || 'an unnamed constructor';
          this.assert(isInstance, 'expected #{this} to be an instance of ' + name,
            'expected #{this} to not be an instance of ' + name);
        }
        addMethod('instanceof', assertInstanceOf);
        addMethod('instanceOf', assertInstanceOf);

        // ---- property ----
        function parsePath(path) {
          const parts = String(path).replace(/([^\\])\[/g, '$1.[').match(/(\\\.|[^.]+?)+/g) || [];
          return parts.map((part) => {
            if (part === 'constructor' || part === '__proto__' || part === 'prototype') return {};
            const index = /^\[(\d+)\]$/.exec(part);
            if (index) return { i: parseFloat(index[1]) };
            return { p: part.replace(/\\([.[\]])/g, '$1') };
          });
        }

        function hasProperty(object, name) {
          if (object === undefined || object === null) return false;
          return name in Object(object);
        }

        function pathInfo(object, path) {
          const parts = parsePath(path);
          const last = parts[parts.length - 1];
          let parent = object;
          for (let i = 0; i < parts.length - 1; i += 1) {
            if (parent === undefined || parent === null) { parent = undefined; break; }
            const part = parts[i];
            parent = part.p !== undefined ? parent[part.p] : part.i !== undefined ? parent[part.i] : undefined;
          }
          const name = last ? (last.p !== undefined ? last.p : last.i) : undefined;
          let value;
          if (parent !== undefined && parent !== null && name !== undefined) value = parent[name];
          return { parent, name, value, exists: name !== undefined && hasProperty(parent, name) };
        }

        function assertProperty(name, ...rest) {
          const hasValue = rest.length > 0;
          const expected = rest[0];
          withMessage(this, rest[1]);
          const isNested = flag(this, 'nested');
          const isOwn = flag(this, 'own');
          const object = flag(this, 'object');
          const nameType = typeof name;
          if (isNested) {
            if (nameType !== 'string') usageError(this, 'the argument to property must be a string when using nested syntax');
          } else if (nameType !== 'string' && nameType !== 'number' && nameType !== 'symbol') {
            usageError(this, 'the argument to property must be a string, number, or symbol');
          }
          if (isNested && isOwn) usageError(this, 'The "nested" and "own" flags cannot be combined.');
          if (object === null || object === undefined) usageError(this, 'Target cannot be null or undefined.');
          const isDeep = flag(this, 'deep');
          const negate = flag(this, 'negate');
          const info = isNested ? pathInfo(object, name) : null;
          const value = isNested ? info.value : object[name];
          const same = isDeep ? deepEqual : (a, b) => a === b;
          let descriptor = '';
          if (isDeep) descriptor += 'deep ';
          if (isOwn) descriptor += 'own ';
          if (isNested) descriptor += 'nested ';
          descriptor += 'property ';
          let has;
          if (isOwn) has = Object.prototype.hasOwnProperty.call(object, name);
          else if (isNested) has = info.exists;
          else has = hasProperty(object, name);
          if (!negate || !hasValue) {
            this.assert(has, 'expected #{this} to have ' + descriptor + inspect(name),
              'expected #{this} to not have ' + descriptor + inspect(name));
          }
          if (hasValue) {
            this.assert(has && same(expected, value), 'expected #{this} to have ' + descriptor + inspect(name)
              + ' of #{exp}, but got #{act}', 'expected #{this} to not have ' + descriptor + inspect(name) + ' of #{act}',
            expected, value);
          }
          flag(this, 'object', value);
        }
        addMethod('property', assertProperty);

        function assertOwnProperty(...args) {
          flag(this, 'own', true);
          return assertProperty.apply(this, args);
        }
        addMethod('ownProperty', assertOwnProperty);
        addMethod('haveOwnProperty', assertOwnProperty);

        function assertOwnPropertyDescriptor(name, descriptor, message) {
          if (typeof descriptor === 'string') {
            message = descriptor;
            descriptor = null;
          }
          withMessage(this, message);
          const object = flag(this, 'object');
          const actual = Object.getOwnPropertyDescriptor(Object(object), name);
          if (actual && descriptor) {
            this.assert(deepEqual(descriptor, actual), 'expected the own property descriptor for ' + inspect(name)
              + ' on #{this} to match ' + inspect(descriptor) + ', got ' + inspect(actual),
            'expected the own property descriptor for ' + inspect(name) + ' on #{this} to not match ' + inspect(descriptor),
            descriptor, actual, true);
          } else {
            this.assert(actual, 'expected #{this} to have an own property descriptor for ' + inspect(name),
              'expected #{this} to not have an own property descriptor for ' + inspect(name));
          }
          flag(this, 'object', actual);
        }
        addMethod('ownPropertyDescriptor', assertOwnPropertyDescriptor);
        addMethod('haveOwnPropertyDescriptor', assertOwnPropertyDescriptor);

        // ---- length ----
        function assertLength(n, message) {
          withMessage(this, message);
          const object = flag(this, 'object');
          const objectType = typeName(object).toLowerCase();
          let descriptor = 'length';
          let count;
          if (objectType === 'map' || objectType === 'set') {
            descriptor = 'size';
            count = object.size;
          } else {
            check(this, object).to.have.property('length');
            count = object.length;
          }
          this.assert(count == n, 'expected #{this} to have a ' + descriptor + ' of #{exp} but got #{act}',
            'expected #{this} to not have a ' + descriptor + ' of #{act}', n, count);
        }
        function markLength() { flag(this, 'doLength', true); }
        addChainableMethod('length', assertLength, markLength);
        addChainableMethod('lengthOf', assertLength, markLength);

        // ---- strings ----
        function assertMatch(pattern, message) {
          withMessage(this, message);
          this.assert(pattern.exec(flag(this, 'object')), 'expected #{this} to match ' + pattern,
            'expected #{this} not to match ' + pattern);
        }
        addMethod('match', assertMatch);
        addMethod('matches', assertMatch);

        addMethod('string', function (text, message) {
          withMessage(this, message);
          const object = flag(this, 'object');
          check(this, object).is.a('string');
          this.assert(object.indexOf(text) !== -1, 'expected #{this} to contain ' + inspect(text),
            'expected #{this} to not contain ' + inspect(text));
        });

        // ---- keys ----
        function byInspection(a, b) {
          const left = inspect(a);
          const right = inspect(b);
          return left < right ? -1 : left > right ? 1 : 0;
        }

        function assertKeys(...args) {
          let keys = args[0];
          const object = flag(this, 'object');
          const objectType = typeName(object);
          const keysType = typeName(keys);
          const isDeep = flag(this, 'deep');
          let deepText = '';
          let actual;
          const mixedArguments = 'when testing keys against an object or an array you must give a single '
            + 'Array|Object|String argument or multiple String arguments';
          if (objectType === 'Map' || objectType === 'Set') {
            deepText = isDeep ? 'deeply ' : '';
            actual = [];
            object.forEach((value, key) => { actual.push(key); });
            if (keysType !== 'Array') keys = args;
          } else {
            actual = Object.keys(object).concat(Object.getOwnPropertySymbols(object)
              .filter((symbol) => Object.getOwnPropertyDescriptor(object, symbol).enumerable));
            if (keysType === 'Array') {
              if (args.length > 1) usageError(this, mixedArguments);
            } else if (keysType === 'Object') {
              if (args.length > 1) usageError(this, mixedArguments);
              keys = Object.keys(keys);
            } else {
              keys = args;
            }
            keys = keys.map((key) => (typeof key === 'symbol' ? key : String(key)));
          }
          if (!keys.length) usageError(this, 'keys required');
          const count = keys.length;
          const any = flag(this, 'any');
          let all = flag(this, 'all');
          const expected = keys;
          const same = isDeep ? deepEqual : (a, b) => a === b;
          let ok = true;
          if (!any && !all) all = true;
          if (any) ok = expected.some((key) => actual.some((own) => same(key, own)));
          if (all) {
            ok = expected.every((key) => actual.some((own) => same(key, own)));
            if (!flag(this, 'contains')) ok = ok && keys.length === actual.length;
          }
          let text;
          if (count > 1) {
            const shown = keys.map((key) => inspect(key));
            const last = shown.pop();
            if (all) text = shown.join(', ') + ', and ' + last;
            if (any) text = shown.join(', ') + ', or ' + last;
          } else {
            text = inspect(keys[0]);
          }
          text = (count > 1 ? 'keys ' : 'key ') + text;
          text = (flag(this, 'contains') ? 'contain ' : 'have ') + text;
          this.assert(ok, 'expected #{this} to ' + deepText + text, 'expected #{this} to not ' + deepText + text,
            expected.slice(0).sort(byInspection), actual.sort(byInspection), true);
        }
        addMethod('keys', assertKeys);
        addMethod('key', assertKeys);

        // ---- throw ----
        function constructorName(errorLike) {
          if (errorLike instanceof Error) return errorLike.constructor.name;
          if (typeof errorLike === 'function') return errorLike.name || '';
          return String(errorLike);
        }

        function errorText(thrown) {
          if (thrown instanceof Error) return thrown.toString();
          if (typeof thrown === 'string') return thrown;
          return thrown && constructorName(thrown);
        }

        function compatibleConstructor(thrown, errorLike) {
          if (errorLike instanceof Error) {
            return thrown.constructor === errorLike.constructor || thrown instanceof errorLike.constructor;
          }
          if (typeof errorLike === 'function' && (errorLike.prototype instanceof Error || errorLike === Error)) {
            return thrown.constructor === errorLike || thrown instanceof errorLike;
          }
          return false;
        }

        function compatibleMessage(thrown, matcher) {
          const text = typeof thrown === 'string' ? thrown : thrown.message;
          if (matcher instanceof RegExp) return matcher.test(text);
          if (typeof matcher === 'string') return text.indexOf(matcher) !== -1;
          return false;
        }

        function assertThrows(errorLike, messageMatcher, message) {
          withMessage(this, message);
          const fn = flag(this, 'object');
          const negate = Boolean(flag(this, 'negate'));
          check(this, fn).is.a('function');
          if (errorLike instanceof RegExp || typeof errorLike === 'string') {
            messageMatcher = errorLike;
            errorLike = null;
          }
          let thrown;
          let didThrow = false;
          try { fn(); } catch (error) { thrown = error; didThrow = true; }
          if (!didThrow) thrown = undefined;
          const noArguments = errorLike === undefined && messageMatcher === undefined;
          const bothArguments = Boolean(errorLike && messageMatcher);
          let errorLikeFailed = false;
          let matcherFailed = false;
          if (noArguments || !negate) {
            let expectedText = 'an error';
            if (errorLike instanceof Error) expectedText = '#{exp}';
            else if (errorLike) expectedText = constructorName(errorLike);
            this.assert(thrown, 'expected #{this} to throw ' + expectedText,
              'expected #{this} to not throw an error but #{act} was thrown',
              errorLike && errorLike.toString(), errorText(thrown));
          }
          if (errorLike && thrown) {
            if (errorLike instanceof Error) {
              const sameInstance = thrown === errorLike;
              if (sameInstance === negate) {
                if (bothArguments && negate) errorLikeFailed = true;
                else this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
                  'expected #{this} to not throw #{exp}' + (thrown && !negate ? ' but #{act} was thrown' : ''),
                  errorLike.toString(), thrown.toString());
              }
            }
            const sameConstructor = compatibleConstructor(thrown, errorLike);
            if (sameConstructor === negate) {
              if (bothArguments && negate) errorLikeFailed = true;
              else this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
                'expected #{this} to not throw #{exp}' + (thrown ? ' but #{act} was thrown' : ''),
                errorLike instanceof Error ? errorLike.toString() : constructorName(errorLike), errorText(thrown));
            }
          }
          if (thrown && messageMatcher !== undefined && messageMatcher !== null) {
            const placeholder = messageMatcher instanceof RegExp ? 'matching' : 'including';
            const matches = compatibleMessage(thrown, messageMatcher);
            if (matches === negate) {
              if (bothArguments && negate) matcherFailed = true;
              else this.assert(negate, 'expected #{this} to throw error ' + placeholder + ' #{exp} but got #{act}',
                'expected #{this} to throw error not ' + placeholder + ' #{exp}', messageMatcher,
                thrown && thrown.message ? thrown.message : typeof thrown === 'string' ? thrown : '');
            }
          }
          if (errorLikeFailed && matcherFailed) {
            this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
              'expected #{this} to not throw #{exp}' + (thrown ? ' but #{act} was thrown' : ''),
              errorLike instanceof Error ? errorLike.toString() : constructorName(errorLike), errorText(thrown));
          }
          flag(this, 'object', thrown);
        }
        for (const name of ['throw', 'throws', 'Throw']) addMethod(name, assertThrows);

        // ---- respondTo, itself, satisfy, closeTo ----
        function assertRespondTo(method, message) {
          withMessage(this, message);
          const object = flag(this, 'object');
          const target = typeof object === 'function' && !flag(this, 'itself') ? object.prototype[method] : object[method];
          this.assert(typeof target === 'function', 'expected #{this} to respond to ' + inspect(method),
            'expected #{this} to not respond to ' + inspect(method));
        }
        addMethod('respondTo', assertRespondTo);
        addMethod('respondsTo', assertRespondTo);
        addProperty('itself', function () { flag(this, 'itself', true); });

        function assertSatisfy(matcher, message) {
          withMessage(this, message);
          const result = matcher(flag(this, 'object'));
          this.assert(result, 'expected #{this} to satisfy ' + display(matcher),
            'expected #{this} to not satisfy' + display(matcher), !flag(this, 'negate'), result);
        }
        addMethod('satisfy', assertSatisfy);
        addMethod('satisfies', assertSatisfy);

        function assertCloseTo(expected, delta, message) {
          withMessage(this, message);
          const object = flag(this, 'object');
          check(this, object).is.a('number');
          if (typeof expected !== 'number' || typeof delta !== 'number') {
            usageError(this, 'the arguments to closeTo or approximately must be numbers'
              + (delta === undefined ? ', and a delta is required' : ''));
          }
          this.assert(Math.abs(object - expected) <= delta, 'expected #{this} to be close to ' + expected + ' +/- ' + delta,
            'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
        }
        addMethod('closeTo', assertCloseTo);
        addMethod('approximately', assertCloseTo);

        // ---- members, oneOf ----
        function isSubsetOf(subset, superset, same, contains, ordered) {
          if (!contains) {
            if (subset.length !== superset.length) return false;
            superset = superset.slice();
          }
          return subset.every((item, index) => {
            if (ordered) return same ? same(item, superset[index]) : item === superset[index];
            if (!same) {
              const at = superset.indexOf(item);
              if (at === -1) return false;
              if (!contains) superset.splice(at, 1);
              return true;
            }
            return superset.some((candidate, at) => {
              if (!same(item, candidate)) return false;
              if (!contains) superset.splice(at, 1);
              return true;
            });
          });
        }

        addMethod('members', function (subset, message) {
          withMessage(this, message);
          const object = flag(this, 'object');
          check(this, object).to.be.an('array');
          check(this, subset).to.be.an('array');
          const contains = flag(this, 'contains');
          const ordered = flag(this, 'ordered');
          let failure;
          let negatedFailure;
          if (contains) {
            const subject = ordered ? 'an ordered superset' : 'a superset';
            failure = 'expected #{this} to be ' + subject + ' of #{exp}';
            negatedFailure = 'expected #{this} to not be ' + subject + ' of #{exp}';
          } else {
            const subject = ordered ? 'ordered members' : 'members';
            failure = 'expected #{this} to have the same ' + subject + ' as #{exp}';
            negatedFailure = 'expected #{this} to not have the same ' + subject + ' as #{exp}';
          }
          const same = flag(this, 'deep') ? deepEqual : undefined;
          this.assert(isSubsetOf(subset, object, same, contains, ordered), failure, negatedFailure, subset, object, true);
        });

        addMethod('oneOf', function (list, message) {
          withMessage(this, message);
          const expected = flag(this, 'object');
          check(this, list).to.be.an('array');
          if (flag(this, 'contains')) {
            this.assert(list.some((item) => expected.indexOf(item) > -1), 'expected #{this} to contain one of #{exp}',
              'expected #{this} to not contain one of #{exp}', list, expected);
          } else if (flag(this, 'deep')) {
            this.assert(list.some((item) => deepEqual(expected, item)), 'expected #{this} to deeply equal one of #{exp}',
              'expected #{this} to deeply equal one of #{exp}', list, expected);
          } else {
            this.assert(list.indexOf(expected) > -1, 'expected #{this} to be one of #{exp}',
              'expected #{this} to not be one of #{exp}', list, expected);
          }
        });

        // ---- change / increase / decrease / by ----
        function measureDelta(assertion, subject, property, behavior) {
          const fn = flag(assertion, 'object');
          check(assertion, fn).is.a('function');
          const byCall = property === undefined || property === null;
          let initial;
          if (byCall) {
            check(assertion, subject).is.a('function');
            initial = subject();
          } else {
            check(assertion, subject).to.have.property(property);
            initial = subject[property];
          }
          if (behavior !== 'change') check(assertion, initial).is.a('number');
          fn();
          const final = byCall ? subject() : subject[property];
          const label = byCall ? initial : '.' + property;
          flag(assertion, 'deltaMsgObj', label);
          flag(assertion, 'initialDeltaValue', initial);
          flag(assertion, 'finalDeltaValue', final);
          flag(assertion, 'deltaBehavior', behavior);
          return { initial, final, label };
        }

        function assertChanges(subject, property, message) {
          withMessage(this, message);
          const m = measureDelta(this, subject, property, 'change');
          flag(this, 'realDelta', m.final !== m.initial);
          this.assert(m.initial !== m.final, 'expected ' + m.label + ' to change', 'expected ' + m.label + ' to not change');
        }
        function assertIncreases(subject, property, message) {
          withMessage(this, message);
          const m = measureDelta(this, subject, property, 'increase');
          flag(this, 'realDelta', m.final - m.initial);
          this.assert(m.final - m.initial > 0, 'expected ' + m.label + ' to increase',
            'expected ' + m.label + ' to not increase');
        }
        function assertDecreases(subject, property, message) {
          withMessage(this, message);
          const m = measureDelta(this, subject, property, 'decrease');
          flag(this, 'realDelta', m.initial - m.final);
          this.assert(m.final - m.initial < 0, 'expected ' + m.label + ' to decrease',
            'expected ' + m.label + ' to not decrease');
        }
        addMethod('change', assertChanges);
        addMethod('changes', assertChanges);
        addMethod('increase', assertIncreases);
        addMethod('increases', assertIncreases);
        addMethod('decrease', assertDecreases);
        addMethod('decreases', assertDecreases);

        addMethod('by', function (delta, message) {
          withMessage(this, message);
          const label = flag(this, 'deltaMsgObj');
          const initial = flag(this, 'initialDeltaValue');
          const final = flag(this, 'finalDeltaValue');
          const behavior = flag(this, 'deltaBehavior');
          const realDelta = flag(this, 'realDelta');
          const ok = behavior === 'change' ? Math.abs(final - initial) === Math.abs(delta) : realDelta === Math.abs(delta);
          this.assert(ok, 'expected ' + label + ' to ' + behavior + ' by ' + delta,
            'expected ' + label + ' to not ' + behavior + ' by ' + delta);
        });

        // ---- object states and finite ----
        addProperty('extensible', function () {
          const object = flag(this, 'object');
          this.assert(object === Object(object) && Object.isExtensible(object), 'expected #{this} to be extensible',
            'expected #{this} to not be extensible');
        });
        addProperty('sealed', function () {
          const object = flag(this, 'object');
          this.assert(object === Object(object) ? Object.isSealed(object) : true, 'expected #{this} to be sealed',
            'expected #{this} to not be sealed');
        });
        addProperty('frozen', function () {
          const object = flag(this, 'object');
          this.assert(object === Object(object) ? Object.isFrozen(object) : true, 'expected #{this} to be frozen',
            'expected #{this} to not be frozen');
        });
        addProperty('finite', function () {
          const object = flag(this, 'object');
          this.assert(typeof object === 'number' && isFinite(object), 'expected #{this} to be a finite number',
            'expected #{this} to not be a finite number');
        });

        """#
}
