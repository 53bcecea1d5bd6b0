import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap } from 'yaml';
import { mergeChange, parseYaml, type TextChange } from '../../../server/src/syntax/parseYaml';
import { prng } from '../../robustness/fuzzEngine';
import { nodeAtOffset } from '../../../server/src/syntax/yamlAst';

const LIMITS = { maxFileSize: 10_000, maxNesting: 50 };

describe('parseYaml', () => {
  it('reads every document of a stream with ranges in whole-file offsets', () => {
    const text = '# leading comment\n---\nkind: A\n---\nkind: B\n...\n---\nkind: C\n';
    const file = parseYaml(text, LIMITS);
    assert.equal(file.documents.length, 3);
    assert.deepEqual(file.problems, []);
    for (const [i, kind] of ['A', 'B', 'C'].entries()) {
      const doc = file.documents[i]!.doc;
      assert.ok(isMap(doc.contents));
      const range = doc.contents.range;
      assert.equal(text.slice(range[0], range[0] + 7), `kind: ${kind}`);
    }
  });

  it('keeps later documents when an earlier one has an unclosed quote, and points at the quote', () => {
    const text = 'a: "open\nb: 1\n---\nkind: Later\n';
    const file = parseYaml(text, LIMITS);
    assert.equal(file.documents.length, 2);
    const later = file.documents[1]!.doc.toJS() as { kind: string };
    assert.equal(later.kind, 'Later');
    const problem = file.problems.find((p) => p.severity === 'error');
    assert.ok(problem);
    assert.equal(text.slice(problem.span.start, problem.span.end), '"open');
  });

  it('reports duplicate keys as errors at the duplicate', () => {
    const text = 'a: 1\na: 2\n';
    const file = parseYaml(text, LIMITS);
    assert.equal(file.problems.length, 1);
    assert.equal(text.slice(file.problems[0]!.span.start, file.problems[0]!.span.start + 1), 'a');
    assert.equal(file.problems[0]!.span.start, 5);
  });

  it('refuses files over the size limit without parsing them', () => {
    const file = parseYaml('a: b\n'.repeat(3000), LIMITS);
    assert.equal(file.skipped, true);
    assert.equal(file.documents.length, 0);
    assert.match(
      file.problems[0]!.message,
      /^File too large to analyse: 14\.6 KB > istioCanary\.maxFileSize \(9\.8 KB\)\.$/,
    );
  });

  it('refuses binary content and absurd nesting with a clear problem', () => {
    assert.match(parseYaml('kind: x\u0000\u0001', LIMITS).problems[0]!.message, /looks binary/);
    assert.match(
      parseYaml('['.repeat(60) + ']'.repeat(60), LIMITS).problems[0]!.message,
      /nested more than 50 levels/,
    );
    const block = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    assert.equal(parseYaml(block, LIMITS).problems[0]!.code, 'TOO_DEEPLY_NESTED');
  });

  it('finds the node under an offset, on keys and on values', () => {
    const text = 'spec:\n  http:\n  - route:\n    - weight: 90\n';
    const file = parseYaml(text, LIMITS);
    const doc = file.documents[0]!.doc;
    const onValue = nodeAtOffset(doc, text.indexOf('90'));
    assert.deepEqual(
      onValue.path.slice(1).map((p) => p.segment),
      ['spec', 'http', 0, 'route', 0, 'weight'],
    );
    assert.equal(onValue.onKey, false);
    const onKey = nodeAtOffset(doc, text.indexOf('weight') + 2);
    assert.equal(onKey.onKey, true);
    assert.equal(onKey.path.at(-1)!.segment, 'weight');
  });

  it('reuses unchanged segments of a previous parse and gives exactly what a fresh parse gives', () => {
    const docs = Array.from(
      { length: 6 },
      (_, i) =>
        `# doc ${i}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  key: "value ${i}"\n`,
    );
    const edits: ((t: string) => string)[] = [
      (t) => t.replace('value 0', 'value zero, longer'), // shifts every later document
      (t) => t.replace('name: c3', 'name: c3b'),
      (t) => t.replace('kind: ConfigMap\nmetadata:\n  name: c4', 'kind: ConfigMap\nmetadata: [\n  name: c4'), // breaks one
      (t) => t + '---\nkind: Extra\n',
      (t) => t.slice(0, t.indexOf('---')) + t.slice(t.indexOf('---', t.indexOf('---') + 1)), // drops a document
      (t) => t.replace(/value/g, 'v'),
    ];
    let text = docs.join('---\n');
    let previous = parseYaml(text, LIMITS);
    let reusedSomething = false;
    for (const edit of edits) {
      text = edit(text);
      const firstDocBefore = previous.segments[previous.segments.length - 1]?.docs[0];
      const incremental = parseYaml(text, LIMITS, previous);
      const fresh = parseYaml(text, LIMITS);
      reusedSomething ||= incremental.segments.some((s) => s.docs[0] === firstDocBefore);
      const view = (f: typeof fresh) =>
        f.documents.map((d) => ({
          span: d.span,
          js: d.doc.toJS() as unknown,
          ranges: isMap(d.doc.contents)
            ? d.doc.contents.items.map((p) => [
                (p.key as { range: number[] }).range,
                (p.value as { range?: number[] } | null)?.range,
              ])
            : null,
        }));
      assert.deepEqual(view(incremental), view(fresh));
      assert.deepEqual(incremental.problems, fresh.problems);
      previous = incremental;
    }
    assert.ok(reusedSomething, 'unchanged segments were reused, not parsed again');
  });

  it('told where the text changed, reparses around the change and gives what a fresh parse gives', () => {
    const random = prng(15);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const docs = Array.from(
      { length: 12 },
      (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  key: "v${i}"\n`,
    );
    const pieces = [
      '',
      '-',
      '--',
      '---',
      '---\n',
      '\n---\n',
      '\n',
      'x',
      '# c\n',
      ' ',
      '\r\n',
      '---\r\n',
      'a: [1\n',
    ];
    let compared = 0;
    for (const eol of ['\n', '\r\n']) {
      let text = docs.join('---\n').replace(/\n/g, eol);
      let previous = parseYaml(text, LIMITS);
      for (let step = 0; step < 150; step++) {
        // One to three changes, each in the text the ones before it give, merged as the
        // document store merges them.
        let change: TextChange | undefined;
        for (let c = 1 + Math.floor(random() * 3); c > 0; c--) {
          const markers = [...text.matchAll(/^---/gm)].map((m) => m.index);
          const near = markers.length && random() < 0.6 ? pick(markers) : Math.floor(random() * text.length);
          const start = Math.max(0, Math.min(text.length, near + Math.floor(random() * 9) - 4));
          const end = Math.min(text.length, start + Math.floor(random() * (random() < 0.1 ? 400 : 6)));
          const inserted = pick(pieces);
          text = text.slice(0, start) + inserted + text.slice(end);
          change = mergeChange(change, start, end, inserted.length);
        }
        const incremental = parseYaml(text, LIMITS, previous, change);
        const fresh = parseYaml(text, LIMITS);
        const view = (f: typeof fresh) =>
          f.documents.map((d) => ({
            span: d.span,
            js: d.doc.toJS() as unknown,
            errors: d.doc.errors.length,
          }));
        assert.deepEqual(view(incremental), view(fresh), `step ${step}`);
        assert.deepEqual(incremental.problems, fresh.problems, `step ${step}`);
        assert.deepEqual(
          incremental.segments.map((g) => [g.start, g.source]),
          fresh.segments.map((g) => [g.start, g.source]),
          `step ${step}`,
        );
        compared++;
        previous = incremental;
      }
    }
    assert.equal(compared, 300);
  });

  it('says which stretches of the previous text moved, and by how much', () => {
    const doc = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`;
    const before = [0, 1, 2, 3].map(doc).join('---\n');
    const previous = parseYaml(before, LIMITS);
    // A line inserted into the second document: the first stays, the last two move by 7.
    const inserted = before.replace('name: c1\n', 'name: c1\n# note\n');
    const after = parseYaml(inserted, LIMITS, previous);
    const third = before.indexOf('---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c2');
    assert.deepEqual(after.moves, [{ start: third, end: before.length, delta: 7 }]);
    assert.equal(after.segments[0]!.docs[0], previous.segments[0]!.docs[0]);
    assert.equal(after.segments[3]!.docs[0], previous.segments[3]!.docs[0]);
    // The moved documents' nodes moved in place.
    assert.equal(after.documents[3]!.span.start, inserted.lastIndexOf('---'));
    // A `---` typed in the middle splits a document: what follows moves by 4 and is reused.
    const split = inserted.replace(
      'kind: ConfigMap\nmetadata:\n  name: c1',
      'kind: ConfigMap\n---\nmetadata:\n  name: c1',
    );
    const again = parseYaml(split, LIMITS, after);
    assert.equal(again.documents.length, 5);
    assert.deepEqual(again.moves, [{ start: third + 7, end: inserted.length, delta: 4 }]);
    assert.equal(parseYaml(split, LIMITS).moves, undefined);
  });
});
