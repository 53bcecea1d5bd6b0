// Rename of subsets and gateways: one WorkspaceEdit over every file, replacing exactly the
// characters of the name. Expected results are whole file texts after the edit.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyWorkspaceEdit, changedLines, cursorOf, sliceRange, workspace } from './workspaceFixture';

const FIXTURE = `#- /app/destination-rule.yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  subsets:
  - name: v1   # stable
    labels:
      version: v1
  - name: "v2"
    labels:
      version: v2
#- /app/virtual-service.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts: [reviews]
  gateways:
  - istio-system/public
  - mesh
  http:
  - match:
    - headers:
        end-user: {exact: jason}
      gateways: ["istio-system/public"]
    route:
    - destination: {host: reviews, subset: v2}
  - route:
    - destination:
        host: reviews.default.svc.cluster.local
        subset: v1
      weight: 90
    - destination:
        host: reviews
        subset: 'v2'
      weight: 10
#- /gateway.yaml
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: public
  namespace: istio-system
spec:
  selector: {istio: ingressgateway}
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
`;

function renameAt(cursorIn: string, marker: string, newName: string) {
  const fixture = FIXTURE.replace(
    cursorIn,
    cursorIn.replace(marker, marker.slice(0, 1) + '$0' + marker.slice(1)),
  );
  assert.notEqual(fixture, FIXTURE, `cursor marker ${marker} not placed`);
  const ws = workspace(fixture);
  const cursor = cursorOf(ws);
  return { ws, cursor, result: ws.service.rename(cursor.file, cursor.position, newName) };
}

void describe('rename', () => {
  void it('renames a subset from the VirtualService: the definition and every reference across both files, quotes kept', () => {
    const { ws, result } = renameAt("        subset: 'v2'", "v2'", 'canary');
    assert.ok('edit' in result);
    const after = applyWorkspaceEdit(ws, result.edit);
    assert.deepEqual([...after.keys()].sort(), ['/app/destination-rule.yaml', '/app/virtual-service.yaml']);
    assert.deepEqual(
      changedLines(ws.texts.get('/app/destination-rule.yaml')!, after.get('/app/destination-rule.yaml')!),
      {
        removed: ['  - name: "v2"'],
        added: ['  - name: "canary"'],
        at: 11,
      },
    );
    const vsBefore = ws.texts.get('/app/virtual-service.yaml')!.split('\n');
    const vsAfter = after.get('/app/virtual-service.yaml')!.split('\n');
    assert.equal(vsAfter.length, vsBefore.length);
    const diff = vsBefore.flatMap((line, i) => (line === vsAfter[i] ? [] : [`${line} => ${vsAfter[i]}`]));
    assert.deepEqual(diff, [
      '    - destination: {host: reviews, subset: v2} =>     - destination: {host: reviews, subset: canary}',
      "        subset: 'v2' =>         subset: 'canary'",
    ]);
  });

  void it('renames a subset from the DestinationRule; a comment on the line stays', () => {
    const { ws, result } = renameAt('  - name: v1   # stable', 'v1', 'stable');
    assert.ok('edit' in result);
    const after = applyWorkspaceEdit(ws, result.edit);
    assert.equal(
      after.get('/app/destination-rule.yaml'),
      ws.texts
        .get('/app/destination-rule.yaml')!
        .replace('- name: v1   # stable', '- name: stable   # stable'),
    );
    // The FQDN host is the same service as the short one, so its subset is renamed too.
    assert.equal(
      after.get('/app/virtual-service.yaml'),
      ws.texts.get('/app/virtual-service.yaml')!.replace('        subset: v1\n', '        subset: stable\n'),
    );
  });

  void it('renames a gateway: its name and only the name part of namespace/name references', () => {
    const { ws, result } = renameAt('  name: public\n  namespace', 'public', 'edge');
    assert.ok('edit' in result);
    const after = applyWorkspaceEdit(ws, result.edit);
    assert.equal(
      after.get('/app/virtual-service.yaml'),
      ws.texts
        .get('/app/virtual-service.yaml')!
        .replace('  - istio-system/public\n', '  - istio-system/edge\n')
        .replace('["istio-system/public"]', '["istio-system/edge"]'),
    );
    assert.equal(
      after.get('/gateway.yaml'),
      ws.texts.get('/gateway.yaml')!.replace('name: public', 'name: edge'),
    );
  });

  void it('prepareRename gives the name without quotes or namespace prefix', () => {
    for (const [cursorIn, marker, expected] of [
      ['  - name: "v2"', 'v2', 'v2'],
      ['  - istio-system/public', 'public', 'public'],
    ] as const) {
      const fixture = FIXTURE.replace(cursorIn, cursorIn.replace(marker, marker[0] + '$0' + marker.slice(1)));
      const ws = workspace(fixture);
      const cursor = cursorOf(ws);
      const prepared = ws.service.prepareRename(cursor.file, cursor.position);
      assert.ok('range' in prepared, JSON.stringify(prepared));
      assert.equal(sliceRange(ws.texts.get(cursor.path)!, prepared.range), expected);
      assert.equal(prepared.placeholder, expected);
    }
  });

  void it('refuses invalid names, clashes, hosts, mesh and places that are not subsets or gateways', () => {
    assert.match(
      errorOf(renameAt("        subset: 'v2'", "v2'", 'Not_Valid').result),
      /not a valid subset name/,
    );
    assert.match(
      errorOf(renameAt("        subset: 'v2'", "v2'", 'v1').result),
      /already defines subset "v1"/,
    );
    const refusals: [string, string][] = [
      ['        host: reviews.default', 'reviews'],
      ['  - mesh', 'mesh'],
      // A VirtualService's own name is renameable (Argo Rollouts name it: rollout.test.ts).
      ['  hosts: [reviews]', 'hosts'],
    ];
    for (const [cursorIn, marker] of refusals) {
      const fixture = FIXTURE.replace(cursorIn, cursorIn.replace(marker, marker[0] + '$0' + marker.slice(1)));
      const ws = workspace(fixture);
      const cursor = cursorOf(ws);
      assert.ok('error' in ws.service.prepareRename(cursor.file, cursor.position), cursorIn);
      assert.ok('error' in ws.service.rename(cursor.file, cursor.position, 'x'), cursorIn);
    }
  });
});

