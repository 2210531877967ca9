/// `uuid` for collection scripts: `v1`, `v3`, `v4`, `v5`, `validate`, `version`, `parse`, `stringify`, `NIL`.
///
/// The export is itself callable and returns a v4 UUID (the old `require('uuid')()` API); random bytes and the
/// v3/v5 digests come from OpenSSL through `native`.
enum UUIDLibrary {
    /// The module, as `require` serves it.
    static let library = SandboxLibrary(
        names: ["uuid"],
        source: #"""
        (function (require, native) {
          'use strict';
          var PATTERN = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/i;
          function randomBytes(n) {
            var hex = native.randomBytes(n), out = [];
            for (var i = 0; i < n; i++) out.push(parseInt(hex.substr(i * 2, 2), 16));
            return out;
          }
          function stringify(bytes, offset) {
            offset = offset || 0;
            var s = '';
            for (var i = 0; i < 16; i++) {
              var b = bytes[offset + i];
              s += (b < 16 ? '0' : '') + b.toString(16);
              if (i === 3 || i === 5 || i === 7 || i === 9) s += '-';
            }
            if (!validate(s)) throw new TypeError('Stringified UUID is invalid');
            return s;
          }
          function parse(text) {
            if (!validate(text)) throw new TypeError('Invalid UUID');
            var hex = text.replace(/-/g, ''), out = [];
            for (var i = 0; i < 16; i++) out.push(parseInt(hex.substr(i * 2, 2), 16));
            return out;
          }
          function output(bytes, buf, offset) {
            if (!buf) return stringify(bytes);
            offset = offset || 0;
            for (var i = 0; i < 16; i++) buf[offset + i] = bytes[i];
            return buf;
          }
          function validate(text) { return typeof text === 'string' && PATTERN.test(text); }
          function version(text) {
            if (!validate(text)) throw new TypeError('Invalid UUID');
            return parseInt(text.substr(14, 1), 16);
          }
          function v4(options, buf, offset) {
            if (typeof options === 'string') { buf = options === 'binary' ? new Array(16) : null; options = null; }
            options = options || {};
            var bytes = (options.random || (options.rng ? options.rng() : randomBytes(16))).slice(0, 16);
            bytes[6] = (bytes[6] & 0x0f) | 0x40;
            bytes[8] = (bytes[8] & 0x3f) | 0x80;
            return output(bytes, buf, offset);
          }
          // Version 1: 100 ns intervals since 1582-10-15, a random clock sequence and a random multicast node id.
          var node = null, clockSeq = null, lastMs = 0, lastNs = 0;
          function v1(options, buf, offset) {
            options = options || {};
            if (node === null) {
              var seed = randomBytes(8);
              node = [seed[0] | 0x01, seed[1], seed[2], seed[3], seed[4], seed[5]];
              clockSeq = ((seed[6] << 8) | seed[7]) & 0x3fff;
            }
            var seq = options.clockseq !== undefined ? options.clockseq : clockSeq;
            var ms = options.msecs !== undefined ? options.msecs : Date.now();
            var ns = options.nsecs !== undefined ? options.nsecs : ms === lastMs ? lastNs + 1 : 0;
            if (ms < lastMs && options.clockseq === undefined) seq = clockSeq = (clockSeq + 1) & 0x3fff;
            if (ns >= 10000) throw new Error("uuid.v1(): Can't create more than 10M uuids/sec");
            lastMs = ms; lastNs = ns;
            ms += 12219292800000;
            var low = ((ms & 0xfffffff) * 10000 + ns) % 0x100000000;
            var high = (ms / 0x100000000 * 10000) & 0xfffffff;
            var bytes = [low >>> 24 & 0xff, low >>> 16 & 0xff, low >>> 8 & 0xff, low & 0xff,
              high >>> 8 & 0xff, high & 0xff, (high >>> 24 & 0xf) | 0x10, high >>> 16 & 0xff,
              (seq >>> 8) | 0x80, seq & 0xff].concat(options.node || node);
            return output(bytes, buf, offset);
          }
          function named(versionNumber, algorithm) {
            var make = function (name, namespace, buf, offset) {
              var ns = typeof namespace === 'string' ? parse(namespace) : Array.prototype.slice.call(namespace);
              var data = typeof name === 'string' ? unescape(encodeURIComponent(name)).split('').map(function (c) { return c.charCodeAt(0); }) : Array.prototype.slice.call(name);
              var hex = ns.concat(data).map(function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
              var digest = native.digest(algorithm, hex), bytes = [];
              for (var i = 0; i < 16; i++) bytes.push(parseInt(digest.substr(i * 2, 2), 16));
              bytes[6] = (bytes[6] & 0x0f) | (versionNumber << 4);
              bytes[8] = (bytes[8] & 0x3f) | 0x80;
              return output(bytes, buf, offset);
            };
            make.DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
            make.URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
            return make;
          }
          var uuid = function (options, buf, offset) { return v4(options, buf, offset); };
          uuid.v1 = v1; uuid.v3 = named(3, 'md5'); uuid.v4 = v4; uuid.v5 = named(5, 'sha1');
          uuid.validate = validate; uuid.version = version; uuid.parse = parse; uuid.stringify = stringify;
          uuid.NIL = '00000000-0000-0000-0000-000000000000';
          return uuid;
        })
        """#)
}
