// Table-driven tests of Istio's HTTP match conditions: one table per match type, each row a match
// entry written as YAML, a request, and the expected outcome of that entry.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { type SimulatedRequest, type SimulationMatchResult } from '../../../protocol/src/protocol';
import { simulateRequest } from '../../../server/src/features/simulate';

interface Row {
  /** One HTTPMatchRequest in YAML. */
  match: string;
  request: Partial<SimulatedRequest>;
  expected: SimulationMatchResult;
  /** A fragment the condition's note must contain. */
  note?: string;
}

/** Evaluates one match entry in a VirtualService for host `svc` and returns its trace. */
function evaluateEntry(row: Row) {
  const spec = {
    hosts: ['svc'],
    gateways: ['mesh', 'istio-system/public'],
    http: [{ match: [parse(row.match) as unknown], route: [{ destination: { host: 'svc' } }] }],
  };
  const result = simulateRequest([{ name: 'table', namespace: 'default', spec }], {
    host: 'svc',
    ...row.request,
  });
  const entry = result.routes[0]?.entries[0];
  assert.ok(entry, `the route was evaluated: ${result.summary}`);
  return { entry, result };
}

function runTable(name: string, rows: Row[]): void {
  void describe(name, () => {
    for (const row of rows) {
      void test(`${row.expected}: ${row.match.replace(/\s+/g, ' ')} with ${JSON.stringify(row.request)}`, () => {
        const { entry, result } = evaluateEntry(row);
        assert.equal(entry.result, row.expected, JSON.stringify(entry.conditions));
        assert.equal(result.matched, row.expected === 'match');
        if (row.note !== undefined) {
          const notes = entry.conditions.map((condition) => condition.note ?? '').join(' | ');
          assert.ok(notes.includes(row.note), `note "${row.note}" in: ${notes}`);
        }
      });
    }
  });
}

runTable('uri', [
  { match: 'uri: {exact: /reviews}', request: { uri: '/reviews' }, expected: 'match' },
  { match: 'uri: {exact: /reviews}', request: { uri: '/reviews/1' }, expected: 'no-match' },
  { match: 'uri: {exact: /reviews}', request: { uri: '/reviews?id=1' }, expected: 'match' },
  { match: 'uri: {exact: /reviews}', request: { uri: '/Reviews' }, expected: 'no-match' },
  { match: 'uri: {prefix: /ratings}', request: { uri: '/ratings/1' }, expected: 'match' },
  { match: 'uri: {prefix: /ratings}', request: { uri: '/rating' }, expected: 'no-match' },
  { match: 'uri: {prefix: /api/v2}', request: { uri: '/api/v1/../v2/x' }, expected: 'match' },
  { match: 'uri: {regex: "/reviews/[0-9]+"}', request: { uri: '/reviews/42' }, expected: 'match' },
  // Envoy's regexes must match the whole path, not a part of it.
  { match: 'uri: {regex: "/reviews/[0-9]+"}', request: { uri: '/reviews/42/x' }, expected: 'no-match' },
  { match: 'uri: {regex: "/reviews"}', request: { uri: '/v1/reviews' }, expected: 'no-match' },
  // `*` is not RE2; Istio's webhook refuses it for uri (only `withoutHeaders` has the shorthand).
  { match: 'uri: {regex: "*"}', request: { uri: '/anything' }, expected: 'no-match', note: 'not valid RE2' },
  { match: 'uri: {exact: /Reviews}\nignoreUriCase: true', request: { uri: '/REVIEWS' }, expected: 'match' },
  { match: 'uri: {prefix: /API}\nignoreUriCase: true', request: { uri: '/api/x' }, expected: 'match' },
  {
    match: 'uri: {regex: "/API/.*"}\nignoreUriCase: true',
    request: { uri: '/api/x' },
    expected: 'no-match',
    note: 'ignoreUriCase does not apply to regex',
  },
  { match: 'uri: {exact: /a, prefix: /a}', request: { uri: '/a' }, expected: 'no-match', note: 'only one' },
  { match: 'uri: {}', request: { uri: '/whatever' }, expected: 'match' },
]);

runTable('scheme', [
  { match: 'scheme: {exact: https}', request: { scheme: 'https' }, expected: 'match' },
  { match: 'scheme: {exact: https}', request: {}, expected: 'no-match' },
  { match: 'scheme: {exact: http}', request: {}, expected: 'match' },
  { match: 'scheme: {prefix: htt}', request: { scheme: 'HTTPS' }, expected: 'match' },
  { match: 'scheme: {regex: "https?"}', request: { scheme: 'ftp' }, expected: 'no-match' },
]);

runTable('method', [
  { match: 'method: {exact: POST}', request: { method: 'post' }, expected: 'match' },
  { match: 'method: {exact: POST}', request: { method: 'GET' }, expected: 'no-match' },
  { match: 'method: {exact: GET}', request: {}, expected: 'match' },
  { match: 'method: {prefix: P}', request: { method: 'PUT' }, expected: 'match' },
  { match: 'method: {regex: "GET|HEAD"}', request: { method: 'HEAD' }, expected: 'match' },
  { match: 'method: {regex: "GET|HEAD"}', request: { method: 'GETX' }, expected: 'no-match' },
]);

