// README's Diagnostics table and package.json's `istioCanary.rules` setting say what the rule
// catalogue says. When this fails after adding or changing a rule, run `npm run generate:docs`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/features/diagnostics/ruleCatalog';
import {
  TABLE_HEADER,
  ruleTableRows,
  rulesSettingSchema,
} from '../../server/src/features/diagnostics/ruleDocs';
import { readExplanations } from '../support/rulePages';

const ROOT = path.join(__dirname, '../../..');
const HINT = 'run `npm run generate:docs` after changing the rule catalogue';

/** The rows of the generated README table, cells trimmed (Prettier's alignment aside). */
function readmeRows(): string[][] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- rules:start');
  const end = readme.indexOf('<!-- rules:end -->');
  assert.ok(start >= 0 && end > start, 'README.md has the generated rules section markers');
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe('generated rule docs', () => {
  it('README lists every rule of the catalogue, in order, with its severity, istioctl and Kiali codes and summary', () => {
    const [header, separator, ...rows] = readmeRows();
    assert.deepEqual(header, [...TABLE_HEADER], HINT);
    assert.ok(
      separator?.every((cell) => /^-+$/.test(cell)),
      HINT,
    );
    assert.deepEqual(rows, ruleTableRows(readExplanations(ROOT)), HINT);
  });

  it('package.json declares istioCanary.rules with one property per rule code', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const declared = manifest.contributes.configuration.properties['istioCanary.rules'];
    assert.deepEqual(declared, rulesSettingSchema(), HINT);
    assert.deepEqual(
      Object.keys(declared.properties as Record<string, unknown>),
      RULES.map((r) => r.code),
      HINT,
    );
  });
});
