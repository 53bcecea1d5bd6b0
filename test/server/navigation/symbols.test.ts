// Document symbols (outline) and workspace symbols, rendered as indented text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { sliceRange, workspace } from './workspaceFixture';

function outline(symbols: readonly DocumentSymbol[], text: string, depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''} [${sliceRange(text, s.selectionRange).split('\n')[0]}]`,
    ...outline(s.children ?? [], text, depth + 1),
  ]);
}

const FILE = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: shop
spec:
  hosts: [reviews]
  http:
  - name: jason
    match:
    - headers:
        end-user: {exact: jason}
    route:
    - destination: {host: reviews, subset: v2}
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 90
    - destination:
        host: reviews
        subset: v3
      weight: 10
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  subsets:
  - name: v1
    labels: {version: v1}
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: public
spec:
  selector: {istio: ingressgateway}
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
---
apiVersion: v1
kind: ConfigMap
data: {}
`;

void describe('document symbols', () => {
  void it('outline: resource › route › destination, DestinationRule › subset, Gateway › server', () => {
    const ws = workspace(FILE);
    const file = ws.files.get('/test.yaml')!;
    assert.deepEqual(outline(ws.service.documentSymbols(file), FILE), [
      'reviews — VirtualService · shop [reviews]',
      '  jason — header end-user = jason [name: jason]',
      '    reviews › v2 — 100% [v2]',
      '  http[1] — everything else [route:]',
      '    reviews › v1 — 90% [v1]',
      '    reviews › v3 — 10% [v3]',
      'reviews — DestinationRule [reviews]',
      '  v1 — version=v1 [v1]',
      'public — Gateway [public]',
      '  http — HTTP 80 * [port: {number: 80, name: http, protocol: HTTP}]',
      '(unnamed) — ConfigMap [ConfigMap]',
    ]);
  });

  void it('survives broken YAML', () => {
    const ws = workspace('apiVersion: networking.istio.io/v1\nkind: VirtualService\nspec:\n  http: [\n');
    assert.doesNotThrow(() => ws.service.documentSymbols(ws.files.get('/test.yaml')!));
  });
});

void describe('workspace symbols', () => {
  void it('finds resources and subsets across files by a fuzzy, case-insensitive query', () => {
    const ws = workspace(
      `#- /a.yaml\n${FILE}#- /b.yaml\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: ratings\nspec:\n  host: ratings\n  subsets:\n  - name: canary\n    labels: {version: v2}\n`,
    );
    const render = (query: string) =>
      ws.service
        .workspaceSymbols(query)
        .map((s) => `${s.name} (${s.containerName}) ${s.location.uri}:${s.location.range.start.line + 1}`);
    assert.deepEqual(render('RVW'), [
      'reviews (VirtualService · shop) file:///a.yaml:4',
      'reviews (DestinationRule · default) file:///a.yaml:28',
    ]);
    assert.deepEqual(render('canary'), ['canary (DestinationRule ratings · ratings) file:///b.yaml:8']);
    assert.equal(render('').length, 6);
  });
});
