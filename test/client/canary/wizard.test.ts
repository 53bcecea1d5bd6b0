// The New Canary wizard's question flow with a scripted prompter, on the workspace facts the
// language server reports for the scenario's Service, Deployments and Gateway (what request
// `istioCanary/workspaceFacts` answers), and the label suggestions it makes.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type PickItem,
  type Prompter,
  runCanaryWizard,
  scriptedPrompter,
  suggestFileName,
} from '../../../client/src/canary/wizardFlow';
import { distinguishingLabels, suggestSubsetName } from '../../../client/src/canary/workspaceFacts';
import type { WorkspaceFacts } from '../../../protocol/src/newCanary';
import { serviceWith } from '../../support/service';
import { readScenario } from '../preview/splitFixtures';

const CANARY_FILES = [
  'canary-90-10/deployment.yaml',
  'canary-90-10/service.yaml',
  'canary-90-10/gateway.yaml',
];
const facts = (): WorkspaceFacts =>
  serviceWith(
    Object.fromEntries(CANARY_FILES.map((f) => [`/w/${f}`, readScenario(f)])),
  ).service.workspaceFacts();
const noFacts: WorkspaceFacts = { services: [], workloads: [], gateways: [] };

void describe('wizard suggestions', () => {
  void it('tells a version by the labels the selector does not fix', () => {
    assert.deepEqual(distinguishingLabels({ app: 'v1', apply: 'canary' }, { apply: 'canary' }), {
      app: 'v1',
    });
    assert.deepEqual(distinguishingLabels({ app: 'x' }, { app: 'x' }), { app: 'x' });
    assert.equal(suggestSubsetName({ app: 'reviews', version: 'V2.1' }, 'v9'), 'v2-1');
    assert.equal(suggestSubsetName({}, 'v9'), 'v9');
  });
});

void describe('runCanaryWizard', () => {
  void it('offers the workspace Service, workloads and Gateway, and builds the answers from the picks', async () => {
    const asked: string[] = [];
    const offered: Record<string, string[]> = {};
    const script = scriptedPrompter([
      'canary',
      null,
      'appv1',
      null,
      'appv2',
      null,
      'canary-gateway',
      null,
      '10',
    ]);
    const recording: Prompter = {
      pick<T>(title: string, items: PickItem<T>[]) {
        asked.push(title);
        offered[title] = items.map((i) => i.label);
        return script.pick(title, items);
      },
      input(title, options) {
        asked.push(`${title} [${options.value ?? ''}]`);
        return script.input(title, options);
      },
    };
    const result = await runCanaryWizard(recording, facts(), 10);
    assert.ok(result?.ok, JSON.stringify(result));
    assert.deepEqual(result.answers, {
      host: 'canary',
      namespace: 'default',
      stableVersion: 'v1',
      canaryVersion: 'v2',
      stableLabels: { app: 'v1' },
      canaryLabels: { app: 'v2' },
      canaryWeight: 10,
      gateway: { name: 'canary-gateway', create: false, hosts: ['*'] },
      hosts: ['*'],
    });
    assert.deepEqual(offered['Service to release a canary of'], ['canary', 'Enter a host…']);
    assert.deepEqual(
      offered['Workload of the canary version'],
      ['appv2', 'Enter pod labels…'],
      'the stable workload is not offered again',
    );
    assert.deepEqual(offered['Expose through a Gateway?'], [
      'No gateway',
      'canary-gateway',
      'Create a new Gateway…',
    ]);
    assert.ok(asked.includes('Subset name of the stable version [v1]'));
  });

  void it('asks for a typed host and labels in an empty workspace', async () => {
    const prompter = scriptedPrompter([
      'reviews',
      'bookinfo',
      'version=v1',
      null,
      'version=v2',
      null,
      'No gateway',
      '25',
    ]);
    const result = await runCanaryWizard(prompter, noFacts, 10);
    assert.ok(result?.ok, JSON.stringify(result));
    assert.equal(result.answers.host, 'reviews');
    assert.equal(result.answers.namespace, 'bookinfo');
    assert.deepEqual(result.answers.canaryLabels, { version: 'v2' });
    assert.equal(result.answers.canaryWeight, 25);
    assert.equal(result.answers.gateway, undefined);
  });

  void it('stops when the user cancels, and reports answers that do not fit', async () => {
    assert.equal(await runCanaryWizard(scriptedPrompter([]), facts(), 10), undefined);
    const clash = scriptedPrompter([
      'reviews',
      null,
      'version=v1',
      'v1',
      'version=v1',
      'v1',
      'No gateway',
      null,
    ]);
    const result = await runCanaryWizard(clash, noFacts, 10);
    assert.equal(result?.ok, false);
  });

  void it('picks a free file name', () => {
    assert.equal(
      suggestFileName('reviews.default.svc.cluster.local', () => false),
      'reviews-canary.yaml',
    );
    const taken = new Set(['reviews-canary.yaml', 'reviews-canary-2.yaml']);
    assert.equal(
      suggestFileName('reviews', (n) => taken.has(n)),
      'reviews-canary-3.yaml',
    );
  });
});
