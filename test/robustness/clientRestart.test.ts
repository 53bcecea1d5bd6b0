// Issue 7: when the language server dies, the client restarts it and tells the user once; after
// too many deaths it stops restarting and says so. Tested on restartingErrorHandler with a stub
// `vscode` module (installed with a Module._load hook before the client code is loaded).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withVscode } from '../support/stubVscode';
import type * as LanguageClientModule from '../../client/src/languageClient';
import type * as VscodeLanguageClient from 'vscode-languageclient/node';

type Recorder = { warnings: string[]; errors: string[]; lines: string[] };
const recorded: Recorder = { warnings: [], errors: [], lines: [] };

const vscodeApi: Record<string | symbol, unknown> = {
  version: '1.100.0',
  window: {
    showWarningMessage: (message: string) => {
      recorded.warnings.push(message);
      return Promise.resolve(undefined);
    },
    showErrorMessage: (message: string) => {
      recorded.errors.push(message);
      return Promise.resolve(undefined);
    },
  },
};
const { restartingErrorHandler, CloseAction, ErrorAction } = withVscode(vscodeApi, () => ({
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ...(require('../../client/src/languageClient') as typeof LanguageClientModule),
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ...(require('vscode-languageclient/node') as typeof VscodeLanguageClient),
}));

const output = { appendLine: (line: string) => recorded.lines.push(line) } as unknown as Parameters<
  typeof restartingErrorHandler
>[0];

test('a dead server is restarted, and the user is told once', async () => {
  recorded.warnings.length = 0;
  recorded.errors.length = 0;
  const handler = restartingErrorHandler(output);
  for (let i = 0; i < 3; i++) {
    const result = await handler.closed();
    assert.equal(result.action, CloseAction.Restart, `death ${i + 1} restarts`);
  }
  assert.equal(recorded.warnings.length, 1, 'one message for three restarts');
  assert.match(recorded.warnings[0]!, /stopped unexpectedly and was restarted/);
  assert.equal(recorded.errors.length, 0);
  assert.ok(
    recorded.lines.some((l) => /restart 3 of/.test(l)),
    'each restart is logged',
  );
});

test('after repeated deaths the server is no longer restarted and the user is told why', async () => {
  recorded.warnings.length = 0;
  recorded.errors.length = 0;
  const handler = restartingErrorHandler(output);
  const actions = [];
  for (let i = 0; i < 7; i++) actions.push((await handler.closed()).action);
  assert.equal(actions.filter((a) => a === CloseAction.Restart).length, 5);
  assert.equal(actions[5], CloseAction.DoNotRestart);
  assert.equal(recorded.errors.length >= 1, true);
  assert.match(recorded.errors[0]!, /stopped repeatedly/);
});

test('an error on a single message does not stop the connection', async () => {
  const handler = restartingErrorHandler(output);
  const result = await handler.error(new Error('bad message'), undefined, 1);
  assert.equal(result.action, ErrorAction.Continue);
});
