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
import { parseAllDocuments } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';

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
      'VirtualService + DestinationRule',
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
      'VirtualService + DestinationRule',
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
      'VirtualService + DestinationRule',
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

// The HTTPRoute choice, from the questions to checked YAML: the workspace facts of the Gateway API
// scenario plus a Gateway with two listeners, the scripted answers, the server's manifests, then
// every rule over them (0 errors, 0 warnings) and the split they read back as.
const EDGE = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: shop}
spec:
  gatewayClassName: istio
  listeners:
  - {name: web, port: 80, protocol: HTTP, hostname: "*.example.com"}
  - {name: admin, port: 8080, protocol: HTTP, hostname: admin.example.com}
`;

void describe('runCanaryWizard: HTTPRoute', () => {
  const rows: {
    name: string;
    script: unknown[];
    parentRef: unknown;
    hostnames?: string[];
    percents: number[];
  }[] = [
    {
      name: 'attached to a Gateway with several listeners: asks the listener and suggests its hostname',
      script: [
        'HTTPRoute (Gateway API)',
        'reviews',
        null,
        null,
        null,
        null,
        null,
        'edge',
        'admin',
        null,
        '25',
      ],
      parentRef: { name: 'edge', sectionName: 'admin' },
      hostnames: ['admin.example.com'],
      percents: [75, 25],
    },
    {
      name: 'attached to a one-listener Gateway: a hostname under its wildcard',
      script: [
        'HTTPRoute (Gateway API)',
        'reviews',
        null,
        null,
        null,
        null,
        null,
        'shop-gateway',
        null,
        '10',
      ],
      parentRef: { name: 'shop-gateway' },
      hostnames: ['reviews.example.com'],
      percents: [90, 10],
    },
    {
      name: 'attached to the Service (mesh)',
      script: [
        'HTTPRoute (Gateway API)',
        'reviews',
        null,
        null,
        null,
        null,
        null,
        'Service reviews (mesh)',
        '10',
      ],
      parentRef: { group: '', kind: 'Service', name: 'reviews', port: 9080 },
      percents: [90, 10],
    },
  ];
  for (const row of rows) {
    void it(row.name, async () => {
      const { service } = serviceWith({
        '/w/gateway-api/gateway.yaml': readScenario('gateway-api/gateway.yaml'),
        '/w/gateway-api/services.yaml': readScenario('gateway-api/services.yaml'),
        '/w/gateway-api/edge.yaml': EDGE,
      });
      const offered: Record<string, string[]> = {};
      const script = scriptedPrompter(row.script);
      const recording: Prompter = {
        pick<T>(title: string, items: PickItem<T>[]) {
          offered[title] = items.map((i) => i.label);
          return script.pick(title, items);
        },
        input: (title, options) => script.input(title, options),
      };
      const result = await runCanaryWizard(recording, service.workspaceFacts(), 10);
      assert.ok(result?.ok, JSON.stringify(result));
      assert.deepEqual(offered['Attach the HTTPRoute to'], [
        'Service reviews (mesh)',
        'edge',
        'shop-gateway',
      ]);
      const written = service.newCanaryManifests(result.answers);
      assert.ok('text' in written, JSON.stringify(written));
      assert.match(written.text, /kind: HTTPRoute/);
      assert.doesNotMatch(
        written.text,
        /^kind: Service$/m,
        'reviews-v1 and reviews-v2 exist: not written again',
      );
      const route = (parseAllDocuments(written.text)[0]?.toJS() ?? {}) as {
        spec?: { parentRefs?: unknown[]; hostnames?: string[] };
      };
      assert.deepEqual(route.spec?.parentRefs?.[0], row.parentRef);
      assert.deepEqual(route.spec?.hostnames, row.hostnames);
      const file = service.parse(
        TextDocument.create('file:///w/gateway-api/reviews-canary.yaml', 'yaml', 1, written.text),
      );
      service.setWorkspaceFile(file);
      const findings = service
        .diagnose(file)
        .filter((d) => d.severity === 1 || d.severity === 2)
        .map((d) => `${String(d.code)}: ${typeof d.message === 'string' ? d.message : d.message.value}`);
      assert.deepEqual(findings, [], written.text);
      assert.deepEqual(
        service.trafficSplit(file)[0]?.routes[0]?.destinations.map((d) => [d.host, d.percent]),
        [
          ['reviews-v1', row.percents[0]],
          ['reviews-v2', row.percents[1]],
        ],
      );
    });
  }
});
