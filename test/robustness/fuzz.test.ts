// Issue 7: a bounded, deterministic fuzz run over the scenarios and fixtures (the long run is
// `npm run fuzz`). FUZZ_COUNT and FUZZ_SEED override the defaults to reproduce a report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectCorpus, mutate, prng, runFuzz } from './fuzzEngine';

const COUNT = Number(process.env.FUZZ_COUNT ?? 600);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

test('the mutator is deterministic for a seed and really changes the text', () => {
  const corpus = collectCorpus();
  assert.ok(corpus.length >= 10, `expected the scenarios and fixtures, found ${corpus.length} files`);
  const source = corpus[0]!.text;
  const a = prng(7);
  const b = prng(7);
  let changed = 0;
  for (let i = 0; i < 50; i++) {
    const x = mutate(source, a);
    const y = mutate(source, b);
    assert.equal(x.text, y.text);
    assert.deepEqual(x.names, y.names);
    if (x.text !== source) changed++;
  }
  assert.ok(changed >= 40, `only ${changed} of 50 mutations changed the text`);
});

test(`${COUNT} mutations: diagnostics, completion, hover and split never throw and stay inside the document`, () => {
  const report = runFuzz({ count: COUNT, seed: SEED, timeBoundMs: 5000 });
  const summary = report.failures
    .slice(0, 5)
    .map(
      (f) =>
        `#${f.index} ${f.source} [${f.mutations.join(', ')}]: ${f.problem.split('\n').slice(0, 4).join('\n')}`,
    )
    .join('\n\n');
  assert.equal(report.failures.length, 0, `${report.failures.length} failures (seed ${SEED}):\n${summary}`);
  assert.equal(report.runs, COUNT);
});
