// The Gateway API simulator's precedence, one table per rule (Gateway API spec text in the
// HTTPRoute CRD, and Istio's sortHTTPRoutes / sortRoutesByCreationTime): each row lists routes
// written in an order that would pick the wrong one under first-match, a request, and the route
// and rule that must win.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGatewayRoute } from '../../../server/src/model/resources';
import {
  pathPrefixMatches,
  simulateGatewayApi,
  type GatewayApiRequest,
} from '../../../server/src/features/simulate/gatewayApi';
import { serviceWith } from '../../support/service';

interface RouteSpec {
  kind?: 'HTTPRoute' | 'GRPCRoute';
  name: string;
  namespace?: string;
  hostnames?: string[];
  created?: string;
  /** Each rule: its matches as YAML flow text (or none) and one backend name. */
  rules: { matches?: string; backend: string }[];
}

interface Row {
  name: string;
  routes: RouteSpec[];
  request: GatewayApiRequest;
  /** `route/backend`, or 404. */
  expect: string;
}

function yamlOf(r: RouteSpec): string {
  return [
    'apiVersion: gateway.networking.k8s.io/v1',
    `kind: ${r.kind ?? 'HTTPRoute'}`,
    `metadata: {name: ${r.name}, namespace: ${r.namespace ?? 'shop'}${r.created ? `, creationTimestamp: "${r.created}"` : ''}}`,
    'spec:',
    `  hostnames: [${(r.hostnames ?? ['shop.example.com']).map((h) => `"${h}"`).join(', ')}]`,
    '  rules:',
    ...r.rules.flatMap((rule) => [
      `  - backendRefs: [{name: ${rule.backend}, port: 80}]`,
      ...(rule.matches ? [`    matches: ${rule.matches}`] : []),
    ]),
  ].join('\n');
}

function run(row: Row): string {
  const text = row.routes.map(yamlOf).join('\n---\n');
  const { files } = serviceWith({ '/routes.yaml': text });
  const routes = files.get('/routes.yaml')!.resources.filter(isGatewayRoute);
  assert.equal(routes.length, row.routes.length, 'every route parsed');
  // The routes' metadata.creationTimestamp is read by the model (no override).
  const inputs = routes.map((route) => ({ route }));
  const result = simulateGatewayApi(inputs, row.request);
  return result.matched ? `${result.route.name?.value}/${result.backends[0]?.name}` : String(result.status);
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const row of rows) it(row.name, () => assert.equal(run(row), row.expect));
  });
}

const req = (path: string, extra: Partial<GatewayApiRequest> = {}): GatewayApiRequest => ({
  host: 'shop.example.com',
  path,
  ...extra,
});

table('1. an exact path beats any prefix', [
  {
    name: 'exact in a later rule beats a prefix in an earlier one',
    routes: [
      {
        name: 'a',
        rules: [
          { matches: '[{path: {type: PathPrefix, value: /api}}]', backend: 'prefix' },
          { matches: '[{path: {type: Exact, value: /api/v1}}]', backend: 'exact' },
        ],
      },
    ],
    request: req('/api/v1'),
    expect: 'a/exact',
  },
  {
    name: 'exact in a newer route beats a longer-living prefix route',
    routes: [
      {
        name: 'old',
        created: '2024-01-01T00:00:00Z',
        rules: [{ matches: '[{path: {type: PathPrefix, value: /api/v1}}]', backend: 'prefix' }],
      },
      {
        name: 'new',
        created: '2025-01-01T00:00:00Z',
        rules: [{ matches: '[{path: {type: Exact, value: /api/v1}}]', backend: 'exact' }],
      },
    ],
    request: req('/api/v1'),
    expect: 'new/exact',
  },
  {
    name: 'a prefix beats a regular expression',
    routes: [
      {
        name: 'a',
        rules: [
          { matches: '[{path: {type: RegularExpression, value: "/api/.*"}}]', backend: 'regex' },
          { matches: '[{path: {type: PathPrefix, value: /api}}]', backend: 'prefix' },
        ],
      },
    ],
    request: req('/api/x'),
    expect: 'a/prefix',
  },
]);

