/// Variable scopes in JavaScript: `VariableScope` (`pm.environment`, `pm.globals`,
/// `pm.collectionVariables`, `pm.iterationData`), the merged `pm.variables` view, and `{{name}}`
/// substitution with the dynamic variables.
///
/// Variables are the runner's JSON objects (`{key, value, type, disabled, ...}`), changed in place
/// so fields Courier does not use survive the round trip. A scope that was never written comes
/// back as `null`, and the engine then keeps the runner's array as it was.
enum ScopesPrelude {
    static let source = ##"""
        (function (global) {
          'use strict';
          var C = global.__courier;

          // postman-collection casts values of typed variables on the way in and out.
          function cast(type, value) {
            if (value === undefined || value === null) { return value; }
            if (type === 'string') { return String(value); }
            if (type === 'number') { return Number(value); }
            if (type === 'boolean') { return Boolean(value); }
            return value;
          }

          function VariableScope(values, readOnly) {
            Object.defineProperty(this, '_values', { value: Array.isArray(values) ? values : [], writable: true });
            Object.defineProperty(this, '_dirty', { value: false, writable: true });
          }
          VariableScope.prototype._find = function (key) {
            var values = this._values;
            for (var i = values.length - 1; i >= 0; i--) {
              var v = values[i];
              if (v && v.key === key && v.disabled !== true) { return v; }
            }
            return undefined;
          };
          VariableScope.prototype.has = function (key) { return this._find(String(key)) !== undefined; };
          VariableScope.prototype.get = function (key) {
            var v = this._find(String(key));
            return v ? cast(v.type, v.value) : undefined;
          };
          VariableScope.prototype.set = function (key, value, type) {
            if (key === undefined || key === null) { return this; }
            key = String(key);
            this._dirty = true;
            var v = this._find(key);
            if (v) {
              if (typeof type === 'string') { v.type = type; }
              v.value = cast(v.type, value);
            } else {
              v = { key: key, value: value, type: typeof type === 'string' ? type : 'any' };
              v.value = cast(v.type, value);
              this._values.push(v);
            }
            return this;
          };
          VariableScope.prototype.unset = function (key) {
            key = String(key);
            var before = this._values.length;
            this._values = this._values.filter(function (v) { return !v || v.key !== key; });
            if (this._values.length !== before) { this._dirty = true; }
            return this;
          };
          VariableScope.prototype.clear = function () {
            if (this._values.length) { this._dirty = true; }
            this._values = [];
            return this;
          };
          VariableScope.prototype.toObject = function () {
            var out = {};
            this._values.forEach(function (v) { if (v && v.disabled !== true) { out[v.key] = cast(v.type, v.value); } });
            return out;
          };
          VariableScope.prototype.toJSON = function () {
            return { values: C.clone(this._values.filter(function (v) { return v; })) };
          };
          VariableScope.prototype.replaceIn = function (template) { return C.substitute(template, [this]); };
          VariableScope.prototype.syncVariablesTo = function (target) {
            var obj = this.toObject();
            if (target && typeof target === 'object') {
              Object.keys(target).forEach(function (k) { delete target[k]; });
              Object.keys(obj).forEach(function (k) { target[k] = obj[k]; });
              return target;
            }
            return obj;
          };
          C.VariableScope = VariableScope;

          /// `pm.iterationData`: a scope without `set` (its prototype's `constructor` stays VariableScope),
          /// which spares an Object.defineProperty call per run.
          function DataScope(values) { VariableScope.call(this, values); }
          DataScope.prototype = Object.create(VariableScope.prototype, {
            constructor: { value: VariableScope, writable: true, configurable: true },
            set: { value: undefined, writable: true, configurable: true }
          });
          C.DataScope = DataScope;

          /// `pm.variables`: local > iteration data > environment > collection > globals.
          function MergedScope(layers) {
            Object.defineProperty(this, '_layers', { value: layers });
          }
          MergedScope.prototype._find = function (key) {
            for (var i = 0; i < this._layers.length; i++) {
              var v = this._layers[i]._find(key);
              if (v) { return v; }
            }
            return undefined;
          };
          MergedScope.prototype.has = function (key) { return this._find(String(key)) !== undefined; };
          MergedScope.prototype.get = function (key) {
            var v = this._find(String(key));
            return v ? cast(v.type, v.value) : undefined;
          };
          MergedScope.prototype.set = function (key, value, type) { this._layers[0].set(key, value, type); return this; };
          MergedScope.prototype.unset = function (key) { this._layers[0].unset(key); return this; };
          MergedScope.prototype.clear = function () { this._layers[0].clear(); return this; };
          MergedScope.prototype.toObject = function () {
            var out = {};
            for (var i = this._layers.length - 1; i >= 0; i--) {
              var o = this._layers[i].toObject();
              Object.keys(o).forEach(function (k) { out[k] = o[k]; });
            }
            return out;
          };
          MergedScope.prototype.toJSON = function () { return this._layers[0].toJSON(); };
          MergedScope.prototype.replaceIn = function (template) { return C.substitute(template, this._layers); };
          C.MergedScope = MergedScope;

          // ---------- dynamic variables ----------
          var builtins = {
            $guid: function () { return C.uuid(); },
            $randomUUID: function () { return C.uuid(); },
            $timestamp: function () { return String(Math.round(Date.now() / 1000)); },
            $isoTimestamp: function () { return new Date().toISOString(); },
            $randomInt: function () { return String(Math.floor(Math.random() * 1001)); },
            $randomBoolean: function () { return String(Math.random() < 0.5); }
          };
          C.dynamicVariable = function (name) {
            if (typeof global.__courier_dynamic === 'function') {
              var v = global.__courier_dynamic(name);
              if (typeof v === 'string') { return v; }
            }
            var f = builtins[name];
            return f ? f() : undefined;
          };

          var REFERENCE = /\{\{([^{}]*?)\}\}/g;
          /// Replaces `{{name}}` from the layers (first match wins), then dynamic `{{$name}}`; repeats while
          /// something changed, at most 19 passes. Unknown names stay as written.
          C.substitute = function (template, layers) {
            if (Array.isArray(template)) { return template.map(function (v) { return C.substitute(v, layers); }); }
            if (template && typeof template === 'object' && Object.getPrototypeOf(template) === Object.prototype) {
              var out = {};
              Object.keys(template).forEach(function (k) { out[k] = C.substitute(template[k], layers); });
              return out;
            }
            if (typeof template !== 'string') { return template; }
            var text = template;
            for (var pass = 0; pass < 19; pass++) {
              var replaced = false;
              text = text.replace(REFERENCE, function (match, name) {
                for (var i = 0; i < layers.length; i++) {
                  var v = layers[i]._find(name);
                  if (v) {
                    replaced = true;
                    var value = cast(v.type, v.value);
                    return value === undefined ? '' : String(value);
                  }
                }
                if (name.charAt(0) === '$') {
                  var d = C.dynamicVariable(name);
                  if (d !== undefined) { replaced = true; return d; }
                }
                return match;
              });
              if (!replaced || text.indexOf('{{') < 0) { break; }
            }
            return text;
          };
        })(globalThis);
        """##
}
