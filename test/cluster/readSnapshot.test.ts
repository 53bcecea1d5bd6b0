// Reading a cluster snapshot with real kubectl against the Kubernetes API stand-in: every kind
// the checks use, namespaces chosen or all, forbidden and missing kinds left open, and a cluster
// that cannot be read failing with a message naming the context.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { execKubectl } from '../../server/src/cluster/execKubectl';
import {
  ClusterReadError,
  listArgs,
  readSnapshot,
  SNAPSHOT_KINDS,
} from '../../server/src/cluster/readSnapshot';
import { KubeApiStandIn, writeKubeconfig } from '../support/kube/kubeApiStandIn';
import { createKubeTestEnv, adminUser, type KubeTestEnv } from '../support/kube/kubeTestEnv';

const gateway = (name: string, namespace: string) => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'Gateway',
  metadata: { name, namespace },
  spec: {
    selector: { istio: 'ingressgateway' },
    servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }],
  },
});

void describe('cluster snapshot with kubectl', () => {
  let kube: KubeTestEnv;
  let restricted: KubeApiStandIn;
  const run = () => execKubectl({ kubectlPath: 'kubectl', env: kube.env, limitMs: 60_000 });

  before(async () => {
    // kubectl starts slowly on a busy machine: the stand-ins outlive the whole file.
    kube = await createKubeTestEnv('dev', { lifetimeMs: 900_000 });
    restricted = await KubeApiStandIn.start({
      users: [adminUser],
      forbiddenKinds: ['networking.istio.io/Gateway'],
      absentGroups: ['argoproj.io', 'flagger.app'],
      lifetimeMs: 900_000,
    });
    writeKubeconfig(
      kube.kubeconfig,
      kube.standIn,
      [
        { name: 'dev', user: adminUser, namespace: 'default' },
        { name: 'restricted', user: adminUser, namespace: 'default', server: restricted },
        { name: 'down', user: adminUser, namespace: 'default', server: 'https://127.0.0.1:1' },
      ],
      'dev',
    );
    kube.standIn.seed(gateway('shop-gateway', 'shop'));
    kube.standIn.seed(gateway('edge', 'istio-system'));
  });
  after(async () => {
    await restricted.close();
    await kube.dispose();
  });

  void test('lists every kind across all namespaces, with get/list verbs only and a request timeout', async () => {
    kube.standIn.seed({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'reviews-v2-0',
        namespace: 'shop',
        labels: { app: 'reviews', version: 'v2' },
        managedFields: [{ manager: 'x' }],
      },
      spec: { containers: [{ name: 'c', image: 'i' }] },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
    });
    kube.standIn.requests.length = 0;
    const snapshot = await readSnapshot(run(), { requestTimeoutSeconds: 10, now: () => 42 });
    assert.equal(snapshot.context, 'dev');
    assert.equal(snapshot.readAt, 42);
    assert.deepEqual(snapshot.unread, []);
    const names = snapshot.objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`).sort();
    assert.deepEqual(names, [
      'Gateway/istio-system/edge',
      'Gateway/shop/shop-gateway',
      'Pod/shop/reviews-v2-0',
    ]);
    const pod = snapshot.objects.find((o) => o.kind === 'Pod')!;
    assert.equal(pod.metadata.managedFields, undefined);
    assert.equal(pod.spec, undefined, 'pods are trimmed to metadata and readiness');
    assert.deepEqual(pod.status, { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] });
    assert.deepEqual(kube.standIn.writes(), []);
    const lists = kube.standIn.requests.filter((r) =>
      /^\/apis?\/.+\/(namespaces|services|pods|deployments|statefulsets|serviceentries|gateways|virtualservices|destinationrules|httproutes|rollouts|canaries)$/.test(
        r.path,
      ),
    );
    assert.equal(lists.length, SNAPSHOT_KINDS.length);
    assert.ok(!kube.standIn.requests.some((r) => r.path.includes('secrets')), 'never reads Secrets');
    assert.ok(
      lists.every((r) => r.query.timeout === '10s'),
      'every list carries the request timeout',
    );
  });

  void test('reads only the chosen namespaces', async () => {
    const snapshot = await readSnapshot(run(), {
      context: 'dev',
      namespaces: ['shop'],
      requestTimeoutSeconds: 10,
    });
    assert.deepEqual(snapshot.namespaces, ['shop']);
    assert.ok(snapshot.objects.every((o) => o.kind === 'Namespace' || o.metadata.namespace === 'shop'));
    assert.ok(snapshot.objects.some((o) => o.metadata.name === 'shop-gateway'));
  });

  void test('a forbidden kind and missing CRDs are named and left out, the rest is read', async () => {
    restricted.seed({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'reviews', namespace: 'default' },
    });
    const snapshot = await readSnapshot(run(), { context: 'restricted', requestTimeoutSeconds: 10 });
    assert.deepEqual(snapshot.unread.map((u) => `${u.group}/${u.kind}: ${u.reason}`).sort(), [
      'argoproj.io/Rollout: absent',
      'flagger.app/Canary: absent',
      'networking.istio.io/Gateway: forbidden',
    ]);
    assert.deepEqual(
      snapshot.objects.map((o) => o.metadata.name),
      ['reviews'],
    );
  });

  void test('an unreachable cluster fails the snapshot with a message naming the context', async () => {
    await assert.rejects(
      readSnapshot(run(), { context: 'down', requestTimeoutSeconds: 2 }),
      (error: unknown) =>
        error instanceof ClusterReadError &&
        /context "down" cannot be read/.test(error.message) &&
        error.context === 'down',
    );
    await assert.rejects(
      readSnapshot(run(), { context: 'nowhere', requestTimeoutSeconds: 2 }),
      /context "nowhere" does not exist/,
    );
  });

  void test('the list arguments name context and namespace explicitly', () => {
    const vs = SNAPSHOT_KINDS.find((k) => k.kind === 'VirtualService')!;
    assert.deepEqual(listArgs(vs, 'prod-eu', 'shop', 7), [
      'get',
      'virtualservices.networking.istio.io',
      '--context',
      'prod-eu',
      '--namespace',
      'shop',
      '--request-timeout=7s',
      '--output=json',
    ]);
    assert.deepEqual(listArgs(SNAPSHOT_KINDS[0]!, 'c', 'shop', 7), [
      'get',
      'namespaces',
      '--context',
      'c',
      '--request-timeout=7s',
      '--output=json',
    ]);
  });
});
