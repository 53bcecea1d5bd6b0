// Go to definition and find references, as data: a workspace fixture with `$0` and the
// locations expected (path:line:column and the text they cover).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cursorOf, renderLocations, workspace } from './workspaceFixture';

const DR_REVIEWS = `#- /reviews/destination-rule.yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews.default.svc.cluster.local
  subsets:
  - name: v1
    labels:
      version: v1
  - name: "v2"   # quoted on purpose
    labels:
      version: v2
`;

const GATEWAYS = `#- /gateways.yaml
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: public
  namespace: istio-system
spec:
  selector:
    istio: ingressgateway
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: public
spec:
  selector:
    istio: ingressgateway
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
`;

function vs(subsetLine: string, gatewaysLines = '  - istio-system/public'): string {
  return `#- /reviews/virtual-service.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts:
  - reviews
  gateways:
${gatewaysLines}
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 90
    - destination:
        host: reviews
${subsetLine}
      weight: 10
`;
}

const cases: {
  name: string;
  fixture: string;
  definition: string[];
  references: string[];
  /** References with the declaration included, when not `definition` + `references`. */
  all?: string[];
}[] = [
  {
    name: 'a destination subset jumps to the subset in the DestinationRule of another file (short host = FQDN in default)',
    fixture: vs('        subset: v$02') + DR_REVIEWS,
    definition: ['/reviews/destination-rule.yaml:11:12 v2'],
    references: ['/reviews/virtual-service.yaml:18:17 v2'],
  },
  {
    name: 'a DestinationRule subset finds its references in VirtualServices',
    fixture: vs('        subset: v2') + DR_REVIEWS.replace('- name: v1', '- name: v$01'),
    definition: ['/reviews/destination-rule.yaml:8:11 v1'],
    references: ['/reviews/virtual-service.yaml:14:17 v1'],
  },
  {
    name: 'a subset of another host with the same name is not a reference',
    fixture:
      vs('        subset: v1').replace(
        '        host: reviews\n        subset: v1',
        '        host: ratings\n        subset: v1',
      ) + DR_REVIEWS.replace('- name: v1', '- name: v$01'),
    definition: ['/reviews/destination-rule.yaml:8:11 v1'],
    references: ['/reviews/virtual-service.yaml:18:17 v1'],
  },
  {
    name: 'an undefined subset has no definition',
    fixture: vs('        subset: v$03') + DR_REVIEWS,
    definition: [],
    references: ['/reviews/virtual-service.yaml:18:17 v3'],
  },
  {
    name: 'a namespace/name gateway reference jumps to the Gateway in that namespace only',
    fixture: vs('        subset: v2', '  - istio-system/pub$0lic') + GATEWAYS,
    definition: ['/gateways.yaml:4:9 public'],
    references: ['/reviews/virtual-service.yaml:9:18 public'],
  },
  {
    name: 'a short gateway name resolves in the VirtualService namespace',
    fixture: vs('        subset: v2', '  - "pub$0lic"') + GATEWAYS,
    definition: ['/gateways.yaml:16:9 public'],
    references: ['/reviews/virtual-service.yaml:9:6 public'],
  },
  {
    name: 'a Gateway name finds references written as ns/name and the deprecated FQDN form',
    fixture:
      vs(
        '        subset: v2',
        '  - istio-system/public\n  - public.istio-system.svc.cluster.local\n  - mesh',
      ) +
      GATEWAYS.replace(
        '  name: public\n  namespace: istio-system',
        '  name: pub$0lic\n  namespace: istio-system',
      ),
    definition: ['/gateways.yaml:4:9 public'],
    references: ['/reviews/virtual-service.yaml:10:5 public', '/reviews/virtual-service.yaml:9:18 public'],
  },
  {
    name: '`mesh` is not a gateway to jump to',
    fixture: vs('        subset: v2', '  - me$0sh') + GATEWAYS,
    definition: [],
    references: [],
  },
  {
    name: 'a destination host jumps to its Service',
    fixture:
      vs('        subset: v2').replace(
        '        host: reviews\n        subset: v1',
        '        host: rev$0iews\n        subset: v1',
      ) +
      `#- /reviews/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: reviews
spec:
  selector: {app: reviews}
  ports: [{port: 9080}]
`,
    definition: ['/reviews/service.yaml:4:9 reviews'],
    references: [],
    all: [],
  },
];

