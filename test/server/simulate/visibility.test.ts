// Who gets which VirtualService and DestinationRule (exportTo, the root namespace, the lookup
// order caller → service → root), seen through the simulator, the split, the hover and check:
// the same verdict everywhere, over the subset-not-visible workspace fixture.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { SimulatedRequest } from '../../../protocol/src/protocol';
import { renderSimulationText } from '../../../server/src/features/simulate';
import { workspaceOf } from '../../support/multiFileFixture';

const fixture = readFileSync(
  resolve(__dirname, '../../../../test/server/diagnostics/workspace/fixtures/subset-not-visible.yaml'),
  'utf8',
);

function simulate(request: SimulatedRequest, settings?: string) {
  const { service } = workspaceOf(settings ? `# settings: ${settings}\n${fixture}` : fixture);
  return service.simulate({ request }).result;
}

void describe('DestinationRule visibility in the simulator', () => {
  void test('root-namespace subsets reach a caller that has no DestinationRule of its own', () => {
    const result = simulate({ host: 'reviews', sourceNamespace: 'prod' });
    assert.equal(result.outcome, 'route');
    assert.deepEqual(
      result.destinations.map((d) => [d.subset, d.percent, d.unavailable]),
      [
        ['v1', 90, undefined],
        ['v2', 10, undefined],
      ],
    );
  });

  void test('a subset-less DestinationRule in the service namespace hides the root one: 503', () => {
    const result = simulate({ host: 'ratings', sourceNamespace: 'prod' });
    assert.match(result.destinations[0]!.unavailable ?? '', /istio-system\/ratings.*prod\/ratings-policy/);
    assert.match(result.summary, /fail with 503/);
  });

  void test('exportTo decides per subset: v1 is kept to shop, v2 is exported to prod', () => {
    const result = simulate({ host: 'cart.shop.svc.cluster.local', sourceNamespace: 'prod' });
    assert.match(result.destinations[0]!.unavailable ?? '', /shop\/cart\b.*exportTo \[\.\]/);
    assert.equal(result.destinations[1]!.unavailable, undefined);
  });

  void test('through a gateway the caller is the Gateway’s namespace', () => {
    const viaGateway = simulate({
      host: 'payments.example.com',
      gateway: 'istio-system/public-gateway',
      sourceNamespace: 'prod',
    });
    assert.equal(viaGateway.outcome, 'route');
    assert.match(viaGateway.destinations[0]!.unavailable ?? '', /namespace istio-system/);
    const fromProd = simulate({ host: 'payments.example.com', sourceNamespace: 'prod' });
    assert.equal(fromProd.outcome, 'route');
    assert.equal(fromProd.destinations[0]!.unavailable, undefined);
  });

  void test('a gateway’s proxy reads its configuration where its pods run', () => {
    const result = simulate({ host: 'store.example.com', gateway: 'shop/shop-gateway' });
    assert.equal(result.outcome, 'route');
    assert.match(result.destinations[0]!.unavailable ?? '', /callers in namespace istio-system/);
  });

  void test('a different root namespace changes the answer', () => {
    const result = simulate({ host: 'reviews', sourceNamespace: 'prod' }, '{"rootNamespace": "mesh-config"}');
    assert.match(result.destinations[0]!.unavailable ?? '', /istio-system\/reviews/);
  });
});

