// Gateway API routes in the canary model: the split (relative weights, unweighted backends count
// 1), the CodeLens, the hover on a weight, and the CEL rules gateway-api-cel decides, which must
// still be in the vendored CRDs.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { GATEWAY_API_CEL_RULES } from '../../../server/src/features/diagnostics/rules/gatewayApiCel';
import { hoverAt, serviceWith } from '../../support/service';
import { CRDS_DIR } from '../schema/crdFiles';

const ROUTE = (weights: [string, string]) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: reviews
  namespace: shop
spec:
  parentRefs:
  - name: shop-gateway
    sectionName: http
  hostnames: [reviews.example.com]
  rules:
  - matches:
    - path: {type: Exact, value: /api}
      method: GET
      headers:
      - {name: end-user, value: jason}
    backendRefs:
    - {name: reviews-v2, port: 9080}
  - backendRefs:
    - name: reviews-v1
      port: 9080
${weights[0]}
    - name: reviews-v2
      port: 9080
${weights[1]}
`;

function split(text: string) {
  const { service, files } = serviceWith({ '/route.yaml': text });
  return service.trafficSplit(files.get('/route.yaml')!);
}

describe('Gateway API split', () => {
  const cases: { name: string; weights: [string, string]; percents: number[]; total: number }[] = [
    { name: '90/10', weights: ['      weight: 90', '      weight: 10'], percents: [90, 10], total: 100 },
    { name: 'relative 1/3', weights: ['      weight: 1', '      weight: 3'], percents: [25, 75], total: 4 },
    { name: 'unweighted counts 1', weights: ['      weight: 3', ''], percents: [75, 25], total: 3 },
    { name: 'no weights: even', weights: ['', ''], percents: [50, 50], total: 0 },
    { name: 'all zero', weights: ['      weight: 0', '      weight: 0'], percents: [0, 0], total: 0 },
  ];
  for (const c of cases) {
    it(`computes effective shares: ${c.name}`, () => {
      const [resource] = split(ROUTE(c.weights));
      assert.ok(resource);
      const route = resource.routes[1]!;
      assert.deepEqual(
        route.destinations.map((d) => d.percent),
        c.percents,
      );
      assert.equal(route.total, c.total);
    });
  }

  it('reports kind, hostnames, parents, rule matches in words and weight ranges for write-back', () => {
    const text = ROUTE(['      weight: 90', '      weight: 10']);
    const [resource] = split(text);
    assert.ok(resource);
    assert.deepEqual(
      [resource.kind, resource.namespace, resource.name, resource.hosts, resource.gateways],
      ['HTTPRoute', 'shop', 'reviews', ['reviews.example.com'], ['shop-gateway:http']],
    );
    assert.deepEqual(resource.routes[0]!.matchText, [
      'path = /api and method = GET and header end-user = jason',
    ]);
    assert.deepEqual(resource.routes[1]!.matchText, ['everything else']);
    const lines = text.split('\n');
    const [v1, v2] = resource.routes[1]!.destinations;
    assert.equal(v1!.host, 'reviews-v1');
    assert.equal(v1!.port, 9080);
    assert.equal(lines[v1!.weightRange!.start.line], '      weight: 90');
    assert.equal(v1!.weightRange!.start.character, 14);
    assert.equal(lines[v2!.weightRange!.start.line], '      weight: 10');
  });

  it('describes GRPCRoute methods', () => {
    const [resource] = split(`apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: ratings}
spec:
  rules:
  - matches:
    - method: {service: shop.Ratings, method: Get}
    backendRefs:
    - {name: ratings-v1, port: 9090, weight: 4}
    - {name: ratings-v2, port: 9090, weight: 1}
`);
    assert.ok(resource);
    assert.equal(resource.kind, 'GRPCRoute');
    assert.deepEqual(resource.routes[0]!.matchText, ['gRPC shop.Ratings/Get']);
    assert.deepEqual(
      resource.routes[0]!.destinations.map((d) => d.percent),
      [80, 20],
    );
  });

  it('gives a CodeLens with the split, Promote and Roll back on a two-backend rule', () => {
    const { service, files } = serviceWith({ '/route.yaml': ROUTE(['      weight: 1', '      weight: 3']) });
    const titles = service.codeLenses(files.get('/route.yaml')!).map((l) => l.command?.title);
    assert.deepEqual(titles, ['reviews-v1 25% · reviews-v2 75%', 'Promote', 'Roll back']);
    const zero = serviceWith({ '/z.yaml': ROUTE(['      weight: 0', '      weight: 0']) });
    assert.equal(
      zero.service.codeLenses(zero.files.get('/z.yaml')!)[0]?.command?.title,
      'reviews-v1 0% · reviews-v2 0% (all weights 0: HTTP 500)',
    );
  });

  it('explains relative weights on hover instead of asking for a total of 100', () => {
    const text = hoverAt(ROUTE(['      weight: $01', '      weight: 3']));
    assert.ok(text);
    assert.match(text, /\| reviews-v1 \| 1 \| 25% ◀ \|/);
    assert.match(text, /weights are relative/);
    assert.doesNotMatch(text, /not 100/);
  });
});

describe('gateway-api-cel', () => {
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  const celTexts = (file: string): string[] => {
    const out: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'x-kubernetes-validations' && Array.isArray(value))
            for (const v of value as { rule?: unknown; message?: unknown }[])
              out.push(collapse(`${String(v.rule)} ${String(v.message)}`));
          else walk(value);
        }
      }
    };
    walk(parse(readFileSync(join(CRDS_DIR, file), 'utf8')));
    return out;
  };
  for (const [name, ref] of Object.entries(GATEWAY_API_CEL_RULES)) {
    it(`${name} is still a validation rule of ${ref.crd}`, () => {
      const fragment = collapse(ref.fragment);
      assert.ok(
        celTexts(ref.crd).some((t) => t.includes(fragment)),
        `${fragment} not found in ${ref.crd}`,
      );
    });
  }
});
