// Which VirtualService handles a request: hosts (exact, short name vs FQDN, wildcards, "*"),
// gateways, and the most specific host winning; then routes in order, first match wins.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type SimulatedRequest } from '../../../protocol/src/protocol';
import { simulateRequest } from '../../../server/src/features/simulate';
import { readVirtualServiceRecords } from '../../support/simulateWorkspace';

/** Several VirtualServices, each sending everything to a destination named after itself. */
const workspace = readVirtualServiceRecords(
  'memory://workspace.yaml',
  `
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews, namespace: default}
spec:
  hosts: [reviews]
  http: [{route: [{destination: {host: to-reviews}}]}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews-prod, namespace: prod}
spec:
  hosts: [reviews]
  http: [{route: [{destination: {host: to-reviews-prod}}]}]
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: {name: wildcard, namespace: web}
spec:
  hosts: ["*.example.com"]
  gateways: [istio-system/public]
  http: [{route: [{destination: {host: to-wildcard}}]}]
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: {name: api-wildcard, namespace: web}
spec:
  hosts: ["*.api.example.com"]
  gateways: [istio-system/public]
  http: [{route: [{destination: {host: to-api-wildcard}}]}]
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: {name: exact-api, namespace: web}
spec:
  hosts: [v1.api.example.com]
  gateways: [istio-system/public, mesh]
  http: [{route: [{destination: {host: to-exact-api}}]}]
---
apiVersion: networking.istio.io/v1alpha3
kind: VirtualService
metadata: {name: catch-all, namespace: istio-system}
spec:
  hosts: ["*"]
  gateways: [public]
  http: [{route: [{destination: {host: to-catch-all}}]}]
---
apiVersion: v1
kind: Service
metadata: {name: not-a-virtual-service}
spec: {ports: [{port: 80}]}
`,
);

const selectionRows: [description: string, request: SimulatedRequest, destination: string | undefined][] = [
  ['short name in the same namespace', { host: 'reviews' }, 'to-reviews'],
  ['short name with a port in the Host header', { host: 'reviews:9080' }, 'to-reviews'],
  ['upper case host', { host: 'Reviews' }, 'to-reviews'],
  ['namespace-qualified name', { host: 'reviews.default' }, 'to-reviews'],
  ['FQDN', { host: 'reviews.default.svc.cluster.local' }, 'to-reviews'],
  ['FQDN of the other namespace', { host: 'reviews.prod.svc.cluster.local' }, 'to-reviews-prod'],
  ['short name from the prod namespace', { host: 'reviews', sourceNamespace: 'prod' }, 'to-reviews-prod'],
  ['short name from a namespace without one', { host: 'reviews', sourceNamespace: 'other' }, undefined],
  ['wildcard at its gateway', { host: 'shop.example.com', gateway: 'istio-system/public' }, 'to-wildcard'],
  ['wildcard matches deeper names', { host: 'a.b.example.com', gateway: 'public' }, 'to-wildcard'],
  ['longer wildcard wins', { host: 'v2.api.example.com', gateway: 'public' }, 'to-api-wildcard'],
  ['exact host beats wildcards', { host: 'v1.api.example.com', gateway: 'public' }, 'to-exact-api'],
  ['exact host in the mesh too', { host: 'v1.api.example.com' }, 'to-exact-api'],
  [
    '"*" catches the rest at the gateway',
    { host: 'other.org', gateway: 'istio-system/public' },
    'to-catch-all',
  ],
  ['wildcard VirtualService is not bound to the mesh', { host: 'shop.example.com' }, undefined],
  ['unknown gateway', { host: 'shop.example.com', gateway: 'istio-system/private' }, undefined],
  ['gateway in another namespace', { host: 'shop.example.com', gateway: 'web/public' }, undefined],
];

