// The fast YAML reader against `yaml.parseAllDocuments`, segment by segment: every YAML file of
// the fixtures and scenarios (broken ones included), the bench generator's stream and workspace
// files, and seeded fuzz mutations of all of them. Wherever the fast reader answers, its
// documents must be the very objects `yaml` builds (classes, values, types, formats, flow flags,
// ranges, options, directives), and `yaml` must have reported no error or warning there.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Document, parseAllDocuments } from 'yaml';
import { mayNotBeString } from '../../../server/src/syntax/blockReader';
import { PARSE_OPTIONS, readSegmentFast } from '../../../server/src/syntax/fastYaml';
import { parseYaml, splitSegments } from '../../../server/src/syntax/parseYaml';
import { collectCorpus, mutate, prng, repoRoot } from '../../robustness/fuzzEngine';

/** What the fast reader deliberately leaves out (see fastYaml.ts): never compared. */
const NOT_REPRODUCED = new Set(['comment', 'commentBefore', 'spaceBefore']);

/** Adds `delta` to every range of `yaml`'s documents, as parseYaml.ts does for a segment. */
function shifted(docs: Document.Parsed[], delta: number): Document.Parsed[] {
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const n = node as { range?: number[]; key?: unknown; value?: unknown; items?: unknown[] };
    if (Array.isArray(n.range)) n.range = n.range.map((x) => x + delta);
    if ('key' in n) visit(n.key);
    if ('value' in n) visit(n.value);
    if (n.items) n.items.forEach(visit);
  };
  for (const doc of docs) {
    doc.range = doc.range.map((x) => x + delta) as typeof doc.range;
    visit(doc.contents);
  }
  return docs;
}

/** The first difference between two values built by the two readers, or undefined. */
function difference(a: unknown, b: unknown, at: string, seen = new Set<unknown>()): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${String(b)} (fast) ≠ ${String(a)} (yaml)`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b))
    return `${at}: ${b.constructor.name} (fast) ≠ ${a.constructor.name} (yaml)`;
  if (seen.has(a)) return undefined;
  seen.add(a);
  if (at.endsWith('.schema')) {
    // Built per document from the same options; compared by what makes it the schema it is.
    const tags = (s: object) => (s as { tags: { tag: string }[] }).tags.map((t) => t.tag).join();
    const name = (s: object) => (s as { name: string }).name;
    return name(a) === name(b) && tags(a) === tags(b) ? undefined : `${at}: another schema`;
  }
  const keysA = Object.keys(a).filter((k) => !NOT_REPRODUCED.has(k));
  const keysB = Object.keys(b).filter((k) => !NOT_REPRODUCED.has(k));
  if (keysA.sort().join() !== keysB.sort().join())
    return `${at}: keys {${keysB.join()}} (fast) ≠ {${keysA.join()}} (yaml)`;
  for (const k of keysA) {
    const d = difference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${at}.${k}`,
      seen,
    );
    if (d) return d;
  }
  return undefined;
}

interface Tally {
  segments: number;
  fast: number;
  bytes: number;
  fastBytes: number;
}

const tally = (): Tally => ({ segments: 0, fast: 0, bytes: 0, fastBytes: 0 });

/** Compares both readers on every segment of `text`; returns the differences found. */
function compareText(name: string, text: string, into: Tally): string[] {
  const problems: string[] = [];
  for (const { start, end } of splitSegments(text)) {
    const source = text.slice(start, end);
    const expected = parseAllDocuments(source, PARSE_OPTIONS) as Document.Parsed[];
    // The fast reader reads the segment in place: its ranges are offsets in the whole text.
    const fast = readSegmentFast(text, start, end);
    into.segments++;
    into.bytes += source.length;
    if (!fast) continue;
    into.fast++;
    into.fastBytes += source.length;
    const where = `${name} @${start}`;
    const complaints = Array.isArray(expected) ? expected.flatMap((d) => [...d.errors, ...d.warnings]) : [];
    if (complaints.length)
      problems.push(`${where}: yaml reports ${complaints[0]!.code}, the fast reader read it`);
    else {
      const d = difference(shifted(expected, start), fast, where);
      if (d) problems.push(`${d}\n--- segment ---\n${source.slice(0, 600)}`);
    }
  }
  return problems;
}

interface Generated {
  generateStream(options: { minLines: number; seed?: number }): { text: string };
  generateWorkspaceFile(i: number, fileCount: number): { text: string };
}

let generate: Generated;
const corpus = collectCorpus();

