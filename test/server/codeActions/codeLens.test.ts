// CodeLenses: Apply Canary over each VirtualService, the split title opening the preview over
// weighted routes, and Promote / Roll back on two-destination canaries.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from '../navigation/workspaceFixture';

function lenses(text: string): string[] {
  const ws = workspace(text);
  return ws.service
    .codeLenses(ws.files.get('/test.yaml')!)
    .map(
      (l) =>
        `${l.range.start.line + 1}: ${l.command?.title} → ${l.command?.command} ${JSON.stringify(l.command?.arguments)}`,
    );
}

const APPLY =
  '2: $(cloud-upload) Apply Canary → istioCanary.applyCanary ["file:///test.yaml",{"line":1,"character":0}]';

const VS = (weights: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: canary
spec:
  hosts: ["*"]
  http:
  - match:
    - uri: {prefix: /api}
    route:
    - destination: {host: api}
  - route:
    - destination:
        host: canary.default.svc.cluster.local
        subset: v1
${weights}`;

void describe('CodeLens', () => {
  void it('shows v1 90% · v2 10% with the preview command, plus Promote and Roll back', () => {
    const text = VS(
      '      weight: 90\n    - destination:\n        host: canary.default.svc.cluster.local\n        subset: v2\n      weight: 10\n',
    );
    const args = JSON.stringify([
      { uri: 'file:///test.yaml', protocol: 'http', routeIndex: 1, resourceName: 'canary' },
    ]);
    assert.deepEqual(lenses(text), [
      APPLY,
      '12: v1 90% · v2 10% → istioCanary.previewTrafficSplit [{"uri":"file:///test.yaml"}]',
      `12: Promote → istioCanary.promoteCanary ${args}`,
      `12: Roll back → istioCanary.rollbackCanary ${args}`,
    ]);
  });

  void it('says when the weights do not total 100, and has no Promote on a three-way split', () => {
    const third =
      '    - destination:\n        host: canary.default.svc.cluster.local\n        subset: v3\n      weight: 20\n';
    const text = VS(
      '      weight: 90\n    - destination:\n        host: canary.default.svc.cluster.local\n        subset: v2\n      weight: 10\n' +
        third,
    );
    assert.deepEqual(lenses(text), [
      APPLY,
      '12: v1 75% · v2 8.33% · v3 16.67% (weights add up to 120) → istioCanary.previewTrafficSplit [{"uri":"file:///test.yaml"}]',
    ]);
  });

  void it('has only Apply Canary for unweighted routes, and nothing for files without a VirtualService', () => {
    assert.deepEqual(lenses(VS('')), [APPLY]);
    assert.deepEqual(lenses('apiVersion: v1\nkind: Service\nmetadata: {name: x}\n'), []);
    assert.deepEqual(lenses('kind: VirtualService\nspec: [\n'), []);
  });

  void it('puts Apply Canary on every VirtualService of a file, at its kind line', () => {
    const text = [
      'apiVersion: networking.istio.io/v1',
      'kind: VirtualService',
      'metadata: {name: a}',
      'spec: {hosts: [a]}',
      '---',
      '# second',
      'apiVersion: networking.istio.io/v1beta1',
      'kind: VirtualService',
      'metadata: {name: b}',
      'spec: {hosts: [b]}',
      '---',
      'apiVersion: networking.istio.io/v1',
      'kind: DestinationRule',
      'metadata: {name: a}',
      'spec: {host: a}',
    ].join('\n');
    assert.deepEqual(
      lenses(text).map((l) => l.split(' →')[0]),
      ['2: $(cloud-upload) Apply Canary', '8: $(cloud-upload) Apply Canary'],
    );
  });
});
