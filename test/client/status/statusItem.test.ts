// The status item follows the server's istioCanary/status notification: the scan's progress
// while indexing, then that the index is ready (with a stub `vscode` module).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withStubs, withVscode } from '../../support/stubVscode';
import type * as StatusItemModule from '../../../client/src/statusItem';
import type { ServerConnection } from '../../../client/src/serverConnection';
import type { StatusParams } from '../../../protocol/src/protocol';

const item: { text?: string; tooltip?: string; show(): void; hide(): void } = {
  show: () => undefined,
  hide: () => undefined,
};
const vscodeApi: Record<string | symbol, unknown> = {
  window: withStubs({ createStatusBarItem: () => item, activeTextEditor: undefined }),
};
const { registerStatusItem } = withVscode(
  vscodeApi,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  () => require('../../../client/src/statusItem') as typeof StatusItemModule,
);

test('the status item shows indexing progress, then that the index is ready', () => {
  let handler: ((params: StatusParams) => void) | undefined;
  const connection = {
    onNotification: (_method: string, h: (params: StatusParams) => void) => {
      handler = h;
      return { dispose: () => undefined };
    },
  } as unknown as ServerConnection;
  registerStatusItem({ subscriptions: [] } as never, connection);
  handler!({ state: 'indexing', indexedFiles: 1234, scannedFiles: 1234, totalFiles: 2000 });
  assert.equal(item.text, '$(sync~spin) Istio 1,234/2,000');
  assert.match(item.tooltip!, /indexing the workspace 1,234\/2,000/);
  handler!({ state: 'idle', indexedFiles: 2000 });
  assert.equal(item.text, '$(check) Istio');
  assert.equal(item.tooltip, 'Istio Canary: index ready (2,000 YAML files indexed)');
});