const DELEGATES = (cursorAt: 'reference' | 'declaration') => `#- /shop/root.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: shop
  namespace: shop
spec:
  hosts: [shop.example.com]
  gateways: [shop-gateway]
  http:
  - match: [{uri: {prefix: /api}}]
    delegate: {name: ${cursorAt === 'reference' ? 'a$0pi' : 'api'}}
  - match: [{uri: {prefix: /v2}}]
    delegate: {name: api, namespace: shop}
  - match: [{uri: {prefix: /other}}]
    delegate: {name: api, namespace: other}
  - route:
    - destination: {host: frontend}
    mirror: {host: reviews, subset: v1}
#- /shop/api.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: ${cursorAt === 'declaration' ? 'a$0pi' : 'api'}
  namespace: shop
spec:
  http:
  - route:
    - destination: {host: api}
`;

cases.push(
  {
    name: 'a delegate name jumps to the delegate VirtualService (issue 11)',
    fixture: DELEGATES('reference'),
    definition: ['/shop/api.yaml:4:9 api'],
    references: ['/shop/root.yaml:11:22 api', '/shop/root.yaml:13:22 api'],
  },
  {
    name: 'references of a delegate VirtualService are the routes delegating to it',
    fixture: DELEGATES('declaration'),
    definition: ['/shop/api.yaml:4:9 api'],
    references: ['/shop/root.yaml:11:22 api', '/shop/root.yaml:13:22 api'],
  },
);

void describe('definition and references', () => {
  for (const c of cases) {
    void it(c.name, () => {
      const ws = workspace(c.fixture);
      const cursor = cursorOf(ws);
      assert.deepEqual(
        renderLocations(ws, ws.service.findDefinition(cursor.file, cursor.position)),
        c.definition,
      );
      assert.deepEqual(
        renderLocations(ws, ws.service.findReferences(cursor.file, cursor.position, false)),
        c.references,
      );
      assert.deepEqual(
        renderLocations(ws, ws.service.findReferences(cursor.file, cursor.position, true)),
        c.all ?? [...c.definition, ...c.references].sort(),
      );
    });
  }

  void it('in the reference scenario canary-90-10, subset v2 and canary-gateway jump to their definitions', () => {
    const dir = path.join(__dirname, '../../../../test/fixtures/scenarios/canary-90-10');
    const sources = new Map<string, string>();
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      sources.set(`/canary-90-10/${name}`, fs.readFileSync(path.join(dir, name), 'utf8'));
    }
    const virtual = sources.get('/canary-90-10/virtual.yaml')!;
    const first = new Map(sources);
    first.set('/canary-90-10/virtual.yaml', virtual.replace('subset: v2', 'subset: v$02'));
    const ws = workspace(first);
    const cursor = cursorOf(ws);
    assert.deepEqual(renderLocations(ws, ws.service.findDefinition(cursor.file, cursor.position)), [
      '/canary-90-10/virtual.yaml:31:11 v2',
    ]);
    const second = new Map(sources);
    second.set('/canary-90-10/virtual.yaml', virtual.replace('- canary-gateway', '- canary-ga$0teway'));
    const ws2 = workspace(second);
    const cursor2 = cursorOf(ws2);
    assert.deepEqual(renderLocations(ws2, ws2.service.findDefinition(cursor2.file, cursor2.position)), [
      '/canary-90-10/gateway.yaml:4:9 canary-gateway',
    ]);
  });

  void it('answers nothing, without throwing, on broken YAML and outside any reference', () => {
    for (const fixture of [
      'apiVersion: v1\nkind: [$0',
      'kind: VirtualService\nspec:\n  http:\n  - route: {$0',
      '$0',
    ]) {
      const ws = workspace(fixture);
      const cursor = cursorOf(ws);
      assert.deepEqual(ws.service.findDefinition(cursor.file, cursor.position), []);
      assert.deepEqual(ws.service.findReferences(cursor.file, cursor.position, true), []);
    }
  });
});