void describe('VirtualService selection', () => {
  for (const [description, request, destination] of selectionRows) {
    void test(description, () => {
      const result = simulateRequest(workspace, request);
      assert.equal(result.destinations[0]?.host, destination, result.summary);
      assert.equal(result.outcome, destination === undefined ? 'no-virtual-service' : 'route');
      assert.equal(result.virtualServices.length, 6, 'only VirtualServices are read');
    });
  }

  void test('a host that matches but comes through the wrong gateway says so', () => {
    const result = simulateRequest(workspace, { host: 'shop.example.com' });
    const wildcard = result.virtualServices.find((vs) => vs.name === 'wildcard');
    assert.match(
      wildcard?.reason ?? '',
      /bound to istio-system\/public and the request comes through the mesh/,
    );
    assert.match(result.summary, /No VirtualService handles host shop\.example\.com in the mesh/);
  });

  void test('a less specific VirtualService that also matches is listed with the reason', () => {
    const result = simulateRequest(workspace, { host: 'v1.api.example.com', gateway: 'public' });
    assert.deepEqual(
      result.virtualServices.filter((vs) => vs.selected).map((vs) => vs.name),
      ['exact-api'],
    );
    const wildcard = result.virtualServices.find((vs) => vs.name === 'api-wildcard');
    assert.match(wildcard?.reason ?? '', /more specific host wins/);
  });

  void test('"*" is rejected for the mesh', () => {
    const records = readVirtualServiceRecords(
      'm.yaml',
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: all}\nspec: {hosts: ["*"], http: [{route: [{destination: {host: x}}]}]}',
    );
    const result = simulateRequest(records, { host: 'anything' });
    assert.equal(result.outcome, 'no-virtual-service');
    assert.match(result.virtualServices[0]?.reason ?? '', /not allowed for the mesh/);
  });

  void test('a short host at a gateway explains that the full name is compared', () => {
    const records = readVirtualServiceRecords(
      'm.yaml',
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: r}\nspec: {hosts: [reviews], gateways: [gw], http: [{route: [{destination: {host: reviews}}]}]}',
    );
    assert.equal(simulateRequest(records, { host: 'reviews', gateway: 'gw' }).outcome, 'no-virtual-service');
    assert.match(
      simulateRequest(records, { host: 'reviews', gateway: 'gw' }).virtualServices[0]?.reason ?? '',
      /stands for reviews\.default\.svc\.cluster\.local/,
    );
    assert.equal(
      simulateRequest(records, { host: 'reviews.default.svc.cluster.local', gateway: 'gw' }).outcome,
      'route',
    );
  });

  void test('a delegate VirtualService without hosts is never selected directly', () => {
    const records = readVirtualServiceRecords(
      'm.yaml',
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: d}\nspec: {http: [{route: [{destination: {host: x}}]}]}',
    );
    const result = simulateRequest(records, { host: 'x' });
    assert.equal(result.outcome, 'no-virtual-service');
    assert.match(result.virtualServices[0]?.reason ?? '', /delegate/);
  });
});

function vs(name: string, spec: string, extra = ''): string {
  return `apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: ${name}${extra}}\nspec:\n${spec}\n---\n`;
}