describe('fast YAML reader', () => {
  before(async () => {
    const url = pathToFileURL(path.join(repoRoot(), 'bench', 'lib', 'generate.mjs')).href;
    generate = (await import(url)) as Generated;
  });

  it('reads every fixture and scenario segment exactly as yaml does, or leaves it to yaml', () => {
    assert.ok(corpus.length > 50, `only ${corpus.length} YAML files found`);
    const t = tally();
    const problems = corpus.flatMap(({ name, text }) => compareText(name, text, t));
    assert.deepEqual(problems, []);
    // Hand-written fixtures use every corner of YAML on purpose; still, most must be read fast.
    assert.ok(t.fast > t.segments / 3, `fast path on ${t.fast} of ${t.segments} fixture segments`);
  });

  it('reads the bench inputs exactly as yaml does, nearly all on the fast path', () => {
    const t = tally();
    const stream = generate.generateStream({ minLines: 3000, seed: 7 }).text;
    const problems = compareText('bench stream', stream, t);
    for (let i = 0; i < 30; i++)
      problems.push(...compareText(`bench file ${i}`, generate.generateWorkspaceFile(i, 30).text, t));
    assert.deepEqual(problems, []);
    // Every generated document is block-style with comment headers and trailing comments.
    assert.equal(t.fast, t.segments, `fast path on ${t.fast} of ${t.segments} bench segments`);
  });

  it('agrees with yaml on seeded fuzz mutations of every corpus file', () => {
    const random = prng(20261201);
    const t = tally();
    const problems: string[] = [];
    const sources = [...corpus.map((c) => c.text), generate.generateWorkspaceFile(3, 10).text];
    for (let round = 0; round < 6; round++)
      for (const [i, source] of sources.entries()) {
        const { text, names } = mutate(source, random);
        problems.push(...compareText(`mutation ${round}/${i} [${names.join(', ')}]`, text, t));
      }
    assert.deepEqual(problems, []);
    assert.ok(t.fast > 0);
  });

  it('agrees with yaml on the corners of its subset', () => {
    const cases = [
      'a: 1\n',
      'a: 1',
      'a:',
      'a:\n',
      'a:   \nb: 2\n',
      'a:\n  b:\nc: 1\n',
      'a:\n  b:\n',
      '---\na: 1\n',
      '---\n# c\n\na: 1\n\n\n',
      '\n\na: 1\n',
      'a: [x, "y", \'z\']\nb: []\nc: {}\n',
      'a: [1, 0x1F, -2.50, .inf, .NaN, ~, Null, TRUE, false, 0o17, 012, 1e3, +12, 1_000]\n',
      'k: 0x1F\nl: 1e3\nm: .inf\nn: -.Inf\no: ~\np: Null\nq: TRUE\nr: 0o17\ns: 2.50\nt: 1.0\nu: -0\nv: .5\nw: 5.\n',
      'true: 1\n1: a\nnull: x\n~: y\n',
      'a: "x" \nb: \'it\'\'s\'  # c\nc: "# not a comment"\nd: x#y\ne: x # y\n',
      'hosts:\n- a\n- b\nnext: 1\n',
      'a:\n  - name: v1\n    labels:\n      version: v1\n  - name: v2\nb: 2\n',
      '- a\n- b\n',
      'a:\n  - - x\n',
      'a: b: c\n',
      'a: - b\n',
      'a: 1\na: 2\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: |\n  x\n',
      'a: b\n  c\n',
      'a: 1\n  b: 2\n',
      'a:\n    b: 1\n  c: 2\n',
      'a:\n  b: 1\n # c\nd: 2\n',
      'a: "x\\ty"\n',
      'a: "multi\n  line"\n',
      'a: 1\n...\n',
      '<<: {}\n',
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n',
      '-\n  a: 1\n',
      '- \n- a\n',
      'a: x:y\nb: http://h:80/p\nc: -x\nd: "a": 1\n',
      'a: [a , b]\nb: [a,b]\nc: [ a ]\nd: [a, [b]]\ne: {a: 1}\n',
      'a: {app: web, tier: "1", n: 2, t: true}  # c\nb: {a: 1, a: 2}\n',
      'a: {a: 1}\nb: {"a": 1}\nc: {a:1}\nd: {a: 1,b: 2}\ne: { a: 1 }\nf: {a: [1]}\ng: {a: }\nh: {<<: x}\n',
      'a:\n  b: 1\n  # inner\n\nc: 2\n# trailing\n\n',
      'a:\n  b: 1\n# outer\n  # x\nc:\n- 1\n  # deeper\n# zero\n- 2\n\n',
      'a:\n  b:\n    c: 1\n    # x\n  d: 2\n',
      '- name: a\n  # c\n- name: b\n    # deeper\n\n      # deeper still\n  # same\nx: 1\n',
      'spec:\n  # about hosts\n  hosts:\n  # between\n  - a\n      # after a\n  - b\n',
      'a: [x]\n   # after a flow value\nb: 1\n# end\n  # indented end',
      'a: x\u0085y\nb: \u2028\nc: \u0007\nd: "\u0085"\ne: \u00a0x\nf: x\u00a0\ng: \ud83d\ude00\nh: \u200b\n',
      'a:: b\nb:c: d\nhttp://x: y\n-a: b\n---x: 1\n...: 1\nk: ...\n',
      'a: -\nb: --x\nc: ?x\nd: x?\ne: %x\nf: @x\ng: `x\nh: x:\ni: :x\nj: a,b]{c}\n',
      '- a: 1\n b: 2\n',
      'a:\n  - x\n- y\n',
      'a: # c\n  b: 1\n',
      '--- # c\na: 1\n',
      '---  \na: 1\n',
      'a: 1\n...\n---\nb: 2\n',
      'a: 1 #c\nb: 1#c\nc: "x"#c\n',
      'a: 1\n  # c1\n\n  # c2\n # c3\n  # c4\nb: 2\n',
      'a: x   \nb: "y"   # z\n',
      'é: ü\n"q": 1\n',
      'a:\n- x\n  - y\n',
      'a:\n  - x\n  -   y: 1\n      z: 2\n',
      '# only a comment\n',
      '',
      '---\n',
      '--- a\n',
      'a: b\n# trailing\n',
    ];
    const t = tally();
    const problems = cases.flatMap((text, i) => compareText(`case ${i} ${JSON.stringify(text)}`, text, t));
    assert.deepEqual(problems, []);
    assert.ok(t.fast >= 15, `only ${t.fast} corner cases on the fast path`);
  });

  it('gives parseYaml the same documents and problems as yaml alone', () => {
    const text =
      generate.generateStream({ minLines: 400, seed: 3 }).text + '---\na: "open\n---\nb: &x 1\nc: *x\n';
    const file = parseYaml(text);
    const expected = splitSegments(text).flatMap(({ start, end }) =>
      (parseAllDocuments(text.slice(start, end), PARSE_OPTIONS) as Document.Parsed[]).map((d) => ({
        d,
        start,
      })),
    );
    assert.equal(file.documents.length, expected.length);
    for (const [i, { d }] of expected.entries())
      assert.deepEqual(file.documents[i]!.doc.toJS(), d.toJS(), `document ${i}`);
    assert.deepEqual(
      file.problems.map((p) => p.code),
      ['MISSING_CHAR'],
    );
  });
});

