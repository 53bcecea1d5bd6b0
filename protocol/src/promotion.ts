// Pure planning of "Promote Canary" and "Roll Back Canary" on one route of the traffic split,
// and of the text edits that write new weights back. No VS Code here; canaryCommands.ts turns
// the edits into a WorkspaceEdit.

import { type Range, type SplitDestination, type SplitRoute } from './protocol';
import {
  destinationKey,
  nextPromotionStep,
  selectCanary,
  selectStable,
  setWeightKeepingTotal,
  type StableChoice,
  TOTAL,
} from './weights';

export interface WeightPlan {
  /** The new weight of every destination, in route order. */
  weights: number[];
  stableIndex: number;
  canaryIndex: number;
  /** Key of the stable destination, to remember for the next step of this rollout. */
  stableKey: string;
  /** What happened, in a sentence for a notification. */
  summary: string;
}

export type PlanResult = { ok: true; plan: WeightPlan } | { ok: false; reason: string };

export interface TextReplacement {
  range: Range;
  newText: string;
}

function describe(destination: SplitDestination | undefined): string {
  if (!destination) return 'destination';
  return destination.subset ? `${destination.host} subset ${destination.subset}` : destination.host;
}

/** Why a route cannot have its weights edited, or undefined when it can. */
export function whyNotSteerable(route: SplitRoute): string | undefined {
  if (route.owner) return `${route.owner.statement}: ${route.owner.advice}.`;
  if (route.destinations.length < 2) {
    return 'This route has a single destination: add a second (canary) destination before steering traffic.';
  }
  if (route.destinations.some((d) => d.weightRange === undefined)) {
    return 'Not every destination of this route has a weight: add a weight to each destination first.';
  }
  return undefined;
}

function currentWeights(route: SplitRoute): number[] {
  return route.destinations.map((d) => d.weight ?? 0);
}

/**
 * Moves the canary to the next promotion step. The stable destination gets the rest; other
 * destinations of a larger split keep their weights while they fit, and are scaled down if not.
 */
export function planPromotion(route: SplitRoute, steps: readonly number[], choice: StableChoice): PlanResult {
  const problem = whyNotSteerable(route);
  if (problem) return { ok: false, reason: problem };
  const weights = currentWeights(route);
  const stableIndex = selectStable(route.destinations, choice);
  const canaryIndex = selectCanary(weights, stableIndex);
  const stable = route.destinations[stableIndex];
  const canary = route.destinations[canaryIndex];
  if (!stable || !canary) return { ok: false, reason: 'No canary destination found on this route.' };
  const step = nextPromotionStep(steps, weights[canaryIndex] ?? 0);
  if (step === undefined) {
    return { ok: false, reason: `The canary ${describe(canary)} already receives 100 %.` };
  }
  // Bystanders (a third or later destination) keep their weights unless the step needs them.
  const bystanders = weights.map((w, i) => (i === stableIndex || i === canaryIndex ? 0 : w));
  const bystanderTotal = bystanders.reduce((a, b) => a + b, 0);
  let result: number[];
  if (bystanderTotal <= TOTAL - step) {
    result = bystanders.map((w, i) =>
      i === canaryIndex ? step : i === stableIndex ? TOTAL - step - bystanderTotal : w,
    );
  } else {
    // Not enough room: the stable gets nothing and the bystanders share what the canary leaves.
    const withoutStable = weights.map((w, i) => (i === stableIndex ? 0 : w));
    result = setWeightKeepingTotal(withoutStable, canaryIndex, step).map((w, i) =>
      i === stableIndex ? 0 : w,
    );
  }
  return {
    ok: true,
    plan: {
      weights: result,
      stableIndex,
      canaryIndex,
      stableKey: destinationKey(stable),
      summary: `Promoted ${describe(canary)} to ${step} %; ${describe(stable)} now gets ${result[stableIndex] ?? 0} %.`,
    },
  };
}

/** Sends all traffic back to the stable destination. */
export function planRollback(route: SplitRoute, choice: StableChoice): PlanResult {
  const problem = whyNotSteerable(route);
  if (problem) return { ok: false, reason: problem };
  const weights = currentWeights(route);
  const stableIndex = selectStable(route.destinations, choice);
  const stable = route.destinations[stableIndex];
  if (!stable) return { ok: false, reason: 'No stable destination found on this route.' };
  if (weights[stableIndex] === TOTAL && weights.every((w, i) => i === stableIndex || w === 0)) {
    return { ok: false, reason: `${describe(stable)} already receives 100 %.` };
  }
  return {
    ok: true,
    plan: {
      weights: weights.map((_, i) => (i === stableIndex ? TOTAL : 0)),
      stableIndex,
      canaryIndex: selectCanary(weights, stableIndex),
      stableKey: destinationKey(stable),
      summary: `Rolled back: ${describe(stable)} gets 100 %.`,
    },
  };
}

/**
 * One replacement per destination whose weight changes, covering exactly its weight value, so
 * comments and formatting elsewhere stay byte-identical. Destinations without a weight range are
 * skipped (callers check `whyNotSteerable` first).
 */
export function weightReplacements(route: SplitRoute, newWeights: readonly number[]): TextReplacement[] {
  const edits: TextReplacement[] = [];
  route.destinations.forEach((destination, i) => {
    const weight = newWeights[i];
    if (weight === undefined || !destination.weightRange || weight === destination.weight) return;
    edits.push({ range: destination.weightRange, newText: String(weight) });
  });
  return edits;
}

/** Applies replacements to a text, as the editor would; used by tests to check what an edit does. */
export function applyReplacements(text: string, edits: readonly TextReplacement[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) =>
    (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}
