// Route weights as Istio reads them (pilot's route builder and the validation webhook):
// weights are relative (300/100 is 75/25); a lone destination gets all traffic whatever its
// weight; a missing weight is 0; a negative weight, or two or more destinations whose weights
// total 0, make Istio refuse the VirtualService.

/** A weight as written: a number, the raw text of a non-number, or absent. */
export type WrittenWeight = number | string | undefined;

export interface WeightShares {
  /** Effective share of each destination in percent, two decimals; all 0 when rejected. */
  readonly percents: readonly number[];
  /** Sum of the numeric weights as written (a missing weight counts 0). */
  readonly total: number;
  /** How many destinations have a numeric weight, and how many a weight that is not a whole number. */
  readonly weighted: number;
  readonly badWeights: number;
  /** Why Istio refuses these weights, in our words; absent when it accepts them. */
  readonly rejected?: string;
}

export function normaliseWeights(weights: readonly WrittenWeight[]): WeightShares {
  let total = 0;
  let weighted = 0;
  let badWeights = 0;
  const problems: string[] = [];
  for (const weight of weights) {
    if (weight === undefined) continue;
    if (typeof weight === 'number' && Number.isInteger(weight)) {
      weighted++;
      total += weight;
      if (weight < 0) problems.push(`weight ${weight} is negative`);
    } else {
      badWeights++;
      problems.push(`weight ${JSON.stringify(weight)} is not a whole number`);
    }
  }
  const count = weights.length;
  if (problems.length === 0 && count > 1 && total === 0) {
    problems.push(
      weighted === 0
        ? `none of the ${count} destinations has a weight, so the total destination weight is 0`
        : 'the weights add up to 0',
    );
  }
  if (problems.length > 0) {
    return { percents: weights.map(() => 0), total, weighted, badWeights, rejected: problems.join('; ') };
  }
  const percents =
    count === 1
      ? [100]
      : weights.map((w) => (typeof w === 'number' && w > 0 ? round2((w / total) * 100) : 0));
  return { percents, total, weighted, badWeights };
}

/** `v1 75 %, v2 25 %` for the effective shares of named destinations. */
export function describeShares(names: readonly string[], percents: readonly number[]): string {
  return names.map((name, i) => `${name} ${formatPercent(percents[i] ?? 0)}`).join(', ');
}

export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(2).replace(/0$/, '')} %`;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
