// Completion of workspace values in HTTPRoutes: Services and their ports in backendRefs, Gateways
// (or Services for mesh routes) in parentRefs, and listener names and ports of the named Gateway.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cursorOf, workspace } from '../navigation/workspaceFixture';

const WORKSPACE = `#- /infra/gateway.yaml
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: shop-gateway, namespace: shop}
spec:
  gatewayClassName: istio
  listeners:
  - {name: http, port: 80, protocol: HTTP, hostname: "*.example.com"}
  - {name: https, port: 443, protocol: HTTPS}
#- /shop/services.yaml
apiVersion: v1
kind: Service
metadata: {name: reviews-v1, namespace: shop}
spec:
  ports: [{name: http, port: 9080}, {name: admin, port: 9901}]
---
apiVersion: v1
kind: Service
metadata: {name: reviews-v2, namespace: shop}
spec:
  ports: [{name: http, port: 9080}]
---
apiVersion: v1
kind: Service
metadata: {name: ledger, namespace: billing}
spec:
  ports: [{port: 8080}]
`;

function labelsAt(body: string): string[] {
  const ws = workspace(
    `${WORKSPACE}#- /shop/route.yaml\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: reviews\n  namespace: shop\nspec:\n${body}`,
  );
  const cursor = cursorOf(ws);
  return ws.service.complete(cursor.file, cursor.position).items.map((i) => String(i.label));
}

void describe('Gateway API value completion', () => {
  const cases: [string, string, string[]][] = [
    [
      'backendRef names: Services of the route namespace',
      '  rules:\n  - backendRefs:\n    - name: $0\n',
      ['reviews-v1', 'reviews-v2'],
    ],
    [
      'backendRef names in the namespace the ref names',
      '  rules:\n  - backendRefs:\n    - namespace: billing\n      name: $0\n',
      ['ledger'],
    ],
    [
      'backendRef ports of the named Service',
      '  rules:\n  - backendRefs:\n    - name: reviews-v1\n      port: $0\n',
      ['9080', '9901'],
    ],
    ['parentRef names: Gateways', '  parentRefs:\n  - name: $0\n', ['shop-gateway']],
    [
      'parentRef names of a mesh route: Services',
      '  parentRefs:\n  - group: ""\n    kind: Service\n    name: $0\n',
      ['reviews-v1', 'reviews-v2'],
    ],
    [
      'sectionName: listener names of the Gateway',
      '  parentRefs:\n  - name: shop-gateway\n    sectionName: $0\n',
      ['http', 'https'],
    ],
    [
      'parentRef port: listener ports',
      '  parentRefs:\n  - name: shop-gateway\n    port: $0\n',
      ['80', '443'],
    ],
  ];
  for (const [name, body, expected] of cases) {
    void it(name, () => {
      assert.deepEqual(labelsAt(body).sort(), [...expected].sort());
    });
  }
});
