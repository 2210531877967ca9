/// The chai-postman assertions of Courier's `expect`, for `pm.response.to` and `pm.request.to`:
/// status, reason and class words, headers, bodies, JSON, JSON Schema, timing and size.
///
/// Works on the engine's response and request objects, recognised by `__courierKind`
/// (`'response'` or `'request'`). Failure messages follow chai-postman's wording.
enum ExpectPostmanAssertions {
    static let source = #"""
        // ---- chai-postman: response and request assertions ----
        function isPostmanResponse(value) {
          return value !== null && typeof value === 'object' && value.__courierKind === 'response';
        }
        function isPostmanRequest(value) {
          return value !== null && typeof value === 'object' && value.__courierKind === 'request';
        }

        addProperty('postmanRequest', function () {
          this.assert(isPostmanRequest(flag(this, 'object')), 'expecting a postman request object but got #{this}',
            'not expecting a postman request object');
        });
        addProperty('postmanResponse', function () {
          this.assert(isPostmanResponse(flag(this, 'object')), 'expecting a postman response object but got #{this}',
            'not expecting a postman response object');
        });
        addProperty('postmanRequestOrResponse', function () {
          const value = flag(this, 'object');
          this.assert(isPostmanResponse(value) || isPostmanRequest(value),
            'expecting a postman request or response object but got #{this}',
            'not expecting a postman request or response object');
        });

        // chai-postman's precondition `expect(value).to.be.postmanResponse` (which ignores `not`); the
        // assertion chain is built only to fail with its message, since a passing one changes nothing.
        function requirePostmanResponse(value) {
          if (!isPostmanResponse(value)) new Assertion(value).to.be.postmanResponse;
        }

        // The response under test, after chai-postman's precondition checks (which ignore `not`).
        function responseCode(assertion) {
          const response = flag(assertion, 'object');
          requirePostmanResponse(response);
          if (hasProperty(response, 'code') && typeof response.code === 'number') return response.code;
          new Assertion(response).to.have.property('code');
          new Assertion(response.code).to.be.a('number');
          return response.code;
        }

        // Standard reason phrases, used like postman-collection when a response carries none (HTTP/2).
        const STANDARD_REASONS = {
          100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted',
          203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content', 206: 'Partial Content',
          300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
          307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
          402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
          406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict',
          410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
          414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
          417: 'Expectation Failed', 418: "I'm a teapot", 422: 'Unprocessable Entity', 423: 'Locked',
          424: 'Failed Dependency', 426: 'Upgrade Required', 428: 'Precondition Required',
          429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
          500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
          504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 511: 'Network Authentication Required',
        };

        function reasonOf(response) {
          if (typeof response.reason === 'function') return response.reason();
          return response.status || STANDARD_REASONS[response.code] || response.status;
        }

        function assertStatusClass(assertion, classCode) {
          const code = responseCode(assertion);
          assertion.assert(Math.floor(code / 100) === classCode, 'expected response code to be #{exp}XX but found #{act}',
            'expected response code to not be #{exp}XX', classCode, code);
        }
        addMethod('statusCodeClass', function (classCode) { assertStatusClass(this, classCode); });
        const STATUS_CLASSES = { info: 1, success: 2, redirection: 3, clientError: 4, serverError: 5 };
        for (const name of Object.keys(STATUS_CLASSES)) {
          addProperty(name, function () { assertStatusClass(this, STATUS_CLASSES[name]); });
        }
        addProperty('error', function () {
          const code = responseCode(this);
          const statusClass = Math.floor(code / 100);
          this.assert(statusClass === 4 || statusClass === 5, 'expected response code to be 4XX or 5XX but found #{act}',
            'expected response code to not be 4XX or 5XX', null, code);
        });

        addMethod('statusCode', function (code) {
          const actual = responseCode(this);
          this.assert(actual === Number(code), 'expected response to have status code #{exp} but got #{act}',
            'expected response to not have status code #{act}', Number(code), actual);
        });

        function assertReason(assertion, reason) {
          const actual = reasonOf(flag(assertion, 'object'));
          assertion.assert(actual === reason, 'expected response to have status reason #{exp} but got #{act}',
            'expected response to not have status reason #{act}', reason, actual);
        }
        addMethod('statusReason', function (reason) {
          requirePostmanResponse(flag(this, 'object'));
          assertReason(this, String(reason));
        });
        addMethod('status', function (codeOrReason) {
          const response = flag(this, 'object');
          requirePostmanResponse(response);
          if (typeof codeOrReason === 'number') {
            const actual = responseCode(this);
            this.assert(actual === codeOrReason, 'expected response to have status code #{exp} but got #{act}',
              'expected response to not have status code #{act}', codeOrReason, actual);
          } else {
            assertReason(this, codeOrReason);
          }
        });

