// Weight arithmetic that the language server (rescale quick fix) and the extension client
// (preview panel, promote/roll back) must agree on, so both sides produce the same numbers.
// Pure; this module imports nothing.

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
