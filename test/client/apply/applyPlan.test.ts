// The apply plan is pure: resources in, ordered steps with exact kubectl arguments out, plus the
// confirmation text and the result message.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  changeOf,
  confirmationText,
  planApply,
  resultSummary,
  type PlanResource,
} from '../../../client/src/apply/applyPlan';

function resource(kind: string, name: string, extra: Partial<PlanResource> = {}): PlanResource {
  return {
    uri: `file:///w/${name}.yaml`,
    kind,
    apiVersion: 'networking.istio.io/v1beta1',
    name,
    text: `kind: ${kind}\n`,
    ...extra,
  };
}

const canary = [
  resource('VirtualService', 'canary', { uri: 'file:///w/virtual.yaml' }),
  resource('DestinationRule', 'canary', { uri: 'file:///w/virtual.yaml' }),
  resource('Gateway', 'canary-gateway', { uri: 'file:///w/gateway.yaml' }),
];

void describe('planApply', () => {
  void test('orders Gateways and DestinationRules before VirtualServices', () => {
    const plan = planApply({
      resources: canary,
      context: 'dev',
      namespace: 'default',
      requestTimeoutSeconds: 30,
    });
    assert.deepEqual(
      plan.steps.map((s) => s.label),
      ['Gateway/canary-gateway', 'DestinationRule/canary', 'VirtualService/canary'],
    );
    assert.deepEqual(plan.problems, []);
  });

  void test('puts namespaces and workloads first and keeps the written order within a kind', () => {
    const plan = planApply({
      resources: [
        resource('VirtualService', 'b'),
        resource('Deployment', 'appv1', { apiVersion: 'apps/v1' }),
        resource('VirtualService', 'a'),
        resource('Namespace', 'shop', { apiVersion: 'v1' }),
        resource('ServiceEntry', 'ext'),
      ],
      context: 'dev',
      namespace: 'default',
      requestTimeoutSeconds: 30,
    });
    assert.deepEqual(
      plan.steps.map((s) => s.label),
      ['Namespace/shop', 'Deployment/appv1', 'ServiceEntry/ext', 'VirtualService/b', 'VirtualService/a'],
    );
  });

  void test('gives every step exact argument arrays with --context and --namespace', () => {
    const plan = planApply({
      resources: [canary[0]!],
      context: 'prod-eu',
      namespace: 'shop',
      requestTimeoutSeconds: 12,
    });
    const step = plan.steps[0]!;
    assert.deepEqual(step.dryRunArgs, [
      'apply',
      '--context',
      'prod-eu',
      '--namespace',
      'shop',
      '--server-side',
      '--field-manager=istio-canary',
      '--dry-run=server',
      '--request-timeout=12s',
      '--output=json',
      '--filename=-',
    ]);
    assert.deepEqual(step.applyArgs, [
      'apply',
      '--context',
      'prod-eu',
      '--namespace',
      'shop',
      '--server-side',
      '--field-manager=istio-canary',
      '--request-timeout=12s',
      '--output=json',
      '--filename=-',
    ]);
  });

  void test('a namespace written in the manifest wins over the selected one, and the label says so', () => {
    const plan = planApply({
      resources: [resource('DestinationRule', 'forecast-dr', { namespace: 'weather' })],
      context: 'dev',
      namespace: 'default',
      requestTimeoutSeconds: 30,
    });
    assert.deepEqual(plan.steps[0]?.target, { context: 'dev', namespace: 'weather' });
    assert.equal(plan.steps[0]?.label, 'DestinationRule/forecast-dr (namespace weather)');
    assert.ok(plan.steps[0]?.applyArgs.includes('weather'));
  });

  void test('refuses the same resource twice, naming both files', () => {
    const plan = planApply({
      resources: [
        resource('DestinationRule', 'forecast-dr', { uri: 'file:///w/v1.yaml' }),
        resource('DestinationRule', 'forecast-dr', { uri: 'file:///w/v2.yaml' }),
      ],
      context: 'dev',
      namespace: 'default',
      requestTimeoutSeconds: 30,
    });
    assert.equal(plan.steps.length, 1);
    assert.equal(plan.problems.length, 1);
    assert.match(
      plan.problems[0] ?? '',
      /defined twice \(file:\/\/\/w\/v1\.yaml and file:\/\/\/w\/v2\.yaml\)/,
    );
  });

  void test('refuses resources without a name', () => {
    const plan = planApply({
      resources: [resource('VirtualService', '')],
      context: 'dev',
      namespace: 'default',
      requestTimeoutSeconds: 30,
    });
    assert.deepEqual(plan.steps, []);
    assert.match(plan.problems[0] ?? '', /no kind or metadata\.name/);
  });
});

