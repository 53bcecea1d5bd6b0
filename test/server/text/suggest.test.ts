import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, closestOf, editDistance } from '../../../server/src/text/suggest';
import { ClosestName } from '../../../server/src/workspace/lookupIndexes';
import { prng } from '../../robustness/fuzzEngine';

/** The full optimal string alignment table, no pruning: what the pruned search must agree with. */
function fullDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++)
    d.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : 0)));
  for (let i = 1; i <= a.length; i++) {
    d[i]![0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The suggestion as first written: every candidate measured in full, the first closest wins. */
function plainClosest(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === word.toLowerCase()) return candidate;
    const distance = fullDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Words over a small alphabet, and mutations of them, so near misses are common. */
function words(next: () => number, count: number): string[] {
  const alphabet = 'abAB-1é';
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = out.length > 0 && next() < 0.6 ? out[Math.floor(next() * out.length)]! : '';
    let word = base;
    const edits = base ? 1 + Math.floor(next() * 3) : 1 + Math.floor(next() * 12);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(next() * (word.length + 1));
      const c = alphabet[Math.floor(next() * alphabet.length)]!;
      const op = next();
      if (op < 0.3) word = word.slice(0, at) + c + word.slice(at);
      else if (op < 0.55) word = word.slice(0, at) + word.slice(at + 1);
      else if (op < 0.8) word = word.slice(0, at) + c + word.slice(at + 1);
      else if (at + 1 < word.length) word = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    }
    out.push(word);
  }
  return out;
}

describe('did-you-mean suggestions', () => {
  it('measures the optimal string alignment distance, capped at max + 1', () => {
    assert.equal(editDistance('reviews', 'reveiws'), 1);
    assert.equal(editDistance('reviews', 'review'), 1);
    assert.equal(editDistance('gw-1', 'gw-12', 0), 1);
    assert.equal(editDistance('abcdef', 'ghijkl', 3), 4);
    assert.equal(editDistance('', 'abc', 3), 3);
    // A longer word than any before grows the reused rows.
    assert.equal(editDistance('x'.repeat(200) + 'a', 'x'.repeat(200) + 'b'), 1);
  });

  it('agrees with the full table on seeded random pairs, at every cap', () => {
    const next = prng(15);
    const list = words(next, 400);
    for (let k = 0; k < 3000; k++) {
      const a = list[Math.floor(next() * list.length)]!;
      const b = list[Math.floor(next() * list.length)]!;
      const full = fullDistance(a, b);
      for (const max of [0, 1, 2, 3])
        assert.equal(editDistance(a, b, max), Math.min(full, max + 1), `${a} / ${b} at ${max}`);
    }
  });

  it('suggests what measuring every candidate in full suggests, ties going to the first', () => {
    const next = prng(42);
    const list = words(next, 300);
    for (let k = 0; k < 400; k++) {
      const candidates = Array.from(
        { length: 1 + Math.floor(next() * 60) },
        () => list[Math.floor(next() * list.length)]!,
      );
      const word = list[Math.floor(next() * list.length)]!;
      const expected = plainClosest(word, candidates);
      assert.equal(closest(word, candidates), expected, `${word} among ${candidates.join(',')}`);
      assert.equal(closest(word, new Set(candidates)), plainClosest(word, [...new Set(candidates)]));
      assert.equal(
        closestOf(
          word,
          candidates,
          candidates.map((c) => c.toLowerCase()),
        ),
        expected,
      );
      assert.equal(new ClosestName(candidates).of(word), expected);
    }
  });

  it('prefers a match ignoring case to a closer-looking earlier one, and keeps the limit', () => {
    assert.equal(closest('Reviews', ['reviewz', 'REVIEWS']), 'REVIEWS');
    assert.equal(closest('svc-57x', ['svc-5', 'svc-57', 'svc-571']), 'svc-57');
    assert.equal(closest('ab', ['abcd']), undefined);
    assert.equal(closest('gw', []), undefined);
  });
});
