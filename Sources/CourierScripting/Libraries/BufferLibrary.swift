/// `buffer` for collection scripts: `{Buffer}`, a `Uint8Array` subclass with Node's encodings (utf8, hex, base64,
/// base64url, latin1/binary, ascii, utf16le), `from`, `alloc`, `concat`, `byteLength`, `isBuffer`, `toString`,
/// `toJSON`, `equals`, `compare`, `slice`, `write`, `fill`, `indexOf`, `copy` and the fixed-width integer readers.
enum BufferLibrary {
    /// The module, as `require` serves it.
    static let library = SandboxLibrary(
        names: ["buffer"],
        source: #"""
        (function (require, native) {
          'use strict';
          var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

          function normalize(encoding) {
            var e = String(encoding || 'utf8').toLowerCase();
            if (e === 'utf-8') return 'utf8';
            if (e === 'binary') return 'latin1';
            if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
            if (['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'].indexOf(e) < 0) throw new TypeError('Unknown encoding: ' + encoding);
            return e;
          }
          function utf8Bytes(s) {
            var out = [];
            for (var i = 0; i < s.length; i++) {
              var c = s.charCodeAt(i);
              if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
                c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
              } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
              if (c < 0x80) out.push(c);
              else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
              else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
              else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
            }
            return out;
          }
          function utf8Text(b) {
            var out = '', need = 0, seen = 0, cp = 0, lower = 0x80, upper = 0xbf;
            for (var i = 0; i < b.length; i++) {
              var c = b[i];
              if (!need) {
                if (c < 0x80) out += String.fromCharCode(c);
                else if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
                else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0xf; lower = c === 0xe0 ? 0xa0 : 0x80; upper = c === 0xed ? 0x9f : 0xbf; }
                else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 7; lower = c === 0xf0 ? 0x90 : 0x80; upper = c === 0xf4 ? 0x8f : 0xbf; }
                else out += '\ufffd';
                continue;
              }
              if (c < lower || c > upper) { need = seen = cp = 0; lower = 0x80; upper = 0xbf; out += '\ufffd'; i--; continue; }
              lower = 0x80; upper = 0xbf; cp = (cp << 6) | (c & 0x3f);
              if (++seen === need) { out += String.fromCodePoint(cp); need = seen = cp = 0; }
            }
            return need ? out + '\ufffd' : out;
          }
          function base64Bytes(s) {
            var out = [], acc = 0, bits = 0;
            for (var i = 0; i < s.length; i++) {
              var ch = s.charAt(i), v = B64.indexOf(ch === '-' ? '+' : ch === '_' ? '/' : ch);
              if (ch === '=') break;
              if (v < 0) continue;
              acc = ((acc << 6) | v) & 0xffffff; bits += 6;
              if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 0xff); }
            }
            return out;
          }
          function base64Text(b, url) {
            var out = '';
            for (var i = 0; i < b.length; i += 3) {
              var n = (b[i] << 16) | ((b[i + 1] || 0) << 8) | (b[i + 2] || 0);
              out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < b.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < b.length ? B64[n & 63] : '=');
            }
            return url ? out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out;
          }
          function encode(s, encoding) {
            var e = normalize(encoding), out = [], i;
            s = String(s);
            if (e === 'utf8') return utf8Bytes(s);
            if (e === 'base64' || e === 'base64url') return base64Bytes(s);
            if (e === 'hex') {
              for (i = 0; i + 1 < s.length; i += 2) { var v = parseInt(s.substr(i, 2), 16); if (isNaN(v)) break; out.push(v); }
              return out;
            }
            if (e === 'utf16le') { for (i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8); return out; }
            for (i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff);
            return out;
          }
          function decode(b, encoding) {
            var e = normalize(encoding), out = '', i;
            if (e === 'utf8') return utf8Text(b);
            if (e === 'base64' || e === 'base64url') return base64Text(b, e === 'base64url');
            if (e === 'hex') { for (i = 0; i < b.length; i++) out += (b[i] < 16 ? '0' : '') + b[i].toString(16); return out; }
            if (e === 'utf16le') { for (i = 0; i + 1 < b.length; i += 2) out += String.fromCharCode(b[i] | (b[i + 1] << 8)); return out; }
            var mask = e === 'ascii' ? 0x7f : 0xff;
            for (i = 0; i < b.length; i++) out += String.fromCharCode(b[i] & mask);
            return out;
          }

          class Buffer extends Uint8Array {
            constructor(value, encodingOrOffset, length) {
              // The deprecated `new Buffer(string|array)` forms, and the typed-array forms that `subarray` and `map` use.
              if (typeof value === 'string' || Array.isArray(value)) {
                var bytes = typeof value === 'string' ? encode(value, encodingOrOffset) : value;
                super(bytes.length);
                for (var i = 0; i < bytes.length; i++) this[i] = bytes[i];
              } else if (value instanceof ArrayBuffer) super(value, encodingOrOffset || 0, length === undefined ? value.byteLength - (encodingOrOffset || 0) : length);
              else super(value);
            }
            static from(value, encodingOrOffset, length) {
              if (typeof value === 'string') return new Buffer(value, encodingOrOffset);
              if (value instanceof ArrayBuffer) return new Buffer(value, encodingOrOffset, length);
              if (ArrayBuffer.isView(value)) return fromArray(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
              if (value && value.type === 'Buffer' && Array.isArray(value.data)) return fromArray(value.data);
              if (value && typeof value.length === 'number') return fromArray(Array.prototype.slice.call(value));
              if (value && typeof value.valueOf === 'function' && value.valueOf() !== value) return Buffer.from(value.valueOf(), encodingOrOffset, length);
              throw new TypeError('The first argument must be of type string, Buffer, ArrayBuffer, Array, or Array-like Object.');
            }
            static alloc(size, fill, encoding) { var b = new Buffer(size); if (fill !== undefined) b.fill(fill, 0, size, encoding); return b; }
            static allocUnsafe(size) { return new Buffer(size); }
            static allocUnsafeSlow(size) { return new Buffer(size); }
            static isBuffer(value) { return value instanceof Buffer; }
            static isEncoding(encoding) { try { normalize(encoding); return typeof encoding === 'string'; } catch (e) { return false; } }
            static byteLength(value, encoding) {
              if (typeof value !== 'string') return value.byteLength;
              return encode(value, encoding).length;
            }
            static concat(list, totalLength) {
              var total = totalLength !== undefined ? totalLength : list.reduce(function (n, b) { return n + b.length; }, 0);
              var out = Buffer.alloc(total), at = 0;
              for (var i = 0; i < list.length && at < total; i++) {
                var part = list[i].length > total - at ? list[i].subarray(0, total - at) : list[i];
                out.set(part, at); at += part.length;
              }
              return out;
            }
            static compare(a, b) { return a.compare(b); }
            toString(encoding, start, end) {
              var part = this.subarray(start || 0, end === undefined ? this.length : end);
              return decode(part, encoding);
            }
            toJSON() { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; }
            equals(other) { return this.compare(other) === 0; }
            compare(other) {
              for (var i = 0; i < Math.min(this.length, other.length); i++) if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
              return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
            }
            slice(start, end) { return this.subarray(start, end); }
            write(string, offset, length, encoding) {
              if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
              else if (typeof length === 'string') { encoding = length; length = undefined; }
              offset = offset || 0;
              var bytes = encode(string, encoding), n = Math.min(bytes.length, this.length - offset, length === undefined ? Infinity : length);
              for (var i = 0; i < n; i++) this[offset + i] = bytes[i];
              return n;
            }
            fill(value, offset, end, encoding) {
              if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
              offset = offset || 0; end = end === undefined ? this.length : end;
              if (typeof value === 'number') return Uint8Array.prototype.fill.call(this, value & 0xff, offset, end);
              var bytes = typeof value === 'string' ? encode(value, encoding) : Array.prototype.slice.call(value);
              if (!bytes.length) bytes = [0];
              for (var i = offset; i < end; i++) this[i] = bytes[(i - offset) % bytes.length];
              return this;
            }
            indexOf(value, from, encoding) {
              if (typeof value === 'number') return Uint8Array.prototype.indexOf.call(this, value & 0xff, from);
              var needle = typeof value === 'string' ? encode(value, encoding) : value;
              for (var i = from || 0; i <= this.length - needle.length; i++) {
                var j = 0;
                while (j < needle.length && this[i + j] === needle[j]) j++;
                if (j === needle.length) return i;
              }
              return -1;
            }
            includes(value, from, encoding) { return this.indexOf(value, from, encoding) !== -1; }
            copy(target, targetStart, start, end) {
              var part = this.subarray(start || 0, end === undefined ? this.length : end);
              targetStart = targetStart || 0;
              part = part.subarray(0, Math.max(0, target.length - targetStart));
              target.set(part, targetStart);
              return part.length;
            }
            inspect() { return '<Buffer ' + decode(this.subarray(0, 50), 'hex').replace(/(..)(?!$)/g, '$1 ') + (this.length > 50 ? ' ... ' : '') + '>'; }
          }
          function fromArray(values) { var b = new Buffer(values.length); for (var i = 0; i < values.length; i++) b[i] = values[i]; return b; }
          // Fixed-width integer reads and writes through a DataView.
          var widths = { UInt8: [1, 'Uint8'], Int8: [1, 'Int8'], UInt16: [2, 'Uint16'], Int16: [2, 'Int16'], UInt32: [4, 'Uint32'], Int32: [4, 'Int32'],
            Float: [4, 'Float32'], Double: [8, 'Float64'], BigUInt64: [8, 'BigUint64'], BigInt64: [8, 'BigInt64'] };
          Object.keys(widths).forEach(function (name) {
            var size = widths[name][0], view = widths[name][1];
            (size === 1 ? [''] : ['LE', 'BE']).forEach(function (endian) {
              Buffer.prototype['read' + name + endian] = function (offset) {
                offset = offset || 0;
                if (offset + size > this.length) throw new RangeError('The value of "offset" is out of range.');
                return new DataView(this.buffer, this.byteOffset)['get' + view](offset, endian === 'LE');
              };
              Buffer.prototype['write' + name + endian] = function (value, offset) {
                offset = offset || 0;
                if (offset + size > this.length) throw new RangeError('The value of "offset" is out of range.');
                new DataView(this.buffer, this.byteOffset)['set' + view](offset, value, endian === 'LE');
                return offset + size;
              };
            });
          });
          ['readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'writeUInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeUInt32LE', 'writeUInt32BE'].forEach(function (n) {
            Buffer.prototype[n.replace('UInt', 'Uint')] = Buffer.prototype[n];
          });
          Buffer.poolSize = 8192;
          return { Buffer: Buffer, kMaxLength: 0x7fffffff, constants: { MAX_LENGTH: 0x7fffffff } };
        })
        """#)
}
