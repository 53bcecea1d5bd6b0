// Promote / Roll back on the server: the code actions on a canary route (titled with their step)
// and request `istioCanary/canaryStep` (the weight edits), as data: a document with a `$0`
// cursor, the settings and remembered stables, and the text after the edits or the refusal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyReplacements } from '../../../protocol/src/promotion';
import type { CanaryStepParams } from '../../../protocol/src/promotionRequests';
import { extractCursor } from '../../support/fixture';
import { serviceWith } from '../../support/service';
import { readScenario } from '../../client/preview/splitFixtures';

const SCENARIO = readScenario('canary-90-10/virtual.yaml');
const atWeight = (text: string, weight: string) => text.replace(`weight: ${weight}`, `weight: $0${weight}`);
const KEY = 'file:///test.yaml#default/canary#http[0]';

function setUp(fixture: string, settings?: unknown) {
  const { text, offset } = extractCursor(fixture);
  const { service, files } = serviceWith({ '/test.yaml': text }, settings);
  const file = files.get('/test.yaml')!;
  return { service, file, text, position: file.document.positionAt(offset) };
}

interface StepCase {
  name: string;
  fixture: string;
  action: CanaryStepParams['action'];
  settings?: unknown;
  stables?: Record<string, string>;
  /** Name the route as a lens does instead of by the cursor. */
  byArguments?: boolean;
  /** Weights after the step, in order, or the refusal. */
  expected: { weights: number[]; stableKey?: string } | { reason: RegExp };
}

const stepCases: StepCase[] = [
  {
    name: 'promotes 90/10 to 75/25',
    fixture: atWeight(SCENARIO, '10'),
    action: 'promote',
    expected: { weights: [75, 25], stableKey: 'canary.default.svc.cluster.local#v1' },
  },
  {
    name: 'rolls 90/10 back to 100/0',
    fixture: atWeight(SCENARIO, '90'),
    action: 'rollback',
    expected: { weights: [100, 0] },
  },
  {
    name: 'takes the route the arguments name, wherever the cursor is',
    fixture: SCENARIO.replace('apiVersion', '$0apiVersion'),
    action: 'promote',
    byArguments: true,
    expected: { weights: [75, 25] },
  },
  {
    name: 'follows the remembered stable once the canary has the larger weight',
    fixture: atWeight(SCENARIO.replace('weight: 90', 'weight: 25').replace('weight: 10', 'weight: 75'), '75'),
    action: 'promote',
    stables: { [KEY]: 'canary.default.svc.cluster.local#v1' },
    expected: { weights: [0, 100] },
  },
  {
    name: 'steps through the configured promotion steps and stable subset',
    fixture: atWeight(SCENARIO, '10'),
    action: 'promote',
    settings: { promotionSteps: [30, 60], stableDestination: 'v1' },
    expected: { weights: [70, 30] },
  },
  {
    name: 'refuses a three-way split (not a canary route)',
    fixture: atWeight(
      SCENARIO.replace(
        '      weight: 10\n',
        '      weight: 5\n    - destination:\n        host: canary.default.svc.cluster.local\n        subset: v3\n      weight: 5\n',
      ),
      '90',
    ),
    action: 'promote',
    expected: { reason: /exactly two destinations/ },
  },
  {
    name: 'refuses a weight that is not a number',
    fixture: atWeight(SCENARIO.replace('weight: 10', 'weight: "10%"'), '90'),
    action: 'rollback',
    expected: { reason: /exactly two destinations, each with a numeric weight/ },
  },
  {
    name: 'refuses a route Istio refuses (weights total 0), with the reason',
    fixture: atWeight(SCENARIO.replace('weight: 90', 'weight: 0').replace('weight: 10', 'weight: 0'), '0'),
    action: 'promote',
    expected: { reason: /that Istio accepts; Istio refuses this one: the weights add up to 0/ },
  },
  {
    name: 'refuses a cursor outside any VirtualService',
    fixture: SCENARIO.replace('spec:\n  host: ', 'spec:\n  host: $0'),
    action: 'promote',
    expected: { reason: /No route of a VirtualService here/ },
  },
  {
    name: 'says when the canary already has everything',
    fixture: atWeight(
      SCENARIO.replace('weight: 90', 'weight: 0').replace('weight: 10', 'weight: 100'),
      '100',
    ),
    action: 'promote',
    stables: { [KEY]: 'canary.default.svc.cluster.local#v1' },
    expected: { reason: /already receives 100 %/ },
  },
];

void describe('canaryStep', () => {
  for (const c of stepCases) {
    void it(c.name, () => {
      const { service, file, text, position } = setUp(c.fixture, c.settings);
      const params: CanaryStepParams = {
        action: c.action,
        uri: file.uri,
        stables: c.stables ?? {},
        ...(c.byArguments
          ? { route: { protocol: 'http', routeIndex: 0, resourceName: 'canary' } }
          : { position }),
      };
      const result = service.canaryStep(file, params);
      if ('reason' in c.expected) {
        assert.equal(result.ok, false);
        assert.match(result.ok ? '' : result.reason, c.expected.reason);
        return;
      }
      assert.ok(result.ok, JSON.stringify(result));
      const edited = applyReplacements(text, result.edits);
      const weights = [...edited.matchAll(/weight: (\d+)/g)].map((m) => Number(m[1]));
      assert.deepEqual(weights, c.expected.weights);
      // Only weight values change: the rest of the text is byte-identical.
      assert.equal(edited.replace(/weight: \d+/g, 'weight: N'), text.replace(/weight: \d+/g, 'weight: N'));
      assert.equal(result.memoryKey, KEY);
      if (c.expected.stableKey) assert.equal(result.stableKey, c.expected.stableKey);
      assert.deepEqual(result.routeStart, { line: 10, character: 4 });
    });
  }
});

const actionCases: { name: string; fixture: string; stables?: Record<string, string>; expected: string[] }[] =
  [
    {
      name: 'names the next step on a 90/10 canary, with the route as the arguments',
      fixture: atWeight(SCENARIO, '10'),
      expected: [
        `Promote canary to 25 % → istioCanary.promoteCanary [{"uri":"file:///test.yaml","protocol":"http","routeIndex":0,"resourceName":"canary"}]`,
        `Roll back canary (100 % to stable) → istioCanary.rollbackCanary [{"uri":"file:///test.yaml","protocol":"http","routeIndex":0,"resourceName":"canary"}]`,
      ],
    },
    {
      name: 'names the step after the remembered stable when the weights have crossed',
      fixture: atWeight(
        SCENARIO.replace('weight: 90', 'weight: 25').replace('weight: 10', 'weight: 75'),
        '75',
      ),
      stables: { [KEY]: 'canary.default.svc.cluster.local#v1' },
      expected: ['Promote canary to 100 %', 'Roll back canary (100 % to stable)'],
    },
    {
      name: 'offers nothing outside a VirtualService route',
      fixture: SCENARIO.replace('spec:\n  host: ', 'spec:\n  host: $0'),
      expected: [],
    },
  ];

void describe('promotionCodeActions', () => {
  for (const c of actionCases) {
    void it(c.name, () => {
      const { service, file, position } = setUp(c.fixture);
      const actions = service.promotionCodeActions(file, { start: position, end: position }, c.stables ?? {});
      const rendered = actions.map((a) => {
        assert.equal(a.kind, 'refactor.rewrite');
        const line = `${a.title} → ${a.command?.command} ${JSON.stringify(a.command?.arguments)}`;
        return c.expected.some((e) => e.includes('→')) ? line : a.title;
      });
      assert.deepEqual(rendered, c.expected);
    });
  }
});