void describe('routes', () => {
  const records = readVirtualServiceRecords(
    'routes.yaml',
    vs(
      'svc',
      `  hosts: [svc]
  http:
  - name: by-port
    match: [{port: 8080}]
    route: [{destination: {host: svc, subset: port}}]
  - name: either
    match:
    - headers: {x-a: {exact: "1"}}
    - queryParams: {b: {exact: "1"}}
    route: [{destination: {host: svc, subset: either}}]
  - name: empty-entry
    match: [{name: everything}]
    route: [{destination: {host: svc, subset: empty}}]
  - route: [{destination: {host: svc, subset: never}}]`,
    ),
  );

  void test('match entries are ORed and the first matching route wins', () => {
    for (const request of [
      { headers: { 'x-a': '1' } },
      { uri: '/?b=1' },
      { headers: { 'x-a': '1' }, uri: '/?b=1' },
    ]) {
      const result = simulateRequest(records, { host: 'svc', port: 80, ...request });
      assert.equal(result.winner?.name, 'either', JSON.stringify(request));
      assert.equal(result.destinations[0]?.subset, 'either');
      assert.deepEqual(
        result.routes.map((route) => route.result),
        ['no-match', 'match'],
      );
    }
  });

  void test('an empty match entry matches everything; later routes are not tried', () => {
    const result = simulateRequest(records, { host: 'svc', port: 80 });
    assert.equal(result.winner?.index, 2);
    assert.equal(result.routes.length, 3);
    assert.equal(result.routes[2]?.entries[0]?.name, 'everything');
  });

  void test('an undecided route is reported and skipped', () => {
    const result = simulateRequest(records, { host: 'svc' });
    assert.equal(result.routes[0]?.result, 'unknown');
    assert.equal(result.winner?.index, 2);
    assert.ok(
      result.notes.some((note) => note.includes('default/svc http[0] (by-port) could not be decided')),
      result.notes.join('\n'),
    );
  });

  void test('no matching route means 404', () => {
    const only = readVirtualServiceRecords(
      'm.yaml',
      vs(
        'svc',
        '  hosts: [svc]\n  http: [{match: [{uri: {prefix: /a}}], route: [{destination: {host: svc}}]}]',
      ),
    );
    const result = simulateRequest(only, { host: 'svc', uri: '/b' });
    assert.equal(result.outcome, 'no-route');
    assert.equal(result.matched, false);
    assert.match(result.summary, /404/);
  });

  void test('several versions of one VirtualService: the first is used and the others are noted', () => {
    const versions = [
      ...readVirtualServiceRecords(
        'one.yaml',
        vs('svc', '  hosts: [svc]\n  http: [{route: [{destination: {host: svc, subset: v1}}]}]'),
      ),
      ...readVirtualServiceRecords(
        'two.yaml',
        vs('svc', '  hosts: [svc]\n  http: [{route: [{destination: {host: svc, subset: v2}}]}]'),
      ),
    ];
    const result = simulateRequest(versions, { host: 'svc' });
    assert.equal(result.destinations[0]?.subset, 'v1');
    assert.ok(
      result.notes.some((note) => note.includes('default/svc is defined 2 times (one.yaml, two.yaml)')),
    );
  });

  void test('distinct VirtualServices for one host are merged at a gateway, in order', () => {
    const merged = readVirtualServiceRecords(
      'm.yaml',
      vs(
        'a',
        '  hosts: [shop.com]\n  gateways: [gw]\n  http: [{match: [{uri: {prefix: /a}}], route: [{destination: {host: a}}]}]',
      ) +
        vs(
          'b',
          '  hosts: [shop.com]\n  gateways: [gw]\n  http: [{match: [{uri: {prefix: /b}}], route: [{destination: {host: b}}]}]',
        ),
    );
    const result = simulateRequest(merged, { host: 'shop.com', gateway: 'gw', uri: '/b/1' });
    assert.equal(result.destinations[0]?.host, 'b');
    assert.deepEqual(
      result.routes.map((route) => route.virtualService),
      ['default/a', 'default/b'],
    );
    const inMesh = readVirtualServiceRecords(
      'm.yaml',
      vs('a', '  hosts: [svc]\n  http: [{route: [{destination: {host: a}}]}]') +
        vs('b', '  hosts: [svc]\n  http: [{route: [{destination: {host: b}}]}]'),
    );
    const meshResult = simulateRequest(inMesh, { host: 'svc' });
    assert.equal(meshResult.destinations[0]?.host, 'a');
    assert.match(
      meshResult.virtualServices.find((v) => v.name === 'b')?.reason ?? '',
      /conflicts with default\/a/,
    );
  });
});

