// Request `istioCanary/workspaceFacts` as data: a multi-file workspace in, the facts the New
// Canary wizard is offered out, rendered one line per Service, workload and Gateway.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkspaceFacts } from '../../../protocol/src/newCanary';
import { workspaceOf } from '../../support/multiFileFixture';
import { readScenario } from '../../client/preview/splitFixtures';

const labels = (l: Record<string, string>) =>
  Object.entries(l)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

function render(facts: WorkspaceFacts): string[] {
  return [
    ...facts.services.map(
      (s) =>
        `Service ${s.namespace}/${s.name} host ${s.host} selector {${labels(s.selector)}} ports [${s.ports.join(',')}] workloads [${s.workloads.map((w) => w.name).join(',')}]`,
    ),
    ...facts.workloads.map((w) => `${w.kind} ${w.namespace}/${w.name} pods {${labels(w.podLabels)}}`),
    ...facts.gateways.map((g) => `Gateway ${g.namespace}/${g.name} hosts [${g.hosts.join(',')}]`),
  ];
}

const cases: { name: string; fixture: string; expected: string[] }[] = [
  {
    name: 'the canary-90-10 scenario, beside broken YAML and a top-level list',
    fixture: [
      '#- /w/deployment.yaml',
      readScenario('canary-90-10/deployment.yaml'),
      '#- /w/service.yaml',
      readScenario('canary-90-10/service.yaml'),
      '#- /w/gateway.yaml',
      readScenario('canary-90-10/gateway.yaml'),
      '#- /w/broken.yaml',
      'not: [valid',
      '---',
      '- a list',
    ].join('\n'),
    expected: [
      'Service default/canary host canary.default.svc.cluster.local selector {apply=canary} ports [80] workloads [appv1,appv2]',
      'Deployment default/appv1 pods {app=v1,apply=canary}',
      'Deployment default/appv2 pods {app=v2,apply=canary}',
      'Gateway default/canary-gateway hosts [*]',
    ],
  },
  {
    name: 'namespaces: the default namespace setting, selection only within the namespace, versions in two files once',
    fixture: `# settings: {"defaultNamespace": "shop"}
#- /w/a.yaml
apiVersion: v1
kind: Service
metadata: {name: reviews}
spec:
  selector: {app: reviews}
  ports: [{port: 9080}, {port: 9081}, {port: 9080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: reviews-v1}
spec:
  template:
    metadata: {labels: {app: reviews, version: v1}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: reviews-v9, namespace: other}
spec:
  template:
    metadata: {labels: {app: reviews, version: v9}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: unlabelled}
spec: {template: {metadata: {}}}
#- /w/b.yaml
apiVersion: apps/v1
kind: Deployment
metadata: {name: reviews-v1}
spec:
  template:
    metadata: {labels: {app: reviews, version: v1}}
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: shop-gw, namespace: istio-system}
spec:
  servers:
  - hosts: [shop.example.com, "*.shop.example.com"]
  - hosts: [shop.example.com]
`,
    expected: [
      'Service shop/reviews host reviews.shop.svc.cluster.local selector {app=reviews} ports [9080,9081] workloads [reviews-v1]',
      'Deployment other/reviews-v9 pods {app=reviews,version=v9}',
      'Deployment shop/reviews-v1 pods {app=reviews,version=v1}',
      'Gateway istio-system/shop-gw hosts [shop.example.com,*.shop.example.com]',
    ],
  },
  {
    name: 'an empty workspace',
    fixture: '#- /w/empty.yaml\n',
    expected: [],
  },
];

void describe('workspaceFacts', () => {
  for (const c of cases) {
    void it(c.name, () => {
      assert.deepEqual(render(workspaceOf(c.fixture).service.workspaceFacts()), c.expected);
    });
  }
});