        // Reason words compare the upper-cased reason phrase, then the code (names as chai-postman spells them).
        function assertNamedStatus(assertion, wantedReason, wantedCode) {
          const response = flag(assertion, 'object');
          const actualReason = String(reasonOf(response)).toUpperCase();
          const actualCode = Number(response.code);
          assertion.assert(actualReason === wantedReason, 'expected response to have status reason #{exp} but got #{act}',
            'expected response to not have status reason #{act}', wantedReason, actualReason);
          assertion.assert(actualCode === wantedCode, 'expected response to have status code #{exp} but got #{act}',
            'expected response to not have status code #{act}', wantedCode, actualCode);
        }
        const NAMED_STATUSES = {
          accepted: [202, 'ACCEPTED'], withoutContent: [204, 'NO CONTENT'], badRequest: [400, 'BAD REQUEST'],
          unauthorised: [401, 'UNAUTHORISED'], unauthorized: [401, 'UNAUTHORIZED'], forbidden: [403, 'FORBIDDEN'],
          notFound: [404, 'NOT FOUND'], notAcceptable: [406, 'ACCEPTABLE'], rateLimited: [429, 'TOO MANY REQUESTS'],
        };
        for (const name of Object.keys(NAMED_STATUSES)) {
          addProperty(name, function () {
            requirePostmanResponse(flag(this, 'object'));
            assertNamedStatus(this, NAMED_STATUSES[name][1], NAMED_STATUSES[name][0]);
          });
        }
        // `ok` means "status 200 OK" for a response and chai's truthiness check for anything else.
        addProperty('ok', function () {
          const value = flag(this, 'object');
          if (!isPostmanResponse(value)) {
            this.assert(value, 'expected #{this} to be truthy', 'expected #{this} to be falsy');
            return;
          }
          assertNamedStatus(this, 'OK', 200);
        });

        addMethod('header', function (...args) {
          const key = args[0];
          const message = flag(this, 'object');
          new Assertion(message).to.be.postmanRequestOrResponse;
          new Assertion(message).to.have.property('headers');
          const kind = isPostmanRequest(message) ? 'request' : 'response';
          const present = Boolean(message.headers.has(key));
          this.assert(present, 'expected ' + kind + " to have header with key '" + String(key) + "'",
            'expected ' + kind + " to not have header with key '" + String(key) + "'", true, present);
          if (args.length < 2) return;
          const actual = message.headers.get(key);
          this.assert(actual === args[1], "expected '" + String(key) + "' " + kind + ' header to be #{exp} but got #{act}',
            "expected '" + String(key) + "' " + kind + ' header to not be #{act}', args[1], actual);
        });

        function bodyText(assertion) {
          const message = flag(assertion, 'object');
          requirePostmanResponse(message);
          new Assertion(message).to.have.property('text');
          new Assertion(message.text).to.be.a('function');
          return message.text();
        }

        addProperty('withBody', function () {
          const text = bodyText(this);
          this.assert(typeof text === 'string' && text.length, 'expected response to have content in body',
            'expected response to not have content in body');
        });

        // Parses the body, returning [value, errorText]; errorText is undefined when the JSON is valid.
        function parseBody(assertion) {
          const message = flag(assertion, 'object');
          requirePostmanResponse(message);
          new Assertion(message).to.have.property('json');
          new Assertion(message.json).to.be.a('function');
          try {
            return [message.json(), undefined];
          } catch (error) {
            if (error && error.name === 'JSONError' && error.message) return [undefined, error.message.split('\n')[0]];
            return [undefined, (error && error.name) + ': ' + (error && error.message)];
          }
        }

        addProperty('json', function () {
          const parsed = parseBody(this);
          this.assert(parsed[1] === undefined, 'expected response body to be a valid json but got error ' + parsed[1],
            'expected response body not to be a valid json');
        });

        function isPlainObject(value) {
          if (value === null || typeof value !== 'object') return false;
          const proto = Object.getPrototypeOf(value);
          return proto === null || proto === Object.prototype;
        }

