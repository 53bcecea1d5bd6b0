// @ts-check
// `npm run generate:rule-pages`: writes docs/rules/<code>.md (and docs/rules/README.md) from the
// rule catalogue, docs/rules/explanations.yaml and the diagnostics fixtures. The generator is
// test/support/rulePages.ts, compiled by `tsc -b`; run this again after adding a rule or
// changing a fixture (a unit test fails while the pages are stale).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
/** @type {{ writeRulePages(root: string): string[] }} */
const generator = createRequire(import.meta.url)(path.join(ROOT, 'out', 'test', 'support', 'rulePages.js'));
const written = generator.writeRulePages(ROOT);
console.log(written.length ? `wrote ${written.join(', ')}` : 'docs/rules is up to date');
