// @ts-check
// `npm run fuzz`: the long fuzz run (10,000 mutations by default) of test/robustness/fuzzEngine.ts
// over the scenarios and fixtures. Compiles the tests first (`tsc -b`), prints progress and a
// report, writes the failing texts to .test-results/fuzz-failures/ and exits 1 on any failure.
// Options: --count N, --seed N, --no-build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const count = option('--count', 10_000);
const seed = option('--seed', 20261123);

if (!argv.includes('--no-build')) {
  console.log('compiling (tsc -b)');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

const require = createRequire(import.meta.url);
const { runFuzz } = require(join(ROOT, 'out', 'test', 'robustness', 'fuzzEngine.js'));
let lastReport = Date.now();
const report = runFuzz({
  count,
  seed,
  timeBoundMs: 5000,
  onProgress: (done) => {
    if (Date.now() - lastReport > 5000 || done === count) {
      lastReport = Date.now();
      process.stdout.write(`  ${done} / ${count}\n`);
    }
  },
});

const outDir = join(ROOT, '.test-results', 'fuzz-failures');
rmSync(outDir, { recursive: true, force: true });
console.log(
  `\n${report.runs} mutations of ${report.sources} files (seed ${seed}) in ${(report.totalMs / 1000).toFixed(1)} s; ` +
    `slowest ${report.slowestMs.toFixed(0)} ms; ${report.failures.length} failures`,
);
if (report.failures.length) {
  mkdirSync(outDir, { recursive: true });
  for (const f of report.failures.slice(0, 50)) {
    const name = `${String(f.index).padStart(5, '0')}.yaml`;
    writeFileSync(join(outDir, name), f.text);
    console.log(
      `\n#${f.index} ${f.source} [${f.mutations.join(', ')}] -> ${outDir}/${name}\n  ${f.problem.split('\n').slice(0, 6).join('\n  ')}`,
    );
  }
}
console.log(`${report.runs - report.failures.length} passed, ${report.failures.length} failed`);
process.exit(report.failures.length ? 1 : 0);
