// Navigation in Gateway API routes: a parentRef's Gateway and sectionName jump to the Gateway and
// its listener (references and rename across files), a backendRef's Service jumps to the Service.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyWorkspaceEdit, cursorOf, renderLocations, workspace } from './workspaceFixture';

const FILES = (cursor: {
  gateway?: string;
  section?: string;
  backend?: string;
  listener?: string;
}) => `#- /infra/gateway.yaml
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: ${cursor.gateway ?? 'shop-gateway'}
  namespace: shop
spec:
  gatewayClassName: istio
  listeners:
  - name: ${cursor.listener ?? 'http'}
    port: 80
    protocol: HTTP
#- /shop/services.yaml
apiVersion: v1
kind: Service
metadata:
  name: reviews-v1
  namespace: shop
spec:
  ports: [{port: 9080}]
#- /shop/route.yaml
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: reviews
  namespace: shop
spec:
  parentRefs:
  - name: shop-gateway
    sectionName: ${cursor.section ?? 'http'}
  rules:
  - backendRefs:
    - name: ${cursor.backend ?? 'reviews-v1'}
      port: 9080
#- /other/route.yaml
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: other
  namespace: other
spec:
  parentRefs:
  - name: shop-gateway
    namespace: shop
  - name: shop-gateway
`;

function definition(fixture: string): string[] {
  const ws = workspace(fixture);
  const c = cursorOf(ws);
  return renderLocations(ws, ws.service.findDefinition(c.file, c.position));
}

function references(fixture: string): string[] {
  const ws = workspace(fixture);
  const c = cursorOf(ws);
  return renderLocations(ws, ws.service.findReferences(c.file, c.position, true));
}

void describe('Gateway API navigation', () => {
  void it('goes from a parentRef to its Gateway', () => {
    assert.deepEqual(
      definition(
        FILES({ section: 'http', gateway: 'shop-gateway' }).replace(
          '  - name: shop-gateway\n    sectionName',
          '  - name: shop-ga$0teway\n    sectionName',
        ),
      ),
      ['/infra/gateway.yaml:4:9 shop-gateway'],
    );
  });

  void it('goes from a sectionName to the listener', () => {
    assert.deepEqual(definition(FILES({ section: 'ht$0tp' })), ['/infra/gateway.yaml:9:11 http']);
  });

  void it('goes from a backendRef to its Service', () => {
    assert.deepEqual(definition(FILES({ backend: 'reviews$0-v1' })), ['/shop/services.yaml:4:9 reviews-v1']);
  });

  void it('finds every parentRef to a Gateway, in its namespace only', () => {
    assert.deepEqual(references(FILES({ gateway: 'shop-gat$0eway' })), [
      '/infra/gateway.yaml:4:9 shop-gateway',
      '/other/route.yaml:8:11 shop-gateway',
      '/shop/route.yaml:8:11 shop-gateway',
    ]);
  });

  void it('renames a Gateway and a listener with their references', () => {
    const ws = workspace(FILES({ gateway: 'shop-gat$0eway' }));
    const c = cursorOf(ws);
    const result = ws.service.rename(c.file, c.position, 'edge');
    assert.ok('edit' in result);
    const after = applyWorkspaceEdit(ws, result.edit);
    assert.match(after.get('/infra/gateway.yaml') ?? '', /name: edge\n/);
    assert.match(after.get('/shop/route.yaml') ?? '', /- name: edge\n {4}sectionName: http/);
    assert.match(
      after.get('/other/route.yaml') ?? '',
      /- name: edge\n {4}namespace: shop\n {2}- name: shop-gateway\n/,
    );

    const ws2 = workspace(FILES({ listener: 'ht$0tp' }));
    const c2 = cursorOf(ws2);
    const renamed = ws2.service.rename(c2.file, c2.position, 'web');
    assert.ok('edit' in renamed);
    const after2 = applyWorkspaceEdit(ws2, renamed.edit);
    assert.match(after2.get('/infra/gateway.yaml') ?? '', /- name: web\n/);
    assert.match(after2.get('/shop/route.yaml') ?? '', /sectionName: web\n/);
  });
});
