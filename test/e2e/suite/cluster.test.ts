// The cluster snapshot in a real VS Code: Refresh Cluster Snapshot makes the language server read
// a Kubernetes API stand-in with real kubectl (context dev), and the files are checked over it: a
// live-only Gateway resolves, a misspelt one is an error naming the context, a kind the user may
// not list (Gateway API Gateways, 403) stays open-world and is named, and drift shows in the
// diagnostics (with its Diff action), the hover and the preview's live split.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activeExtension,
  createFile,
  describeDiagnostic,
  diagnosticCode,
  hoverText,
  ourDiagnostics,
  waitFor,
  waitForDiagnostics,
} from './helpers';

interface StoredObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}
interface StandIn {
  url: string;
  seed(obj: StoredObject): void;
  writes(): { method: string; path: string }[];
  close(): Promise<void>;
}
// The stand-in is compiled by the unit-test project (out/test/support), loaded at run time.
/* eslint-disable @typescript-eslint/no-require-imports -- a compiled sibling project */
const standInModule = require(path.join(__dirname, '..', '..', 'support', 'kube', 'kubeApiStandIn.js')) as {
  KubeApiStandIn: { start(options: object): Promise<StandIn> };
  writeKubeconfig(file: string, standIn: StandIn, contexts: object[], current: string): string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface ClusterState {
  kind: string;
  snapshot?: { context: string; objects: number; unread: { group: string; kind: string; reason: string }[] };
}
async function clusterState(): Promise<ClusterState> {
  const api = (await activeExtension()).exports as { testing?: { clusterState(): ClusterState } };
  if (!api.testing) throw new Error('the extension exposes no test API');
  return api.testing.clusterState();
}

const pod = (name: string, version: string): StoredObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels: { app: 'cart', version } },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
});
const LIVE: StoredObject[] = [
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'Gateway',
    metadata: { name: 'shop-gateway', namespace: 'default' },
    spec: {
      selector: { istio: 'ingressgateway' },
      servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'cart', namespace: 'default' },
    spec: { selector: { app: 'cart' }, ports: [{ name: 'http', port: 8080 }] },
  },
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: 'cart', namespace: 'default' },
    spec: {
      hosts: ['cart'],
      gateways: ['shop-gateway'],
      http: [
        {
          route: [
            { destination: { host: 'cart', subset: 'v1' }, weight: 100 },
            { destination: { host: 'cart', subset: 'v2' }, weight: 0 },
          ],
        },
      ],
    },
  },
  pod('cart-v1-0', 'v1'),
  pod('cart-v2-0', 'v2'),
  pod('cart-v2-1', 'v2'),
];

const SHOP = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: cart
  namespace: default
spec:
  hosts:
  - cart
  gateways:
  - shop-gateway
  http:
  - route:
    - destination:
        host: cart
        subset: v1
      weight: 90
    - destination:
        host: cart
        subset: v2
      weight: 10
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: cart
  namespace: default
spec:
  host: cart
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
`;
const TYPO = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: cart-public
  namespace: default
spec:
  hosts:
  - shop.example.com
  gateways:
  - shop-gatewy
  http:
  - route:
    - destination:
        host: cart
`;
const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: cart
  namespace: default
spec:
  parentRefs:
  - name: public-gateway
  rules:
  - backendRefs:
    - name: cart
      port: 8080