describe('fast YAML reader: its shortcut over the core schema', () => {
  it('only text starting with a character it lists can resolve to a non-string', () => {
    const schema = new Document(undefined, PARSE_OPTIONS).schema as unknown as {
      tags: { default?: boolean | 'key'; test?: RegExp }[];
    };
    const tests = schema.tags.filter((t) => t.default && t.test).map((t) => t.test!);
    // The schema the shortcut was written against (yaml 2.x core schema with merge keys).
    assert.deepEqual(
      tests.map((t) => t.source),
      [
        '^(?:~|[Nn]ull|NULL)?$',
        '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
        '^0o[0-7]+$',
        '^[-+]?[0-9]+$',
        '^0x[0-9a-fA-F]+$',
        '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
        '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
        '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
        '^<<$',
      ],
    );
    const tails = ['', '1', 'rue', 'ull', 'alse', 'x1F', 'o17', 'inf', 'nan', '5e3', '<', '.5'];
    for (let c = 1; c < 0x3000; c++) {
      const first = String.fromCharCode(c);
      for (const atKey of [false, true]) {
        if (mayNotBeString(c, atKey)) continue;
        const matching = tests.filter(
          (t, i) => (atKey || i < tests.length - 1) && tails.some((tail) => t.test(first + tail)),
        );
        assert.deepEqual(matching, [], `text starting with ${JSON.stringify(first)}`);
      }
    }
    assert.ok(mayNotBeString(NaN, false), 'the empty scalar is null');
  });
});

describe('fast YAML reader: what is not reproduced', () => {
  it('no reader outside server/src/syntax/ reads node comments or blank-line flags', () => {
    // fastYaml.ts does not fill `comment`, `commentBefore` or `spaceBefore`; if a feature starts
    // reading them it must teach the fast reader first (and extend the differential test).
    const root = path.join(repoRoot(), 'server', 'src');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (full !== path.join(root, 'syntax')) walk(full);
        } else if (entry.name.endsWith('.ts')) {
          const text = fs.readFileSync(full, 'utf8');
          for (const m of text.matchAll(/(?<!\.)\.(commentBefore|spaceBefore|comment)\b(?!\s*\()/g))
            offenders.push(`${path.relative(root, full)}: .${m[1]}`);
        }
      }
    };
    walk(root);
    assert.deepEqual(offenders, []);
  });
});
