// Weight quick fixes on a route whose weights do not total 100: rescale them all (keeping their
// proportions, integers, largest remainder: protocol/src/weights.ts, shared with the client), or
// give what is missing to one chosen destination. Edits replace exactly the weight values.
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver-types';
import { rescaleToTotal } from '../../../../protocol/src/weights';
import type { RouteSplit, SplitEntry } from '../trafficSplit';
import { rangeOf } from '../navigation/context';
import { lineEndAt, lineEnding, lineStartAt } from './yamlText';
import { diagnosticsWithin, entryLabel, type CodeActionInput } from './types';

export function weightActions(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const split of input.splits) {
    // Relative Gateway API weights need no total of 100.
    if (split.relativeWeights) continue;
    for (const route of split.routes) {
      const area = route.entriesSpan ?? route.span;
      if (area.start > input.span.end || area.end < input.span.start) continue;
      if (route.entries.length === 0 || route.badWeights > 0 || route.weighted === 0) continue;
      const diagnostics = diagnosticsWithin(input, area, (d) => {
        const data = d.data as { protocol?: unknown; routeIndex?: unknown } | undefined;
        return (
          (d.code === 'weight-sum' || d.code === 'missing-weight') &&
          (data?.routeIndex === undefined ||
            (data.routeIndex === route.index && data.protocol === route.protocol))
        );
      });
      const rescale = rescaleAction(input, route);
      if (rescale) {
        const sums = diagnostics.filter((d) => d.code === 'weight-sum');
        actions.push({ ...rescale, ...(sums.length ? { diagnostics: sums, isPreferred: true } : {}) });
      }
      actions.push(
        ...remainderActions(input, route).map((a) => ({
          ...a,
          ...(diagnostics.length ? { diagnostics } : {}),
        })),
      );
    }
  }
  return actions;
}

/** Rescales every weight so they total 100, when all are numbers and they do not already. */
function rescaleAction(input: CodeActionInput, route: RouteSplit): CodeAction | undefined {
  if (route.weighted !== route.entries.length || route.total === 100) return undefined;
  const weights = route.entries.map((e) => (typeof e.weight?.value === 'number' ? e.weight.value : 0));
  const rescaled = rescaleToTotal(weights, 100);
  const uri = input.context.file.uri;
  const edits: TextEdit[] = [];
  route.entries.forEach((entry, i) => {
    const next = rescaled[i];
    if (!entry.weight || next === undefined || next === entry.weight.value) return;
    edits.push({ range: rangeOf(input.context, uri, entry.weight.span), newText: String(next) });
  });
  if (edits.length === 0) return undefined;
  const summary = route.entries.map((e, i) => `${entryLabel(e)} ${rescaled[i] ?? 0}`).join(', ');
  return {
    title: `Rescale weights to total 100 (${summary})`,
    kind: CodeActionKind.QuickFix,
    edit: { changes: { [uri]: edits } },
  };
}

/** One action per destination: give it what the route lacks to reach 100. */
function remainderActions(input: CodeActionInput, route: RouteSplit): CodeAction[] {
  const missing = 100 - route.total;
  if (missing <= 0 || route.entries.length < 2) return [];
  const uri = input.context.file.uri;
  const text = input.context.file.document.getText();
  const actions: CodeAction[] = [];
  for (const entry of route.entries) {
    const edit = entry.weight
      ? replaceWeight(input, entry, missing)
      : insertWeight(input, text, entry, missing);
    if (!edit) continue;
    const now = typeof entry.weight?.value === 'number' ? entry.weight.value : 0;
    actions.push({
      title: `Give the remaining ${missing}% to ${entryLabel(entry)} (weight ${now} → ${now + missing})`,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [uri]: [edit] } },
    });
  }
  return actions;
}

function replaceWeight(input: CodeActionInput, entry: SplitEntry, missing: number): TextEdit | undefined {
  if (!entry.weight || typeof entry.weight.value !== 'number') return undefined;
  return {
    range: rangeOf(input.context, input.context.file.uri, entry.weight.span),
    newText: String(entry.weight.value + missing),
  };
}

/**
 * Adds `weight: N` to a destination that has none, as a new line after its last line, at the
 * column of its first key (`destination:`), so no existing line changes.
 */
function insertWeight(
  input: CodeActionInput,
  text: string,
  entry: SplitEntry,
  weight: number,
): TextEdit | undefined {
  // A destination written in flow style (`- {destination: ...}`) has no line to add to.
  if (text[entry.span.start] === '{') return undefined;
  const column = entry.span.start - lineStartAt(text, entry.span.start);
  const end = lineEndAt(text, Math.max(entry.span.start, entry.span.end - 1));
  const range = rangeOf(input.context, input.context.file.uri, { start: end, end });
  return { range, newText: `${lineEnding(text)}${' '.repeat(column)}weight: ${weight}` };
}