table('2. the longest prefix wins', [
  {
    name: '/api/v1 beats /api and /',
    routes: [
      {
        name: 'a',
        rules: [
          { backend: 'root' },
          { matches: '[{path: {type: PathPrefix, value: /api}}]', backend: 'api' },
          { matches: '[{path: {type: PathPrefix, value: /api/v1}}]', backend: 'v1' },
        ],
      },
    ],
    request: req('/api/v1/users'),
    expect: 'a/v1',
  },
  {
    name: 'a prefix matches whole path elements only (/api/v1 does not match /api/v10)',
    routes: [
      {
        name: 'a',
        rules: [
          { matches: '[{path: {type: PathPrefix, value: /api}}]', backend: 'api' },
          { matches: '[{path: {type: PathPrefix, value: /api/v1}}]', backend: 'v1' },
        ],
      },
    ],
    request: req('/api/v10'),
    expect: 'a/api',
  },
]);

table('3. then a method match beats none', [
  {
    name: 'same path, the rule with a method wins even when written second',
    routes: [
      {
        name: 'a',
        rules: [
          { matches: '[{path: {type: PathPrefix, value: /cart}}]', backend: 'any' },
          { matches: '[{path: {type: PathPrefix, value: /cart}, method: POST}]', backend: 'post' },
        ],
      },
    ],
    request: req('/cart', { method: 'POST' }),
    expect: 'a/post',
  },
  {
    name: 'a method that does not match falls through to the next',
    routes: [
      {
        name: 'a',
        rules: [
          { matches: '[{path: {type: PathPrefix, value: /cart}}]', backend: 'any' },
          { matches: '[{path: {type: PathPrefix, value: /cart}, method: POST}]', backend: 'post' },
        ],
      },
    ],
    request: req('/cart', { method: 'GET' }),
    expect: 'a/any',
  },
]);

table('4. then the most header matches', [
  {
    name: 'two headers beat one, one beats none',
    routes: [
      {
        name: 'a',
        rules: [
          { backend: 'none' },
          { matches: '[{headers: [{name: end-user, value: jason}]}]', backend: 'one' },
          {
            matches: '[{headers: [{name: end-user, value: jason}, {name: x-beta, value: "1"}]}]',
            backend: 'two',
          },
        ],
      },
    ],
    request: req('/', { headers: { 'End-User': 'jason', 'x-beta': '1' } }),
    expect: 'a/two',
  },
  {
    name: 'a regular expression header match counts like any other',
    routes: [
      {
        name: 'a',
        rules: [
          { backend: 'none' },
          {
            matches: '[{headers: [{type: RegularExpression, name: email, value: ".*@example\\\\.com"}]}]',
            backend: 'staff',
          },
        ],
      },
    ],
    request: req('/', { headers: { email: 'ana@example.com' } }),
    expect: 'a/staff',
  },
]);

table('5. then the most query parameter matches', [
  {
    name: 'a query match beats none when path, method and headers tie',
    routes: [
      {
        name: 'a',
        rules: [
          { matches: '[{headers: [{name: end-user, value: jason}]}]', backend: 'header' },
          {
            matches:
              '[{headers: [{name: end-user, value: jason}], queryParams: [{name: beta, value: "on"}]}]',
            backend: 'query',
          },
        ],
      },
    ],
    request: req('/?beta=on', { headers: { 'end-user': 'jason' } }),
    expect: 'a/query',
  },
]);

table('6. ties: the oldest route, then namespace/name, then rule order', [
  {
    name: 'the older route wins a full tie whatever the file order and its name',
    routes: [
      {
        name: 'a-young',
        created: '2025-06-01T00:00:00Z',
        rules: [{ matches: '[{path: {type: PathPrefix, value: /x}}]', backend: 'young' }],
      },
      {
        name: 'z-elder',
        created: '2023-06-01T00:00:00Z',
        rules: [{ matches: '[{path: {type: PathPrefix, value: /x}}]', backend: 'elder' }],
      },
    ],
    request: req('/x'),
    expect: 'z-elder/elder',
  },
  {
    name: 'without timestamps, namespace then name decide',
    routes: [
      { name: 'b', namespace: 'shop', rules: [{ backend: 'b' }] },
      { name: 'z', namespace: 'alpha', rules: [{ backend: 'z' }] },
      { name: 'a', namespace: 'shop', rules: [{ backend: 'a' }] },
    ],
    request: req('/'),
    expect: 'z/z',
  },
  {
    name: 'within one route, the first matching rule in list order',
    routes: [{ name: 'a', rules: [{ backend: 'first' }, { backend: 'second' }] }],
    request: req('/'),
    expect: 'a/first',
  },
]);

