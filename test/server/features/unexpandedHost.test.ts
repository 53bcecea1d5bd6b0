// Issue 11: a dotted host is taken as written (`reviews.prod` names no Service), so every view
// says the share routed there gets 503 while keeping the share Envoy still gives it: check
// (unexpanded-host), split (the preview's payload and the CLI), the CodeLens, the hover on a
// weight and simulate, for route destinations and mirrors alike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { workspaceOf } from '../../support/multiFileFixture';

const FIXTURE = `#- /shop/vs.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: shop
spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
      weight: 90
    - destination:
        host: reviews.prod
      weight: 10
    mirror:
      host: reviews.prod.svc
#- /shop/services.yaml
apiVersion: v1
kind: Service
metadata:
  name: reviews
  namespace: shop
spec:
  selector: {app: reviews}
  ports: [{port: 9080, name: http}]
---
apiVersion: v1
kind: Service
metadata:
  name: reviews
  namespace: prod
spec:
  selector: {app: reviews}
  ports: [{port: 9080, name: http}]
`;

void describe('a Service name cut short, in every view', () => {
  const { service, files } = workspaceOf(FIXTURE);
  const file = files.get('/shop/vs.yaml')!;

  void test('check: an error with the FQDN as the fix, on the destination and the mirror', () => {
    const errors = service
      .diagnose(file)
      .filter((d) => d.severity === DiagnosticSeverity.Error && d.code === 'unexpanded-host');
    assert.deepEqual(
      errors.map((d) => (d.data as { replacement?: string }).replacement),
      ['reviews.prod.svc.cluster.local', 'reviews.prod.svc.cluster.local'],
    );
  });

  void test('split keeps the shares and marks the share that gets 503', () => {
    const [resource] = service.trafficSplit(file);
    const destinations = resource!.routes[0]!.destinations;
    assert.deepEqual(
      destinations.map((d) => d.percent),
      [90, 10],
    );
    assert.equal(destinations[0]!.unavailable, undefined);
    assert.match(destinations[1]!.unavailable ?? '', /^`reviews\.prod` names no Service/);
  });

  void test('the CodeLens and the hover on a weight say 503', () => {
    const lens = service.codeLenses(file).find((l) => l.command?.title.includes('%'));
    assert.equal(lens?.command?.title, 'reviews 90% · reviews.prod 10% (503: no such Service)');
    const weight = service.trafficSplit(file)[0]!.routes[0]!.destinations[1]!.weightRange!;
    const hover = service.hover(file, weight.start);
    const text =
      hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(text, /\| reviews\.prod \| 10 \| 10%\s?\(503\) ◀ \|/);
    assert.match(text, /\*\*503:\*\* `reviews\.prod` names no Service/);
    const host = file.document.positionAt(file.document.getText().indexOf('reviews.prod') + 2);
    const onHost = service.hover(file, host);
    const hostText =
      onHost && typeof onHost.contents === 'object' && 'value' in onHost.contents
        ? onHost.contents.value
        : '';
    assert.match(hostText, /^\*\*reviews\.prod\*\*\n\n\*\*503:\*\* `reviews\.prod` names no Service/);
  });

  void test('simulate: the same shares, the 503 share and the mirror that goes nowhere', () => {
    const { result } = service.simulate({ request: { host: 'reviews', sourceNamespace: 'shop' } });
    assert.equal(result.outcome, 'route');
    assert.deepEqual(
      result.destinations.map((d) => [d.host, d.percent, d.unavailable !== undefined]),
      [
        ['reviews', 90, false],
        ['reviews.prod', 10, true],
      ],
    );
    assert.match(result.summary, /Requests to reviews\.prod fail with 503: `reviews\.prod` names no Service/);
    assert.equal(result.mirrors?.length, 1);
    assert.match(result.mirrors[0]!.unavailable ?? '', /`reviews\.prod\.svc` names no Service/);
  });

  void test('simulate: a mesh VirtualService host cut short gets only a port-80 route', () => {
    const vs = FIXTURE.replace('  - reviews\n  http:', '  - reviews.prod\n  http:');
    const other = workspaceOf(vs);
    const { result } = other.service.simulate({ request: { host: 'reviews.prod', sourceNamespace: 'shop' } });
    assert.ok(
      result.notes.some(
        (n) => n.startsWith('`reviews.prod` names no Service') && n.includes('only on port 80'),
      ),
      result.notes.join('\n'),
    );
  });

  void test('without the Service meant, a dotted name is an external host like any other', () => {
    const other = workspaceOf(FIXTURE.replace(/namespace: prod/, 'namespace: staging'));
    const f = other.files.get('/shop/vs.yaml')!;
    assert.equal(other.service.trafficSplit(f)[0]!.routes[0]!.destinations[1]!.unavailable, undefined);
    assert.ok(!other.service.diagnose(f).some((d) => d.code === 'unexpanded-host'));
  });
});
