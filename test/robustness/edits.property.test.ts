// Issue 7: every edit the product makes is checked as a property over generated VirtualService /
// DestinationRule files (random weights, missing weights, comments everywhere, both sequence
// indentation styles, LF and CRLF): parsing the result gives the intended change and nothing
// else, and every comment is kept. Covers the server's weight quick fixes and subset rename and
// the client's promote / roll back weight edits (pure functions).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { parseAllDocuments } from 'yaml';
import {
  applyReplacements,
  planPromotion,
  planRollback,
  weightReplacements,
} from '../../protocol/src/promotion';
import {
  createLanguageService,
  type LanguageService,
  type SourceFile,
} from '../../server/src/languageService';
import { prng } from './fuzzEngine';

const CASES = Number(process.env.EDIT_CASES ?? 150);
const URI = 'file:///edits/reviews.yaml';

interface Generated {
  readonly text: string;
  readonly weights: (number | undefined)[];
  readonly eol: string;
}

function generate(random: () => number, mode: 'broken' | 'healthy'): Generated {
  const r = (n: number) => Math.floor(random() * n);
  const count = 2 + r(2);
  const subsets = ['v1', 'v2', 'v3'].slice(0, count);
  let weights: (number | undefined)[];
  if (mode === 'healthy') {
    const canary = r(101);
    weights =
      count === 2
        ? [100 - canary, canary]
        : [100 - canary - Math.min(5, 100 - canary), Math.min(5, 100 - canary), canary];
  } else {
    weights = subsets.map(() => r(101));
    if (random() < 0.4) weights[r(count)] = undefined;
  }
  // Sequences either indented under their key or flush with it (both are common).
  const step = random() < 0.5 ? '  ' : '';
  const d1 = `  ${step}`;
  const d2 = `${d1}  ${step}`;
  const comment = (text: string) => (random() < 0.6 ? `  # ${text}` : '');
  const lines = [
    `# Canary of reviews, generated case ${r(1000)}.`,
    'apiVersion: networking.istio.io/v1beta1',
    'kind: VirtualService',
    'metadata:',
    `  name: reviews${comment('the service name')}`,
    '  namespace: default',
    'spec:',
    '  hosts:',
    `${d1}- reviews`,
    '  http:',
    `${d1}- name: main${comment('the only route')}`,
    ...(random() < 0.5 ? [`${d1}  # traffic is split by weight below`] : []),
    `${d1}  route:`,
  ];
  subsets.forEach((subset, i) => {
    lines.push(
      `${d2}- destination:`,
      `${d2}    host: reviews`,
      `${d2}    subset: ${subset}${comment(`version ${i + 1}`)}`,
    );
    const weight = weights[i];
    if (weight !== undefined) lines.push(`${d2}  weight: ${weight}${comment('percent')}`);
  });
  lines.push(
    '---',
    '# The versions, by label.',
    'apiVersion: networking.istio.io/v1beta1',
    'kind: DestinationRule',
    'metadata:',
    '  name: reviews',
    '  namespace: default',
    'spec:',
    '  host: reviews',
    '  subsets:',
  );
  for (const subset of subsets)
    lines.push(
      `${d1}- name: ${subset}${comment('a version')}`,
      `${d1}  labels:`,
      `${d1}    version: ${subset}`,
    );
  const eol = random() < 0.3 ? '\r\n' : '\n';
  return { text: lines.join(eol) + eol, weights, eol };
}

function plain(text: string): unknown[] {
  return parseAllDocuments(text).map((d) => {
    assert.equal(d.errors.length, 0, `the result parses: ${d.errors.map((e) => e.message).join('; ')}`);
    return d.toJS() as unknown;
  });
}

/** Comments in order, as written (the generator never puts `#` inside values). */
function comments(text: string): string[] {
  return text.match(/#[^\r\n]*/g) ?? [];
}

/** A copy of the parsed documents with the route weights (and, optionally, subset names) blanked. */
function masked(docs: unknown[], mask: { weights?: boolean; subsets?: boolean }): unknown {
  return JSON.parse(JSON.stringify(docs), (key, value: unknown) => {
    if (mask.weights && key === 'weight') return undefined;
    if (mask.subsets && key === 'subset') return '*';
    if (mask.subsets && key === 'name' && typeof value === 'string' && /^v\d$|^canary-/.test(value))
      return '*';
    if (mask.subsets && key === 'version') return '*';
    return value;
  }) as unknown;
}

function routeWeights(docs: unknown[]): (number | undefined)[] {
  const vs = docs[0] as { spec: { http: { route: { weight?: number }[] }[] } };
  return vs.spec.http[0]!.route.map((d) => d.weight);
}

function applyWorkspaceEdit(text: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [...(edit.changes?.[URI] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === URI) {
      for (const e of change.edits)
        edits.push({ range: e.range, newText: 'newText' in e ? e.newText : e.snippet.value });
    }
  }
  return TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), edits);
}

function checkLineEnds(text: string, eol: string): void {
  if (eol === '\r\n') assert.ok(!/[^\r]\n/.test(text), 'CRLF line ends are kept');
  else assert.ok(!text.includes('\r'), 'LF line ends are kept');
}

function parse(service: LanguageService, text: string): SourceFile {
  const file = service.parse(TextDocument.create(URI, 'yaml', 1, text));
  service.setWorkspaceFile(file);
  return file;
}

