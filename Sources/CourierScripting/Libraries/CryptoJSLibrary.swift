/// `crypto-js` for collection scripts: the CryptoJS 3.x API (WordArray, encoders, hashes, HMACs, AES, PBKDF2).
///
/// Only encoding, padding and the OpenSSL "Salted__" format are JavaScript; every hash, HMAC, cipher and key
/// derivation runs in OpenSSL through the `native` helpers of `CryptoNatives`. `CryptoJS.SHA3` is Keccak when
/// libcrypto offers it (OpenSSL 3.2+) and FIPS SHA-3 otherwise.
enum CryptoJSLibrary {
    /// The module, as `require` serves it.
    static let library = SandboxLibrary(
        names: ["crypto-js"],
        source: #"""
        (function (require, native) {
          'use strict';
          var C = { lib: {}, enc: {}, algo: {}, mode: {}, pad: {}, format: {}, kdf: {} };

          // --- WordArray: big-endian 32-bit words plus a significant byte count.
          function WordArray(words, sigBytes) {
            if (!(this instanceof WordArray)) return new WordArray(words, sigBytes);
            if (words instanceof ArrayBuffer) words = new Uint8Array(words);
            else if (ArrayBuffer.isView(words) && !(words instanceof Uint8Array)) words = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
            if (words instanceof Uint8Array) {
              var w = [];
              for (var i = 0; i < words.length; i++) w[i >>> 2] |= words[i] << (24 - (i % 4) * 8);
              this.words = w; this.sigBytes = words.length; return;
            }
            this.words = words || [];
            this.sigBytes = sigBytes !== undefined ? sigBytes : this.words.length * 4;
          }
          WordArray.prototype = {
            constructor: WordArray,
            toString: function (encoder) { return (encoder || C.enc.Hex).stringify(this); },
            concat: function (other) {
              this.clamp();
              for (var i = 0; i < other.sigBytes; i++) {
                var byte = (other.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
                var at = this.sigBytes + i;
                this.words[at >>> 2] |= byte << (24 - (at % 4) * 8);
              }
              this.sigBytes += other.sigBytes;
              return this;
            },
            clamp: function () {
              var s = this.sigBytes, w = this.words;
              if (s % 4) w[s >>> 2] &= 0xffffffff << (32 - (s % 4) * 8);
              w.length = Math.ceil(s / 4);
              return this;
            },
            clone: function () { return new WordArray(this.words.slice(0), this.sigBytes); }
          };
          WordArray.create = function (words, sigBytes) { return new WordArray(words, sigBytes); };
          WordArray.init = WordArray;
          WordArray.random = function (n) { return C.enc.Hex.parse(native.randomBytes(n)); };
          C.lib.WordArray = WordArray;
          C.lib.Base = { extend: function (o) { var r = Object.create(this); for (var k in o) r[k] = o[k]; return r; },
            create: function () { var r = Object.create(this); if (r.init) r.init.apply(r, arguments); return r; },
            mixIn: function (o) { for (var k in o) this[k] = o[k]; return this; } };

          function byteAt(wa, i) { return (wa.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff; }
          function fromBytes(bytes) {
            var w = [];
            for (var i = 0; i < bytes.length; i++) w[i >>> 2] |= bytes[i] << (24 - (i % 4) * 8);
            return new WordArray(w, bytes.length);
          }

          // --- Encoders.
          var Hex = C.enc.Hex = {
            stringify: function (wa) {
              var out = '';
              for (var i = 0; i < wa.sigBytes; i++) { var b = byteAt(wa, i); out += (b < 16 ? '0' : '') + b.toString(16); }
              return out;
            },
            parse: function (hex) {
              var bytes = [];
              for (var i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.substr(i, 2), 16) || 0);
              return fromBytes(bytes);
            }
          };
          var Latin1 = C.enc.Latin1 = {
            stringify: function (wa) { var out = ''; for (var i = 0; i < wa.sigBytes; i++) out += String.fromCharCode(byteAt(wa, i)); return out; },
            parse: function (s) { var b = []; for (var i = 0; i < s.length; i++) b.push(s.charCodeAt(i) & 0xff); return fromBytes(b); }
          };
          var Utf8 = C.enc.Utf8 = {
            stringify: function (wa) {
              try { return decodeURIComponent(escape(Latin1.stringify(wa))); } catch (e) { throw new Error('Malformed UTF-8 data'); }
            },
            parse: function (s) { return Latin1.parse(unescape(encodeURIComponent(s))); }
          };
          function utf16(littleEndian) {
            return {
              stringify: function (wa) {
                var out = '';
                for (var i = 0; i + 1 < wa.sigBytes; i += 2) {
                  var a = byteAt(wa, i), b = byteAt(wa, i + 1);
                  out += String.fromCharCode(littleEndian ? (b << 8) | a : (a << 8) | b);
                }
                return out;
              },
              parse: function (s) {
                var bytes = [];
                for (var i = 0; i < s.length; i++) {
                  var c = s.charCodeAt(i);
                  if (littleEndian) bytes.push(c & 0xff, c >>> 8); else bytes.push(c >>> 8, c & 0xff);
                }
                return fromBytes(bytes);
              }
            };
          }
          C.enc.Utf16 = C.enc.Utf16BE = utf16(false);
          C.enc.Utf16LE = utf16(true);
          function base64(alphabet, padded) {
            return {
              stringify: function (wa) {
                var out = '';
                for (var i = 0; i < wa.sigBytes; i += 3) {
                  var n = (byteAt(wa, i) << 16) | ((i + 1 < wa.sigBytes ? byteAt(wa, i + 1) : 0) << 8) | (i + 2 < wa.sigBytes ? byteAt(wa, i + 2) : 0);
                  for (var j = 0; j < 4; j++) {
                    if (i + j * 0.75 < wa.sigBytes) out += alphabet.charAt((n >>> (18 - 6 * j)) & 63);
                    else if (padded) out += '=';
                  }
                }
                return out;
              },
              parse: function (s) {
                var bytes = [], bits = 0, acc = 0;
                for (var i = 0; i < s.length; i++) {
                  var v = alphabet.indexOf(s.charAt(i));
                  if (v < 0) { if (s.charAt(i) === '=') break; continue; }
                  acc = (acc << 6) | v; bits += 6;
                  if (bits >= 8) { bits -= 8; bytes.push((acc >>> bits) & 0xff); }
                }
                return fromBytes(bytes);
              }
            };
          }
          C.enc.Base64 = base64('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', true);
          C.enc.Base64url = base64('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', false);

          function toWords(data) { return typeof data === 'string' ? Utf8.parse(data) : data; }
          function hexOf(data) { return Hex.stringify(toWords(data)); }

          // --- Hashes and HMACs, computed natively.
          function sha3Name(cfg) {
            var bits = (cfg && cfg.outputLength) || 512;
            return 'sha3-' + bits;
          }
          function hashHex(name, hex, cfg) {
            if (name === 'sha3') {
              var bits = (cfg && cfg.outputLength) || 512;
              try { return native.digest('KECCAK-' + bits, hex); } catch (e) { return native.digest(sha3Name(cfg), hex); }
            }
            return native.digest(name, hex);
          }
          function makeHasher(name) {
            var hasher = {
              _name: name,
              create: function (cfg) {
                var data = new WordArray();
                return {
                  cfg: cfg,
                  reset: function () { data = new WordArray(); return this; },
                  update: function (m) { data.concat(toWords(m)); return this; },
                  finalize: function (m) { if (m !== undefined) this.update(m); var r = Hex.parse(hashHex(name, Hex.stringify(data), cfg)); data = new WordArray(); return r; }
                };
              }
            };
            return hasher;
          }
          var hashes = { MD5: 'md5', SHA1: 'sha1', SHA224: 'sha224', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', SHA3: 'sha3', RIPEMD160: 'ripemd160' };
          Object.keys(hashes).forEach(function (key) {
            var name = hashes[key];
            C.algo[key] = makeHasher(name);
            C[key] = function (message, cfg) { return Hex.parse(hashHex(name, hexOf(message), cfg)); };
            C['Hmac' + key] = function (message, secret) {
              if (name === 'sha3') throw new Error('HmacSHA3 is not supported');
              return Hex.parse(native.hmac(name, hexOf(secret), hexOf(message)));
            };
          });
          C.algo.HMAC = {
            create: function (hasher, secret) {
              var data = new WordArray(), key = hexOf(secret);
              return {
                reset: function () { data = new WordArray(); return this; },
                update: function (m) { data.concat(toWords(m)); return this; },
                finalize: function (m) { if (m !== undefined) this.update(m); var r = Hex.parse(native.hmac(hasher._name, key, Hex.stringify(data))); data = new WordArray(); return r; }
              };
            }
          };

          // --- Key derivation.
          C.PBKDF2 = function (password, salt, cfg) {
            cfg = cfg || {};
            var keySize = cfg.keySize || 4, hasher = cfg.hasher || C.algo.SHA1;
            return Hex.parse(native.pbkdf2(hexOf(password), hexOf(salt), cfg.iterations || 1, keySize * 4, hasher._name));
          };
          C.algo.PBKDF2 = { create: function (cfg) { return { compute: function (p, s) { return C.PBKDF2(p, s, cfg); } }; } };
          C.EvpKDF = function (password, salt, cfg) {
            cfg = cfg || {};
            var keyBytes = (cfg.keySize || 4) * 4, hasher = cfg.hasher || C.algo.MD5, iterations = cfg.iterations || 1;
            var pass = hexOf(password), saltHex = salt ? hexOf(salt) : '', out = '', block = '';
            while (out.length < keyBytes * 2) {
              block = native.digest(hasher._name, block + pass + saltHex);
              for (var i = 1; i < iterations; i++) block = native.digest(hasher._name, block);
              out += block;
            }
            return Hex.parse(out.substr(0, keyBytes * 2));
          };
          C.algo.EvpKDF = { create: function (cfg) { return { compute: function (p, s) { return C.EvpKDF(p, s, cfg); } }; } };

          // --- Paddings (block size in words), done here so every mode pads like CryptoJS.
          function padWith(fill) {
            return {
              pad: function (data, blockSize) {
                var blockBytes = (blockSize || 4) * 4, n = blockBytes - (data.sigBytes % blockBytes), bytes = [];
                for (var i = 0; i < n; i++) bytes.push(fill(n, i));
                data.concat(fromBytes(bytes));
              },
              unpad: function (data) { data.sigBytes -= byteAt(data, data.sigBytes - 1) & 0xff; }
            };
          }
          C.pad.Pkcs7 = padWith(function (n) { return n; });
          C.pad.AnsiX923 = padWith(function (n, i) { return i === n - 1 ? n : 0; });
          C.pad.Iso10126 = padWith(function (n, i) { return i === n - 1 ? n : parseInt(native.randomBytes(1), 16); });
          C.pad.Iso97971 = {
            pad: function (data, blockSize) { data.concat(fromBytes([0x80])); C.pad.ZeroPadding.pad(data, blockSize); },
            unpad: function (data) { C.pad.ZeroPadding.unpad(data); data.sigBytes--; }
          };
          C.pad.ZeroPadding = {
            pad: function (data, blockSize) {
              var blockBytes = (blockSize || 4) * 4, n = (blockBytes - (data.sigBytes % blockBytes)) % blockBytes;
              data.concat(fromBytes(new Array(n).fill(0)));
            },
            unpad: function (data) { while (data.sigBytes > 0 && byteAt(data, data.sigBytes - 1) === 0) data.sigBytes--; }
          };
          C.pad.NoPadding = { pad: function () {}, unpad: function () {} };
          ['CBC', 'ECB', 'CTR', 'CFB', 'OFB'].forEach(function (m) { C.mode[m] = { _name: m }; });

          // --- Cipher results and the OpenSSL "Salted__" format.
          function CipherParams(fields) { for (var k in fields) this[k] = fields[k]; }
          CipherParams.prototype.toString = function (formatter) { return (formatter || this.formatter || C.format.OpenSSL).stringify(this); };
          CipherParams.create = function (fields) { return new CipherParams(fields); };
          C.lib.CipherParams = CipherParams;
          var SALTED = [0x53616c74, 0x65645f5f];
          C.format.OpenSSL = {
            stringify: function (params) {
              var data = params.salt ? new WordArray(SALTED.slice(0), 8).concat(params.salt).concat(params.ciphertext) : params.ciphertext;
              return C.enc.Base64.stringify(data);
            },
            parse: function (text) {
              var data = C.enc.Base64.parse(text), salt;
              if (data.words[0] === SALTED[0] && data.words[1] === SALTED[1]) {
                salt = new WordArray(data.words.slice(2, 4), 8);
                data = new WordArray(data.words.slice(4), data.sigBytes - 16);
              }
              return new CipherParams({ ciphertext: data, salt: salt });
            }
          };
          C.format.Hex = {
            stringify: function (params) { return Hex.stringify(params.ciphertext); },
            parse: function (text) { return new CipherParams({ ciphertext: Hex.parse(text) }); }
          };
          C.kdf.OpenSSL = {
            execute: function (password, keySize, ivSize, salt) {
              salt = salt || WordArray.random(8);
              var d = native.evpBytesToKey(hexOf(password), Hex.stringify(salt), keySize * 4, ivSize * 4);
              return new CipherParams({ key: Hex.parse(d.key), iv: Hex.parse(d.iv), salt: salt });
            }
          };

          // --- Ciphers through native (OpenSSL); padding, passphrases and formats here.
          function cipherRun(algo, encrypt, data, key, cfg) {
            var mode = algo.stream ? 'ECB' : (cfg.mode && cfg.mode._name) || 'CBC', blockBytes = algo.blockSize * 4;
            var padding = algo.stream ? C.pad.NoPadding : cfg.padding || C.pad.Pkcs7;
            var iv = mode === 'ECB' ? '' : cfg.iv ? Hex.stringify(cfg.iv) : new Array(blockBytes * 2 + 1).join('0');
            data = data.clone();
            if (encrypt) padding.pad(data, algo.blockSize);
            var length = data.sigBytes, hex = Hex.stringify(data);
            if (mode === 'CBC' || mode === 'ECB') while (hex.length % (blockBytes * 2)) hex += '0';
            var out = Hex.parse((encrypt ? native.cipherEncrypt : native.cipherDecrypt)(algo.name, mode, Hex.stringify(key), iv, hex, 'NoPadding'));
            out.sigBytes = Math.min(out.sigBytes, length);
            if (!encrypt) padding.unpad(out);
            return out;
          }
          function cipherConfig(cfg) { var r = {}; for (var k in cfg || {}) r[k] = cfg[k]; return r; }
          function makeCipher(name, keySize, ivSize, blockSize, stream) {
            var algo = { name: name, keySize: keySize, ivSize: ivSize, blockSize: blockSize, stream: !!stream };
            algo.encrypt = function (message, key, cfg) {
              cfg = cipherConfig(cfg);
              var salt;
              if (typeof key === 'string') {
                var derived = (cfg.kdf || C.kdf.OpenSSL).execute(key, keySize, ivSize, cfg.salt);
                key = derived.key; if (ivSize) cfg.iv = derived.iv; salt = derived.salt;
              }
              var ciphertext = cipherRun(algo, true, toWords(message), key, cfg);
              return new CipherParams({ ciphertext: ciphertext, key: key, iv: cfg.iv, salt: salt, algorithm: algo,
                mode: cfg.mode || C.mode.CBC, padding: cfg.padding || C.pad.Pkcs7, blockSize: blockSize, formatter: cfg.format || C.format.OpenSSL });
            };
            algo.decrypt = function (ciphertext, key, cfg) {
              cfg = cipherConfig(cfg);
              if (typeof ciphertext === 'string') ciphertext = (cfg.format || C.format.OpenSSL).parse(ciphertext);
              if (typeof key === 'string') {
                var derived = (cfg.kdf || C.kdf.OpenSSL).execute(key, keySize, ivSize, ciphertext.salt);
                key = derived.key; if (ivSize) cfg.iv = derived.iv;
              }
              return cipherRun(algo, false, ciphertext.ciphertext, key, cfg);
            };
            function streamer(encrypt) {
              return function (key, cfg) {
                var data = new WordArray();
                return {
                  process: function (m) { data.concat(toWords(m)); return new WordArray(); },
                  finalize: function (m) { if (m !== undefined) data.concat(toWords(m)); return cipherRun(algo, encrypt, data, key, cfg || {}); }
                };
              };
            }
            algo.createEncryptor = streamer(true);
            algo.createDecryptor = streamer(false);
            return algo;
          }
          C.AES = C.algo.AES = makeCipher('AES', 8, 4, 4);
          C.TripleDES = C.algo.TripleDES = makeCipher('TripleDES', 6, 2, 2);
          C.DES = C.algo.DES = makeCipher('DES', 2, 2, 2);
          C.RC4 = C.algo.RC4 = makeCipher('RC4', 8, 0, 1, true);
          return C;
        })
        """#)
}
