// Workspace Trust: in an untrusted workspace the commands that touch a cluster refuse with a
// clear message, and neither kubectl nor the language server is asked anything. (The e2e harness
// runs VS Code with trust disabled, so this is tested with a stub `vscode` module, installed with
// a Module._load hook before the apply commands are loaded.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withStubs, withVscode } from '../../support/stubVscode';
import type * as ApplyCommandsModule from '../../../client/src/apply/applyCommands';
import { Commands } from '../../../protocol/src/commands';

const handlers = new Map<string, (...args: unknown[]) => unknown>();
const executed: string[] = [];
const vscodeApi: Record<string | symbol, unknown> = {
  workspace: withStubs({ isTrusted: false }),
  commands: {
    registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
      handlers.set(id, handler);
      return { dispose: () => undefined };
    },
    executeCommand: (id: string) => {
      executed.push(id);
      return Promise.resolve(undefined);
    },
  },
};
const { registerApplyCommands } = withVscode(
  vscodeApi,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  () => require('../../../client/src/apply/applyCommands') as typeof ApplyCommandsModule,
);

test('apply, apply canary and diff refuse in an untrusted workspace without running anything', async () => {
  const shown: string[] = [];
  const asked: string[] = [];
  const fail = (what: string) => () => {
    asked.push(what);
    return Promise.reject(new Error(`${what} must not be called in an untrusted workspace`));
  };
  const kubectl = {
    config: fail('kubectl config'),
    namespaces: fail('kubectl namespaces'),
    apply: fail('kubectl apply'),
    get: fail('kubectl get'),
    diff: fail('kubectl diff'),
  };
  const client = { sendRequest: fail('language server request') };
  const prompts = {
    confirm: fail('confirm'),
    typeToConfirm: fail('typeToConfirm'),
    pickContext: fail('pickContext'),
    pickNamespace: fail('pickNamespace'),
    showResult: (_kind: string, message: string, actions?: string[]) => {
      shown.push(message);
      return Promise.resolve(actions?.[0]);
    },
  };
  const context = { subscriptions: [] as unknown[] };
  const deps = {
    client,
    output: { appendLine: () => undefined },
    prompts: () => prompts,
    kubectl: () => kubectl,
    state: { get: () => undefined, update: () => Promise.resolve() },
  } as unknown as Parameters<typeof registerApplyCommands>[1];
  registerApplyCommands(context as unknown as Parameters<typeof registerApplyCommands>[0], deps);

  for (const id of [Commands.applyCurrentFile.id, Commands.applyCanary.id, Commands.diffAgainstCluster.id]) {
    const handler = handlers.get(id);
    assert.ok(handler, `${id} is registered`);
    shown.length = 0;
    await handler();
    assert.equal(shown.length, 1, `${id} says why it refuses`);
    assert.match(shown[0]!, /only in a trusted workspace/);
  }
  assert.deepEqual(asked, []);
  // The refusal's action opens VS Code's trust editor.
  assert.ok(executed.includes('workbench.trust.manage'));
});