void describe('what a matching route does', () => {
  function winnerOf(route: string, request: Partial<SimulatedRequest> = {}) {
    const records = readVirtualServiceRecords(
      'a.yaml',
      vs('svc', `  hosts: [svc]\n  http:\n  - ${route.replace(/\n/g, '\n    ')}`),
    );
    return simulateRequest(records, { host: 'svc', ...request });
  }

  const splits: [description: string, route: string, percents: number[], note?: RegExp][] = [
    ['lone destination gets 100 %', 'route: [{destination: {host: a}, weight: 30}]', [100]],
    [
      '90/10',
      'route: [{destination: {host: a, subset: v1}, weight: 90}, {destination: {host: a, subset: v2}, weight: 10}]',
      [90, 10],
    ],
    [
      '30/70/0 keeps a 0-weight subset at 0',
      'route: [{destination: {host: a}, weight: 30}, {destination: {host: b}, weight: 70}, {destination: {host: c}, weight: 0}]',
      [30, 70, 0],
    ],
    [
      'weights not summing to 100 are relative',
      'route: [{destination: {host: a}, weight: 1}, {destination: {host: b}, weight: 2}]',
      [33.33, 66.67],
      /add up to 3, not 100/,
    ],
  ];
  // Istio's webhook refuses two or more destinations totalling 0, and negative weights: the
  // simulator says the VirtualService is rejected (with the reason) instead of showing a split.
  const refused: [description: string, route: string, reason: RegExp][] = [
    [
      'no weights on two destinations',
      'route: [{destination: {host: a}}, {destination: {host: b}}]',
      /total destination weight is 0/,
    ],
    [
      'all weights 0',
      'route: [{destination: {host: a}, weight: 0}, {destination: {host: b}, weight: 0}]',
      /add up to 0/,
    ],
    [
      'a negative weight',
      'route: [{destination: {host: a}, weight: 110}, {destination: {host: b}, weight: -10}]',
      /negative/,
    ],
  ];
  for (const [description, route, reason] of refused) {
    void test(`split: ${description} is rejected`, () => {
      const result = winnerOf(route);
      assert.equal(result.outcome, 'rejected');
      assert.equal(result.matched, false);
      assert.match(result.rejected ?? '', reason);
      assert.match(result.summary, /Istio rejects VirtualService default\/svc/);
      assert.deepEqual(result.destinations, []);
    });
  }
  for (const [description, route, percents, note] of splits) {
    void test(`split: ${description}`, () => {
      const result = winnerOf(route);
      assert.deepEqual(
        result.destinations.map((destination) => destination.percent),
        percents,
      );
      if (note) {
        assert.ok(
          result.notes.some((text) => note.test(text)),
          result.notes.join('\n'),
        );
      } else assert.deepEqual(result.notes, []);
    });
  }

  void test('redirect', () => {
    const result = winnerOf('redirect: {uri: /v2/reviews, authority: new.example.com, redirectCode: 302}');
    assert.equal(result.outcome, 'redirect');
    assert.deepEqual(result.redirect, { code: 302, uri: '/v2/reviews', authority: 'new.example.com' });
    assert.match(result.summary, /redirects \(HTTP 302\) to new\.example\.com\/v2\/reviews/);
    assert.equal(result.matched, true);
  });

  void test('direct response', () => {
    const result = winnerOf('directResponse: {status: 503, body: {string: down for maintenance}}');
    assert.equal(result.outcome, 'direct-response');
    assert.deepEqual(result.directResponse, { status: 503, body: 'down for maintenance' });
  });

  void test('delegate stops the simulation', () => {
    const result = winnerOf('delegate: {name: reviews-routes, namespace: team}');
    assert.equal(result.outcome, 'delegate');
    assert.deepEqual(result.delegate, { name: 'reviews-routes', namespace: 'team' });
    assert.deepEqual(result.destinations, []);
  });

  void test('fault, mirror and rewrite are noted', () => {
    const result = winnerOf(
      'route: [{destination: {host: a}}]\nfault: {delay: {fixedDelay: 5s, percentage: {value: 10}}, abort: {httpStatus: 500}}\nmirror: {host: a, subset: v2}\nmirrorPercentage: {value: 25}\nrewrite: {uri: /new}',
    );
    assert.deepEqual(result.fault, [
      'delay of 5s for 10 % of requests',
      'abort with HTTP 500 for 100 % of requests',
    ]);
    assert.deepEqual(result.mirrors, [{ host: 'a', subset: 'v2', percent: 25 }]);
    assert.deepEqual(result.rewrite, { uri: '/new' });
    assert.match(result.summary, /Fault injection/);
  });

  void test('a VirtualService with only TCP routes is not simulated', () => {
    const records = readVirtualServiceRecords(
      't.yaml',
      vs('db', '  hosts: [db]\n  tcp: [{route: [{destination: {host: db}}]}]'),
    );
    const result = simulateRequest(records, { host: 'db' });
    assert.equal(result.outcome, 'no-route');
    assert.ok(result.notes.some((note) => note.includes('TCP/TLS routes are not simulated')));
  });
});

void describe('bad input never throws', () => {
  const inputs = [
    '',
    'a: [',
    'kind: VirtualService\napiVersion: networking.istio.io/v1\nspec: 3',
    'kind: VirtualService\napiVersion: networking.istio.io/v1\nmetadata: {name: x}\nspec: {hosts: reviews, http: {a: 1}}',
    'kind: VirtualService\napiVersion: networking.istio.io/v1\nmetadata: {name: x}\nspec: {hosts: [x], http: [null, 3, {match: 7}, {match: [null, {headers: [1]}], route: 5}]}',
    'x: &a [*a]',
  ];
  for (const text of inputs) {
    void test(JSON.stringify(text), () => {
      const result = simulateRequest(readVirtualServiceRecords('bad.yaml', text), {
        host: 'x',
        headers: {},
        uri: '%%',
      });
      assert.ok(typeof result.summary === 'string' && result.summary.length > 0);
    });
  }
});
