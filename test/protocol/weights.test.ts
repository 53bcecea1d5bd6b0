// Property-style tests of the pure weight arithmetic: over many seeded random splits, totals stay
// 100, weights stay integers from 0 to 100, and rescaling is proportional (largest remainder).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clampWeight,
  nextPromotionStep,
  normalizePromotionSteps,
  rescaleToTotal,
  selectCanary,
  selectStable,
  setWeightKeepingTotal,
} from '../../protocol/src/weights';

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomWeights(next: () => number): number[] {
  const count = 2 + Math.floor(next() * 5);
  return rescaleToTotal(Array.from({ length: count }, () => Math.floor(next() * 100)));
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const isWeight = (w: number) => Number.isInteger(w) && w >= 0 && w <= 100;

void describe('rescaleToTotal', () => {
  void it('keeps exact proportions when they divide evenly', () => {
    assert.deepEqual(rescaleToTotal([90, 20]), [82, 18]);
    assert.deepEqual(rescaleToTotal([1, 1, 2]), [25, 25, 50]);
    assert.deepEqual(rescaleToTotal([45, 5], 100), [90, 10]);
  });

  void it('gives the leftover units to the largest remainders, earlier entries on ties', () => {
    assert.deepEqual(rescaleToTotal([1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(rescaleToTotal([2, 1]), [67, 33]);
  });

  void it('spreads evenly when every part is zero, and keeps zeros otherwise', () => {
    assert.deepEqual(rescaleToTotal([0, 0]), [50, 50]);
    assert.deepEqual(rescaleToTotal([30, 70, 0]), [30, 70, 0]);
    assert.deepEqual(rescaleToTotal([]), []);
  });

  void it('always sums to the target with integer shares within one unit of the exact share', () => {
    const next = random(1);
    for (let run = 0; run < 500; run++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 7) }, () => Math.floor(next() * 1000));
      const target = Math.floor(next() * 101);
      const result = rescaleToTotal(parts, target);
      assert.equal(sum(result), target, `sum of ${JSON.stringify(result)} for ${JSON.stringify(parts)}`);
      const partSum = sum(parts);
      result.forEach((share, i) => {
        assert.ok(Number.isInteger(share));
        const exact = partSum > 0 ? ((parts[i] ?? 0) * target) / partSum : target / parts.length;
        assert.ok(Math.abs(share - exact) < 1, `share ${share} vs exact ${exact}`);
      });
    }
  });

  void it('ignores negative and non-finite parts', () => {
    assert.deepEqual(rescaleToTotal([-5, Number.NaN, 10]), [0, 0, 100]);
  });
});

void describe('setWeightKeepingTotal', () => {
  void it('gives the other destination of a two-way split the rest', () => {
    assert.deepEqual(setWeightKeepingTotal([90, 10], 1, 25), [75, 25]);
    assert.deepEqual(setWeightKeepingTotal([90, 10], 0, 0), [0, 100]);
    assert.deepEqual(setWeightKeepingTotal([90, 20], 1, 20), [80, 20]);
  });

  void it('rescales the others of a larger split in proportion', () => {
    assert.deepEqual(setWeightKeepingTotal([30, 70, 0], 2, 50), [15, 35, 50]);
    assert.deepEqual(setWeightKeepingTotal([25, 25, 50], 2, 0), [50, 50, 0]);
    assert.deepEqual(setWeightKeepingTotal([0, 100, 0], 1, 40), [30, 40, 30]);
  });

  void it('clamps the new value to an integer weight', () => {
    assert.deepEqual(setWeightKeepingTotal([50, 50], 0, 140), [100, 0]);
    assert.deepEqual(setWeightKeepingTotal([50, 50], 0, -3), [0, 100]);
    assert.deepEqual(setWeightKeepingTotal([50, 50], 0, 33.6), [34, 66]);
    assert.equal(clampWeight(Number.NaN), 0);
  });

  void it('leaves the weights alone for an index outside the route, and a lone destination gets 100', () => {
    assert.deepEqual(setWeightKeepingTotal([90, 10], 5, 50), [90, 10]);
    assert.deepEqual(setWeightKeepingTotal([40], 0, 10), [100]);
  });

  void it('keeps totals at 100, sets the chosen weight exactly and keeps the others in order', () => {
    const next = random(2);
    for (let run = 0; run < 500; run++) {
      const weights = randomWeights(next);
      const index = Math.floor(next() * weights.length);
      const value = Math.floor(next() * 101);
      const result = setWeightKeepingTotal(weights, index, value);
      assert.equal(sum(result), 100);
      assert.ok(result.every(isWeight));
      assert.equal(result[index], value);
      // Proportional: a destination that had more than another still has at least as much.
      for (let a = 0; a < weights.length; a++) {
        for (let b = 0; b < weights.length; b++) {
          if (a === index || b === index) continue;
          if ((weights[a] ?? 0) > (weights[b] ?? 0)) assert.ok((result[a] ?? 0) >= (result[b] ?? 0));
        }
      }
    }
  });
});

void describe('promotion steps', () => {
  void it('steps through the defaults and stops at 100', () => {
    const steps = [10, 25, 50, 75, 100];
    assert.equal(nextPromotionStep(steps, 0), 10);
    assert.equal(nextPromotionStep(steps, 10), 25);
    assert.equal(nextPromotionStep(steps, 12), 25);
    assert.equal(nextPromotionStep(steps, 75), 100);
    assert.equal(nextPromotionStep(steps, 100), undefined);
  });

  void it('cleans configured steps: sorted, unique, integers, always ending at 100', () => {
    assert.deepEqual(normalizePromotionSteps([50, 5, 50, 'x', -1, 0, 33.3, 250]), [5, 33, 50, 100]);
    assert.deepEqual(normalizePromotionSteps([]), [100]);
  });
});

void describe('stable and canary selection', () => {
  const route = [
    { host: 'reviews', subset: 'v1', weight: 90 },
    { host: 'reviews', subset: 'v2', weight: 10 },
  ];

  void it('takes the larger weight, the earlier one on ties', () => {
    assert.equal(selectStable(route), 0);
    assert.equal(selectStable([...route].reverse()), 1);
    assert.equal(
      selectStable([
        { host: 'a', weight: 50 },
        { host: 'b', weight: 50 },
      ]),
      0,
    );
    assert.equal(selectStable([]), -1);
  });

  void it('prefers the configured subset or host, then the remembered destination', () => {
    assert.equal(selectStable(route, { configured: 'v2' }), 1);
    assert.equal(
      selectStable(
        [
          { host: 'a', weight: 90 },
          { host: 'b', weight: 10 },
        ],
        { configured: 'b' },
      ),
      1,
    );
    assert.equal(selectStable(route, { configured: 'nope', remembered: 'reviews#v2' }), 1);
    assert.equal(selectStable(route, { remembered: 'gone#v9' }), 0);
  });

  void it('takes the heaviest other destination as canary, the later one on ties', () => {
    assert.equal(selectCanary([90, 10], 0), 1);
    assert.equal(selectCanary([60, 20, 20], 0), 2);
    assert.equal(selectCanary([10, 60, 30], 1), 2);
    assert.equal(selectCanary([100], 0), -1);
  });
});
