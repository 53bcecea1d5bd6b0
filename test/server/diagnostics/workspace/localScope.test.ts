// The editor publishes a file's own findings before the workspace index is complete
// (`diagnose(file, _, { scope: 'local' })`), so the rules without `crossFile` must not read the
// workspace at all: on every multi-file fixture, each file checked alone in an empty workspace
// with the local scope gives exactly the non-cross-file part of its full diagnostics.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../../../server/src/languageService';
import { findRule } from '../../../../server/src/features/diagnostics/ruleCatalog';
import { parseMultiFileFixture, workspaceOf } from '../../../support/multiFileFixture';

const FIXTURES = path.join(__dirname, '../../../../../test/server/diagnostics/workspace/fixtures');

describe('local diagnostics scope', () => {
  let crossFileSeen = 0;
  for (const name of fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    it(name, () => {
      const fixture = parseMultiFileFixture(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
      const workspace = workspaceOf(fixture);
      const alone = createLanguageService({ settings: fixture.settings });
      for (const [fixturePath, file] of workspace.files) {
        const all = workspace.service.diagnose(file);
        crossFileSeen += all.filter((d) => findRule(String(d.code))?.crossFile).length;
        const expected = all.filter((d) => !findRule(String(d.code))?.crossFile);
        const local = alone.diagnose(file, undefined, { scope: 'local' });
        assert.deepEqual(local, expected, fixturePath);
      }
    });
  }
  it('the fixtures do have cross-file findings, which the local scope leaves out', () => {
    assert.ok(crossFileSeen > 0);
  });
});
