// Gateway API canaries in a real VS Code: New Canary writes an HTTPRoute (attached to a Gateway
// API Gateway's listener) that checks clean and previews as 90/10, and Simulate Request answers
// for HTTPRoutes and GRPCRoutes with the Gateway API's precedence. The files this suite writes
// live in a folder of their own and are deleted afterwards, so other suites see the scenarios
// unchanged.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, createFile, fixtureUri, ourDiagnostics, waitFor } from './helpers';

/** The parts of protocol.ts's SimulateResult these tests read (the e2e project stands alone). */
interface SimulateResult {
  markdown: string;
  result: {
    summary: string;
    destinations: { host: string; percent: number }[];
    gatewayApi?: { kind: string; name?: string | null; rule?: number };
  };
}

interface PreviewState {
  uri?: string;
  renderedText?: string;
}

const FOLDER = 'gateway-api-e2e';

const BASE = `apiVersion: v1
kind: Service
metadata: {name: carts, namespace: e2e-gw}
spec:
  selector: {app: carts}
  ports:
  - {name: http, port: 8080}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: e2e-gw}
spec:
  gatewayClassName: istio
  listeners:
  - {name: web, port: 80, protocol: HTTP, hostname: "*.shop.test"}
  - {name: admin, port: 8081, protocol: HTTP, hostname: admin.shop.test}
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: carts-grpc, namespace: e2e-gw}
spec:
  parentRefs: [{name: edge, sectionName: web}]
  hostnames: [grpc.shop.test]
  rules:
  - matches: [{method: {service: shop.Cart}}]
    backendRefs: [{name: carts, port: 8080}]
  - matches: [{method: {service: shop.Cart, method: Checkout}}]
    backendRefs: [{name: carts-v2, port: 8080}]
`;

describe('Gateway API canaries', () => {
  before(async () => {
    await activeExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixtureUri(FOLDER), { recursive: true, useTrash: false });
  });

  const simulate = (request: object) =>
    vscode.commands.executeCommand<SimulateResult | undefined>('istioCanary.simulateRequest', request);

  it('New Canary writes an HTTPRoute on a Gateway listener that checks clean and previews 90/10', async () => {
    await createFile(`${FOLDER}/base.yaml`, BASE);
    // Answers in the order the wizard asks; null takes the suggested default (the Service's one
    // port, labels version=v1 / version=v2, versions v1 / v2, the hostname under the listener).
    const answers = [
      'HTTPRoute (Gateway API)',
      'carts',
      null,
      null,
      null,
      null,
      null,
      'edge',
      'admin',
      null,
      '10',
    ];
    // The index reads base.yaml in the background: retry until the wizard is offered `carts`.
    const uri = await waitFor(
      async () => vscode.commands.executeCommand<vscode.Uri | undefined>('istioCanary.newCanary', answers),
      'the wizard to see the Service carts and write a file',
    );
    assert.equal(uri.toString(), fixtureUri(`${FOLDER}/carts-canary.yaml`).toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /kind: HTTPRoute/);
    assert.match(
      text,
      /parentRefs:\n {2}- name: edge\n {4}sectionName: admin\n {2}hostnames:\n {2}- admin\.shop\.test/,
    );
    assert.match(
      text,
      /- name: carts-v1\n {6}port: 8080\n {6}weight: 90\n {4}- name: carts-v2\n {6}port: 8080\n {6}weight: 10/,
    );
    assert.match(text, /name: carts-v1[\s\S]*version: v1[\s\S]*name: carts-v2[\s\S]*version: v2/);

    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: uri.toString() });
    const state = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<PreviewState>('istioCanary.preview._state');
      return s.uri === uri.toString() && s.renderedText?.includes('90 %') ? s : undefined;
    }, 'the preview of the new HTTPRoute');
    assert.match(state.renderedText ?? '', /HTTPRoute e2e-gw\/carts/);
    assert.match(state.renderedText ?? '', /carts-v1 of carts-v1:8080 90 %/);
    assert.match(state.renderedText ?? '', /carts-v2 of carts-v2:8080 10 %/);
    // The server has read the file (the preview shows it): it has no error or warning.
    const bad = ourDiagnostics(uri).filter(
      (d) =>
        d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning,
    );
    assert.deepEqual(
      bad.map((d) => `${d.range.start.line + 1}: ${d.message}`),
      [],
    );
  });

  it('Simulate Request follows the new HTTPRoute through its Gateway listener', async () => {
    const answer = await waitFor(async () => {
      const r = await simulate({ host: 'admin.shop.test', gateway: 'e2e-gw/edge', uri: '/cart' });
      return r?.result.gatewayApi?.name === 'carts' ? r : undefined;
    }, 'a simulation answered by the HTTPRoute carts');
    assert.equal(answer.result.gatewayApi?.kind, 'HTTPRoute');
    assert.deepEqual(
      answer.result.destinations.map((d) => [d.host, d.percent]),
      [
        ['carts-v1.e2e-gw.svc.cluster.local', 90],
        ['carts-v2.e2e-gw.svc.cluster.local', 10],
      ],
    );
    assert.match(answer.markdown, /Gateway API precedence/);
  });

  it('Simulate Request on the scenario HTTPRoute: a header match beats the weighted rule', async () => {
    const jason = await simulate({
      host: 'reviews.example.com',
      gateway: 'shop/shop-gateway',
      uri: '/',
      headers: { 'end-user': 'jason' },
    });
    assert.equal(jason?.result.summary, 'HTTPRoute shop/reviews rule 1: 100% → reviews-v2:9080');
    const other = await simulate({ host: 'reviews.example.com', gateway: 'shop/shop-gateway', uri: '/' });
    assert.equal(
      other?.result.summary,
      'HTTPRoute shop/reviews rule 2: 90% → reviews-v1:9080, 10% → reviews-v2:9080',
    );
  });

  it('Simulate Request for a gRPC call: the exact method beats the service match written first', async () => {
    const call = (grpcMethod: string) =>
      simulate({ host: 'grpc.shop.test', gateway: 'e2e-gw/edge', grpcService: 'shop.Cart', grpcMethod });
    assert.equal(
      (await call('Checkout'))?.result.summary,
      'GRPCRoute e2e-gw/carts-grpc rule 2: 100% → carts-v2:8080',
    );
    assert.equal(
      (await call('AddItem'))?.result.summary,
      'GRPCRoute e2e-gw/carts-grpc rule 1: 100% → carts:8080',
    );
  });
});