test(`weight quick fixes (${CASES} generated files): the route sums to 100, nothing else changes, comments stay`, () => {
  const random = prng(404);
  let fixesApplied = 0;
  for (let n = 0; n < CASES; n++) {
    const service = createLanguageService();
    const { text, eol } = generate(random, 'broken');
    const file = parse(service, text);
    const before = plain(text);
    const weightDiagnostics = service
      .diagnose(file)
      .filter((d: Diagnostic) => d.code === 'weight-sum' || d.code === 'missing-weight');
    for (const diagnostic of weightDiagnostics) {
      const actions = service.codeActions(file, diagnostic.range, [diagnostic], ['quickfix']);
      for (const action of actions) {
        // Other quick fixes in range (e.g. creating a DestinationRule) have other intents.
        if (!action.edit || !action.diagnostics?.some((d) => d.code === diagnostic.code)) continue;
        // "Ignore <code> on this line" silences the finding with a comment; it does not fix weights.
        if (action.title.startsWith('Ignore ')) continue;
        const result = applyWorkspaceEdit(text, action.edit);
        const context = `case ${n}, ${String(diagnostic.code)} fix "${action.title}"\n${text}\n=>\n${result}`;
        const after = plain(result);
        assert.deepEqual(
          masked(after, { weights: true }),
          masked(before, { weights: true }),
          `only weights change: ${context}`,
        );
        // A destination left without a weight gets 0 from Istio once any other has one.
        const weights = routeWeights(after);
        assert.ok(
          weights.every((w) => w === undefined || (Number.isInteger(w) && w >= 0 && w <= 100)),
          `weights in range: ${context}`,
        );
        assert.equal(
          weights.reduce((a: number, w) => a + (w ?? 0), 0),
          100,
          `weights sum to 100: ${context}`,
        );
        assert.deepEqual(comments(result), comments(text), `comments kept: ${context}`);
        checkLineEnds(result, eol);
        // "Give the remainder to another destination" leaves a weightless one at Istio's 0, which
        // missing-weight still mentions ("add weight: 0 if that is intended"); the sum is fixed.
        const fixed = service.diagnose(parse(service, result)).map((d) => d.code);
        assert.ok(!fixed.includes('weight-sum'), `fixed: ${context}`);
        parse(service, text);
        fixesApplied++;
      }
    }
  }
  assert.ok(fixesApplied >= CASES / 2, `only ${fixesApplied} fixes were exercised`);
});

test(`promote and roll back (${CASES} generated files): the planned weights are written, nothing else, comments stay`, () => {
  const random = prng(505);
  let edits = 0;
  for (let n = 0; n < CASES; n++) {
    const service = createLanguageService();
    const { text, eol } = generate(random, 'healthy');
    const file = parse(service, text);
    const before = plain(text);
    const route = service.trafficSplit(file)[0]!.routes[0]!;
    for (const planned of [planPromotion(route, [10, 25, 50, 75, 100], {}), planRollback(route, {})]) {
      if (!planned.ok) continue;
      const result = applyReplacements(text, weightReplacements(route, planned.plan.weights));
      const context = `case ${n}: ${planned.plan.summary}\n${text}\n=>\n${result}`;
      const after = plain(result);
      assert.deepEqual(routeWeights(after), planned.plan.weights, `the planned weights: ${context}`);
      assert.deepEqual(
        masked(after, { weights: true }),
        masked(before, { weights: true }),
        `only weights change: ${context}`,
      );
      assert.deepEqual(comments(result), comments(text), `comments kept: ${context}`);
      checkLineEnds(result, eol);
      edits++;
    }
  }
  assert.ok(edits >= CASES, `only ${edits} promotion edits were exercised`);
});

test(`renaming a subset (${CASES} generated files): definition and references change together, nothing else`, () => {
  const random = prng(606);
  let renames = 0;
  for (let n = 0; n < CASES; n++) {
    const service = createLanguageService();
    const { text, eol } = generate(random, 'healthy');
    const file = parse(service, text);
    const before = plain(text);
    const at = text.indexOf('subset: v2') + 'subset: '.length + 1;
    const newName = `canary-${n}`;
    const renamed = service.rename(file, file.document.positionAt(at), newName);
    assert.ok('edit' in renamed, `rename answers an edit: ${'error' in renamed ? renamed.error : ''}`);
    const result = applyWorkspaceEdit(text, renamed.edit);
    const context = `case ${n}\n${text}\n=>\n${result}`;
    const after = plain(result) as {
      spec: { http?: { route: { destination: { subset: string } }[] }[]; subsets?: { name: string }[] };
    }[];
    const vsSubsets = after[0]!.spec.http![0]!.route.map((d) => d.destination.subset);
    const drSubsets = after[1]!.spec.subsets!.map((s) => s.name);
    assert.deepEqual(vsSubsets, drSubsets, `references follow the definition: ${context}`);
    assert.equal(vsSubsets[1], newName, context);
    assert.equal(vsSubsets.filter((s) => s === newName).length, 1, context);
    assert.deepEqual(
      masked(after, { subsets: true }),
      masked(before, { subsets: true }),
      `only subset names change: ${context}`,
    );
    assert.deepEqual(comments(result), comments(text), `comments kept: ${context}`);
    checkLineEnds(result, eol);
    renames++;
  }
  assert.equal(renames, CASES);
});
