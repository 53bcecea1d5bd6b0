// The index summaries that the summary reader gives (indexing/summarizeText.ts over
// syntax/summaryYaml.ts, no `yaml` nodes) against the summaries of the full parse
// (`summarize(createSourceFile(…))`, what the index held before): every YAML file of the fixtures,
// scenarios and examples (broken ones included), the bench generator's stream and workspace
// files, seeded fuzz mutations of all of them, and the corners of the subset. Wherever the reader
// answers, the resource views and line starts must be deeply equal; elsewhere it must step aside.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDocument as isYamlDocument } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from '../../../server/src/syntax/yamlAst';
import { summarizeText } from '../../../server/src/indexing/summarizeText';
import { createSourceFile } from '../../../server/src/sourceFile';
import { DEFAULT_PARSE_LIMITS } from '../../../server/src/syntax/parseYaml';
import { readSummaryYaml } from '../../../server/src/syntax/summaryYaml';
import { summarize } from '../../../server/src/workspace/workspaceIndex';
import { collectCorpus, mutate, prng, repoRoot } from '../../robustness/fuzzEngine';

const MAX = DEFAULT_PARSE_LIMITS.maxFileSize;

/** A summary as plain data (the full one reads its line starts lazily). */
function plain(summary: ReturnType<typeof summarize>): unknown {
  return { uri: summary.uri, resources: summary.resources, lineStarts: summary.lineStarts };
}