void describe('changeOf', () => {
  const live = {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: 'a', resourceVersion: '5', uid: 'u' },
    spec: { hosts: ['a'] },
  };
  void test('created when nothing is live', () => assert.equal(changeOf(undefined, live), 'created'));
  void test('unchanged when only server-managed fields and the version differ', () => {
    assert.equal(
      changeOf(live, {
        ...live,
        apiVersion: 'networking.istio.io/v1beta1',
        metadata: { name: 'a', resourceVersion: '6', uid: 'u' },
      }),
      'unchanged',
    );
  });
  void test('configured when the spec differs', () =>
    assert.equal(changeOf(live, { ...live, spec: { hosts: ['b'] } }), 'configured'));
  void test('configured when a label differs', () =>
    assert.equal(changeOf(live, { ...live, metadata: { name: 'a', labels: { x: 'y' } } }), 'configured'));
});

void describe('confirmation and result texts', () => {
  const plan = planApply({
    resources: canary,
    context: 'prod-eu',
    namespace: 'shop',
    requestTimeoutSeconds: 30,
  });

  void test('the confirmation names context, cluster, namespace and each resource with its change', () => {
    const text = confirmationText(
      plan,
      { context: 'prod-eu', cluster: 'eu-cluster', server: 'https://10.0.0.1' },
      [
        { ok: true, change: 'created' },
        { ok: true, change: 'unchanged' },
        { ok: true, change: 'configured' },
      ],
    );
    assert.equal(
      text.message,
      'Apply 3 resources to context "prod-eu" (cluster eu-cluster), namespace shop?',
    );
    assert.equal(
      text.detail,
      'Server: https://10.0.0.1\nThe server accepted all of them in a dry run.\n\nGateway/canary-gateway: created\nDestinationRule/canary: unchanged\nVirtualService/canary: configured',
    );
  });

  void test('a complete apply lists what was applied', () => {
    const summary = resultSummary(
      plan,
      plan.steps.map(() => ({ status: 'applied', change: 'configured' }) as const),
    );
    assert.deepEqual(summary, {
      ok: true,
      message:
        'Applied to context "prod-eu": Gateway/canary-gateway (configured), DestinationRule/canary (configured), VirtualService/canary (configured).',
    });
  });

  void test('a failed step says what was applied, what failed and what was not attempted', () => {
    const summary = resultSummary(plan, [
      { status: 'applied', change: 'created' },
      { status: 'failed', message: 'Not allowed by RBAC' },
    ]);
    assert.equal(summary.ok, false);
    assert.equal(
      summary.message,
      'Apply to context "prod-eu" stopped. Applied: Gateway/canary-gateway (created). Failed: DestinationRule/canary: Not allowed by RBAC Not attempted: VirtualService/canary.',
    );
  });

  void test('a failure at the first step says nothing was applied', () => {
    const summary = resultSummary(plan, [{ status: 'failed', message: 'x' }]);
    assert.match(
      summary.message,
      /Nothing was applied\. Failed: Gateway\/canary-gateway: x Not attempted: DestinationRule\/canary, VirtualService\/canary\./,
    );
  });
});
