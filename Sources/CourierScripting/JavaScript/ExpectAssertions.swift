/// chai 4's core BDD vocabulary for Courier's `expect`: chain words, flags, `a`/`an`, `include`,
/// the value words (`ok`, `true`, `empty`, ...), equality, comparisons, `closeTo`, `instanceof` and the
/// object-state words, with chai's aliases and failure messages.
///
/// Also defines the helpers the other assertion parts share (`withMessage`, `check`, `article`).
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

        // ---- closeTo ----
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
