// The editor's side of the cluster snapshot, below the client: the server's reading of a snapshot
// for the `istioCanary/readCluster` request (failures and cancellation are answers, never throws),
// the per-context cache that hands the active snapshot to the language service, and what the
// service shows with it (live hover, live split beside the file's split, controller-owned routes).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClusterSnapshot, LiveObject } from '../../protocol/src/cluster';
import type { KubectlRunner } from '../../server/src/cluster/readSnapshot';
import { createLanguageService } from '../../server/src/languageService';
import { ClusterSnapshots, readForRequest } from '../../server/src/lsp/handlers/cluster';

const vs = (weights: [number, number]): LiveObject => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: { name: 'reviews', namespace: 'default' },
  spec: {
    hosts: ['reviews'],
    gateways: ['shop-gateway'],
    http: [
      {
        name: 'primary',
        route: [
          { destination: { host: 'reviews', subset: 'v1' }, weight: weights[0] },
          { destination: { host: 'reviews', subset: 'v2' }, weight: weights[1] },
        ],
      },
    ],
  },
});
const live: LiveObject[] = [
  vs([100, 0]),
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'reviews', namespace: 'default' },
    spec: { selector: { app: 'reviews' }, ports: [{ name: 'http', port: 9080 }] },
  },
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'DestinationRule',
    metadata: { name: 'reviews', namespace: 'default' },
    spec: {
      host: 'reviews',
      subsets: ['v1', 'v2'].map((name) => ({ name, labels: { version: name } })),
    },
  },
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'Gateway',
    metadata: { name: 'shop-gateway', namespace: 'default' },
    spec: {
      selector: { istio: 'ingressgateway' },
      servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }],
    },
  },
  ...['a', 'b', 'c'].map((n): LiveObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `reviews-v2-${n}`, namespace: 'default', labels: { app: 'reviews', version: 'v2' } },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: n === 'c' ? 'False' : 'True' }] },
  })),
];
const snapshot = (objects: LiveObject[], context = 'dev'): ClusterSnapshot => ({
  context,
  readAt: 1000,
  objects,
  unread: [],
});

const vsText = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts:
  - reviews
  gateways:
  - shop-gateway
  http:
  - name: primary
    route:
    - destination:
        host: reviews
        subset: v1
      weight: 90
    - destination:
        host: reviews
        subset: v2
      weight: 10
