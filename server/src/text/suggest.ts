// "Did you mean …?" suggestions: the closest candidate by edit distance, when it is close enough.
//
// `istio-canary check` asks for a suggestion for every unresolved reference, against every name
// of a namespace (hundreds of Services or Gateways in a large workspace), so the search prunes:
// a candidate is measured only against the best distance found so far (a length difference or a
// row of the table above it ends the measure early), and the table's rows are reused rather than
// allocated per candidate. The answers are the ones the plain full table gives
// (test/server/text/suggest.test.ts compares them).

/** Three rolling rows of the distance table, grown when a longer word comes. */
let rowBefore = new Int32Array(64);
let rowAbove = new Int32Array(64);
let rowHere = new Int32Array(64);

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rowHere.length < cols) {
    rowBefore = new Int32Array(cols * 2);
    rowAbove = new Int32Array(cols * 2);
    rowHere = new Int32Array(cols * 2);
  }
  // Row 0: the distance from the empty prefix of `a`.
  for (let j = 0; j < cols; j++) rowAbove[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const here = rowHere;
    const above = rowAbove;
    const before = rowBefore;
    const ca = a.charCodeAt(i - 1);
    const caPrevious = i > 1 ? a.charCodeAt(i - 2) : -1;
    here[0] = i;
    // A row's minimum never decreases further down (a transposition from two rows up costs no
    // less than the substitution the row above already offers), so a row entirely over `max`
    // means the distance is over `max`.
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = above[j]! + 1;
      const left = here[j - 1]! + 1;
      if (left < v) v = left;
      const diagonal = above[j - 1]! + cost;
      if (diagonal < v) v = diagonal;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && caPrevious === cb) {
        const swapped = before[j - 2]! + 1;
        if (swapped < v) v = swapped;
      }
      here[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    // Rotate: the row two up is reused for the next row.
    rowBefore = above;
    rowAbove = here;
    rowHere = before;
  }
  return Math.min(rowAbove[cols - 1]!, max + 1);
}

/** How far a word may be from a candidate to be suggested: 1 for short words, up to 3. */
function limitFor(word: string): number {
  return word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
}

/**
 * The candidate closest to `word`, if it is within a distance that scales with the word's
 * length (1 for short words, up to 3), or equal ignoring case. Among equally close candidates the
 * first wins.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = Array.isArray(candidates) ? (candidates as readonly string[]) : [...candidates];
  return closestOf(
    word,
    list,
    list.map((c) => c.toLowerCase()),
  );
}

/** `closest` over candidates whose lower-case forms are given (`lowered[i]` of `candidates[i]`). */
export function closestOf(
  word: string,
  candidates: readonly string[],
  lowered: readonly string[],
): string | undefined {
  let best: string | undefined;
  let bestDistance = limitFor(word) + 1;
  const lower = word.toLowerCase();
  for (let i = 0; i < candidates.length; i++) {
    const candidate = lowered[i]!;
    if (candidate === lower) return candidates[i];
    // Only a candidate closer than the best so far matters: at 1, only an equal one is closer.
    if (bestDistance === 1) continue;
    const distance = editDistance(lower, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidates[i];
      bestDistance = distance;
    }
  }
  return best;
}
