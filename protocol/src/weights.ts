// Weight arithmetic that the language server (rescale quick fix, promote / roll back) and the
// extension client (the preview panel's sliders) must agree on, so both sides produce the same
// numbers: rescaling with the largest-remainder method, setting one weight while keeping the
// total at 100, promotion steps and the choice of the stable destination. Pure; imports nothing.

/**
 * Distributes `total` over integer shares proportional to `parts`, using the largest-remainder
 * method so the result sums to exactly `total`. Ties in the remainder go to the earlier entry.
 * When every part is zero (or there is nothing to scale by) the total is spread evenly.
 */
export function rescaleToTotal(parts: readonly number[], total: number = 100): number[] {
  if (parts.length === 0) return [];
  const target = Math.max(0, Math.round(total));
  const clean = parts.map((part) => (Number.isFinite(part) && part > 0 ? part : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const basis = sum > 0 ? clean : clean.map(() => 1);
  const basisSum = sum > 0 ? sum : basis.length;
  const exact = basis.map((part) => (part * target) / basisSum);
  const result = exact.map((value) => Math.floor(value));
  let missing = target - result.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    missing--;
  }
  return result;
}

export const TOTAL = 100;

/** Clamps to an integer weight from 0 to 100. */
export function clampWeight(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(TOTAL, Math.max(0, Math.round(value)));
}

/**
 * Sets weight `index` to `value` and adjusts the others so the total stays 100: in a two-way
 * split the other destination gets the rest; in a larger split the others share the rest in
 * proportion to their current weights (evenly when they are all zero).
 */
export function setWeightKeepingTotal(weights: readonly number[], index: number, value: number): number[] {
  if (index < 0 || index >= weights.length) return [...weights];
  const fixed = clampWeight(value);
  if (weights.length === 1) return [TOTAL];
  const others = weights.filter((_, i) => i !== index);
  const rescaled = rescaleToTotal(others, TOTAL - fixed);
  const result: number[] = [];
  let next = 0;
  for (let i = 0; i < weights.length; i++) {
    result.push(i === index ? fixed : (rescaled[next++] ?? 0));
  }
  return result;
}

/** The first step of `steps` strictly above `current`, or undefined when none is (fully promoted). */
export function nextPromotionStep(steps: readonly number[], current: number): number | undefined {
  const usable = normalizePromotionSteps(steps);
  return usable.find((step) => step > current);
}

/**
 * Cleans the configured promotion steps: integers from 1 to 100, sorted, without duplicates, and
 * always ending at 100 so that promoting can finish.
 */
export function normalizePromotionSteps(steps: readonly unknown[]): number[] {
  const set = new Set<number>();
  for (const step of steps) {
    if (typeof step === 'number' && Number.isFinite(step)) {
      const clamped = clampWeight(step);
      if (clamped > 0) set.add(clamped);
    }
  }
  set.add(TOTAL);
  return [...set].sort((a, b) => a - b);
}

export const DEFAULT_PROMOTION_STEPS: readonly number[] = [10, 25, 50, 75, 100];

/** What identifies a destination across edits: host and subset. */
export interface DestinationIdentity {
  host: string;
  subset?: string;
}

export function destinationKey(destination: DestinationIdentity): string {
  return destination.subset === undefined ? destination.host : `${destination.host}#${destination.subset}`;
}

/** How the stable destination is chosen, from most to least specific. */
export interface StableChoice {
  /** The configured stable subset or host (setting `istioCanary.stableDestination`), if any. */
  configured?: string;
  /** The stable destination remembered from an earlier step of this route's rollout. */
  remembered?: string;
}

/**
 * Picks the stable destination's index: the configured one (matched by subset, then host), else
 * the one remembered from when this rollout started, else the one with the largest weight (the
 * earlier on ties). Returns -1 for an empty route.
 */
export function selectStable(
  destinations: readonly (DestinationIdentity & { weight?: number })[],
  choice: StableChoice = {},
): number {
  if (destinations.length === 0) return -1;
  const configured = choice.configured?.trim();
  if (configured) {
    const bySubset = destinations.findIndex((d) => d.subset === configured);
    if (bySubset >= 0) return bySubset;
    const byHost = destinations.findIndex((d) => d.subset === undefined && d.host === configured);
    if (byHost >= 0) return byHost;
  }
  if (choice.remembered !== undefined) {
    const remembered = destinations.findIndex((d) => destinationKey(d) === choice.remembered);
    if (remembered >= 0) return remembered;
  }
  let best = 0;
  destinations.forEach((d, i) => {
    if ((d.weight ?? 0) > (destinations[best]?.weight ?? 0)) best = i;
  });
  return best;
}

/**
 * Picks the canary: among the destinations other than the stable one, the one with the largest
 * weight; on ties the later one, because canaries are usually appended after the stable route.
 */
export function selectCanary(weights: readonly number[], stableIndex: number): number {
  let best = -1;
  weights.forEach((weight, i) => {
    if (i === stableIndex) return;
    if (best < 0 || weight >= (weights[best] ?? 0)) best = i;
  });
  return best;
}
