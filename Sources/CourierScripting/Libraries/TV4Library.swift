/// tv4 (`require('tv4')` and the legacy `tv4` global): draft-04 validation with tv4's error codes and messages.
enum TV4Library {
    /// The module, registered under `tv4`.
    static let library = SandboxLibrary(
        names: ["tv4"],
        source: #"""
            (function (require) {
              const core = require('json-schema-core');
              const ErrorCodes = {
                INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12, NOT_PASSED: 13,
                NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102, NUMBER_MAXIMUM: 103,
                NUMBER_MAXIMUM_EXCLUSIVE: 104, NUMBER_NOT_A_NUMBER: 105,
                STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201, STRING_PATTERN: 202,
                OBJECT_PROPERTIES_MINIMUM: 300, OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302,
                OBJECT_ADDITIONAL_PROPERTIES: 303, OBJECT_DEPENDENCY_KEY: 304,
                ARRAY_LENGTH_SHORT: 400, ARRAY_LENGTH_LONG: 401, ARRAY_UNIQUE: 402, ARRAY_ADDITIONAL_ITEMS: 403,
                FORMAT_CUSTOM: 500, KEYWORD_CUSTOM: 501, CIRCULAR_REFERENCE: 600, UNKNOWN_PROPERTY: 1000,
              };
              const MESSAGES = {
                INVALID_TYPE: 'Invalid type: {type} (expected {expected})',
                ENUM_MISMATCH: 'No enum match for: {value}',
                ANY_OF_MISSING: 'Data does not match any schemas from "anyOf"',
                ONE_OF_MISSING: 'Data does not match any schemas from "oneOf"',
                ONE_OF_MULTIPLE: 'Data is valid against more than one schema from "oneOf": indices {index1} and {index2}',
                NOT_PASSED: 'Data matches schema from "not"',
                NUMBER_MULTIPLE_OF: 'Value {value} is not a multiple of {multipleOf}',
                NUMBER_MINIMUM: 'Value {value} is less than minimum {minimum}',
                NUMBER_MINIMUM_EXCLUSIVE: 'Value {value} is equal to exclusive minimum {minimum}',
                NUMBER_MAXIMUM: 'Value {value} is greater than maximum {maximum}',
                NUMBER_MAXIMUM_EXCLUSIVE: 'Value {value} is equal to exclusive maximum {maximum}',
                STRING_LENGTH_SHORT: 'String is too short ({length} chars), minimum {minimum}',
                STRING_LENGTH_LONG: 'String is too long ({length} chars), maximum {maximum}',
                STRING_PATTERN: 'String does not match pattern: {pattern}',
                OBJECT_PROPERTIES_MINIMUM: 'Too few properties defined ({propertyCount}), minimum {minimum}',
                OBJECT_PROPERTIES_MAXIMUM: 'Too many properties defined ({propertyCount}), maximum {maximum}',
                OBJECT_REQUIRED: 'Missing required property: {key}',
                OBJECT_ADDITIONAL_PROPERTIES: 'Additional properties not allowed',
                OBJECT_DEPENDENCY_KEY: 'Dependency failed - key must exist: {missing} (due to key: {key})',
                ARRAY_LENGTH_SHORT: 'Array is too short ({length}), minimum {minimum}',
                ARRAY_LENGTH_LONG: 'Array is too long ({length}), maximum {maximum}',
                ARRAY_UNIQUE: 'Array items are not unique (indices {match1} and {match2})',
                ARRAY_ADDITIONAL_ITEMS: 'Additional items not allowed',
                FORMAT_CUSTOM: 'Format validation failed ({message})',
                UNKNOWN_PROPERTY: 'Unknown property (not in schema)',
              };
              const typeName = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
              function describe(e) {
                const p = e.params, d = e.data, s = e.schema;
                switch (e.keyword) {
                  case 'type': return ['INVALID_TYPE', { type: typeName(d), expected: p.types.join('/') }];
                  case 'enum': return ['ENUM_MISMATCH', { value: typeof JSON !== 'undefined' ? JSON.stringify(d) : d }];
                  case 'anyOf': return ['ANY_OF_MISSING', {}];
                  case 'oneOf': return p.passingSchemas ? ['ONE_OF_MULTIPLE', { index1: p.passingSchemas[0], index2: p.passingSchemas[1] }] : ['ONE_OF_MISSING', {}];
                  case 'not': return ['NOT_PASSED', {}];
                  case 'multipleOf': return ['NUMBER_MULTIPLE_OF', { value: d, multipleOf: p.multipleOf }];
                  case 'minimum': return [p.exclusive ? 'NUMBER_MINIMUM_EXCLUSIVE' : 'NUMBER_MINIMUM', { value: d, minimum: p.limit }];
                  case 'maximum': return [p.exclusive ? 'NUMBER_MAXIMUM_EXCLUSIVE' : 'NUMBER_MAXIMUM', { value: d, maximum: p.limit }];
                  case 'minLength': return ['STRING_LENGTH_SHORT', { length: p.length, minimum: p.limit }];
                  case 'maxLength': return ['STRING_LENGTH_LONG', { length: p.length, maximum: p.limit }];
                  case 'pattern': return ['STRING_PATTERN', { pattern: p.pattern }];
                  case 'minProperties': return ['OBJECT_PROPERTIES_MINIMUM', { propertyCount: p.count, minimum: p.limit }];
                  case 'maxProperties': return ['OBJECT_PROPERTIES_MAXIMUM', { propertyCount: p.count, maximum: p.limit }];
                  case 'required': return ['OBJECT_REQUIRED', { key: p.missingProperty }];
                  case 'additionalProperties': return ['OBJECT_ADDITIONAL_PROPERTIES', { key: p.additionalProperty }];
                  case 'dependencies': return ['OBJECT_DEPENDENCY_KEY', { key: p.property, missing: p.missingProperty }];
                  case 'minItems': return ['ARRAY_LENGTH_SHORT', { length: p.length, minimum: p.limit }];
                  case 'maxItems': return ['ARRAY_LENGTH_LONG', { length: p.length, maximum: p.limit }];
                  case 'uniqueItems': return ['ARRAY_UNIQUE', { match1: p.j, match2: p.i }];
                  case 'additionalItems': return ['ARRAY_ADDITIONAL_ITEMS', {}];
                  case 'format': return ['FORMAT_CUSTOM', { message: p.message || 'invalid ' + p.format }];
                  default: return ['KEYWORD_CUSTOM', { key: e.keyword, message: 'failed ' + e.keyword }];
                }
              }
              const pointer = (segments) => segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

              /// tv4's error: an Error with `message`, `code`, `params`, `dataPath`, `schemaPath`, `subErrors`.
              function ValidationError(code, params, dataPath, schemaPath, subErrors) {
                const name = Object.keys(ErrorCodes).find((k) => ErrorCodes[k] === code) || '';
                this.message = (MESSAGES[name] || 'Unknown error').replace(/\{([^{}]*)\}/g, (m, k) => (params[k] === undefined ? m : String(params[k])));
                this.params = params;
                this.code = code;
                this.dataPath = dataPath || '';
                this.schemaPath = schemaPath || '';
                this.subErrors = subErrors || null;
                this.stack = new Error(this.message).stack;
              }
              ValidationError.prototype = Object.create(Error.prototype);
              ValidationError.prototype.constructor = ValidationError;
              ValidationError.prototype.name = 'ValidationError';

              function convert(e) {
                const [name, params] = describe(e);
                let dataPath = pointer(e.path), schemaPath = pointer(e.schemaPath);
                if (e.keyword === 'required') { dataPath = pointer(e.path.concat(e.params.missingProperty)); schemaPath = pointer(e.schemaPath.concat(e.schema.required.indexOf(e.params.missingProperty))); }
                if (e.keyword === 'additionalProperties') { dataPath = pointer(e.path.concat(e.params.additionalProperty)); }
                const subErrors = e.subErrors ? e.subErrors.map(convert) : null;
                return new ValidationError(ErrorCodes[name], params, dataPath, schemaPath, subErrors);
              }

              function create() {
                const engine = new core.Engine();
                const api = {
                  error: null, missing: [], valid: true,
                  validate(data, schema, checkRecursive, banUnknownProperties) {
                    const r = api.validateResult(data, schema, checkRecursive, banUnknownProperties);
                    api.error = r.error; api.missing = r.missing; api.valid = r.valid;
                    return r.valid;
                  },
                  validateResult(data, schema, checkRecursive, banUnknownProperties) {
                    const r = run(data, schema, false, banUnknownProperties);
                    return { valid: r.errors.length === 0, error: r.errors[0] || null, missing: r.missing };
                  },
                  validateMultiple(data, schema, checkRecursive, banUnknownProperties) {
                    const r = run(data, schema, true, banUnknownProperties);
                    return { valid: r.errors.length === 0, errors: r.errors, missing: r.missing };
                  },
                  addSchema(uri, schema) {
                    if (typeof uri !== 'string') { schema = uri; uri = schema && (schema.id || schema.$id); }
                    if (uri) engine.addSchema(schema, uri);
                    return true;
                  },
                  getSchema(uri) { return engine.getSchema(uri); },
                  getSchemaUris() { return Object.keys(engine.schemas); },
                  getMissingUris() { return api.missing.slice(); },
                  dropSchemas() { engine.schemas = {}; },
                  reset() { engine.schemas = {}; api.error = null; api.missing = []; },
                  addFormat(name, fn) {
                    if (typeof name === 'object') { Object.keys(name).forEach((k) => api.addFormat(k, name[k])); return; }
                    engine.formats[name] = fn;
                  },
                  defineKeyword() {},
                  defineError() {},
                  setErrorReporter() {},
                  language() { return 'en'; },
                  addLanguage() {},
                  freshApi() { return create(); },
                  normSchema(schema) { return schema; },
                  resolveUrl(base, href) { return href; },
                  errorCodes: ErrorCodes,
                  ValidationError,
                };
                api.tv4 = api;
                function run(data, schema, all, ban) {
                  const formats = engine.formats;
                  engine.formats = tv4Formats;
                  try {
                    const r = engine.validate(schema, data, { allErrors: all, draft4: true, missingRefs: 'ignore', nestSubErrors: true, requiredFirst: true, banPath: true });
                    let errors = r.errors.map(convert);
                    if (ban) {
                      banUnknown(schema, data, '', errors);
                    }
                    if (!all) errors = errors.slice(0, 1);
                    return { errors, missing: r.missing };
                  } finally { engine.formats = formats; }
                }
                const tv4Formats = {};
                Object.defineProperty(tv4Formats, 'custom', { enumerable: false, value: null });
                function banUnknown(schema, data, path, errors) {
                  if (!schema || typeof schema !== 'object' || data === null || typeof data !== 'object' || Array.isArray(data)) return;
                  const props = schema.properties || {};
                  for (const key of Object.keys(data)) {
                    if (!(key in props) && schema.additionalProperties === undefined && !schema.patternProperties) {
                      errors.push(new ValidationError(ErrorCodes.UNKNOWN_PROPERTY, { path: path + '/' + key }, path + '/' + key, ''));
                    } else if (key in props) banUnknown(props[key], data[key], path + '/' + key, errors);
                  }
                }
                // custom formats registered through addFormat are functions returning null/undefined when valid or a message
                const setFormat = api.addFormat;
                api.addFormat = function (name, fn) {
                  if (typeof name === 'object') { Object.keys(name).forEach((k) => api.addFormat(k, name[k])); return; }
                  tv4Formats[name] = function (value) { return fn(value) === null || fn(value) === undefined || fn(value) === true; };
                  setFormat(name, tv4Formats[name]);
                };
                return api;
              }
              return create();
            })
            """#)
}