runTable('authority', [
  { match: 'authority: {exact: svc}', request: {}, expected: 'match' },
  { match: 'authority: {exact: svc}', request: { host: 'svc:9080' }, expected: 'no-match' },
  { match: 'authority: {exact: "svc:9080"}', request: { host: 'svc:9080' }, expected: 'match' },
  { match: 'authority: {prefix: sv}', request: { authority: 'other' }, expected: 'no-match' },
  { match: 'authority: {regex: "svc(:[0-9]+)?"}', request: { host: 'svc:80' }, expected: 'match' },
]);

runTable('headers', [
  {
    match: 'headers: {end-user: {exact: jason}}',
    request: { headers: { 'end-user': 'jason' } },
    expected: 'match',
  },
  {
    match: 'headers: {end-user: {exact: jason}}',
    request: { headers: { 'End-User': 'jason' } },
    expected: 'match',
  },
  {
    match: 'headers: {End-User: {exact: jason}}',
    request: { headers: { 'end-user': 'jason' } },
    expected: 'match',
  },
  {
    match: 'headers: {end-user: {exact: jason}}',
    request: { headers: { 'end-user': 'Jason' } },
    expected: 'no-match',
  },
  {
    match: 'headers: {end-user: {exact: jason}}',
    request: {},
    expected: 'no-match',
    note: 'does not have it',
  },
  {
    match: 'headers: {x-canary: {prefix: "tr"}}',
    request: { headers: { 'x-canary': 'true' } },
    expected: 'match',
  },
  {
    match: 'headers: {x-canary: {prefix: "tr"}}',
    request: { headers: { 'x-canary': 'false' } },
    expected: 'no-match',
  },
  {
    match: 'headers: {email: {regex: ".*@gmail\\\\.com$"}}',
    request: { headers: { email: 'ann@gmail.com' } },
    expected: 'match',
  },
  {
    match: 'headers: {email: {regex: ".*@gmail\\\\.com$"}}',
    request: { headers: { email: 'ann@gmailxcom.org' } },
    expected: 'no-match',
  },
  { match: 'headers: {x-debug: {}}', request: { headers: { 'x-debug': '' } }, expected: 'match' },
  { match: 'headers: {x-debug: {}}', request: {}, expected: 'no-match' },
  {
    match: 'headers: {x-debug: {regex: "*"}}',
    request: { headers: { 'x-debug': '1' } },
    expected: 'no-match',
    note: 'not valid RE2',
  },
  { match: 'headers: {host: {exact: "svc:8080"}}', request: { host: 'svc:8080' }, expected: 'match' },
  {
    match: 'headers: {a: {exact: "1"}, b: {exact: "2"}}',
    request: { headers: { a: '1', b: '3' } },
    expected: 'no-match',
  },
  {
    match: 'headers: {a: {exact: 1}}',
    request: { headers: { a: '1' } },
    expected: 'no-match',
    note: 'must be a string',
  },
]);

runTable('withoutHeaders', [
  { match: 'withoutHeaders: {end-user: {exact: jason}}', request: {}, expected: 'match' },
  {
    match: 'withoutHeaders: {end-user: {exact: jason}}',
    request: { headers: { 'end-user': 'bob' } },
    expected: 'match',
  },
  {
    match: 'withoutHeaders: {end-user: {exact: jason}}',
    request: { headers: { 'END-USER': 'jason' } },
    expected: 'no-match',
  },
  {
    match: 'withoutHeaders: {x-test: {prefix: "1"}}',
    request: { headers: { 'x-test': '12' } },
    expected: 'no-match',
  },
  {
    match: 'withoutHeaders: {x-test: {regex: "[0-9]+"}}',
    request: { headers: { 'x-test': 'abc' } },
    expected: 'match',
  },
  { match: 'withoutHeaders: {x-test: {}}', request: { headers: { 'x-test': 'abc' } }, expected: 'no-match' },
  { match: 'withoutHeaders: {x-test: {}}', request: {}, expected: 'match' },
  // `regex: "*"` is Istio's presence shorthand: refuses the header when present, in any value.
  { match: 'withoutHeaders: {x-test: {regex: "*"}}', request: {}, expected: 'match' },
  {
    match: 'withoutHeaders: {x-test: {regex: "*"}}',
    request: { headers: { 'x-test': '' } },
    expected: 'no-match',
  },
  // Pilot sets Envoy's treat_missing_header_as_empty on every other form (route.go
  // TranslateRouteMatch): a missing header is matched as "" before the result is inverted.
  {
    match: 'withoutHeaders: {x-test: {exact: ""}}',
    request: {},
    expected: 'no-match',
    note: 'a missing header counts as the empty value',
  },
  {
    match: 'withoutHeaders: {x-test: {exact: ""}}',
    request: { headers: { 'x-test': '' } },
    expected: 'no-match',
  },
  {
    match: 'withoutHeaders: {x-test: {exact: ""}}',
    request: { headers: { 'x-test': 'a' } },
    expected: 'match',
  },
  { match: 'withoutHeaders: {x-test: {regex: ".*"}}', request: {}, expected: 'no-match' },
  {
    match: 'withoutHeaders: {x-test: {regex: ".*"}}',
    request: { headers: { 'x-test': 'a' } },
    expected: 'no-match',
  },
  { match: 'withoutHeaders: {x-test: {regex: ".+"}}', request: {}, expected: 'match' },
]);

