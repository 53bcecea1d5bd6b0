// Every file in fixtures/ is a YAML fixture carrying its expected diagnostics as caret comments
// (see test/support/fixture.ts). An optional first line `# settings: {…}` configures the service.
// UPDATE_EXPECT=1 rewrites the fixtures from the current output.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../../server/src/features/diagnostics/ruleCatalog';
import { checkFixtureFile } from '../../support/fixture';
import { renderFileDiagnostics } from '../../support/service';

const FIXTURES = path.join(__dirname, '../../../../test/server/diagnostics/fixtures');

function settingsOf(text: string): unknown {
  const first = /^# settings: (.*)$/m.exec(text.split('\n')[0] ?? '');
  return first ? (JSON.parse(first[1]!) as unknown) : undefined;
}

describe('diagnostics fixtures', () => {
  for (const name of fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    it(name, () => {
      const [actual, expected] = checkFixtureFile(path.join(FIXTURES, name), (text) =>
        renderFileDiagnostics(text, settingsOf(text)),
      );
      assert.equal(actual, expected);
    });
  }

  it('every single-file rule in the catalogue has a fixture that shows it firing', () => {
    const shown = new Set<string>();
    const dirs = [FIXTURES, path.join(FIXTURES, '../workspace/fixtures')].filter((d) => fs.existsSync(d));
    for (const dir of dirs) {
      for (const name of fs.readdirSync(dir)) {
        for (const m of fs.readFileSync(path.join(dir, name), 'utf8').matchAll(/^#\s*\^+ \w+\[([\w-]+)\]/gm))
          shown.add(m[1]!);
      }
    }
    const missing = RULES.map((r) => r.code).filter((code) => !shown.has(code));
    assert.deepEqual(missing, [], `rules without a fixture: ${missing.join(', ')}`);
  });
});
