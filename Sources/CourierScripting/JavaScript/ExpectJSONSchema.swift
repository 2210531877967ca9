/// A compact JSON Schema validator (draft-04/06/07 common keywords) reporting errors in ajv 6's
/// wording, for the `jsonSchema` assertion.
///
/// Defines `validateSchema(schema, data)` returning a list of `{dataPath, message}` (all errors, in
/// ajv's order) and `schemaErrorsText(errors)` (`data.alpha should be boolean, data ...`).
enum ExpectJSONSchema {
    static let source = #"""
        // ---- JSON Schema: ajv-6-like validation and messages ----
        function schemaPathPart(key) {
          if (typeof key === 'number') return '[' + key + ']';
          if (/^[a-z$_][a-z$_0-9]*$/i.test(key)) return '.' + key;
          return "['" + String(key).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "']";
        }

        function jsonType(value) {
          if (value === null) return 'null';
          if (Array.isArray(value)) return 'array';
          return typeof value;
        }

        function matchesType(value, type) {
          switch (type) {
            case 'null': return value === null;
            case 'array': return Array.isArray(value);
            case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value);
            case 'integer': return typeof value === 'number' && Number.isFinite(value) && Math.floor(value) === value;
            case 'number': return typeof value === 'number' && Number.isFinite(value);
            case 'string': return typeof value === 'string';
            case 'boolean': return typeof value === 'boolean';
            default: return true;
          }
        }

        function resolvePointer(root, ref) {
          if (typeof ref !== 'string' || ref.charAt(0) !== '#') return undefined;
          const pointer = decodeURIComponent(ref.slice(1));
          if (pointer === '' || pointer === '/') return root;
          let node = root;
          for (const raw of pointer.replace(/^\//, '').split('/')) {
            const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
            if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
            node = node[key];
          }
          return node;
        }

        const SCHEMA_FORMATS = {
          'date': /^\d\d\d\d-[0-1]\d-[0-3]\d$/,
          'time': /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
          'date-time': /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
          'email': /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
          'hostname': /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*$/i,
          'ipv4': /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
          'ipv6': /^\s*(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\s*$/i,
          'uri': /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
          'uri-reference': /^[^\s]*$/i,
          'uuid': /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
        };

        function checkSchema(schema, data, path, root, errors) {
          if (schema === true || schema === undefined) return;
          if (schema === false) { errors.push({ dataPath: path, message: 'boolean schema is false' }); return; }
          if (schema === null || typeof schema !== 'object') return;
          const fail = (message, at) => errors.push({ dataPath: at === undefined ? path : at, message });

          if (typeof schema.$ref === 'string') {
            const target = resolvePointer(root, schema.$ref);
            if (target === undefined) throw new Error("can't resolve reference " + schema.$ref + ' from id #');
            checkSchema(target, data, path, root, errors);
            return;
          }

          if (schema.type !== undefined) {
            const types = Array.isArray(schema.type) ? schema.type : [schema.type];
            if (!types.some((type) => matchesType(data, type))) fail('should be ' + types.join(','));
          }

          if (typeof data === 'number') {
            const exclusiveMax = schema.exclusiveMaximum;
            const exclusiveMin = schema.exclusiveMinimum;
            if (typeof schema.maximum === 'number') {
              if (exclusiveMax === true ? !(data < schema.maximum) : !(data <= schema.maximum)) {
                fail('should be ' + (exclusiveMax === true ? '<' : '<=') + ' ' + schema.maximum);
              }
            }
            if (typeof exclusiveMax === 'number' && !(data < exclusiveMax)) fail('should be < ' + exclusiveMax);
            if (typeof schema.minimum === 'number') {
              if (exclusiveMin === true ? !(data > schema.minimum) : !(data >= schema.minimum)) {
                fail('should be ' + (exclusiveMin === true ? '>' : '>=') + ' ' + schema.minimum);
              }
            }
            if (typeof exclusiveMin === 'number' && !(data > exclusiveMin)) fail('should be > ' + exclusiveMin);
            if (typeof schema.multipleOf === 'number') {
              const ratio = data / schema.multipleOf;
              if (Math.abs(ratio - Math.round(ratio)) > 1e-9) fail('should be multiple of ' + schema.multipleOf);
            }
          }

          if (typeof data === 'string') {
            const length = Array.from(data).length;
            if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
              fail('should NOT be longer than ' + schema.maxLength + ' characters');
            }
            if (typeof schema.minLength === 'number' && length < schema.minLength) {
              fail('should NOT be shorter than ' + schema.minLength + ' characters');
            }
            if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(data)) {
              fail('should match pattern "' + schema.pattern + '"');
            }
            if (typeof schema.format === 'string' && SCHEMA_FORMATS[schema.format]
              && !SCHEMA_FORMATS[schema.format].test(data)) {
              fail('should match format "' + schema.format + '"');
            }
          }

          if (Array.isArray(data)) {
            if (typeof schema.maxItems === 'number' && data.length > schema.maxItems) {
              fail('should NOT have more than ' + schema.maxItems + ' items');
            }
            if (typeof schema.minItems === 'number' && data.length < schema.minItems) {
              fail('should NOT have fewer than ' + schema.minItems + ' items');
            }
            if (Array.isArray(schema.items)) {
              schema.items.forEach((itemSchema, i) => {
                if (i < data.length) checkSchema(itemSchema, data[i], path + '[' + i + ']', root, errors);
              });
              if (data.length > schema.items.length) {
                if (schema.additionalItems === false) fail('should NOT have more than ' + schema.items.length + ' items');
                else if (schema.additionalItems && typeof schema.additionalItems === 'object') {
                  for (let i = schema.items.length; i < data.length; i += 1) {
                    checkSchema(schema.additionalItems, data[i], path + '[' + i + ']', root, errors);
                  }
                }
              }
            } else if (schema.items !== undefined) {
              data.forEach((item, i) => checkSchema(schema.items, item, path + '[' + i + ']', root, errors));
            }
            if (schema.contains !== undefined) {
              const found = data.some((item) => { const e = []; checkSchema(schema.contains, item, path, root, e); return e.length === 0; });
              if (!found) fail('should contain a valid item');
            }
            if (schema.uniqueItems === true) {
              outer: for (let i = data.length - 1; i > 0; i -= 1) {
                for (let j = i - 1; j >= 0; j -= 1) {
                  if (deepEqual(data[i], data[j])) {
                    fail('should NOT have duplicate items (items ## ' + j + ' and ' + i + ' are identical)');
                    break outer;
                  }
                }
              }
            }
          }

          if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
            const keys = Object.keys(data);
            if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) {
              fail('should NOT have more than ' + schema.maxProperties + ' properties');
            }
            if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) {
              fail('should NOT have fewer than ' + schema.minProperties + ' properties');
            }
            const properties = schema.properties && typeof schema.properties === 'object' ? schema.properties : {};
            const required = Array.isArray(schema.required) ? schema.required : [];
            // Like ajv, a required property that has its own schema is reported where `properties` is checked.
            const hasOwnSchema = (name) => Object.prototype.hasOwnProperty.call(properties, name)
              && properties[name] !== true && !(properties[name] && typeof properties[name] === 'object'
                && Object.keys(properties[name]).length === 0);
            for (const name of required) {
              if (!hasOwnSchema(name) && !Object.prototype.hasOwnProperty.call(data, name)) {
                fail("should have required property '" + name + "'");
              }
            }
            if (schema.dependencies && typeof schema.dependencies === 'object') {
              for (const name of Object.keys(schema.dependencies)) {
                if (!Object.prototype.hasOwnProperty.call(data, name)) continue;
                const dependency = schema.dependencies[name];
                if (Array.isArray(dependency)) {
                  const wanted = dependency.length === 1 ? 'property ' + dependency[0] : 'properties ' + dependency.join(', ');
                  for (const needed of dependency) {
                    if (!Object.prototype.hasOwnProperty.call(data, needed)) {
                      fail('should have ' + wanted + ' when property ' + name + ' is present');
                    }
                  }
                } else {
                  checkSchema(dependency, data, path, root, errors);
                }
              }
            }
            if (schema.propertyNames !== undefined) {
              for (const key of keys) {
                const e = [];
                checkSchema(schema.propertyNames, key, path, root, e);
                if (e.length) fail("property name '" + key + "' is invalid");
              }
            }
            const patterns = schema.patternProperties && typeof schema.patternProperties === 'object'
              ? Object.keys(schema.patternProperties) : [];
            if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
              for (const key of keys) {
                if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
                if (patterns.some((pattern) => new RegExp(pattern, 'u').test(key))) continue;
                if (schema.additionalProperties === false) fail('should NOT have additional properties');
                else checkSchema(schema.additionalProperties, data[key], path + schemaPathPart(key), root, errors);
              }
            }
            for (const name of Object.keys(properties)) {
              if (Object.prototype.hasOwnProperty.call(data, name)) {
                checkSchema(properties[name], data[name], path + schemaPathPart(name), root, errors);
              } else if (required.indexOf(name) !== -1 && hasOwnSchema(name)) {
                fail("should have required property '" + name + "'");
              }
            }
            for (const pattern of patterns) {
              const regex = new RegExp(pattern, 'u');
              for (const key of keys) {
                if (regex.test(key)) checkSchema(schema.patternProperties[pattern], data[key], path + schemaPathPart(key), root, errors);
              }
            }
          }

          if (schema.const !== undefined && !deepEqual(data, schema.const)) fail('should be equal to constant');
          if (Array.isArray(schema.enum) && !schema.enum.some((option) => deepEqual(data, option))) {
            fail('should be equal to one of the allowed values');
          }
          if (schema.not !== undefined) {
            const e = [];
            checkSchema(schema.not, data, path, root, e);
            if (e.length === 0) fail('should NOT be valid');
          }
          if (Array.isArray(schema.anyOf)) {
            const collected = [];
            let matched = false;
            for (const option of schema.anyOf) {
              const e = [];
              checkSchema(option, data, path, root, e);
              if (e.length === 0) { matched = true; break; }
              collected.push(...e);
            }
            if (!matched) {
              errors.push(...collected);
              fail('should match some schema in anyOf');
            }
          }
          if (Array.isArray(schema.oneOf)) {
            const collected = [];
            let passing = 0;
            for (const option of schema.oneOf) {
              const e = [];
              checkSchema(option, data, path, root, e);
              if (e.length === 0) passing += 1;
              else collected.push(...e);
            }
            if (passing !== 1) {
              if (passing === 0) errors.push(...collected);
              fail('should match exactly one schema in oneOf');
            }
          }
          if (Array.isArray(schema.allOf)) {
            for (const option of schema.allOf) checkSchema(option, data, path, root, errors);
          }
          if (schema.if !== undefined && (schema.then !== undefined || schema.else !== undefined)) {
            const e = [];
            checkSchema(schema.if, data, path, root, e);
            const branch = e.length === 0 ? 'then' : 'else';
            if (schema[branch] !== undefined) {
              const branchErrors = [];
              checkSchema(schema[branch], data, path, root, branchErrors);
              if (branchErrors.length) {
                errors.push(...branchErrors);
                fail('should match "' + branch + '" schema');
              }
            }
          }
        }

        function validateSchema(schema, data) {
          const errors = [];
          checkSchema(schema, data, '', schema, errors);
          return errors;
        }

        function schemaErrorsText(errors) {
          return errors.map((error) => 'data' + error.dataPath + ' ' + error.message).join(', ');
        }

        """#
}
