// The kubectl runner against the stand-in API server with real kubectl binaries: what kubectl
// sends, what the stand-in stores, and how each kind of failure reaches the user.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import {
  isProtectedContext,
  KubectlError,
  NodeKubectl,
  type KubectlFailureCause,
} from '../../../client/src/kube/kubectl';
import {
  createKubeTestEnv,
  kubectlBinariesUnderTest,
  type KubeTestEnv,
} from '../../support/kube/kubeTestEnv';

const scenario = join(__dirname, '../../../../test/fixtures/scenarios/canary-90-10');
const virtualYaml = readFileSync(join(scenario, 'virtual.yaml'), 'utf8');
/** virtual.yaml holds the VirtualService and then the DestinationRule; the runner gets one at a time. */
const [virtualServiceText, destinationRuleText] = parseAllDocuments(virtualYaml).map((d) => d.toString());

function weights(obj: unknown): number[] {
  const spec = (obj as { spec?: { http?: { route?: { weight?: number }[] }[] } }).spec;
  return (spec?.http?.[0]?.route ?? []).map((r) => r.weight ?? -1);
}

async function failureOf(promise: Promise<unknown>): Promise<KubectlError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof KubectlError, `expected a KubectlError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the kubectl command to fail');
}

void describe('kubectl runner against the stand-in', () => {
  let kube: KubeTestEnv;
  const logs: string[] = [];
  const kubectl = (path = 'kubectl', timeoutSeconds = 20) =>
    new NodeKubectl({ kubectlPath: path, timeoutSeconds, env: kube.env, log: (line) => logs.push(line) });

  before(async () => {
    kube = await createKubeTestEnv('dev');
  });
  after(async () => {
    await kube.dispose();
  });

  void test('reads the contexts, their clusters and namespaces from KUBECONFIG', async () => {
    const view = await kubectl().config();
    assert.equal(view.currentContext, 'dev');
    const dev = view.contexts.find((c) => c.name === 'dev');
    const prod = view.contexts.find((c) => c.name === 'prod-eu');
    assert.deepEqual(dev, {
      name: 'dev',
      cluster: 'dev-cluster',
      server: kube.standIn.url,
      user: 'dev-user',
      namespace: 'default',
    });
    assert.equal(prod?.namespace, 'shop');
    assert.equal(view.contexts.length, 6);
  });

  kubectlBinariesUnderTest().forEach((binary, index) => {
    void test(`${binary}: server dry run stores nothing, apply stores the 90/10 VirtualService`, async () => {
      const runner = kubectl(binary);
      // Each binary works in its own namespace, so the runs do not see each other's objects.
      const namespace = `team-${index}`;
      const target = { context: 'dev', namespace };
      const before = kube.standIn.writes().length;

      const dry = await runner.apply(virtualServiceText ?? '', target, { dryRun: true });
      assert.equal(dry[0]?.kind, 'VirtualService');
      assert.deepEqual(weights(dry[0]), [90, 10]);
      assert.equal(
        kube.standIn.object('VirtualService', namespace, 'canary'),
        undefined,
        'a dry run must store nothing',
      );
      const dryWrites = kube.standIn.writes().slice(before);
      assert.equal(dryWrites.length, 1);
      assert.equal(dryWrites[0]?.method, 'PATCH');
      assert.equal(
        dryWrites[0]?.path,
        `/apis/networking.istio.io/v1beta1/namespaces/${namespace}/virtualservices/canary`,
      );
      assert.equal(dryWrites[0]?.contentType, 'application/apply-patch+yaml');
      assert.deepEqual(
        {
          dryRun: dryWrites[0]?.query.dryRun,
          fieldManager: dryWrites[0]?.query.fieldManager,
          user: dryWrites[0]?.user,
        },
        { dryRun: 'All', fieldManager: 'istio-canary', user: 'admin' },
      );

      await runner.apply(destinationRuleText ?? '', target, { dryRun: false });
      const applied = await runner.apply(virtualServiceText ?? '', target, { dryRun: false });
      assert.equal(applied[0]?.metadata?.name, 'canary');
      const stored = kube.standIn.object('VirtualService', namespace, 'canary');
      assert.deepEqual(weights(stored), [90, 10]);
      assert.equal(stored?.metadata.namespace, namespace);
      assert.ok(kube.standIn.object('DestinationRule', namespace, 'canary'));
      const lastWrite = kube.standIn.writes().at(-1);
      assert.equal(lastWrite?.query.dryRun, undefined);

      const live = await runner.get(virtualServiceText ?? '', target);
      assert.deepEqual(weights(live[0]), [90, 10]);
    });
  });

  void test('get of an object that does not exist returns nothing', async () => {
    const text = (virtualServiceText ?? '').replace('name: canary', 'name: never-applied');
    assert.deepEqual(await kubectl().get(text, { context: 'dev', namespace: 'default' }), []);
  });

  void test('applies into the namespace it is given, whatever the context default', async () => {
    await kubectl().apply(
      destinationRuleText ?? '',
      { context: 'prod-eu', namespace: 'payments' },
      { dryRun: false },
    );
    assert.ok(kube.standIn.object('DestinationRule', 'payments', 'canary'));
    assert.equal(kube.standIn.object('DestinationRule', 'shop', 'canary'), undefined);
  });

  void test('diff returns the live and the merged object as kubectl diff computes them', async () => {
    const target = { context: 'dev', namespace: 'default' };
    await kubectl().apply(virtualServiceText ?? '', target, { dryRun: false });
    const changed = (virtualServiceText ?? '')
      .replace('weight: 90', 'weight: 80')
      .replace('weight: 10', 'weight: 20');
    const writesBefore = kube.standIn.writes().length;
    const files = await kubectl().diff(changed, target);
    assert.equal(files.length, 1);
    assert.match(files[0]?.name ?? '', /VirtualService\.default\.canary$/);
    assert.match(files[0]?.live ?? '', /weight: 90/);
    assert.match(files[0]?.merged ?? '', /weight: 80/);
    assert.doesNotMatch(files[0]?.merged ?? '', /managedFields/);
    assert.ok(
      kube.standIn
        .writes()
        .slice(writesBefore)
        .every((w) => w.query.dryRun === 'All'),
      'diff only sends dry runs',
    );
    assert.deepEqual(weights(kube.standIn.object('VirtualService', 'default', 'canary')), [90, 10]);
  });

  void test('lists namespaces of a context', async () => {
    kube.standIn.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    kube.standIn.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
    assert.deepEqual(await kubectl().namespaces('prod-eu'), ['default', 'shop']);
  });

  void test('every command line names --context and --namespace and goes to the log', () => {
    const applyLines = logs.filter((l) => l.startsWith('$ ') && / apply /.test(l));
    assert.ok(applyLines.length > 0);
    for (const line of applyLines) assert.match(line, /--context \S+ --namespace \S+ /);
    assert.ok(
      logs.some((l) => /serverside-applied|"kind": "VirtualService"/.test(l)),
      'kubectl output is logged too',
    );
  });

  const failures: {
    name: string;
    cause: KubectlFailureCause;
    message: RegExp;
    run: () => Promise<unknown>;
  }[] = [
    {
      name: 'forbidden by RBAC (403)',
      cause: 'forbidden',
      message: /RBAC: .*User "viewer" cannot patch resource "virtualservices"/,
      run: () =>
        kubectl().apply(
          virtualServiceText ?? '',
          { context: 'viewer', namespace: 'default' },
          { dryRun: true },
        ),
    },
    {
      name: 'Istio CRDs missing (404 for the kind)',
      cause: 'crds-missing',
      message:
        /does not serve VirtualService in networking\.istio\.io\/v1beta1: the Istio CRDs are not installed/,
      run: () =>
        kubectl().apply(
          virtualServiceText ?? '',
          { context: 'no-istio', namespace: 'default' },
          { dryRun: true },
        ),
    },
    {
      name: 'rejected as invalid by the server (422)',
      cause: 'invalid',
      message: /rejected the resource as invalid: .*spec\.http\[0\]\.route\[0\]\.weight/,
      run: () =>
        kubectl().apply(
          (virtualServiceText ?? '').replace('weight: 90', 'weight: "90"'),
          { context: 'dev', namespace: 'default' },
          { dryRun: true },
        ),
    },
    {
      name: 'unknown credentials (401)',
      cause: 'unauthorized',
      message: /did not accept your credentials/,
      run: () =>
        kubectl().apply(
          virtualServiceText ?? '',
          { context: 'stranger', namespace: 'default' },
          { dryRun: true },
        ),
    },
    {
      name: 'nothing listening (connection refused)',
      cause: 'unreachable',
      message: /cannot be reached .*connection refused/,
      run: () =>
        kubectl().apply(
          virtualServiceText ?? '',
          { context: 'down', namespace: 'default' },
          { dryRun: true },
        ),
    },
    {
      name: 'a context that is not in the kubeconfig',
      cause: 'no-context',
      message: /"staging" does not exist in your kubeconfig/,
      run: () =>
        kubectl().apply(
          virtualServiceText ?? '',
          { context: 'staging', namespace: 'default' },
          { dryRun: true },
        ),
    },
    {
      name: 'kubectl not installed',
      cause: 'kubectl-not-found',
      message: /kubectl was not found .*istioCanary\.kubectlPath/,
      run: () => kubectl('/nonexistent/bin/kubectl').config(),
    },
  ];
  for (const failure of failures) {
    void test(`failure: ${failure.name}`, async () => {
      const error = await failureOf(failure.run());
      assert.equal(error.failure, failure.cause, error.message);
      assert.match(error.message, failure.message);
    });
  }

  void test('failure: a field owned by another manager is a conflict (409), and nothing is forced', async () => {
    kube.standIn.seed({
      apiVersion: 'networking.istio.io/v1beta1',
      kind: 'VirtualService',
      metadata: { name: 'canary', namespace: 'legacy' },
      spec: { hosts: ['*'], http: [{ route: [{ destination: { host: 'canary' } }] }] },
    });
    const error = await failureOf(
      kubectl().apply(virtualServiceText ?? '', { context: 'dev', namespace: 'legacy' }, { dryRun: false }),
    );
    assert.equal(error.failure, 'conflict');
    assert.match(error.message, /Another field manager owns fields .*kubectl-client-side-apply/);
    assert.deepEqual(weights(kube.standIn.object('VirtualService', 'legacy', 'canary')), [-1]);
    assert.ok(kube.standIn.writes().every((w) => w.query.force !== 'true'));
  });

  void test('failure: a cluster that stops answering times out as unreachable', async () => {
    kube.standIn.stalled = true;
    try {
      const started = Date.now();
      const error = await failureOf(
        kubectl('kubectl', 1).apply(
          virtualServiceText ?? '',
          { context: 'dev', namespace: 'default' },
          { dryRun: true },
        ),
      );
      assert.equal(error.failure, 'unreachable', error.message);
      assert.match(error.message, /cannot be reached|did not finish/);
      assert.ok(Date.now() - started < 15_000, 'the request timeout is honoured');
    } finally {
      kube.standIn.stalled = false;
    }
  });
});

void describe('protected contexts', () => {
  const patterns = ['*prod*', '*production*'];
  for (const [context, expected] of [
    ['prod-eu', true],
    ['arn:aws:eks:eu-west-1:123456789012:cluster/prod-eu', true],
    ['gke_shop_europe-west1_production', true],
    ['PROD', true],
    ['dev', false],
    ['staging-eu', false],
    ['kind-kind', false],
  ] as const) {
    void test(`${context} is ${expected ? '' : 'not '}protected`, () => {
      assert.equal(isProtectedContext(context, patterns), expected);
    });
  }
  void test('? matches one character and regex characters are literal', () => {
    assert.equal(isProtectedContext('eu-1', ['eu-?']), true);
    assert.equal(isProtectedContext('eu-12', ['eu-?']), false);
    assert.equal(isProtectedContext('a.b', ['a.b']), true);
    assert.equal(isProtectedContext('axb', ['a.b']), false);
  });
  void test('braces and classes are globs too', () => {
    assert.equal(isProtectedContext('eu-live', ['*-{live,prod}']), true);
    assert.equal(isProtectedContext('eu-test', ['*-{live,prod}']), false);
    assert.equal(isProtectedContext('eu-3', ['eu-[0-9]']), true);
  });
});