void describe('VirtualService exportTo in the simulator', () => {
  const searchFixture = `#- /search.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: search, namespace: prod}
spec:
  hosts: [search.prod.svc.cluster.local]
  exportTo: [team-b]
  http: [{route: [{destination: {host: search.prod.svc.cluster.local, subset: v1}}]}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: search-local, namespace: prod}
spec:
  hosts: [search.prod.svc.cluster.local]
  exportTo: ["."]
  http: [{route: [{destination: {host: search.prod.svc.cluster.local, subset: v2}}]}]
`;
  const run = (sourceNamespace: string) =>
    workspaceOf(searchFixture).service.simulate({
      request: { host: 'search.prod.svc.cluster.local', sourceNamespace },
    }).result;

  void test('each caller gets the VirtualService exported to it', () => {
    assert.deepEqual(
      run('team-b').destinations.map((d) => d.subset),
      ['v1'],
    );
    assert.deepEqual(
      run('prod').destinations.map((d) => d.subset),
      ['v2'],
    );
  });

  void test('a caller it is not exported to gets none, and the trace says why', () => {
    const result = run('team-c');
    assert.equal(result.outcome, 'no-virtual-service');
    assert.match(
      result.virtualServices.find((v) => v.name === 'search')!.reason,
      /exportTo \[team-b\] hides it from callers in namespace team-c/,
    );
  });
});

void describe('check, split and hover agree with the simulator', () => {
  const { service, files } = workspaceOf(fixture);
  const routes = files.get('/mesh/routes.yaml')!;
  const errors = service.diagnose(routes).filter((d) => d.severity === DiagnosticSeverity.Error);

  void test('check reports each unreachable subset, and only those', () => {
    assert.deepEqual(
      errors.map((d) => [d.code, routes.document.getText(d.range)]),
      [
        ['subset-not-visible', 'v2'],
        ['subset-not-visible', 'v2'],
        ['subset-not-visible', 'v1'],
        ['subset-not-visible', 'v1'],
        ['subset-not-visible', 'v1'],
        ['subset-not-visible', 'v1'],
      ],
    );
  });

  void test('the split lists the finding among the route’s problems', () => {
    const ratings = service.trafficSplit(routes).find((r) => r.name === 'ratings')!;
    assert.ok(ratings.routes[0]!.problems.some((p) => /fail with 503/.test(p)));
    const reviews = service.trafficSplit(routes).find((r) => r.name === 'reviews')!;
    assert.deepEqual(reviews.routes[0]!.problems, []);
  });

  void test('the hover on the subset says who gets a 503', () => {
    const text = routes.document.getText();
    const at = text.indexOf('subset: v2}', text.indexOf('name: ratings'));
    const hover = service.hover(routes, routes.document.positionAt(at + 'subset: '.length));
    const value =
      hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /503 for sidecars in namespace `prod`/);
  });
});

void describe('the rendered simulation marks the 503', () => {
  void test('text and Markdown', () => {
    const { service } = workspaceOf(fixture);
    const answer = service.simulate({
      request: { host: 'cart.shop.svc.cluster.local', sourceNamespace: 'prod' },
    });
    assert.match(answer.markdown, /subset v1 \(503: subset not visible\)/);
    assert.doesNotMatch(answer.markdown, /subset v2 \(503/);
    assert.match(renderSimulationText(answer.result), /subset v1 {2}\(weight 50\) {2}→ 503/);
  });
});

void describe('the hover shows the definition the caller gets', () => {
  void test('a visible definition wins over an earlier invisible one', () => {
    const { service, files } = workspaceOf(`#- /a/team.yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: reviews-team, namespace: team-a}
spec:
  host: reviews.prod.svc.cluster.local
  subsets: [{name: v1, labels: {version: team-build}}]
#- /b/root.yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: reviews-root, namespace: istio-system}
spec:
  host: reviews.prod.svc.cluster.local
  subsets: [{name: v1, labels: {version: v1}}]
#- /c/vs.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews, namespace: prod}
spec:
  hosts: [reviews]
  http: [{route: [{destination: {host: reviews, subset: v1}}]}]
`);
    const vs = files.get('/c/vs.yaml')!;
    const text = vs.document.getText();
    const hover = service.hover(vs, vs.document.positionAt(text.indexOf('subset: v1') + 'subset: '.length));
    const value =
      hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /DestinationRule `reviews-root`.*`version=v1`/);
    assert.doesNotMatch(value, /503/);
  });
});