function errorOf(result: { error: string } | { edit: unknown }): string {
  assert.ok('error' in result, 'expected an error');
  return result.error;
}

// A delegate VirtualService (no hosts) is named by other VirtualServices' `delegate.name` and may
// be named by an Argo Rollout too (`name.namespace`: only the name part changes): renaming it from
// any of them renames all.
const DELEGATES = `#- /shop/root.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: root
  namespace: shop
spec:
  hosts: [shop.example.com]
  gateways: [istio-system/public]
  http:
  - match:
    - uri: {prefix: /api}
    delegate: {name: api}
  - delegate:
      name: api
      namespace: shop
  - delegate: {name: api, namespace: other}
#- /shop/api.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: api
  namespace: shop
spec:
  http:
  - route:
    - destination: {host: api-stable}
      weight: 100
    - destination: {host: api-canary}
      weight: 0
#- /shop/rollout.yaml
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: api
  namespace: shop
spec:
  strategy:
    canary:
      canaryService: api-canary
      stableService: api-stable
      trafficRouting:
        istio:
          virtualService:
            name: api.shop
`;

void describe('rename a delegate VirtualService', () => {
  const expected = [
    '/shop/api.yaml:  name: api-v2',
    '/shop/rollout.yaml:            name: api-v2.shop',
    '/shop/root.yaml:      name: api-v2',
    '/shop/root.yaml:    delegate: {name: api-v2}',
  ];
  for (const [file, marker] of [
    ['/shop/api.yaml', '  name: api\n  namespace: shop\nspec:\n  http'],
    ['/shop/root.yaml', '    delegate: {name: api}'],
    ['/shop/rollout.yaml', '            name: api.shop'],
  ] as const)
    void it(`from ${file}: its name, every delegate.name of its namespace and the Rollout`, () => {
      const at = DELEGATES.indexOf(marker, DELEGATES.indexOf(`#- ${file}`)) + marker.indexOf('api') + 1;
      const ws = workspace(DELEGATES.slice(0, at) + '$0' + DELEGATES.slice(at));
      const cursor = cursorOf(ws);
      const result = ws.service.rename(cursor.file, cursor.position, 'api-v2');
      assert.ok('edit' in result, JSON.stringify(result));
      const after = applyWorkspaceEdit(ws, result.edit);
      const changed: string[] = [];
      for (const [path, text] of after) {
        const before = ws.texts.get(path)!.split('\n');
        text.split('\n').forEach((line, i) => {
          if (line !== before[i]) changed.push(`${path}:${line}`);
        });
      }
      assert.deepEqual(changed.sort(), expected);
    });
});
