// The New Canary wizard: workspace facts from the scenario YAML, the question flow with a
// scripted prompter, and the manifests it writes (checked by structure and by every rule of the
// language service, next to the scenario's Service and Deployments).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import {
  type CanaryAnswers,
  buildCanaryManifests,
  parseLabels,
  validateAnswers,
  yamlScalar,
} from '../../../client/src/canary/manifests';
import {
  type PickItem,
  type Prompter,
  runCanaryWizard,
  scriptedPrompter,
  suggestFileName,
} from '../../../client/src/canary/wizardFlow';
import { collectWorkspaceFacts } from '../../../client/src/canary/collectFacts';
import {
  distinguishingLabels,
  suggestSubsetName,
  workloadsOf,
} from '../../../client/src/canary/workspaceFacts';
import { readScenario } from '../preview/splitFixtures';

const CANARY_FILES = [
  'canary-90-10/deployment.yaml',
  'canary-90-10/service.yaml',
  'canary-90-10/gateway.yaml',
];
const facts = () =>
  collectWorkspaceFacts([...CANARY_FILES.map(readScenario), 'not: [valid', '---\n- a list\n']);

/** Reads a path out of parsed YAML without `any`: strings are keys, numbers are indexes. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function documentsOf(text: string): unknown[] {
  return parseAllDocuments(text).map((d) => d.toJS() as unknown);
}

const answers: CanaryAnswers = {
  host: 'canary',
  namespace: 'default',
  stableVersion: 'v1',
  canaryVersion: 'v2',
  stableLabels: { app: 'v1' },
  canaryLabels: { app: 'v2' },
  canaryWeight: 10,
};

void describe('workspace facts', () => {
  void it('finds the Service, its workloads with pod labels, and the Gateway; skips broken YAML', () => {
    const f = facts();
    assert.deepEqual(f.services, [
      { name: 'canary', namespace: 'default', selector: { apply: 'canary' }, ports: [80] },
    ]);
    assert.deepEqual(
      f.workloads.map((w) => [w.name, w.podLabels]),
      [
        ['appv1', { app: 'v1', apply: 'canary' }],
        ['appv2', { app: 'v2', apply: 'canary' }],
      ],
    );
    assert.deepEqual(f.gateways, [{ name: 'canary-gateway', namespace: 'default', hosts: ['*'] }]);
    const [service] = f.services;
    assert.ok(service);
    assert.equal(workloadsOf(service, f.workloads).length, 2);
  });

  void it('tells a version by the labels the selector does not fix', () => {
    assert.deepEqual(distinguishingLabels({ app: 'v1', apply: 'canary' }, { apply: 'canary' }), {
      app: 'v1',
    });
    assert.deepEqual(distinguishingLabels({ app: 'x' }, { app: 'x' }), { app: 'x' });
    assert.equal(suggestSubsetName({ app: 'reviews', version: 'V2.1' }, 'v9'), 'v2-1');
    assert.equal(suggestSubsetName({}, 'v9'), 'v9');
  });
});

void describe('buildCanaryManifests', () => {
  void it('writes a 90/10 VirtualService and a DestinationRule with both subsets', () => {
    const text = buildCanaryManifests(answers);
    const docs = documentsOf(text);
    assert.equal(docs.length, 2);
    const [vs, dr] = docs;
    assert.equal(at(vs, 'kind'), 'VirtualService');
    assert.deepEqual(at(vs, 'spec', 'hosts'), ['canary.default.svc.cluster.local']);
    assert.deepEqual(at(vs, 'spec', 'http', 0, 'route'), [
      { destination: { host: 'canary.default.svc.cluster.local', subset: 'v1' }, weight: 90 },
      { destination: { host: 'canary.default.svc.cluster.local', subset: 'v2' }, weight: 10 },
    ]);
    assert.equal(at(dr, 'kind'), 'DestinationRule');
    assert.equal(at(dr, 'spec', 'host'), 'canary.default.svc.cluster.local');
    assert.deepEqual(at(dr, 'spec', 'subsets'), [
      { name: 'v1', labels: { app: 'v1' } },
      { name: 'v2', labels: { app: 'v2' } },
    ]);
  });

  void it('adds a Gateway when asked, and binds the VirtualService to it with its hosts', () => {
    const text = buildCanaryManifests({
      ...answers,
      port: 80,
      gateway: { name: 'canary-gateway', create: true, hosts: ['shop.example.com'] },
      hosts: ['shop.example.com'],
    });
    const docs = documentsOf(text);
    assert.deepEqual(
      docs.map((d) => at(d, 'kind')),
      ['VirtualService', 'DestinationRule', 'Gateway'],
    );
    assert.deepEqual(at(docs[0], 'spec', 'gateways'), ['canary-gateway']);
    assert.deepEqual(at(docs[0], 'spec', 'hosts'), ['shop.example.com']);
    assert.equal(at(docs[0], 'spec', 'http', 0, 'route', 0, 'destination', 'port', 'number'), 80);
    assert.deepEqual(at(docs[2], 'spec', 'servers', 0, 'hosts'), ['shop.example.com']);
  });

  void it('quotes scalars YAML would misread', () => {
    assert.equal(yamlScalar('v1'), 'v1');
    assert.equal(yamlScalar('*'), '"*"');
    assert.equal(yamlScalar('true'), '"true"');
    assert.equal(yamlScalar('1.10'), '"1.10"');
    const text = buildCanaryManifests({
      ...answers,
      stableLabels: { version: '1.0' },
      canaryLabels: { version: 'no' },
    });
    const dr = documentsOf(text)[1];
    assert.deepEqual(at(dr, 'spec', 'subsets', 0, 'labels'), { version: '1.0' });
    assert.deepEqual(at(dr, 'spec', 'subsets', 1, 'labels'), { version: 'no' });
  });

  void it('validates answers before writing', () => {
    assert.deepEqual(validateAnswers(answers), []);
    const problems = validateAnswers({
      ...answers,
      host: 'Not A Host',
      canaryVersion: 'v1',
      canaryLabels: { app: 'v1' },
      canaryWeight: 120,
    });
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.deepEqual(parseLabels('app=v1, version: v2'), { app: 'v1', version: 'v2' });
    assert.equal(parseLabels('nonsense'), undefined);
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
    const result = await runCanaryWizard(prompter, collectWorkspaceFacts([]), 10);
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
    const result = await runCanaryWizard(clash, collectWorkspaceFacts([]), 10);
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