`;

describe('cluster snapshot against a Kubernetes API stand-in', function () {
  let standIn: StandIn;
  const saved = process.env.KUBECONFIG;
  const config = () => vscode.workspace.getConfiguration('istioCanary');

  before(async function () {
    standIn = await standInModule.KubeApiStandIn.start({
      users: [{ name: 'admin', token: 'cluster-e2e-token', canWrite: true }],
      forbiddenKinds: ['gateway.networking.k8s.io/Gateway'],
      lifetimeMs: 10 * 60_000,
    });
    for (const obj of LIVE) standIn.seed(obj);
    const kubeconfig = standInModule.writeKubeconfig(
      path.join(process.env.E2E_WORKSPACE ?? '/tmp', '..', 'cluster-e2e-kubeconfig'),
      standIn,
      [{ name: 'dev', user: { token: 'cluster-e2e-token' }, namespace: 'default' }],
      'dev',
    );
    // The extension host is this process: the client passes KUBECONFIG on to the server's kubectl.
    process.env.KUBECONFIG = kubeconfig;
    await activeExtension();
  });

  after(async function () {
    // The stand-in's kubeconfig goes first: with it still in place, the extension's kubeconfig
    // watch would name context `dev` again once the mode is back to onDemand, and switch to its
    // cached snapshot for the suites that follow.
    if (saved === undefined) delete process.env.KUBECONFIG;
    else process.env.KUBECONFIG = saved;
    // Off drops every snapshot in the server, so later suites check files alone again.
    await config().update('cluster.mode', 'off', vscode.ConfigurationTarget.Workspace);
    await waitFor(async () => (await clusterState()).kind === 'off', 'the snapshot to be dropped');
    // The server re-checks open files without the snapshot: nothing names the context any more.
    const typo = vscode.workspace.textDocuments.find((d) =>
      d.uri.path.endsWith('e2e-scratch/cluster/typo.yaml'),
    );
    if (typo)
      await waitForDiagnostics(
        typo.uri,
        (ds) => ds.length > 0 && !ds.some((d) => /of context dev/.test(d.message)),
        'the re-check without the snapshot',
      );
    await config().update('cluster.mode', undefined, vscode.ConfigurationTarget.Workspace);
    await standIn?.close();
  });

  it('reads the snapshot on request and checks the files over it', async function () {
    const shop = await createFile('e2e-scratch/cluster/shop.yaml', SHOP);
    const route = await createFile('e2e-scratch/cluster/route.yaml', ROUTE);
    const typo = await createFile('e2e-scratch/cluster/typo.yaml', TYPO);
    assert.equal((await clusterState()).kind, 'none', 'onDemand reads nothing until asked');

    await vscode.commands.executeCommand('istioCanary.refreshCluster');
    const state = await clusterState();
    assert.equal(state.kind, 'ready', JSON.stringify(state));
    assert.equal(state.snapshot?.context, 'dev');
    assert.deepEqual(state.snapshot?.unread, [
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', reason: 'forbidden' },
    ]);
    assert.deepEqual(standIn.writes(), [], 'the snapshot only reads (get and list)');

    // A misspelt gateway is an error naming the context.
    const typoFindings = await waitForDiagnostics(
      typo.uri,
      // The open-world warning (Gateways exist in namespace default) comes first; wait for the
      // re-check over the snapshot.
      (ds) => ds.some((d) => diagnosticCode(d) === 'gateway-not-found' && /of context dev/.test(d.message)),
      'gateway-not-found naming the context',
    );
    const gatewayError = typoFindings.find(
      (d) => diagnosticCode(d) === 'gateway-not-found' && /of context dev/.test(d.message),
    )!;
    assert.equal(gatewayError.severity, vscode.DiagnosticSeverity.Error);
    assert.match(gatewayError.message, /No Gateway `shop-gatewy` in namespace default of context dev/);

    // Drift: the file's 90/10 against the live 100/0, with the action that opens the diff.
    const shopFindings = await waitForDiagnostics(
      shop.uri,
      (ds) => ds.some((d) => diagnosticCode(d) === 'differs-from-cluster'),
      'differs-from-cluster on the weight',
    );
    // The live-only Gateway and Service resolve: no reference finding, drift instead.
    const references = ['gateway-not-found', 'host-not-found', 'subset-not-found'];
    assert.deepEqual(
      shopFindings.filter((d) => references.includes(diagnosticCode(d) ?? '')).map(describeDiagnostic),
      [],
    );
    const drift = shopFindings.find((d) => diagnosticCode(d) === 'differs-from-cluster')!;
    assert.equal(drift.severity, vscode.DiagnosticSeverity.Information);
    assert.match(
      drift.message,
      /Differs from context dev at `spec\.http\[0\]\.route\[0\]\.weight`: live 100\/0, file 90\/10/,
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      shop.uri,
      drift.range,
    );
    const diff = actions.find((a) => a.title === 'Diff against the cluster');
    assert.equal(diff?.command?.command, 'istioCanary.diffAgainstCluster');

    // The forbidden kind stays open-world: the unknown Gateway API parent is not reported.
    assert.deepEqual(
      ourDiagnostics(route.uri)
        .filter((d) => diagnosticCode(d) === 'route-not-accepted')
        .map(describeDiagnostic),
      [],
    );

    // Hover: the live-only Gateway is live; the subset counts the ready pods in dev.
    const at = (doc: vscode.TextDocument, needle: string) =>
      doc.positionAt(doc.getText().indexOf(needle) + needle.length - 1);
    const gatewayHover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      shop.uri,
      at(shop, '- shop-gateway'),
    );
    assert.match(hoverText(gatewayHover), /Live in context dev/);
    const subsetHover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      shop.uri,
      at(shop, 'subset: v2'),
    );
    assert.match(hoverText(subsetHover), /v2: 2 pods ready in dev/);
  });

  it('shows the live split beside the file split in the preview', async function () {
    const shop = await vscode.workspace.openTextDocument(
      vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'e2e-scratch', 'cluster', 'shop.yaml'),
    );
    await vscode.window.showTextDocument(shop);
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: shop.uri.toString() });
    const state = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<{ uri?: string; renderedText?: string }>(
        'istioCanary.preview._state',
      );
      return s.uri === shop.uri.toString() && /live 100\/0, file 90\/10/.test(s.renderedText ?? '') && s;
    }, 'the preview to render the live split');
    assert.match(state.renderedText ?? '', /Cluster dev: live 100\/0, file 90\/10/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