table('7. hostname specificity comes before everything', [
  {
    name: 'an exact hostname beats a wildcard even with a weaker match',
    routes: [
      {
        name: 'wild',
        hostnames: ['*.example.com'],
        rules: [{ matches: '[{path: {type: Exact, value: /a}}]', backend: 'wild' }],
      },
      { name: 'exact', hostnames: ['shop.example.com'], rules: [{ backend: 'exact' }] },
    ],
    request: req('/a'),
    expect: 'exact/exact',
  },
  {
    name: 'the longer wildcard beats the shorter, which beats no hostnames',
    routes: [
      { name: 'any', hostnames: [], rules: [{ backend: 'any' }] },
      { name: 'short', hostnames: ['*.com'], rules: [{ backend: 'short' }] },
      { name: 'long', hostnames: ['*.example.com'], rules: [{ backend: 'long' }] },
    ],
    request: req('/'),
    expect: 'long/long',
  },
  {
    name: 'the most specific hostname owns the host: no fallback to a wildcard route when its rules miss',
    routes: [
      { name: 'wild', hostnames: ['*.example.com'], rules: [{ backend: 'wild' }] },
      {
        name: 'exact',
        hostnames: ['shop.example.com'],
        rules: [{ matches: '[{path: {type: Exact, value: /only}}]', backend: 'exact' }],
      },
    ],
    request: req('/other'),
    expect: '404',
  },
]);

// GRPCRoute: the spec's order (GRPCRoute CRD, rules[].matches: more characters of a matching
// service, then of a matching method, then more header matches; then the oldest route and
// namespace/name) as Istio builds it (createGRPCURIMatch + sortHTTPRoutes).
const grpc = (
  service: string,
  method: string,
  extra: Partial<GatewayApiRequest> = {},
): GatewayApiRequest => ({
  host: 'shop.example.com',
  path: '/',
  grpc: { service, method },
  ...extra,
});
const g = (r: Omit<RouteSpec, 'kind'>): RouteSpec => ({ kind: 'GRPCRoute', ...r });

table('gRPC 1. a full service/method match beats a service match', [
  {
    name: 'written after the service-only rule, the exact method still wins',
    routes: [
      g({
        name: 'a',
        rules: [
          { matches: '[{method: {service: shop.Cart}}]', backend: 'service' },
          { matches: '[{method: {service: shop.Cart, method: AddItem}}]', backend: 'method' },
        ],
      }),
    ],
    request: grpc('shop.Cart', 'AddItem'),
    expect: 'a/method',
  },
  {
    name: 'another method of the service falls back to the service match',
    routes: [
      g({
        name: 'a',
        rules: [
          { matches: '[{method: {service: shop.Cart}}]', backend: 'service' },
          { matches: '[{method: {service: shop.Cart, method: AddItem}}]', backend: 'method' },
        ],
      }),
    ],
    request: grpc('shop.Cart', 'Checkout'),
    expect: 'a/service',
  },
]);

table('gRPC 2. a service match beats a method-only match', [
  {
    name: 'method-only written first loses to the service',
    routes: [
      g({
        name: 'a',
        rules: [
          { matches: '[{method: {method: AddItem}}]', backend: 'method-only' },
          { matches: '[{method: {service: shop.Cart}}]', backend: 'service' },
        ],
      }),
    ],
    request: grpc('shop.Cart', 'AddItem'),
    expect: 'a/service',
  },
  {
    name: 'method-only matches the method in any service',
    routes: [
      g({
        name: 'a',
        rules: [
          { matches: '[{method: {method: AddItem}}]', backend: 'method-only' },
          { matches: '[{method: {service: shop.Cart}}]', backend: 'service' },
        ],
      }),
    ],
    request: grpc('shop.Wishlist', 'AddItem'),
    expect: 'a/method-only',
  },
]);

