// Simulate Request in a real VS Code: the command (given the request as an argument, as a
// keybinding or another extension would) asks the language server, which answers from the
// workspace index.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openFixture, waitFor } from './helpers';

/** The parts of protocol.ts's SimulateResult these tests read (the e2e project stands alone). */
interface SimulateResult {
  markdown: string;
  result: { destinations: { host: string; subset?: string; percent: number }[] };
}

describe('simulate request', () => {
  before(async () => {
    await activeExtension();
    await openFixture('scenarios/canary-90-10/reviews-header-match.yaml');
  });

  const simulate = (request: object) =>
    vscode.commands.executeCommand<SimulateResult | undefined>('istioCanary.simulateRequest', request);

  it('sends end-user jason to reviews v2, and everyone else to v3', async () => {
    // The index is built in the background after start-up: wait until the answer uses it.
    const jason = await waitFor(async () => {
      const r = await simulate({ host: 'reviews', headers: { 'end-user': 'jason' } });
      return r?.result.destinations.length ? r : undefined;
    }, 'a simulation answered from the workspace index');
    assert.deepEqual(
      jason.result.destinations.map((d) => [d.host, d.subset, d.percent]),
      [['reviews', 'v2', 100]],
    );
    const other = await simulate({ host: 'reviews', headers: { 'end-user': 'alice' } });
    assert.deepEqual(
      other?.result.destinations.map((d) => [d.host, d.subset, d.percent]),
      [['reviews', 'v3', 100]],
    );
  });

  it('splits requests through canary-gateway 90/10', async () => {
    const result = await simulate({ host: 'canary.example.com', gateway: 'canary-gateway', uri: '/' });
    assert.deepEqual(
      result?.result.destinations.map((d) => [d.subset, d.percent]),
      [
        ['v1', 90],
        ['v2', 10],
      ],
    );
    assert.match(result?.markdown ?? '', /90/);
  });
});