runTable('queryParams', [
  { match: 'queryParams: {debug: {exact: "true"}}', request: { uri: '/?debug=true' }, expected: 'match' },
  {
    match: 'queryParams: {debug: {exact: "true"}}',
    request: { query: { debug: 'true' } },
    expected: 'match',
  },
  { match: 'queryParams: {debug: {exact: "true"}}', request: { uri: '/?debug=false' }, expected: 'no-match' },
  { match: 'queryParams: {debug: {exact: "true"}}', request: { uri: '/' }, expected: 'no-match' },
  { match: 'queryParams: {debug: {exact: ""}}', request: { uri: '/?debug' }, expected: 'match' },
  { match: 'queryParams: {id: {regex: "[0-9]{3}"}}', request: { uri: '/?id=123' }, expected: 'match' },
  { match: 'queryParams: {id: {regex: "[0-9]{3}"}}', request: { uri: '/?id=1234' }, expected: 'no-match' },
  {
    match: 'queryParams: {id: {prefix: "1"}}',
    request: { uri: '/?id=123' },
    expected: 'unknown',
    note: 'only exact and regex',
  },
]);

runTable('port', [
  { match: 'port: 9080', request: { port: 9080 }, expected: 'match' },
  { match: 'port: 9080', request: { host: 'svc:9080' }, expected: 'match' },
  { match: 'port: 9080', request: { port: 80 }, expected: 'no-match' },
  { match: 'port: 9080', request: {}, expected: 'unknown', note: 'no port' },
]);

runTable('sourceLabels and sourceNamespace', [
  { match: 'sourceLabels: {app: productpage}', request: {}, expected: 'unknown', note: 'cannot be decided' },
  {
    match: 'sourceLabels: {app: productpage}',
    request: { sourceLabels: { app: 'productpage', v: '1' } },
    expected: 'match',
  },
  {
    match: 'sourceLabels: {app: productpage}',
    request: { sourceLabels: { app: 'reviews' } },
    expected: 'no-match',
  },
  { match: 'sourceNamespace: default', request: {}, expected: 'match' },
  {
    match: 'sourceNamespace: default',
    request: { sourceNamespace: 'prod', host: 'svc.default' },
    expected: 'no-match',
  },
]);

/** A gateway sees the Host header verbatim, so requests through it use the full name. */
const fqdn = 'svc.default.svc.cluster.local';

runTable('gateways in a match entry', [
  { match: 'gateways: [mesh]', request: {}, expected: 'match' },
  { match: 'gateways: [istio-system/public]', request: {}, expected: 'no-match' },
  {
    match: 'gateways: [istio-system/public]',
    request: { gateway: 'istio-system/public', host: fqdn },
    expected: 'match',
  },
  { match: 'gateways: [istio-system/public]', request: { gateway: 'public', host: fqdn }, expected: 'match' },
  // A short name resolves in the VirtualService's namespace (default), not istio-system.
  {
    match: 'gateways: [public]',
    request: { gateway: 'istio-system/public', host: fqdn },
    expected: 'no-match',
  },
]);

runTable('conditions inside one entry are ANDed', [
  {
    match: 'uri: {prefix: /api}\nmethod: {exact: POST}\nheaders: {x-v: {exact: "2"}}',
    request: { uri: '/api/x', method: 'POST', headers: { 'x-v': '2' } },
    expected: 'match',
  },
  {
    match: 'uri: {prefix: /api}\nmethod: {exact: POST}\nheaders: {x-v: {exact: "2"}}',
    request: { uri: '/api/x', method: 'GET', headers: { 'x-v': '2' } },
    expected: 'no-match',
  },
  // A decided failure wins over an undecided condition.
  { match: 'port: 80\nuri: {exact: /a}', request: { uri: '/b' }, expected: 'no-match' },
  { match: 'port: 80\nuri: {exact: /a}', request: { uri: '/a' }, expected: 'unknown' },
  { match: '{}', request: {}, expected: 'match' },
]);

void test('a regex RE2 rejects is reported as configuration Istio would reject', () => {
  const { result } = evaluateEntry({
    match: 'headers: {email: {regex: "(?!admin).*@gmail\\\\.com"}}',
    request: { headers: { email: 'ann@gmail.com' } },
    expected: 'no-match',
  });
  assert.equal(result.routes[0]?.entries[0]?.conditions[0]?.result, 'no-match');
  assert.equal(result.outcome, 'rejected');
  assert.match(result.rejected ?? '', /^http\[0\]: match\[0\]\.headers\[email\] regex .*: not valid RE2/);
});
