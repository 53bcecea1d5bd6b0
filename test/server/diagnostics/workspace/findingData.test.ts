// What quick fixes and navigation read from cross-file diagnostics: `data.replacement` with the
// suggested text, and related locations in the other files.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnoseAll, workspaceOf } from '../../../support/multiFileFixture';

const WORKSPACE = `
#- /app/vs.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts:
  - reviews
  gateways:
  - reviews-gatway
  http:
  - route:
    - destination:
        host: reveiws
        subset: v1
      weight: 50
    - destination:
        host: reviews
        subset: canery
      weight: 50
#- /app/resources.yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  subsets:
  - name: v1
    labels:
      version: v1
  - name: canary
    labels:
      version: v2
---
apiVersion: v1
kind: Service
metadata:
  name: reviews
spec:
  selector:
    app: reviews
  ports:
  - port: 9080
    name: http
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: reviews-gateway
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "*"
`;

describe('cross-file finding data', () => {
  const diagnostics = diagnoseAll(workspaceOf(WORKSPACE)).get('/app/vs.yaml')!;
  const byCode = (code: string) => diagnostics.filter((d) => d.code === code);

  it('typos carry the replacement for a quick fix', () => {
    assert.deepEqual(
      diagnostics.map((d) => [d.code, (d.data as { replacement?: string } | undefined)?.replacement]).sort(),
      [
        ['gateway-not-found', 'reviews-gateway'],
        ['host-not-found', 'reviews'],
        // The mistyped host has no DestinationRule either: its subset is judged after the fix.
        ['subset-not-found', 'canary'],
      ].sort(),
    );
  });

  it('subset-not-found points at the DestinationRule in the other file', () => {
    const subset = byCode('subset-not-found').find((d) =>
      /canery/.test(typeof d.message === 'string' ? d.message : d.message.value),
    )!;
    assert.deepEqual(
      subset.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [['file:///app/resources.yaml', 5]],
    );
    assert.equal(subset.range.start.line, 17);
  });

  it('a gateway reference in the old dotted form offers `namespace/name` when the Gateway resolves', () => {
    const workspace = workspaceOf(`
#- /gateways.yaml
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: public-gateway
  namespace: istio-system
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "*"
#- /shop.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: shop
  namespace: shop
spec:
  hosts:
  - shop.example.com
  gateways:
  - public-gateway.istio-system.svc.cluster.local
  - partner-gateway.partners
  http:
  - route:
    - destination:
        host: frontend
`);
    const found = diagnoseAll(workspace)
      .get('/shop.yaml')!
      .filter((d) => d.code === 'deprecated-gateway-reference')
      .map((d) => [d.range.start.line, (d.data as { replacement?: string } | undefined)?.replacement]);
    // Only the Gateway the workspace defines gets the quick fix.
    assert.deepEqual(found, [
      [9, 'istio-system/public-gateway'],
      [10, undefined],
    ]);
  });
});
