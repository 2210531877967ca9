/// `require('chai')`: the engine's own chai-4 `expect` (from `globalThis.__courierExpect`, which must already be defined), `AssertionError` and an `assert` built on `expect`.
enum ChaiLibrary {
    /// The module, registered under `chai`.
    static let library = SandboxLibrary(
        names: ["chai"],
        source: #"""
            (function (require) {
              const lib = globalThis.__courierExpect;
              if (!lib) throw new Error('chai: the expectations library is not loaded');
              const expect = lib.expect;
              // chai's `assert` style, expressed through `expect` so messages match.
              const assert = function (value, message) { expect(value, message).to.be.ok; };
              const chains = {
                ok: (v, m) => expect(v, m).to.be.ok,
                isOk: (v, m) => expect(v, m).to.be.ok,
                notOk: (v, m) => expect(v, m).to.not.be.ok,
                isNotOk: (v, m) => expect(v, m).to.not.be.ok,
                equal: (a, b, m) => { if (a != b) expect(a, m).to.equal(b); }, // eslint-disable-line eqeqeq
                notEqual: (a, b, m) => { if (a == b) expect(a, m).to.not.equal(a); }, // eslint-disable-line eqeqeq
                strictEqual: (a, b, m) => expect(a, m).to.equal(b),
                notStrictEqual: (a, b, m) => expect(a, m).to.not.equal(b),
                deepEqual: (a, b, m) => expect(a, m).to.eql(b),
                deepStrictEqual: (a, b, m) => expect(a, m).to.eql(b),
                notDeepEqual: (a, b, m) => expect(a, m).to.not.eql(b),
                isTrue: (v, m) => expect(v, m).to.be.true,
                isNotTrue: (v, m) => expect(v, m).to.not.be.true,
                isFalse: (v, m) => expect(v, m).to.be.false,
                isNotFalse: (v, m) => expect(v, m).to.not.be.false,
                isNull: (v, m) => expect(v, m).to.be.null,
                isNotNull: (v, m) => expect(v, m).to.not.be.null,
                isNaN: (v, m) => expect(v, m).to.be.NaN,
                isUndefined: (v, m) => expect(v, m).to.be.undefined,
                isDefined: (v, m) => expect(v, m).to.not.be.undefined,
                exists: (v, m) => expect(v, m).to.exist,
                notExists: (v, m) => expect(v, m).to.not.exist,
                isString: (v, m) => expect(v, m).to.be.a('string'),
                isNotString: (v, m) => expect(v, m).to.not.be.a('string'),
                isNumber: (v, m) => expect(v, m).to.be.a('number'),
                isNotNumber: (v, m) => expect(v, m).to.not.be.a('number'),
                isBoolean: (v, m) => expect(v, m).to.be.a('boolean'),
                isNotBoolean: (v, m) => expect(v, m).to.not.be.a('boolean'),
                isObject: (v, m) => expect(v, m).to.be.an('object'),
                isNotObject: (v, m) => expect(v, m).to.not.be.an('object'),
                isArray: (v, m) => expect(v, m).to.be.an('array'),
                isNotArray: (v, m) => expect(v, m).to.not.be.an('array'),
                isFunction: (v, m) => expect(v, m).to.be.a('function'),
                isNotFunction: (v, m) => expect(v, m).to.not.be.a('function'),
                typeOf: (v, t, m) => expect(v, m).to.be.a(t),
                notTypeOf: (v, t, m) => expect(v, m).to.not.be.a(t),
                instanceOf: (v, c, m) => expect(v, m).to.be.instanceOf(c),
                notInstanceOf: (v, c, m) => expect(v, m).to.not.be.instanceOf(c),
                include: (h, n, m) => expect(h, m).to.include(n),
                notInclude: (h, n, m) => expect(h, m).to.not.include(n),
                deepInclude: (h, n, m) => expect(h, m).to.deep.include(n),
                match: (v, r, m) => expect(v, m).to.match(r),
                notMatch: (v, r, m) => expect(v, m).to.not.match(r),
                property: (o, p, m) => expect(o, m).to.have.property(p),
                notProperty: (o, p, m) => expect(o, m).to.not.have.property(p),
                propertyVal: (o, p, v, m) => expect(o, m).to.have.property(p, v),
                deepPropertyVal: (o, p, v, m) => expect(o, m).to.have.deep.property(p, v),
                nestedProperty: (o, p, m) => expect(o, m).to.have.nested.property(p),
                lengthOf: (v, n, m) => expect(v, m).to.have.lengthOf(n),
                isEmpty: (v, m) => expect(v, m).to.be.empty,
                isNotEmpty: (v, m) => expect(v, m).to.not.be.empty,
                isAbove: (v, n, m) => expect(v, m).to.be.above(n),
                isAtLeast: (v, n, m) => expect(v, m).to.be.at.least(n),
                isBelow: (v, n, m) => expect(v, m).to.be.below(n),
                isAtMost: (v, n, m) => expect(v, m).to.be.at.most(n),
                closeTo: (v, e, d, m) => expect(v, m).to.be.closeTo(e, d),
                approximately: (v, e, d, m) => expect(v, m).to.be.closeTo(e, d),
                oneOf: (v, list, m) => expect(v, m).to.be.oneOf(list),
                hasAllKeys: (o, k, m) => expect(o, m).to.have.all.keys(k),
                hasAnyKeys: (o, k, m) => expect(o, m).to.have.any.keys(k),
                containsAllKeys: (o, k, m) => expect(o, m).to.contain.all.keys(k),
                sameMembers: (a, b, m) => expect(a, m).to.have.same.members(b),
                sameDeepMembers: (a, b, m) => expect(a, m).to.have.same.deep.members(b),
                includeMembers: (a, b, m) => expect(a, m).to.include.members(b),
                throws: (fn, a, b, m) => (b === undefined ? expect(fn, m).to.throw(a) : expect(fn, m).to.throw(a, b)),
                doesNotThrow: (fn, a, m) => (a === undefined ? expect(fn, m).to.not.throw() : expect(fn, m).to.not.throw(a)),
                fail: (message) => lib.fail(message || 'assert.fail()'),
              };
              chains.throw = chains.throws;
              chains.Throw = chains.throws;
              Object.keys(chains).forEach((name) => { assert[name] = function () { chains[name].apply(null, arguments); }; });
              return {
                expect, assert, AssertionError: lib.AssertionError, should: undefined,
                use(plugin) { return this; },
                config: { includeStack: false, showDiff: true, truncateThreshold: 40 },
                version: '4.3.0',
              };
            })
            """#)
}
