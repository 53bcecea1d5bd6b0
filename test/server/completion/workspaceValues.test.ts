// Completion of values from the rest of the workspace: subsets of the destination's host,
// gateways, hosts of Services and ServiceEntries, and workload labels in DestinationRule subsets.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cursorOf, workspace } from '../navigation/workspaceFixture';

const WORKSPACE = `#- /infra/gateways.yaml
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: public, namespace: istio-system}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: internal}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*.internal"]}]
#- /shop/reviews.yaml
apiVersion: v1
kind: Service
metadata: {name: reviews}
spec:
  selector: {app: reviews}
  ports: [{port: 9080}]
---
apiVersion: v1
kind: Service
metadata: {name: ratings, namespace: data}
spec:
  selector: {app: ratings}
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: payments}
spec:
  hosts: [api.payments.example.com]
  ports: [{number: 443, name: https, protocol: HTTPS}]
  resolution: DNS
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: reviews-v1}
spec:
  selector: {matchLabels: {app: reviews, version: v1}}
  template:
    metadata: {labels: {app: reviews, version: v1, track: stable}}
    spec: {containers: [{name: r, image: r}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: reviews-v2}
spec:
  selector: {matchLabels: {app: reviews, version: v2}}
  template:
    metadata: {labels: {app: reviews, version: v2, track: canary}}
    spec: {containers: [{name: r, image: r}]}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: reviews}
spec:
  host: reviews.default.svc.cluster.local
  subsets:
  - name: v1
    labels: {version: v1}
  - name: v2
    labels: {version: v2}
`;

function labelsAt(editing: string): string[] {
  const ws = workspace(`${WORKSPACE}#- /shop/editing.yaml\n${editing}`);
  const cursor = cursorOf(ws);
  return ws.service.complete(cursor.file, cursor.position).items.map((i) => i.label);
}

const VS_HEAD = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
`;

void describe('workspace value completion', () => {
  void it('subset names of the destination host (short name = FQDN in the same namespace)', () => {
    assert.deepEqual(
      labelsAt(
        `${VS_HEAD}  hosts: [reviews]\n  http:\n  - route:\n    - destination:\n        host: reviews\n        subset: $0\n      weight: 10\n`,
      ),
      ['v1', 'v2'],
    );
  });

  void it('subset names when the subset line comes before the host line, while the value is half typed', () => {
    assert.deepEqual(
      labelsAt(
        `${VS_HEAD}  http:\n  - route:\n    - destination:\n        subset: v$0\n        host: reviews\n`,
      ),
      ['v1', 'v2'],
    );
  });

  void it('no subsets for a host without a DestinationRule', () => {
    assert.deepEqual(
      labelsAt(
        `${VS_HEAD}  http:\n  - route:\n    - destination:\n        host: ratings.data\n        subset: $0\n`,
      ),
      [],
    );
  });

  void it('gateway names with namespace/ outside the VirtualService namespace, and mesh', () => {
    assert.deepEqual(labelsAt(`${VS_HEAD}  hosts: [reviews]\n  gateways:\n  - $0\n`), [
      'mesh',
      'istio-system/public',
      'internal',
    ]);
    assert.deepEqual(labelsAt(`${VS_HEAD}  http:\n  - match:\n    - gateways:\n      - $0\n`).sort(), [
      'internal',
      'istio-system/public',
      'mesh',
    ]);
  });

  void it('hosts: short name in the same namespace, FQDN otherwise, ServiceEntry hosts as written', () => {
    assert.deepEqual(labelsAt(`${VS_HEAD}  http:\n  - route:\n    - destination:\n        host: $0\n`), [
      'reviews',
      'ratings.data.svc.cluster.local',
      'api.payments.example.com',
    ]);
    assert.deepEqual(labelsAt(`${VS_HEAD}  hosts:\n  - $0\n`).length, 3);
  });

  void it('label keys and values of the host workloads inside a DestinationRule subset', () => {
    const dr = (body: string) =>
      `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: reviews-canary\nspec:\n  host: reviews\n  subsets:\n  - name: canary\n    labels:\n${body}`;
    assert.deepEqual(
      labelsAt(dr('      version: v2\n      $0\n')).filter((l) => ['app', 'track', 'version'].includes(l)),
      ['app', 'track'],
    );
    assert.deepEqual(labelsAt(dr('      track: $0\n')), ['stable', 'canary']);
  });
});