        addMethod('body', function (...args) {
          const content = args[0];
          const message = flag(this, 'object');
          requirePostmanResponse(message);
          if (isPlainObject(content)) {
            let data;
            try { data = message.json(); } catch (error) { data = undefined; }
            this.assert(deepEqual(data, content), 'expected response body json to equal #{exp} but got #{act}',
              'expected response body json to not equal #{exp} but got #{act}', content, data);
            return;
          }
          const text = bodyText(this);
          if (args.length === 0) {
            this.assert(typeof text === 'string' && text.length, 'expected response to have content in body',
              'expected response to not have content in body');
            return;
          }
          if (content instanceof RegExp) {
            this.assert(content.exec(text) !== null, 'expected response body text to match #{exp} but got #{act}',
              'expected response body text #{act} to not match #{exp}', content, text);
            return;
          }
          this.assert(deepEqual(text, content), 'expected response body to equal #{exp} but got #{act}',
            'expected response body to not equal #{exp}', content, text);
        });

        // lodash-style paths: `a.b[0].c`, `a["b"]`; a literal key wins when the object has it.
        function lodashPath(object, path) {
          if (object !== null && object !== undefined && Object.prototype.hasOwnProperty.call(Object(object), path)) {
            return [path];
          }
          const parts = [];
          String(path).replace(/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,
            (match, number, quote, quoted) => {
              parts.push(quote ? quoted.replace(/\\(\\)?/g, '$1') : number !== undefined ? number : match);
              return match;
            });
          return parts;
        }

        function lodashHas(object, path) {
          let node = object;
          for (const key of lodashPath(object, path)) {
            if (node === null || node === undefined || !Object.prototype.hasOwnProperty.call(Object(node), key)) return false;
            node = node[key];
          }
          return true;
        }

        function lodashGet(object, path) {
          let node = object;
          for (const key of lodashPath(object, path)) {
            if (node === null || node === undefined) return undefined;
            node = node[key];
          }
          return node;
        }

        addMethod('jsonBody', function (...args) {
          const parsed = parseBody(this);
          if (args.length === 0) {
            this.assert(parsed[1] === undefined, 'expected response body to be a valid json but got error ' + parsed[1],
              'expected response body not to be a valid json');
            return;
          }
          const path = args[0];
          if (typeof path !== 'string') return;
          const data = parsed[0];
          this.assert(lodashHas(data, path), 'expected #{act} in response to contain property #{exp}',
            'expected #{act} in response to not contain property #{exp}', path, data);
          if (args.length > 1) {
            const value = lodashGet(data, path);
            this.assert(deepEqual(value, args[1]), 'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
              'expected response body json at "' + path + '" to not contain #{exp} but got #{act}', args[1], value);
          }
        });

        addChainableMethod('responseTime', function (...args) {
          const time = flag(this, 'number');
          this.assert(typeof time === 'number', 'expected response to have a valid response time but got #{act}',
            'expected response to not have a valid response time but got #{act}', null, time);
          if (args.length) {
            this.assert(deepEqual(time, args[0]), 'expected response to have a valid response time but got #{act}',
              'expected response to not have a valid response time but got #{act}', null, time);
          }
        }, function () {
          const response = flag(this, 'object');
          requirePostmanResponse(response);
          new Assertion(response).to.have.property('responseTime');
          flag(this, 'number', response.responseTime);
          flag(this, 'object', response.responseTime);
        });

        addChainableMethod('responseSize', function (...args) {
          const size = flag(this, 'number');
          this.assert(typeof size === 'number', 'expected response to have a valid response size but got #{act}',
            'expected response to not have a valid response size but got #{act}', null, size);
          if (args.length) {
            this.assert(deepEqual(size, args[0]), 'expected response size to equal #{act} but got #{exp}',
              'expected response size to not equal #{act} but got #{exp}', args[0], size);
          }
        }, function () {
          const response = flag(this, 'object');
          requirePostmanResponse(response);
          let total;
          if (typeof response.size === 'function') {
            const size = response.size() || {};
            total = (size.header || 0) + (size.body || 0);
          } else {
            new Assertion(response).to.have.property('responseSize');
            total = response.responseSize;
          }
          flag(this, 'number', total);
          flag(this, 'object', total);
        });

        addMethod('jsonSchema', function (schema) {
          new Assertion(schema).to.be.an('object');
          const value = flag(this, 'object');
          const data = (isPostmanResponse(value) || isPostmanRequest(value)) && typeof value.json === 'function'
            ? value.json() : value;
          // The same validator as require('ajv'), with every error reported, as chai-postman does.
          const Ajv = globalThis.__courier.requireInternal('ajv');
          const ajv = new Ajv({ allErrors: true });
          const valid = ajv.validate(schema, data);
          this.assert(valid, 'expected data to satisfy schema but found following errors: \n'
            + ajv.errorsText(), 'expected data to not satisfy schema', true, valid);
        });

        """#
}
