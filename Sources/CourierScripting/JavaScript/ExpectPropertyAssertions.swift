/// chai 4's property and collection words for Courier's `expect`: `property` (nested, own, deep),
/// `ownPropertyDescriptor`, `length`/`lengthOf`, `match`, `string`, `keys`, `members` and `oneOf`.
enum ExpectPropertyAssertions {
    static let source = #"""
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

        """#
}
