/// chai 4's words about functions for Courier's `expect`: `throw`, `respondTo`/`itself`, `satisfy`
/// and `change`/`increase`/`decrease` with `by`.
enum ExpectFunctionAssertions {
    static let source = #"""
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

        // ---- respondTo, itself, satisfy ----
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

        """#
}
