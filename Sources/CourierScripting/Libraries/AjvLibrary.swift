/// Ajv 6 (`require('ajv')`): compile/validate/addSchema/getSchema/errorsText with ajv-6 error objects and wording.
enum AjvLibrary {
    /// The module, registered under `ajv`.
    static let library = SandboxLibrary(
        names: ["ajv"],
        source: #"""
            (function (require) {
              const core = require('json-schema-core');
              const MESSAGES = {
                'false schema': () => 'boolean schema is false',
                type: (p) => 'should be ' + p.type,
                maximum: (p) => 'should be ' + p.comparison + ' ' + p.limit,
                minimum: (p) => 'should be ' + p.comparison + ' ' + p.limit,
                exclusiveMaximum: (p) => 'should be ' + p.comparison + ' ' + p.limit,
                exclusiveMinimum: (p) => 'should be ' + p.comparison + ' ' + p.limit,
                multipleOf: (p) => 'should be multiple of ' + p.multipleOf,
                maxLength: (p) => 'should NOT be longer than ' + p.limit + ' characters',
                minLength: (p) => 'should NOT be shorter than ' + p.limit + ' characters',
                pattern: (p) => 'should match pattern "' + p.pattern + '"',
                format: (p) => 'should match format "' + p.format + '"',
                maxItems: (p) => 'should NOT have more than ' + p.limit + ' items',
                minItems: (p) => 'should NOT have fewer than ' + p.limit + ' items',
                additionalItems: (p) => 'should NOT have more than ' + p.limit + ' items',
                contains: () => 'should contain a valid item',
                uniqueItems: (p) => 'should NOT have duplicate items (items ## ' + p.j + ' and ' + p.i + ' are identical)',
                maxProperties: (p) => 'should NOT have more than ' + p.limit + ' properties',
                minProperties: (p) => 'should NOT have fewer than ' + p.limit + ' properties',
                required: (p) => "should have required property '" + p.missingProperty + "'",
                dependencies: (p) => 'should have ' + (p.depsCount === 1 ? 'property ' : 'properties ') + p.deps + ' when property ' + p.property + ' is present',
                propertyNames: (p) => "property name '" + p.propertyName + "' is invalid",
                additionalProperties: () => 'should NOT have additional properties',
                const: () => 'should be equal to constant',
                enum: () => 'should be equal to one of the allowed values',
                not: () => 'should NOT be valid',
                anyOf: () => 'should match some schema in anyOf',
                oneOf: () => 'should match exactly one schema in oneOf',
                if: (p) => 'should match "' + p.failingKeyword + '" schema',
              };
              const LIMIT_KEYS = { maxLength: 1, minLength: 1, maxItems: 1, minItems: 1, maxProperties: 1, minProperties: 1, additionalItems: 1 };
              function dataPathOf(path, pointers) {
                return path.map((k) => {
                  if (pointers) return '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1');
                  if (typeof k === 'number') return '[' + k + ']';
                  if (/^[a-z$_][a-z$_0-9]*$/i.test(k)) return '.' + k;
                  return "['" + String(k).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "']";
                }).join('');
              }
              function toAjvError(e, options) {
                const params = Object.assign({}, e.params);
                delete params.types; delete params.length; delete params.count; delete params.inline;
                // ajv 6 quirk: stopping at the first error, a required property without its own schema is named as a path ('.id')
                if ((e.keyword === 'required' || e.keyword === 'dependencies') && !options.allErrors && !options.jsonPointers && !e.params.inline) {
                  params.missingProperty = dataPathOf([e.params.missingProperty], false);
                }
                if (LIMIT_KEYS[e.keyword]) params.limit = e.params.limit;
                const error = {
                  keyword: e.keyword,
                  dataPath: dataPathOf(e.path, options.jsonPointers),
                  schemaPath: '#' + e.schemaPath.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join(''),
                  params,
                  message: MESSAGES[e.keyword] ? MESSAGES[e.keyword](params) : 'should pass "' + e.keyword + '" keyword validation',
                };
                if (options.messages === false) delete error.message;
                if (options.verbose) { error.schema = e.schema[e.keyword]; error.parentSchema = e.schema; error.data = e.data; }
                return error;
              }

              /// Ajv 6: `new Ajv(options)`; `compile`, `validate`, `addSchema`, `getSchema`, `errorsText`.
              function Ajv(options) {
                if (!(this instanceof Ajv)) return new Ajv(options);
                this._opts = Object.assign({}, options || {});
                this._engine = new core.Engine();
                this.errors = null;
                if (this._opts.schemas) {
                  const list = Array.isArray(this._opts.schemas) ? this._opts.schemas : Object.keys(this._opts.schemas).map((k) => [this._opts.schemas[k], k]);
                  list.forEach((s) => (Array.isArray(s) ? this.addSchema(s[0], s[1]) : this.addSchema(s)));
                }
                if (this._opts.formats) Object.keys(this._opts.formats).forEach((k) => this.addFormat(k, this._opts.formats[k]));
              }
              Ajv.prototype._run = function (schema, data) {
                const result = this._engine.validate(schema, data, { allErrors: !!this._opts.allErrors });
                return result.errors.length ? result.errors.map((e) => toAjvError(e, this._opts)) : null;
              };
              Ajv.prototype.compile = function (schema) {
                if (schema === null || (typeof schema !== 'object' && typeof schema !== 'boolean')) throw new Error('schema should be object or boolean');
                const ajv = this;
                const validate = function (data) {
                  const errors = ajv._run(schema, data);
                  validate.errors = errors;
                  return errors === null;
                };
                validate.schema = schema;
                validate.errors = null;
                const id = typeof schema === 'object' && (schema.$id || schema.id);
                if (id && !this._engine.getSchema(id)) this._engine.addSchema(schema, id);
                return validate;
              };
              Ajv.prototype.validate = function (schemaOrKey, data) {
                let schema = schemaOrKey;
                if (typeof schemaOrKey === 'string') {
                  schema = this._engine.getSchema(schemaOrKey);
                  if (schema === undefined) throw new Error('no schema with key or ref "' + schemaOrKey + '"');
                }
                const errors = this._run(schema, data);
                this.errors = errors;
                return errors === null;
              };
              Ajv.prototype.addSchema = function (schema, key) {
                if (Array.isArray(schema)) { schema.forEach((s) => this.addSchema(s)); return this; }
                const id = key || (schema && (schema.$id || schema.id));
                if (id && this._engine.getSchema(id)) throw new Error('schema with key or id "' + id + '" already exists');
                this._engine.addSchema(schema, id);
                return this;
              };
              Ajv.prototype.addMetaSchema = function (schema, key) { return this.addSchema(schema, key); };
              Ajv.prototype.getSchema = function (key) {
                const schema = this._engine.getSchema(key);
                return schema === undefined ? undefined : this.compile(schema);
              };
              Ajv.prototype.removeSchema = function (key) {
                if (typeof key === 'string') delete this._engine.schemas[key.replace(/#$/, '')];
                else if (key === undefined) this._engine.schemas = {};
                return this;
              };
              Ajv.prototype.addFormat = function (name, format) {
                if (typeof format === 'string') format = new RegExp(format);
                if (format && typeof format === 'object' && !(format instanceof RegExp)) format = format.validate;
                this._engine.formats[name] = format;
                return this;
              };
              Ajv.prototype.addKeyword = function () { return this; };
              Ajv.prototype.validateSchema = function (schema) { this.errors = null; return schema !== null && (typeof schema === 'object' || typeof schema === 'boolean'); };
              Ajv.prototype.errorsText = function (errors, options) {
                errors = errors === undefined ? this.errors : errors;
                if (!errors || errors.length === 0) return 'No errors';
                options = options || {};
                const separator = options.separator === undefined ? ', ' : options.separator;
                const dataVar = options.dataVar === undefined ? 'data' : options.dataVar;
                return errors.map((e) => dataVar + e.dataPath + ' ' + e.message).join(separator);
              };
              Ajv.ValidationError = function ValidationError(errors) {
                this.message = 'validation failed'; this.errors = errors; this.ajv = this.validation = true;
              };
              return Ajv;
            })
            """#)
}
