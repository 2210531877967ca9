/// The JSON Schema engine behind `ajv` and `tv4`: draft-04/06/07 keywords, errors as {keyword, path, schemaPath, params}.
enum JSONSchemaCoreLibrary {
    /// The module, registered under `json-schema-core`.
    static let library = SandboxLibrary(
        names: ["json-schema-core"],
        source: #"""
            (function (require, native) {
              // Neutral JSON Schema engine: errors are {keyword, path (data segments), schemaPath (segments), params}.
              const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
              const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
              function equal(a, b) {
                if (a === b) return true;
                if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return a !== a && b !== b;
                if (Array.isArray(a) !== Array.isArray(b)) return false;
                const ka = Object.keys(a), kb = Object.keys(b);
                if (ka.length !== kb.length) return false;
                return ka.every((k) => hasOwn(b, k) && equal(a[k], b[k]));
              }
              function jsonType(v) {
                if (v === null) return 'null';
                if (Array.isArray(v)) return 'array';
                if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
                return typeof v;
              }
              function matchesType(v, type) {
                switch (type) {
                  case 'null': return v === null;
                  case 'array': return Array.isArray(v);
                  case 'object': return isObject(v);
                  case 'integer': return typeof v === 'number' && Number.isInteger(v);
                  case 'number': return typeof v === 'number' && Number.isFinite(v);
                  case 'string': return typeof v === 'string';
                  case 'boolean': return typeof v === 'boolean';
                  case 'any': return true;
                  default: return false;
                }
              }
              const FORMATS = {
                'date': /^\d\d\d\d-[0-1]\d-[0-3]\d$/,
                'time': /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
                'date-time': /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
                'email': /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
                'hostname': /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*$/i,
                'ipv4': /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
                'ipv6': /^\s*(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\s*$/i,
                'uri': /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
                'uri-reference': /^[^\s]*$/i,
                'uri-template': /^(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2}|\{[+#./;?&=,!@|]?[a-z0-9_]+(?::[1-9][0-9]{0,3}|\*)?(?:,[a-z0-9_]+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
                'url': /^(?:https?|ftp):\/\/[^\s/$.?#].[^\s]*$/i,
                'uuid': /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
                'json-pointer': /^(?:\/(?:[^~/]|~0|~1)*)*$/,
                'relative-json-pointer': /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
                'regex': { test(s) { try { new RegExp(s); return true; } catch (e) { return false; } } },
              };
              const STOP = {};

              /// A schema registry plus `validate(schema, data, options)`.
              function Engine(options) {
                this.options = options || {};
                this.schemas = {};
                this.formats = Object.assign({}, FORMATS);
              }
              Engine.prototype.addSchema = function (schema, key) {
                const id = key || (schema && (schema.$id || schema.id));
                if (!id) throw new Error('schema id is missing');
                this.schemas[String(id).replace(/#$/, '')] = schema;
              };
              Engine.prototype.getSchema = function (key) { return this.schemas[String(key).replace(/#$/, '')]; };
              Engine.prototype.resolve = function (ref, root) {
                const hash = ref.indexOf('#');
                const base = hash === -1 ? ref : ref.slice(0, hash);
                const pointer = hash === -1 ? '' : decodeURIComponent(ref.slice(hash + 1));
                let node = root;
                let doc = root;
                if (base) {
                  doc = this.getSchema(base);
                  if (doc === undefined) {
                    const rootId = root && (root.$id || root.id);
                    if (rootId) doc = this.getSchema(String(rootId).replace(/[^/]*$/, '') + base);
                  }
                  if (doc === undefined) return { missing: base };
                  node = doc;
                }
                if (pointer && pointer.charAt(0) !== '/') {
                  // a plain-name fragment: find a subschema whose id is "#name"
                  const found = findId(doc, '#' + pointer);
                  return found === undefined ? { missing: ref } : { schema: found, root: doc };
                }
                for (const raw of pointer.split('/').slice(1)) {
                  const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
                  if (node === null || typeof node !== 'object' || !(key in node)) return { missing: ref };
                  node = node[key];
                }
                return { schema: node, root: doc, segments: pointer.split('/').slice(1).map((r) => r.replace(/~1/g, '/').replace(/~0/g, '~')) };
              };
              function findId(node, id) {
                if (node === null || typeof node !== 'object') return undefined;
                if (node.$id === id || node.id === id) return node;
                for (const k of Object.keys(node)) {
                  const f = findId(node[k], id);
                  if (f !== undefined) return f;
                }
                return undefined;
              }

              /// Validates; answers `{errors, missing}`. options: allErrors, draft4 (ignore draft-06+ keywords).
              Engine.prototype.validate = function (schema, data, options) {
                const opts = Object.assign({}, this.options, options || {});
                const missing = [];
                const errors = this.run(schema, data, [], [], schema, opts, missing);
                return { errors, missing };
              };
              Engine.prototype.run = function (schema, data, path, spath, root, opts, missing, depth) {
                const errors = [];
                try { this.check(schema, data, path, spath, root, opts, missing, errors, depth || 0); } catch (e) { if (e !== STOP) throw e; }
                return errors;
              };
              Engine.prototype.check = function (schema, data, path, spath, root, opts, missing, errors, depth) {
                const self = this;
                if (depth > 200) throw new Error('schema recursion too deep');
                const fail = (keyword, params, extra) => {
                  const error = { keyword, path: (extra && extra.path) || path, schemaPath: spath.concat(extra && extra.spath ? extra.spath : [keyword]), params: params || {}, schema, data };
                  if (extra && extra.subErrors) error.subErrors = extra.subErrors;
                  errors.push(error);
                  if (!opts.allErrors) throw STOP;
                };
                const sub = (s, d, p, sp, collect) => {
                  const e = self.run(s, d, p, sp, root, opts, missing, depth + 1);
                  return e;
                };
                const into = (s, d, p, sp) => {
                  const e = sub(s, d, p, sp);
                  if (e.length) { errors.push(...e); if (!opts.allErrors) throw STOP; }
                  return e.length === 0;
                };
                if (schema === true || schema === undefined) return;
                if (schema === false) { fail('false schema', {}, { spath: [] }); return; }
                if (schema === null || typeof schema !== 'object') return;

                if (typeof schema.$ref === 'string') {
                  const target = this.resolve(schema.$ref, root);
                  if (target.missing !== undefined) {
                    if (opts.missingRefs === 'ignore') { if (missing.indexOf(target.missing) === -1) missing.push(target.missing); return; }
                    throw new Error("can't resolve reference " + schema.$ref + ' from id #');
                  }
                  const e = this.run(target.schema, data, path, target.segments || [], target.root, opts, missing, depth + 1);
                  if (e.length) { errors.push(...e); if (!opts.allErrors) throw STOP; }
                  return;
                }

                if (schema.type !== undefined) {
                  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
                  if (!types.some((t) => matchesType(data, t))) {
                    fail('type', { type: types.join(','), types });
                    if (opts.stopOnType) return;
                  }
                }

                if (typeof data === 'number') {
                  const xmax = schema.exclusiveMaximum, xmin = schema.exclusiveMinimum;
                  if (typeof schema.maximum === 'number') {
                    const excl = xmax === true;
                    if (excl ? !(data < schema.maximum) : !(data <= schema.maximum)) {
                      fail('maximum', { comparison: excl ? '<' : '<=', limit: schema.maximum, exclusive: excl });
                    }
                  }
                  if (typeof xmax === 'number' && !opts.draft4 && !(data < xmax)) {
                    fail('exclusiveMaximum', { comparison: '<', limit: xmax, exclusive: true });
                  }
                  if (typeof schema.minimum === 'number') {
                    const excl = xmin === true;
                    if (excl ? !(data > schema.minimum) : !(data >= schema.minimum)) {
                      fail('minimum', { comparison: excl ? '>' : '>=', limit: schema.minimum, exclusive: excl });
                    }
                  }
                  if (typeof xmin === 'number' && !opts.draft4 && !(data > xmin)) {
                    fail('exclusiveMinimum', { comparison: '>', limit: xmin, exclusive: true });
                  }
                  if (typeof schema.multipleOf === 'number') {
                    const ratio = data / schema.multipleOf;
                    if (Math.abs(ratio - Math.round(ratio)) > 1e-9) fail('multipleOf', { multipleOf: schema.multipleOf });
                  }
                }

                if (typeof data === 'string') {
                  const length = Array.from(data).length;
                  if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength', { limit: schema.maxLength, length });
                  if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength', { limit: schema.minLength, length });
                  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(data)) fail('pattern', { pattern: schema.pattern });
                  if (typeof schema.format === 'string' && this.formats[schema.format]) {
                    const format = this.formats[schema.format];
                    const ok = typeof format === 'function' ? format(data) : format.test(data);
                    if (!ok) fail('format', { format: schema.format });
                  }
                }

                if (Array.isArray(data)) {
                  if (typeof schema.maxItems === 'number' && data.length > schema.maxItems) fail('maxItems', { limit: schema.maxItems, length: data.length });
                  if (typeof schema.minItems === 'number' && data.length < schema.minItems) fail('minItems', { limit: schema.minItems, length: data.length });
                  if (Array.isArray(schema.items)) {
                    schema.items.forEach((s, i) => { if (i < data.length) into(s, data[i], path.concat(i), spath.concat('items', i)); });
                    if (data.length > schema.items.length) {
                      if (schema.additionalItems === false) fail('additionalItems', { limit: schema.items.length });
                      else if (schema.additionalItems && typeof schema.additionalItems === 'object') {
                        for (let i = schema.items.length; i < data.length; i += 1) into(schema.additionalItems, data[i], path.concat(i), spath.concat('additionalItems'));
                      }
                    }
                  } else if (schema.items !== undefined) {
                    data.forEach((item, i) => into(schema.items, item, path.concat(i), spath.concat('items')));
                  }
                  if (schema.contains !== undefined && !opts.draft4) {
                    if (!data.some((item, i) => sub(schema.contains, item, path.concat(i), spath.concat('contains')).length === 0)) fail('contains', {});
                  }
                  if (schema.uniqueItems === true) {
                    outer: for (let i = data.length - 1; i > 0; i -= 1) {
                      for (let j = i - 1; j >= 0; j -= 1) {
                        if (equal(data[i], data[j])) { fail('uniqueItems', { i, j }); break outer; }
                      }
                    }
                  }
                }

                if (isObject(data)) {
                  const keys = Object.keys(data);
                  if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) fail('maxProperties', { limit: schema.maxProperties, count: keys.length });
                  if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) fail('minProperties', { limit: schema.minProperties, count: keys.length });
                  const properties = isObject(schema.properties) ? schema.properties : {};
                  const required = Array.isArray(schema.required) ? schema.required : [];
                  const ownSchema = (n) => hasOwn(properties, n) && properties[n] !== true
                    && !(isObject(properties[n]) && Object.keys(properties[n]).length === 0);
                  const lateRequired = opts.requiredFirst ? () => false : ownSchema;
                  for (const name of required) {
                    if (!lateRequired(name) && !hasOwn(data, name)) fail('required', { missingProperty: name });
                  }
                  if (isObject(schema.dependencies)) {
                    for (const name of Object.keys(schema.dependencies)) {
                      if (!hasOwn(data, name)) continue;
                      const dep = schema.dependencies[name];
                      if (Array.isArray(dep)) {
                        for (const needed of dep) {
                          if (!hasOwn(data, needed)) fail('dependencies', { property: name, missingProperty: needed, depsCount: dep.length, deps: dep.join(', ') }, { spath: ['dependencies', name] });
                        }
                      } else into(dep, data, path, spath.concat('dependencies', name));
                    }
                  }
                  if (schema.propertyNames !== undefined && !opts.draft4) {
                    for (const key of keys) {
                      if (sub(schema.propertyNames, key, path, spath.concat('propertyNames')).length) fail('propertyNames', { propertyName: key });
                    }
                  }
                  const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
                  if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
                    for (const key of keys) {
                      if (hasOwn(properties, key) || patterns.some((p) => new RegExp(p).test(key))) continue;
                      if (schema.additionalProperties === false) fail('additionalProperties', { additionalProperty: key }, opts.banPath ? { path: path.concat(key) } : undefined);
                      else into(schema.additionalProperties, data[key], path.concat(key), spath.concat('additionalProperties'));
                    }
                  }
                  for (const name of Object.keys(properties)) {
                    if (hasOwn(data, name)) into(properties[name], data[name], path.concat(name), spath.concat('properties', name));
                    else if (required.indexOf(name) !== -1 && lateRequired(name)) fail('required', { missingProperty: name, inline: true });
                  }
                  for (const p of patterns) {
                    const re = new RegExp(p);
                    for (const key of keys) if (re.test(key)) into(schema.patternProperties[p], data[key], path.concat(key), spath.concat('patternProperties', p));
                  }
                }

                if (schema.const !== undefined && !opts.draft4 && !equal(data, schema.const)) fail('const', { allowedValue: schema.const });
                if (Array.isArray(schema.enum) && !schema.enum.some((o) => equal(data, o))) fail('enum', { allowedValues: schema.enum });
                if (schema.not !== undefined && sub(schema.not, data, path, spath.concat('not')).length === 0) fail('not', {});
                if (Array.isArray(schema.anyOf)) {
                  const collected = [];
                  let matched = false;
                  schema.anyOf.some((option, i) => {
                    const e = sub(option, data, path, spath.concat('anyOf', i));
                    if (e.length === 0) matched = true; else collected.push(...e);
                    return matched;
                  });
                  if (!matched) {
                    if (!opts.nestSubErrors) errors.push(...collected);
                    fail('anyOf', {}, { subErrors: collected });
                  }
                }
                if (Array.isArray(schema.oneOf)) {
                  const collected = [], passing = [];
                  schema.oneOf.forEach((option, i) => {
                    const e = sub(option, data, path, spath.concat('oneOf', i));
                    if (e.length === 0) passing.push(i); else collected.push(...e);
                  });
                  if (passing.length !== 1) {
                    if (passing.length === 0 && !opts.nestSubErrors) errors.push(...collected);
                    fail('oneOf', { passingSchemas: passing.length ? passing.slice(0, 2) : null }, { subErrors: collected });
                  }
                }
                if (Array.isArray(schema.allOf)) schema.allOf.forEach((option, i) => into(option, data, path, spath.concat('allOf', i)));
                if (schema.if !== undefined && !opts.draft4 && (schema.then !== undefined || schema.else !== undefined)) {
                  const branch = sub(schema.if, data, path, spath.concat('if')).length === 0 ? 'then' : 'else';
                  if (schema[branch] !== undefined) {
                    const e = sub(schema[branch], data, path, spath.concat(branch));
                    if (e.length) { errors.push(...e); fail('if', { failingKeyword: branch }); }
                  }
                }
              };

              return { Engine, equal, jsonType, matchesType, FORMATS };
            })
            """#)
}
