#!/usr/bin/env python3
"""Writes collections/creatio-verify.postman_collection.json. The collection is the product; this
script only keeps its many scripts readable. Run it after editing, and commit both."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JSON_HEADERS = [{"key": "Accept", "value": "application/json"}]
BODY_HEADERS = JSON_HEADERS + [{"key": "Content-Type", "value": "application/json; charset=utf-8; IEEE754Compatible=true"}]
GUID = r"/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/"


def item(name, method, url, tests, headers=None, body=None, auth=None, pre=None, behaviour=None, description=None,
         examples=None):
    request = {"method": method, "header": headers if headers is not None else JSON_HEADERS, "url": url}
    if body is not None:
        request["body"] = {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}
    if auth is not None:
        request["auth"] = auth
    if description:
        request["description"] = description
    events = []
    if pre:
        events.append({"listen": "prerequest", "script": {"type": "text/javascript", "exec": pre}})
    events.append({"listen": "test", "script": {"type": "text/javascript", "exec": tests}})
    entry = {"name": name, "event": events, "request": request}
    if behaviour:
        entry["protocolProfileBehavior"] = behaviour
    if examples:
        entry["response"] = examples
    return entry


def example(name, code, status, body=None):
    """A saved example response; `courier run --check-examples` compares responses with it (status,
    content type, JSON shape: the same keys and kinds of value; one array element is the template)."""
    saved = {"name": name, "status": status, "code": code, "header": [], "body": ""}
    if body is not None:
        saved["header"] = [{"key": "Content-Type", "value": "application/json; charset=utf-8"}]
        saved["body"] = json.dumps(body, indent=2)
    return saved


ACCOUNT_ID = "6b2c8d4e-1f3a-4c5b-9d7e-0a1b2c3d4e5f"


def budget(ms):
    return f"pm.test('answers within {ms} ms', () => pm.expect(pm.response.responseTime).to.be.below({ms}));"


NOAUTH = {"type": "noauth"}
NO_REDIRECTS = {"followRedirects": False, "disableCookies": True}
TOKEN_FORM = "grant_type=client_credentials&client_id={{client_id}}&client_secret={{client_secret}}"


def form_body(text):
    return {"mode": "raw", "raw": text}


def token_item(name, tests, body, headers=None, auth=NOAUTH):
    entry = item(name, "POST", "{{is_url}}/connect/token", tests,
                 headers=headers or [{"key": "Content-Type", "value": "application/x-www-form-urlencoded"}], auth=auth,
                 behaviour=NO_REDIRECTS)
    entry["request"]["body"] = form_body(body)
    return entry


identity = {
    "name": "1. Identity Service",
    "item": [
        item("Liveness ping (anonymous)", "GET", "{{base_url}}{{api_prefix}}/api/HealthCheck/Ping", [
            "pm.test('ping answers 200 directly (a 3xx means it was routed to the login page)', () => pm.response.to.have.status(200));",
            budget(1000)], auth=NOAUTH, behaviour=NO_REDIRECTS),
        item("Discovery document", "GET", "{{is_url}}/.well-known/openid-configuration", [
            "const doc = pm.response.json();",
            "pm.test('discovery document is served', () => pm.response.to.have.status(200));",
            "pm.test('token endpoint is /connect/token', () => pm.expect(doc.token_endpoint).to.match(/\\/connect\\/token$/));",
            "pm.test('client credentials grant is supported', () => pm.expect(doc.grant_types_supported).to.include('client_credentials'));",
            "pm.test('client_secret_post is supported', () => pm.expect(doc.token_endpoint_auth_methods_supported).to.include('client_secret_post'));",
            "pm.test('issuer and jwks_uri are present', () => { pm.expect(doc.issuer).to.be.a('string').that.is.not.empty; pm.expect(doc.jwks_uri).to.be.a('string').that.is.not.empty; });",
            "pm.collectionVariables.set('jwks_uri', doc.jwks_uri);"], auth=NOAUTH),
        item("Signing keys (JWKS)", "GET", "{{jwks_uri}}", [
            "const jwks = pm.response.json();",
            "pm.test('JWKS lists an RSA signing key', () => { pm.response.to.have.status(200); pm.expect(jwks.keys).to.be.an('array').that.is.not.empty; pm.expect(jwks.keys[0].kty).to.equal('RSA'); });"],
            auth=NOAUTH),
        token_item("Token: client secret in the body", [
            "pm.test('token request succeeds', () => pm.response.to.have.status(200));",
            "pm.test('token response is JSON and not cached', () => { pm.expect(pm.response.headers.get('Content-Type')).to.include('application/json'); pm.expect(pm.response.headers.get('Cache-Control')).to.include('no-store'); });",
            "const body = pm.response.json();",
            "pm.test('token_type is Bearer and expires_in is positive', () => { pm.expect(body.token_type).to.equal('Bearer'); pm.expect(body.expires_in).to.be.a('number').and.above(0); });",
            "pm.test('scope, when present, is ApplicationAccess_<32 hex>', () => { if (body.scope !== undefined) pm.expect(body.scope).to.match(/^ApplicationAccess_[0-9a-f]{32}$/); });",
            "const parts = String(body.access_token).split('.');",
            "pm.test('access token is a three-part JWT', () => pm.expect(parts).to.have.lengthOf(3));",
            "const decode = (part) => { let b = part.replace(/-/g, '+').replace(/_/g, '/'); while (b.length % 4) b += '='; return JSON.parse(atob(b)); };",
            "pm.test('token is for this client and not expired', () => { const claims = decode(parts[1]); pm.expect(claims.client_id).to.equal(pm.variables.get('client_id')); pm.expect(claims.exp * 1000).to.be.above(Date.now()); });",
            "pm.collectionVariables.set('issued_token', body.access_token);",
            budget(2000)], TOKEN_FORM),
        token_item("Token: client secret as HTTP Basic", [
            "pm.test('Basic client authentication succeeds', () => pm.response.to.have.status(200));",
            "pm.test('same token shape', () => { const body = pm.response.json(); pm.expect(body.token_type).to.equal('Bearer'); pm.expect(String(body.access_token).split('.')).to.have.lengthOf(3); });"],
            "grant_type=client_credentials",
            auth={"type": "basic", "basic": [{"key": "username", "value": "{{client_id}}"}, {"key": "password", "value": "{{client_secret}}"}]}),
        token_item("Token: wrong client secret is refused", [
            "pm.test('wrong secret gives 400 invalid_client', () => { pm.response.to.have.status(400); pm.expect(pm.response.json().error).to.equal('invalid_client'); });"],
            "grant_type=client_credentials&client_id={{client_id}}&client_secret=not-the-secret"),
        token_item("Token: unknown grant type is refused", [
            "pm.test('grant_type=foo gives 400 unsupported_grant_type', () => { pm.response.to.have.status(400); pm.expect(pm.response.json().error).to.equal('unsupported_grant_type'); });"],
            "grant_type=foo&client_id={{client_id}}&client_secret={{client_secret}}"),
        token_item("Token: JSON body is refused", [
            "pm.test('a JSON body gives 400 invalid_request', () => { pm.response.to.have.status(400); pm.expect(pm.response.json().error).to.equal('invalid_request'); });"],
            '{"grant_type": "client_credentials", "client_id": "{{client_id}}", "client_secret": "{{client_secret}}"}',
            headers=[{"key": "Content-Type", "value": "application/json"}]),
        item("OAuth health check", "GET", "{{base_url}}{{api_prefix}}/api/OAuthHealthCheck", [
            "const health = pm.response.json();",
            "pm.test('OAuth integration reports no problem', () => { pm.response.to.have.status(200); pm.expect(health.HasProblem).to.equal(false); });",
            "pm.test('settings filled in, Identity Service reachable, system token retrievable', () => { pm.expect(health.IsSystemSettingsFilledIn).to.be.true; pm.expect(health.IsIdentityServiceAvailable).to.be.true; pm.expect(health.IsAccessTokenRetrievableForSystemActions).to.be.true; });"]),
    ],
}

odata = {
    "name": "2. OData 4",
    "item": [
        item("Metadata", "GET", "{{odata_root}}/$metadata", [
            "pm.test('metadata is CSDL 4.0 with Account and Contact', () => { pm.response.to.have.status(200); const xml = pm.response.text(); pm.expect(xml).to.include('Version=\"4.0\"'); pm.expect(xml).to.include('EntitySet Name=\"Account\"'); pm.expect(xml).to.include('EntitySet Name=\"Contact\"'); });",
            budget(5000)], headers=[{"key": "Accept", "value": "application/xml"}]),
        item("Accounts: select, order, top", "GET", "{{odata_root}}/Account?$select=Id,Name&$orderby=Name&$top=5", [
            "const body = pm.response.json();",
            "pm.test('account list answers 200', () => pm.response.to.have.status(200));",
            "pm.test('context names the Account set', () => pm.expect(body['@odata.context']).to.include('$metadata#Account'));",
            "pm.test('at most 5 rows, each with a lowercase GUID Id', () => { pm.expect(body.value).to.be.an('array'); pm.expect(body.value.length).to.be.at.most(5); body.value.forEach((row) => pm.expect(row.Id).to.match(" + GUID + ")); });",
            budget(2000)],
            examples=[example("Accounts with Id and Name", 200, "OK", {
                "@odata.context": "https://mycompany.creatio.com/0/odata/$metadata#Account(Id,Name)",
                "value": [{"Id": ACCOUNT_ID, "Name": "Our company"}]})]),
        item("Accounts: count only", "GET", "{{odata_root}}/Account?$count=true&$top=0", [
            "const body = pm.response.json();",
            "pm.test('$count=true&$top=0 gives the count and no rows', () => { pm.response.to.have.status(200); pm.expect(body.value).to.eql([]); pm.expect(body['@odata.count']).to.be.a('number'); });",
            "pm.collectionVariables.set('account_count', body['@odata.count']);"],
            examples=[example("Count without rows", 200, "OK", {
                "@odata.context": "https://mycompany.creatio.com/0/odata/$metadata#Account", "@odata.count": 42,
                "value": []})]),
        item("Accounts: /$count", "GET", "{{odata_root}}/Account/$count", [
            "pm.test('/$count equals @odata.count', () => { pm.response.to.have.status(200); pm.expect(parseInt(pm.response.text(), 10)).to.equal(Number(pm.collectionVariables.get('account_count'))); });"],
            headers=[{"key": "Accept", "value": "text/plain"}]),
        item("Accounts: page 1", "GET", "{{odata_root}}/Account?$select=Id&$orderby=Id&$top=2&$skip=0", [
            "pm.test('first page answers 200', () => pm.response.to.have.status(200));",
            "pm.collectionVariables.set('page1_ids', JSON.stringify(pm.response.json().value.map((row) => row.Id)));"],
            examples=[example("First page of Ids", 200, "OK", {
                "@odata.context": "https://mycompany.creatio.com/0/odata/$metadata#Account(Id)",
                "value": [{"Id": ACCOUNT_ID}]})]),
        item("Accounts: page 2", "GET", "{{odata_root}}/Account?$select=Id&$orderby=Id&$top=2&$skip=2", [
            "const first = JSON.parse(pm.collectionVariables.get('page1_ids'));",
            "pm.test('pages do not overlap', () => { pm.response.to.have.status(200); pm.response.json().value.forEach((row) => pm.expect(first).to.not.include(row.Id)); });"]),
    ],
}

crud = {
    "name": "3. Create, read, update, delete",
    "item": [
        item("Create a tagged account", "POST", "{{odata_root}}/Account", [
            "const account = pm.response.json();",
            "pm.test('create answers 201 with the new entity', () => { pm.response.to.have.status(201); pm.expect(account.Id).to.match(" + GUID + "); pm.expect(account.Name).to.equal(pm.collectionVariables.get('run_tag')); });",
            "pm.test('context ends with #Account/$entity', () => pm.expect(account['@odata.context']).to.match(/#Account\\/\\$entity$/));",
            "pm.test('CreatedOn is UTC and empty lookups are the zero GUID', () => { pm.expect(account.CreatedOn).to.match(/^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,7})?Z$/); pm.expect(account.ParentId).to.equal('00000000-0000-0000-0000-000000000000'); });",
            "pm.collectionVariables.set('test_id', account.Id);",
            budget(3000)], headers=BODY_HEADERS, body='{"Name": "{{run_tag}}"}'),
        item("Read it back by key", "GET", "{{odata_root}}/Account({{test_id}})", [
            "const account = pm.response.json();",
            "pm.test('read by key answers the entity without a value wrapper', () => { pm.response.to.have.status(200); pm.expect(account.Id).to.equal(pm.collectionVariables.get('test_id')); pm.expect(account).to.not.have.property('value'); pm.expect(account['@odata.context']).to.match(/#Account\\/\\$entity$/); });"]),
        item("Find it with $filter eq", "GET", "{{odata_root}}/Account?$filter=Name eq '{{run_tag}}'", [
            "pm.test('filter eq finds exactly the new account', () => { pm.response.to.have.status(200); const rows = pm.response.json().value; pm.expect(rows).to.have.lengthOf(1); pm.expect(rows[0].Id).to.equal(pm.collectionVariables.get('test_id')); });"]),
        item("Find it with startswith", "GET", "{{odata_root}}/Account?$filter=startswith(Name,'{{run_tag}}')", [
            "pm.test('startswith finds the new account', () => { pm.response.to.have.status(200); pm.expect(pm.response.json().value.map((row) => row.Id)).to.include(pm.collectionVariables.get('test_id')); });"]),
        item("Rename it", "PATCH", "{{odata_root}}/Account({{test_id}})", [
            "pm.test('update answers 204 with no body', () => { pm.response.to.have.status(204); pm.expect(pm.response.text()).to.equal(''); });"],
            headers=BODY_HEADERS, body='{"Name": "{{run_tag}}-upd"}'),
        item("Read the new name", "GET", "{{odata_root}}/Account({{test_id}})", [
            "const account = pm.response.json();",
            "pm.test('the change is stored and ModifiedOn >= CreatedOn', () => { pm.response.to.have.status(200); pm.expect(account.Name).to.equal(pm.collectionVariables.get('run_tag') + '-upd'); pm.expect(Date.parse(account.ModifiedOn)).to.be.at.least(Date.parse(account.CreatedOn)); });"]),
        item("Delete it", "DELETE", "{{odata_root}}/Account({{test_id}})", [
            "pm.test('delete answers 204', () => pm.response.to.have.status(204));"]),
        item("It is gone", "GET", "{{odata_root}}/Account({{test_id}})", [
            "pm.test('a deleted account answers 404', () => pm.response.to.have.status(404));"],
            examples=[example("Not found", 404, "Not Found")]),
        item("Clean up earlier runs", "GET", "{{odata_root}}/Account?$select=Id,Name&$filter=startswith(Name,'ZZ-Verify-')", [
            "pm.test('leftover search answers 200', () => pm.response.to.have.status(200));",
            "const authorization = pm.request.headers.get('Authorization');",
            "pm.response.json().value.forEach((row) => {",
            "  pm.sendRequest({ url: pm.variables.get('odata_root') + '/Account(' + row.Id + ')', method: 'DELETE', header: { Authorization: authorization } }, (err, res) => {",
            "    pm.test('leftover ' + row.Name + ' deleted', () => { pm.expect(err).to.equal(null); pm.expect(res.code).to.equal(204); });",
            "  });",
            "});"]),
    ],
}

negative = {
    "name": "4. Requests without a valid token are refused",
    "item": [
        item("No token", "GET", "{{odata_root}}/Account?$top=1", [
            "pm.test('no token: 401, or a redirect to the login page, never 200', () => { pm.expect(pm.response.code).to.not.equal(200); if (pm.response.code !== 401) { pm.expect(pm.response.code).to.be.within(300, 399); pm.expect(pm.response.headers.get('Location')).to.include('/Login/'); } });"],
            auth=NOAUTH, behaviour=NO_REDIRECTS),
        item("Malformed token", "GET", "{{odata_root}}/Account?$top=1", [
            "pm.test('a token that is not a JWT gives 401', () => pm.response.to.have.status(401));"],
            auth={"type": "bearer", "bearer": [{"key": "token", "value": "not-a-jwt"}]}, behaviour=NO_REDIRECTS),
        item("Tampered token", "GET", "{{odata_root}}/Account?$top=1", [
            "pm.test('a token with an altered signature gives 401', () => pm.response.to.have.status(401));"],
            auth={"type": "bearer", "bearer": [{"key": "token", "value": "{{tampered_token}}"}]}, behaviour=NO_REDIRECTS,
            pre=["const token = pm.collectionVariables.get('issued_token') || 'a.b.c';",
                 "const signature = token.split('.')[2] || '';",
                 "const altered = signature.slice(0, -4) + (signature.endsWith('AAAA') ? 'BBBB' : 'AAAA');",
                 "pm.variables.set('tampered_token', token.split('.').slice(0, 2).concat(altered).join('.'));"]),
    ],
}

optional = {
    "name": "5. Optional: cookie login and DataService",
    "item": [
        item("Cookie login", "POST", "{{base_url}}/ServiceModel/AuthService.svc/Login", [
            "pm.test('login answers Code 0', () => { pm.response.to.have.status(200); pm.expect(pm.response.json().Code).to.equal(0); });",
            "pm.test('cookies include .ASPXAUTH and BPMCSRF', () => { pm.expect(pm.cookies.has('.ASPXAUTH')).to.be.true; pm.expect(pm.cookies.has('BPMCSRF')).to.be.true; });",
            "pm.collectionVariables.set('bpmcsrf', pm.cookies.get('BPMCSRF'));"],
            headers=BODY_HEADERS, body='{"UserName": "{{user}}", "UserPassword": "{{password}}"}', auth=NOAUTH),
        item("Cookie read with BPMCSRF", "GET", "{{odata_root}}/Account?$top=1", [
            "pm.test('cookie session with BPMCSRF reads accounts', () => pm.response.to.have.status(200));"],
            headers=JSON_HEADERS + [{"key": "BPMCSRF", "value": "{{bpmcsrf}}"}, {"key": "ForceUseSession", "value": "true"}], auth=NOAUTH),
        item("Cookie write without BPMCSRF", "POST", "{{odata_root}}/Account", [
            "pm.test('a cookie write without BPMCSRF is refused with 403', () => pm.response.to.have.status(403));"],
            headers=BODY_HEADERS, body='{"Name": "{{run_tag}}-csrf"}', auth=NOAUTH),
        item("DataService SelectQuery", "POST", "{{base_url}}{{api_prefix}}/DataService/json/SyncReply/SelectQuery", [
            "const reply = pm.response.json();",
            "pm.test('SelectQuery succeeds with at least one row', () => { pm.response.to.have.status(200); pm.expect(reply.success).to.equal(true); pm.expect(reply.rows).to.be.an('array').that.is.not.empty; });"],
            headers=BODY_HEADERS,
            body='{"RootSchemaName": "SysAdminUnit", "OperationType": 0, "rowCount": 1, "columns": {"items": {"Id": {"expression": {"columnPath": "Id"}}}}}'),
    ],
}

collection = {
    "info": {
        "_postman_id": "c0ae71e0-5e7f-4a1b-9c3d-000000c4ea71",
        "name": "Creatio instance verification",
        "description": "Checks that a Creatio instance and its Identity Service work for integrations: liveness, OAuth 2.0 discovery and token issuing, OData 4 reads, a create-read-filter-update-delete round trip on a tagged account (cleaned up), and refusal of requests without a valid token. OAuth 2.0 (client credentials) is set at collection level: Courier fetches the token itself. Set the variables in an environment (see environments/creatio.example.postman_environment.json).",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    "auth": {"type": "oauth2", "oauth2": [
        {"key": "grant_type", "value": "client_credentials", "type": "string"},
        {"key": "accessTokenUrl", "value": "{{is_url}}/connect/token", "type": "string"},
        {"key": "clientId", "value": "{{client_id}}", "type": "string"},
        {"key": "clientSecret", "value": "{{client_secret}}", "type": "string"},
        {"key": "client_authentication", "value": "body", "type": "string"},
        {"key": "addTokenTo", "value": "header", "type": "string"},
        {"key": "tokenName", "value": "creatio-verify", "type": "string"},
    ]},
    "event": [
        {"listen": "prerequest", "script": {"type": "text/javascript", "exec": [
            "if (!pm.collectionVariables.get('run_tag')) { pm.collectionVariables.set('run_tag', 'ZZ-Verify-' + Date.now()); }"]}},
        {"listen": "test", "script": {"type": "text/javascript", "exec": [
            "pm.test('answers within 10 s and is not an HTML login page', () => { pm.expect(pm.response.responseTime).to.be.below(10000); pm.expect(pm.response.text().trimStart().startsWith('<!')).to.be.false; });"]}},
    ],
    "variable": [
        {"key": "run_tag", "value": ""}, {"key": "test_id", "value": ""}, {"key": "issued_token", "value": ""},
        {"key": "jwks_uri", "value": ""}, {"key": "account_count", "value": ""}, {"key": "page1_ids", "value": "[]"},
        {"key": "bpmcsrf", "value": ""},
    ],
    "item": [identity, odata, crud, negative, optional],
}

with open(os.path.join(ROOT, "collections", "creatio-verify.postman_collection.json"), "w") as f:
    json.dump(collection, f, indent=2)
    f.write("\n")
