// The apply flow with its dependencies replaced by test doubles (ApplyDeps: a scripted server
// connection, prompts and kubectl, an in-memory workspace state), over a stub `vscode` module:
// the order of dry run, confirmation and apply, the refusal on errors, and typed confirmation
// on a protected context.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withStubs, withVscode } from '../../support/stubVscode';
import type * as ApplyFlowModule from '../../../client/src/apply/applyFlow';
import type * as KubeTargetModule from '../../../client/src/apply/kubeTarget';
import type { ApplyDeps } from '../../../client/src/apply/deps';
import type { CanaryResourcesResult } from '../../../protocol/src/protocol';

const settings: Record<string, unknown> = { protectedContexts: ['*prod*'] };
const vscodeApi: Record<string | symbol, unknown> = {
  workspace: withStubs({
    isTrusted: true,
    getConfiguration: () => ({ get: (name: string) => settings[name] }),
    openTextDocument: () => Promise.resolve({ getText: () => 'apiVersion: networking.istio.io/v1\n' }),
    asRelativePath: (uri: { path?: string }) => String(uri.path ?? 'file.yaml'),
  }),
  window: withStubs({
    activeTextEditor: undefined,
    withProgress: (_options: unknown, task: (progress: { report(): void }) => unknown) =>
      task({ report: () => undefined }),
  }),
  Uri: withStubs({
    parse: (text: string) => ({ path: text.replace(/^file:\/\//, ''), toString: () => text }),
  }),
};
const { ApplyFlow } = withVscode(
  vscodeApi,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  () => require('../../../client/src/apply/applyFlow') as typeof ApplyFlowModule,
);
const { KubeTarget } = withVscode(
  vscodeApi,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  () => require('../../../client/src/apply/kubeTarget') as typeof KubeTargetModule,
);

const resource = (kind: string, name: string) => ({
  uri: 'file:///w/canary.yaml',
  kind,
  apiVersion: 'networking.istio.io/v1',
  name,
  range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
});

function setUp(answer: CanaryResourcesResult, context = 'dev', typed?: string) {
  const calls: string[] = [];
  const kubectl = {
    config: () =>
      Promise.resolve({
        currentContext: context,
        contexts: [{ name: context, cluster: `${context}-cluster`, namespace: 'shop' }],
      }),
    namespaces: () => Promise.resolve([]),
    get: () => Promise.resolve([]),
    apply: (_text: string, target: { context: string; namespace: string }, options: { dryRun: boolean }) => {
      calls.push(`${options.dryRun ? 'dry run' : 'apply'} on ${target.context}/${target.namespace}`);
      return Promise.resolve([{ kind: 'X', metadata: { name: 'x' } }]);
    },
    diff: () => Promise.resolve([]),
  };
  const prompts = {
    confirm: (message: string) => {
      calls.push(`confirm: ${message}`);
      return Promise.resolve(true);
    },
    typeToConfirm: (message: string, _detail: string, expected: string) => {
      calls.push(`type ${expected}: ${message}`);
      return Promise.resolve(typed === expected);
    },
    pickContext: () => Promise.resolve(undefined),
    pickNamespace: () => Promise.resolve(undefined),
    showResult: (kind: string, message: string) => {
      calls.push(`${kind}: ${message}`);
      return Promise.resolve(undefined);
    },
  };
  const client = {
    sendRequest: (type: { method: string }) => {
      calls.push(`request ${type.method}`);
      return Promise.resolve(answer);
    },
    code2ProtocolConverter: { asUri: (uri: { toString(): string }) => uri.toString() },
    protocol2CodeConverter: { asUri: (uri: string) => uri },
  };
  const state = new Map<string, unknown>();
  const deps = {
    client,
    output: { appendLine: () => undefined, show: () => undefined },
    prompts: () => prompts,
    kubectl: () => kubectl,
    state: { get: (key: string) => state.get(key), update: (key: string, v: unknown) => state.set(key, v) },
  } as unknown as ApplyDeps;
  const flow = new ApplyFlow(deps, new KubeTarget(deps));
  const uri = { toString: () => 'file:///w/canary.yaml', path: '/w/canary.yaml' };
  return { calls, apply: () => flow.apply(uri as never, undefined, true) };
}

describe('ApplyFlow', () => {
  it('dry-runs every resource, asks once naming context and namespace, then applies in order', async () => {
    const { calls, apply } = setUp({
      resources: [resource('VirtualService', 'canary'), resource('DestinationRule', 'canary')],
      errors: [],
    });
    await apply();
    assert.deepEqual(calls.slice(0, 3), [
      'request istioCanary/canaryResources',
      'dry run on dev/shop',
      'dry run on dev/shop',
    ]);
    assert.match(
      calls[3]!,
      /^confirm: Apply 2 resources to context "dev" \(cluster dev-cluster\), namespace shop\?/,
    );
    assert.deepEqual(calls.slice(4, 6), ['apply on dev/shop', 'apply on dev/shop']);
    assert.match(
      calls[6]!,
      /^info: Applied to context "dev": DestinationRule\/canary .*VirtualService\/canary/,
    );
    assert.equal(calls.length, 7);
  });

  it('refuses when the server reports errors, before asking kubectl anything', async () => {
    const { calls, apply } = setUp({
      resources: [resource('VirtualService', 'canary')],
      errors: [
        {
          uri: 'file:///w/canary.yaml',
          range: { start: { line: 14, character: 6 }, end: { line: 14, character: 16 } },
          code: 'weight-sum',
          message: 'weights add up to 110',
        },
      ],
    });
    await apply();
    assert.deepEqual(calls, [
      'request istioCanary/canaryResources',
      'error: Not applied: the resources have 1 error. Fix them first. First: weights add up to 110 (/w/canary.yaml:15)',
    ]);
  });

  it('wants the context name typed on a protected context, and applies nothing when it is not', async () => {
    const { calls, apply } = setUp(
      { resources: [resource('VirtualService', 'canary')], errors: [] },
      'prod-eu',
      'prod',
    );
    await apply();
    assert.deepEqual(
      calls.map((c) => c.split(':')[0]),
      ['request istioCanary/canaryResources', 'dry run on prod-eu/shop', 'type prod-eu'],
    );
  });

  it('says when the file holds nothing to apply', async () => {
    const { calls, apply } = setUp({ resources: [], errors: [] });
    await apply();
    assert.deepEqual(calls, [
      'request istioCanary/canaryResources',
      'warning: This file holds no Kubernetes resources to apply.',
    ]);
  });
});
