// Promote and roll back on the reference scenarios: the planned weights, and the text edits that
// write them back touching only the weight values.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type SplitRoute } from '../../protocol/src/protocol';
import {
  applyReplacements,
  planPromotion,
  planRollback,
  weightReplacements,
  whyNotSteerable,
} from '../../protocol/src/promotion';
import { findRoute, findRouteAt } from '../../protocol/src/routeLookup';
import { CANARY_VIRTUAL, canary9010, reviewsHeaderMatch, threeWay } from '../client/preview/splitFixtures';

const STEPS = [10, 25, 50, 75, 100];

function firstRoute(resource: { routes: SplitRoute[] }): SplitRoute {
  const route = resource.routes[0];
  assert.ok(route);
  return route;
}

function withWeights(route: SplitRoute, weights: number[]): SplitRoute {
  return {
    ...route,
    destinations: route.destinations.map((d, i) => ({ ...d, weight: weights[i], percent: weights[i] ?? 0 })),
  };
}

void describe('planPromotion', () => {
  void it('moves the 90/10 canary to 25 % and the stable to 75 %', () => {
    const result = planPromotion(firstRoute(canary9010()), STEPS, {});
    assert.ok(result.ok);
    assert.deepEqual(result.plan.weights, [75, 25]);
    assert.equal(result.plan.stableKey, 'canary.default.svc.cluster.local#v1');
    assert.match(result.plan.summary, /subset v2 to 25 %.*subset v1 now gets 75 %/);
  });

  void it('walks every step to 100 when the stable is remembered, then refuses', () => {
    let route = withWeights(firstRoute(canary9010()), [100, 0]);
    const seen: number[][] = [];
    let remembered: string | undefined;
    for (;;) {
      const result = planPromotion(route, STEPS, { remembered });
      if (!result.ok) {
        assert.match(result.reason, /already receives 100 %/);
        break;
      }
      remembered = result.plan.stableKey;
      seen.push(result.plan.weights);
      route = withWeights(route, result.plan.weights);
    }
    assert.deepEqual(seen, [
      [90, 10],
      [75, 25],
      [50, 50],
      [25, 75],
      [0, 100],
    ]);
  });

  void it('honours a configured stable subset even when it has the smaller weight', () => {
    const route = withWeights(firstRoute(canary9010()), [25, 75]);
    const result = planPromotion(route, STEPS, { configured: 'v1' });
    assert.ok(result.ok);
    assert.deepEqual(result.plan.weights, [0, 100]);
  });

  void it('keeps a bystander of a three-way split while it fits, and scales it down when not', () => {
    const route = withWeights(firstRoute(threeWay()), [70, 10, 20]);
    const fits = planPromotion(route, STEPS, {});
    assert.ok(fits.ok);
    assert.equal(fits.plan.canaryIndex, 2);
    assert.deepEqual(fits.plan.weights, [65, 10, 25]);
    const crowded = planPromotion(withWeights(route, [40, 30, 30]), [90], {});
    assert.ok(crowded.ok);
    assert.deepEqual(crowded.plan.weights, [0, 10, 90]);
  });

  void it('refuses routes it cannot steer', () => {
    const single = planPromotion(firstRoute(reviewsHeaderMatch()), STEPS, {});
    assert.equal(single.ok, false);
    const route = firstRoute(canary9010());
    const unweighted: SplitRoute = {
      ...route,
      destinations: route.destinations.map((d) => ({
        host: d.host,
        subset: d.subset,
        percent: 50,
        range: d.range,
      })),
    };
    assert.match(whyNotSteerable(unweighted) ?? '', /add a weight/);
    assert.equal(planRollback(unweighted, {}).ok, false);
  });
});

void describe('planRollback', () => {
  void it('sends 100 % to the stable destination', () => {
    const result = planRollback(firstRoute(canary9010()), {});
    assert.ok(result.ok);
    assert.deepEqual(result.plan.weights, [100, 0]);
  });

  void it('uses the remembered stable after the canary has overtaken it', () => {
    const route = withWeights(firstRoute(canary9010()), [25, 75]);
    const result = planRollback(route, { remembered: 'canary.default.svc.cluster.local#v1' });
    assert.ok(result.ok);
    assert.deepEqual(result.plan.weights, [100, 0]);
  });

  void it('says so when the stable already has everything', () => {
    const result = planRollback(withWeights(firstRoute(canary9010()), [100, 0]), {});
    assert.equal(result.ok, false);
  });
});

void describe('weightReplacements', () => {
  void it('rewrites only the weight values; every other byte of the file stays', () => {
    const route = firstRoute(canary9010());
    const edits = weightReplacements(route, [75, 25]);
    assert.equal(edits.length, 2);
    const text = applyReplacements(CANARY_VIRTUAL, edits);
    assert.equal(
      text,
      CANARY_VIRTUAL.replace('weight: 90', 'weight: 75').replace('weight: 10', 'weight: 25'),
    );
  });

  void it('skips unchanged weights', () => {
    const route = firstRoute(canary9010());
    assert.deepEqual(weightReplacements(route, [90, 10]), []);
    assert.equal(weightReplacements(route, [90, 20]).length, 1);
  });
});

void describe('route lookup', () => {
  void it('finds the route under the cursor, and the weighted route of the resource otherwise', () => {
    const resources = [canary9010()];
    assert.equal(findRouteAt(resources, { line: 12, character: 4 })?.route.index, 0);
    assert.equal(findRouteAt(resources, { line: 2, character: 0 })?.route.index, 0);
    assert.equal(findRouteAt(resources, { line: 40, character: 0 }), undefined);
  });

  void it('finds a route by protocol and index, narrowed by resource name or index', () => {
    const resources = [reviewsHeaderMatch(), canary9010()];
    assert.equal(
      findRoute(resources, { protocol: 'http', routeIndex: 0, resourceName: 'canary' })?.resourceIndex,
      1,
    );
    assert.equal(findRoute(resources, { protocol: 'http', routeIndex: 1, resourceIndex: 0 })?.route.index, 1);
    assert.equal(findRoute(resources, { protocol: 'tcp', routeIndex: 0 }), undefined);
    assert.equal(findRoute(resources, { protocol: 'http', routeIndex: 0 })?.resourceIndex, 0);
  });
});