`;

function service(snap: ClusterSnapshot | undefined) {
  const ls = createLanguageService();
  ls.setClusterSnapshot(snap);
  const file = ls.parse(TextDocument.create('file:///ws/vs.yaml', 'yaml', 1, vsText));
  ls.setWorkspaceFile(file);
  const hoverAt = (needle: string, occurrence = 0) => {
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = vsText.indexOf(needle, offset + 1);
    const value = ls.hover(file, file.document.positionAt(offset + needle.length - 1))?.contents;
    return value && typeof value === 'object' && 'value' in value ? value.value : '';
  };
  return { ls, file, hoverAt };
}

void describe('the editor with a cluster snapshot', () => {
  test('hover on a subset names the live DestinationRule and counts the ready pods in the context', () => {
    const { hoverAt } = service(snapshot(live));
    const text = hoverAt('subset: v2');
    assert.match(text, /Subset of DestinationRule `reviews` \(live in context dev\)/);
    // Two of the three v2 pods are ready.
    assert.match(text, /v2: 2 pods ready in dev/);
    assert.match(hoverAt('subset: v1'), /v1: 0 pods ready in dev/);
  });

  test('hover on a live-only gateway and host says they are live', () => {
    const { hoverAt } = service(snapshot(live));
    assert.match(hoverAt('shop-gateway'), /Gateway default\/shop-gateway\*\*\n\nLive in context dev/);
    assert.match(hoverAt('host: reviews'), /Service `reviews`: live in context dev/);
  });

  test('without a snapshot the hover says nothing about a cluster', () => {
    const { hoverAt } = service(undefined);
    assert.doesNotMatch(hoverAt('subset: v2'), /pods ready|live/);
    assert.match(hoverAt('shop-gateway'), /Not defined in the workspace\./);
  });

  test('the split carries the live split beside the file split', () => {
    const { ls, file } = service(snapshot(live));
    const route = ls.trafficSplit(file)[0]!.routes[0]!;
    assert.deepEqual(route.live, {
      context: 'dev',
      percents: [100, 0],
      text: 'live 100/0, file 90/10',
      same: false,
    });
    assert.equal(route.controller, undefined);
    const same = service(snapshot([vs([90, 10])]));
    assert.equal(same.ls.trafficSplit(same.file)[0]!.routes[0]!.live?.text, 'live 90/10 (same as the file)');
    const absent = service(snapshot([]));
    assert.equal(absent.ls.trafficSplit(absent.file)[0]!.routes[0]!.live?.text, 'not live');
    const none = service(undefined);
    assert.equal(none.ls.trafficSplit(none.file)[0]!.routes[0]!.live, undefined);
  });

  test('a route whose weights an Argo Rollout or a Flagger Canary sets is marked with it', () => {
    const rollout = (routes?: string[]): LiveObject => ({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'reviews', namespace: 'default' },
      spec: {
        strategy: {
          canary: {
            trafficRouting: { istio: { virtualService: { name: 'reviews', ...(routes ? { routes } : {}) } } },
          },
        },
      },
    });
    const controllerWith = (objects: LiveObject[]) => {
      const { ls, file } = service(snapshot([...live, ...objects]));
      return ls.trafficSplit(file)[0]!.routes[0]!.controller;
    };
    assert.equal(controllerWith([rollout()]), 'Argo Rollout default/reviews');
    assert.equal(controllerWith([rollout(['primary'])]), 'Argo Rollout default/reviews');
    assert.equal(controllerWith([rollout(['other'])]), undefined);
    const canary: LiveObject = {
      apiVersion: 'flagger.app/v1beta1',
      kind: 'Canary',
      metadata: { name: 'reviews-canary', namespace: 'default' },
      spec: { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'reviews' } },
    };
    assert.equal(controllerWith([canary]), 'Flagger Canary default/reviews-canary');
  });
});

void describe('the server reads a snapshot for the editor', () => {
  const list = (items: unknown[]) => JSON.stringify({ items });

  test('a read of chosen namespaces runs kubectl per namespace, never across all of them', async () => {
    const calls: string[][] = [];
    const runner: KubectlRunner = (args) => {
      calls.push([...args]);
      return Promise.resolve({ stdout: list([]), stderr: '', exitCode: 0 });
    };
    const params = { context: 'dev', namespaces: ['shop'], kubectlPath: 'kubectl', requestTimeoutSeconds: 5 };
    const read = await readForRequest(params, runner, undefined);
    assert.ok('snapshot' in read);
    assert.ok(calls.length > 0);
    for (const args of calls) {
      assert.ok(!args.includes('--all-namespaces'), args.join(' '));
      // Namespaces are listed as such; every other kind is read in `shop` only.
      if (args[1] !== 'namespaces') assert.ok(args.join(' ').includes('shop'), args.join(' '));
    }
  });

  test('a read answers the snapshot; a failure and a cancellation are answers, not exceptions', async () => {
    const calls: string[][] = [];
    const ok: KubectlRunner = (args) => {
      calls.push([...args]);
      const kind = args[1];
      if (kind === 'rollouts.argoproj.io')
        return Promise.resolve({
          stdout: '',
          stderr: `error: the server doesn't have a resource type "rollouts"`,
          exitCode: 1,
        });
      return Promise.resolve({
        stdout: kind === 'services' ? list([live[1]]) : list([]),
        stderr: '',
        exitCode: 0,
      });
    };
    const params = { context: 'dev', kubectlPath: 'kubectl', requestTimeoutSeconds: 5 };
    const read = await readForRequest(params, ok, undefined);
    assert.ok('snapshot' in read);
    assert.equal(read.snapshot.context, 'dev');
    assert.equal(read.snapshot.objects.length, 1);
    assert.deepEqual(read.snapshot.unread, [{ group: 'argoproj.io', kind: 'Rollout', reason: 'absent' }]);
    // Only get, with the context and a request timeout; never Secrets.
    assert.ok(
      calls.every((c) => c[0] === 'get' && c.includes('--context') && c.includes('--request-timeout=5s')),
    );
    assert.ok(!calls.some((c) => c.some((a) => /secret/i.test(a))));

    const down: KubectlRunner = () =>
      Promise.resolve({
        stdout: '',
        stderr: 'Unable to connect to the server: dial tcp 127.0.0.1:1: connect: connection refused',
        exitCode: 1,
      });
    const failed = await readForRequest(params, down, undefined);
    assert.deepEqual(failed, {
      ok: false,
      cancelled: false,
      message:
        'The cluster of context "dev" cannot be read: Unable to connect to the server: dial tcp 127.0.0.1:1: connect: connection refused',
    });

    let cancel: () => void = () => undefined;
    const token = {
      isCancellationRequested: false,
      onCancellationRequested: (listener: () => void) => {
        cancel = listener;
        return { dispose: () => undefined };
      },
    };
    const slow: KubectlRunner = (_args, signal) =>
      new Promise((resolve) => {
        signal?.addEventListener('abort', () => resolve({ stdout: '', stderr: 'killed', exitCode: 1 }));
      });
    const pending = readForRequest(params, slow, token as never);
    cancel();
    assert.deepEqual(await pending, {
      ok: false,
      cancelled: true,
      message: 'The cluster read was cancelled.',
    });
  });

  test('snapshots are kept per context; switching back uses the cached one, null drops them all', () => {
    const ls = createLanguageService();
    let changes = 0;
    const snapshots = new ClusterSnapshots(
      () => ls,
      () => changes++,
    );
    snapshots.put(snapshot(live, 'dev'));
    assert.equal(ls.workspace.cluster?.snapshot.context, 'dev');
    snapshots.put(snapshot([], 'prod'));
    assert.equal(ls.workspace.cluster?.snapshot.context, 'prod');
    assert.equal(snapshots.use('dev')?.context, 'dev');
    assert.equal(ls.workspace.cluster?.snapshot.context, 'dev');
    // Using the active one again changes nothing, and re-checks nothing.
    const before = changes;
    snapshots.use('dev');
    assert.equal(changes, before);
    assert.equal(snapshots.use('staging'), undefined);
    assert.equal(ls.workspace.cluster, undefined);
    snapshots.use(null);
    assert.equal(snapshots.use('dev'), undefined, 'the cache is dropped');
    assert.equal(changes, 4);
  });

  test('null while a snapshot is active takes it out of the service (mode off)', () => {
    const ls = createLanguageService();
    let changes = 0;
    const snapshots = new ClusterSnapshots(
      () => ls,
      () => changes++,
    );
    snapshots.put(snapshot(live, 'dev'));
    assert.equal(ls.workspace.cluster?.snapshot.context, 'dev');
    assert.equal(snapshots.use(null), undefined);
    assert.equal(ls.workspace.cluster, undefined, 'the files are checked alone again');
    assert.equal(changes, 2, 'and the open files are re-checked');
  });
});

void describe('the subset hover with many live pods', () => {
  test('names ten workloads and counts the rest', () => {
    const pods = Array.from({ length: 12 }, (_, i): LiveObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `reviews-v2-${i}`, namespace: 'default', labels: { app: 'reviews', version: 'v2' } },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
    }));
    const { hoverAt } = service(snapshot([...live.filter((o) => o.kind !== 'Pod'), ...pods]));
    const text = hoverAt('subset: v2');
    assert.match(text, /Pod `reviews-v2-9` \(default\) and 2 more\./);
    assert.match(text, /v2: 12 pods ready in dev/);
  });
});