table('gRPC 3. any method matcher beats headers alone', [
  {
    name: 'a header-only match written first loses to a method match',
    routes: [
      g({
        name: 'a',
        rules: [
          { matches: '[{headers: [{name: x-beta, value: "1"}]}]', backend: 'header' },
          { matches: '[{method: {method: AddItem}}]', backend: 'method' },
        ],
      }),
    ],
    request: grpc('shop.Cart', 'AddItem', { headers: { 'x-beta': '1' } }),
    expect: 'a/method',
  },
]);

table('gRPC 4. then the most header matches', [
  {
    name: 'same service, the match with a header wins',
    routes: [
      g({
        name: 'a',
        rules: [
          { matches: '[{method: {service: shop.Cart}}]', backend: 'plain' },
          {
            matches: '[{method: {service: shop.Cart}, headers: [{name: end-user, value: jason}]}]',
            backend: 'jason',
          },
        ],
      }),
    ],
    request: grpc('shop.Cart', 'AddItem', { headers: { 'End-User': 'jason' } }),
    expect: 'a/jason',
  },
  {
    name: 'a regular expression header that does not match falls through',
    routes: [
      g({
        name: 'a',
        rules: [
          { matches: '[{method: {service: shop.Cart}}]', backend: 'plain' },
          {
            matches:
              '[{method: {service: shop.Cart}, headers: [{type: RegularExpression, name: email, value: ".*@example\\\\.com"}]}]',
            backend: 'staff',
          },
        ],
      }),
    ],
    request: grpc('shop.Cart', 'AddItem', { headers: { email: 'ana@example.org' } }),
    expect: 'a/plain',
  },
]);

table('gRPC 5. a rule without matches comes last', [
  {
    name: 'the catch-all rule written first loses to a header-only match',
    routes: [
      g({
        name: 'a',
        rules: [
          { backend: 'all' },
          { matches: '[{headers: [{name: x-beta, value: "1"}]}]', backend: 'beta' },
        ],
      }),
    ],
    request: grpc('shop.Cart', 'AddItem', { headers: { 'x-beta': '1' } }),
    expect: 'a/beta',
  },
  {
    name: 'and takes every call nothing else matches',
    routes: [
      g({
        name: 'a',
        rules: [{ backend: 'all' }, { matches: '[{method: {service: shop.Cart}}]', backend: 'cart' }],
      }),
    ],
    request: grpc('shop.Orders', 'List'),
    expect: 'a/all',
  },
]);

table('gRPC 6. exact over regular expression, and regular expressions match whole names', [
  {
    name: 'an Exact service/method beats a RegularExpression one written first',
    routes: [
      g({
        name: 'a',
        rules: [
          {
            matches: '[{method: {type: RegularExpression, service: "shop\\\\..*", method: "Add.*"}}]',
            backend: 'regex',
          },
          { matches: '[{method: {service: shop.Cart, method: AddItem}}]', backend: 'exact' },
        ],
      }),
    ],
    request: grpc('shop.Cart', 'AddItem'),
    expect: 'a/exact',
  },
  {
    name: 'a RegularExpression method matches where no exact one does',
    routes: [
      g({
        name: 'a',
        rules: [
          {
            matches: '[{method: {type: RegularExpression, service: "shop\\\\..*", method: "Add.*"}}]',
            backend: 'regex',
          },
          { matches: '[{method: {service: shop.Cart, method: AddItem}}]', backend: 'exact' },
        ],
      }),
    ],
    request: grpc('shop.Wishlist', 'AddGift'),
    expect: 'a/regex',
  },
  {
    name: 'an Exact service does not match a longer service name',
    routes: [g({ name: 'a', rules: [{ matches: '[{method: {service: shop.Cart}}]', backend: 'cart' }] })],
    request: grpc('shop.CartV2', 'AddItem'),
    expect: '404',
  },
]);