/** The first difference between the full parse's value and the summary reader's, or undefined. */
function difference(a: unknown, b: unknown, at: string): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${JSON.stringify(b)} (summary reader) ≠ ${JSON.stringify(a)} (full parse)`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return `${at}: differs (prototype or property attributes)`;
}

interface Tally {
  files: number;
  fastFiles: number;
  documents: number;
  fastDocuments: number;
}

const tally = (): Tally => ({ files: 0, fastFiles: 0, documents: 0, fastDocuments: 0 });

/** Compares both summaries of `text` as the file `uri`; returns the difference, if any. */
function compare(name: string, uri: string, text: string, into: Tally): string[] {
  const full = createSourceFile(TextDocument.create(uri, 'yaml', 0, text), DEFAULT_PARSE_LIMITS);
  const expected = plain(summarize(full));
  const actual = plain(summarizeText(uri, text, MAX));
  into.files++;
  into.documents += full.yaml.documents.length;
  const light = full.templateAction ? [] : (readSummaryYaml(text, DEFAULT_PARSE_LIMITS)?.documents ?? []);
  // Segments outside the subset come back as `yaml`'s own documents.
  const fast = light.filter((d) => !isYamlDocument(d.doc)).length;
  into.fastDocuments += fast;
  if (fast > 0 && fast === full.yaml.documents.length) into.fastFiles++;
  const d = difference(expected, actual, name);
  return d ? [`${d}\n--- text ---\n${text.slice(0, 600)}`] : [];
}

const fileUri = (name: string) => pathToFileURL(path.join(repoRoot(), name)).href;

interface Generated {
  generateStream(options: { minLines: number; seed?: number }): { text: string };
  generateWorkspaceFile(i: number, fileCount: number): { text: string };
}

let generate: Generated;
const corpus = collectCorpus();

describe('summary reader (index summaries without yaml nodes)', () => {
  before(async () => {
    const url = pathToFileURL(path.join(repoRoot(), 'bench', 'lib', 'generate.mjs')).href;
    generate = (await import(url)) as Generated;
  });

  it('summarises every fixture, scenario and example exactly as the full parse does', (t) => {
    assert.ok(corpus.length > 50, `only ${corpus.length} YAML files found`);
    const all = tally();
    const problems = corpus.flatMap(({ name, text }) => compare(name, fileUri(name), text, all));
    assert.deepEqual(problems, []);
    // Hand-written fixtures use every corner of YAML on purpose; still, many must be read fast.
    const share = `${all.fastDocuments} of ${all.documents} documents (${all.fastFiles} of ${all.files} files)`;
    t.diagnostic(`fixtures on the fast path: ${share}`);
    assert.ok(all.fastDocuments > all.documents / 4, `fast path on ${share}`);
    // The reference scenarios are manifests as people write them: all on the fast path.
    const scenarios = tally();
    for (const { name, text } of corpus.filter((c) => c.name.includes('fixtures/scenarios/')))
      compare(name, fileUri(name), text, scenarios);
    assert.ok(scenarios.files >= 10, `only ${scenarios.files} scenario files`);
    assert.equal(scenarios.fastDocuments, scenarios.documents);
  });

  it('reads every bench input on the fast path, with the same summaries', () => {
    const t = tally();
    const problems = compare(
      'bench stream',
      'file:///bench/large.yaml',
      generate.generateStream({ minLines: 3000, seed: 7 }).text,
      t,
    );
    for (let i = 0; i < 40; i++)
      problems.push(
        ...compare(
          `bench file ${i}`,
          `file:///ws/service-${i}.yaml`,
          generate.generateWorkspaceFile(i, 40).text,
          t,
        ),
      );
    assert.deepEqual(problems, []);
    assert.equal(t.fastFiles, t.files, `fast path on ${t.fastFiles} of ${t.files} bench files`);
    assert.ok(t.documents > 400);
  });

  it('agrees with the full parse on seeded fuzz mutations of every corpus file', () => {
    const random = prng(20261201);
    const t = tally();
    const problems: string[] = [];
    const sources = [...corpus, { name: 'bench file 3', text: generate.generateWorkspaceFile(3, 10).text }];
    for (let round = 0; round < 6; round++)
      for (const [i, source] of sources.entries()) {
        const { text, names } = mutate(source.text, random);
        const name = `mutation ${round}/${i} of ${source.name} [${names.join(', ')}]`;
        problems.push(...compare(name, fileUri(source.name), text, t));
      }
    assert.deepEqual(problems, []);
    assert.ok(
      t.fastFiles > 0 && t.fastFiles < t.files,
      `fast path on ${t.fastFiles} of ${t.files} mutations`,
    );
  });

  it('agrees on the corners: empty and comment-only segments, templates, bare kustomizations, lists, limits', () => {
    const vs = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: r\n';
    const cases: [string, string][] = [
      ['file:///a.yaml', ''],
      ['file:///a.yaml', '\n\n'],
      ['file:///a.yaml', '# only a comment\n'],
      ['file:///a.yaml', '# header\n---\n' + vs],
      ['file:///a.yaml', '---\n'],
      ['file:///a.yaml', '---\n# nothing here\n---\n' + vs],
      ['file:///a.yaml', vs + '---\n'],
      ['file:///a.yaml', vs + '---\n' + vs + '# trailing\n'],
      ['file:///a.yaml', vs + '...\n'],
      [
        'file:///a.yaml',
        vs +
          'spec:\n  hosts: [a, "b"]\n  http:\n  - route:\n    - destination:\n        host: a\n      weight: 1e2\n',
      ],
      ['file:///a.yaml', 'apiVersion: v1\nkind: List\nitems:\n- ' + vs.replace(/\n(?!$)/g, '\n  ')],
      ['file:///a.yaml', 'kind: VirtualServiceList\napiVersion: v1\nitems: []\n'],
      ['file:///k/kustomization.yaml', 'resources:\n- a.yaml\nnamespace: x\n'],
      ['file:///k/other.yaml', 'resources:\n- a.yaml\nnamespace: x\n'],
      ['file:///chart/templates/vs.yaml', vs + '  namespace: {{ .Release.Namespace }}\n'],
      ['file:///a.yaml', vs + '  namespace: "{{ x }}"\n'],
      ['file:///a.yaml', vs + 'spec:\n  exportTo: ["."]\n  __proto__: x\n  hosts:\n  - a\n'],
      // Comment lines indented under a route's last value belong to it (and to the route's span).
      [
        'file:///a.yaml',
        vs +
          'spec:\n  http:\n  - name: a\n    timeout: 5s\n      # under timeout\n    # under the route\n  - name: b\n' +
          '    route:\n    - destination:\n        host: x\n          # deeper\n  # after\n',
      ],
      // Keys that an object literal would not take as written, in the values kept as JSON.
      [
        'file:///a.yaml',
        vs +
          'spec:\n  http:\n  - match:\n    - __proto__: {a: 1}\n      toString: x\n      1: one\n      true: yes\n' +
          '      null: n\n    retries:\n      __proto__: 1\n',
      ],
      ['file:///a.yaml', vs + 'spec:\n\thosts: []\n'],
      // What parseYaml.ts's nesting guard counts (brackets in quotes, deep comment lines).
      ['file:///a.yaml', vs + `  labels: {a: "${'['.repeat(600)}"}\n`],
      ['file:///a.yaml', vs + `${' '.repeat(1100)}# deep\n`],
      ['file:///a.yaml', `${vs}---\n${vs}  a: &x 1\n  b: *x\n---\n${vs}  c: |\n    text\n---\n${vs}`],
      ['file:///a.yaml', `${vs}---\n${vs}  a: "open\n---\n${vs}`],
      ['file:///a.yaml', `${vs}---\n${vs}spec:\n  <<: {hosts: [m]}\n`],
      ['file:///a.yaml', `${'x'.repeat(9000)}: 1\n---\na: "\u0000"\n---\n${vs}`],
      ['file:///a.yaml', vs.replace(/\n/g, '\r\n')],
      ['file:///a.yaml', vs + 'x: "\u0000"\n'],
      [
        'file:///a.yaml',
        vs +
          'spec:\n' +
          Array.from({ length: 150 }, (_, i) => `${' '.repeat(2 * i + 2)}k${i}:`).join('\n') +
          ' 1\n',
      ],
    ];
    const t = tally();
    const problems = cases.flatMap(([uri, text], i) =>
      compare(`case ${i} ${JSON.stringify(text.slice(0, 80))}`, uri, text, t),
    );
    assert.deepEqual(problems, []);
    assert.ok(t.fastFiles >= 10, `only ${t.fastFiles} corner cases on the fast path`);
  });

  it('steps aside for files over the size limit (as the full parse refuses them)', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n';
    assert.equal(readSummaryYaml(text, { ...DEFAULT_PARSE_LIMITS, maxFileSize: 10 }), undefined);
    assert.deepEqual(plain(summarizeText('file:///s.yaml', text, 10)), {
      uri: 'file:///s.yaml',
      resources: [],
      lineStarts: [0],
    });
  });

  it("builds nodes that yamlAst's guards recognise, and no yaml node", () => {
    const file = readSummaryYaml('b: [x]\nc: 1\n', DEFAULT_PARSE_LIMITS);
    const root = file?.documents[0]?.doc.contents;
    assert.ok(isMap(root));
    const [b, c] = root.items;
    assert.ok(isPair(b) && isSeq(b.value) && isScalar(c?.value));
    assert.ok(!isMap(b.value) && !isScalar(b.value) && !isSeq(root));
    // Not the `yaml` package's classes: nothing may edit or stringify these trees.
    assert.notEqual(Object.getPrototypeOf(root).constructor.name, 'YAMLMap');
    assert.deepEqual((root as unknown as { toJS(): unknown }).toJS(), { b: ['x'], c: 1 });
  });
});