table('gRPC 7. ties: the oldest route, then namespace/name, then rule order', [
  {
    name: 'the older GRPCRoute wins a full tie',
    routes: [
      g({
        name: 'a-young',
        created: '2025-06-01T00:00:00Z',
        rules: [{ matches: '[{method: {service: shop.Cart}}]', backend: 'young' }],
      }),
      g({
        name: 'z-elder',
        created: '2023-06-01T00:00:00Z',
        rules: [{ matches: '[{method: {service: shop.Cart}}]', backend: 'elder' }],
      }),
    ],
    request: grpc('shop.Cart', 'AddItem'),
    expect: 'z-elder/elder',
  },
  {
    name: 'without timestamps, namespace then name decide',
    routes: [
      g({ name: 'b', namespace: 'shop', rules: [{ backend: 'b' }] }),
      g({ name: 'z', namespace: 'alpha', rules: [{ backend: 'z' }] }),
    ],
    request: grpc('shop.Cart', 'AddItem'),
    expect: 'z/z',
  },
]);

table('gRPC 8. hostname specificity first; GRPCRoutes and HTTPRoutes never merge', [
  {
    name: 'an exact hostname beats a wildcard with a stronger match',
    routes: [
      g({
        name: 'wild',
        hostnames: ['*.example.com'],
        rules: [{ matches: '[{method: {service: shop.Cart, method: AddItem}}]', backend: 'wild' }],
      }),
      g({ name: 'exact', hostnames: ['shop.example.com'], rules: [{ backend: 'exact' }] }),
    ],
    request: grpc('shop.Cart', 'AddItem'),
    expect: 'exact/exact',
  },
  {
    name: 'a gRPC call ignores an HTTPRoute that would match its path',
    routes: [
      {
        name: 'http',
        rules: [{ matches: '[{path: {type: PathPrefix, value: /shop.Cart}}]', backend: 'http' }],
      },
      g({ name: 'grpc', rules: [{ matches: '[{method: {service: shop.Cart}}]', backend: 'grpc' }] }),
    ],
    request: grpc('shop.Cart', 'AddItem'),
    expect: 'grpc/grpc',
  },
  {
    name: 'an HTTP request ignores GRPCRoutes',
    routes: [g({ name: 'grpc', rules: [{ backend: 'grpc' }] })],
    request: req('/shop.Cart/AddItem', { method: 'POST' }),
    expect: '404',
  },
]);

describe('Gateway API simulator outcomes', () => {
  it('gives the backend shares (relative weights) and HTTP 500 when all weigh 0', () => {
    const { files } = serviceWith({
      '/r.yaml': `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: reviews}
spec:
  rules:
  - backendRefs: [{name: v1, port: 80, weight: 3}, {name: v2, port: 80}]
    matches: [{path: {type: PathPrefix, value: /a}}]
  - backendRefs: [{name: v1, port: 80, weight: 0}, {name: v2, port: 80, weight: 0}]
`,
    });
    const routes = files
      .get('/r.yaml')!
      .resources.filter(isGatewayRoute)
      .map((route) => ({ route }));
    const a = simulateGatewayApi(routes, { host: 'any.host', path: '/a/b' });
    assert.ok(a.matched);
    assert.deepEqual(a.backends, [
      { name: 'v1', port: 80, percent: 75 },
      { name: 'v2', port: 80, percent: 25 },
    ]);
    assert.equal(a.status, undefined);
    const b = simulateGatewayApi(routes, { host: 'any.host', path: '/b' });
    assert.ok(b.matched);
    assert.equal(b.status, 500);
    assert.match(b.trace.join('\n'), /reviews rule 1 \(path prefix \/a\): no, path is not under \/a\./);
  });

  it('matches path prefixes element by element', () => {
    assert.equal(pathPrefixMatches('/foo', '/foo'), true);
    assert.equal(pathPrefixMatches('/foo', '/foo/bar'), true);
    assert.equal(pathPrefixMatches('/foo/', '/foo/bar'), true);
    assert.equal(pathPrefixMatches('/foo', '/foobar'), false);
    assert.equal(pathPrefixMatches('/', '/anything'), true);
  });
});
