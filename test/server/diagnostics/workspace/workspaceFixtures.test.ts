// Every file in fixtures/ is a multi-file workspace (see test/support/multiFileFixture.ts) with
// its expected diagnostics as caret comments under the offending lines, in every file.
// UPDATE_EXPECT=1 rewrites the fixtures from the current output.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkMultiFileFixtureFile } from '../../../support/multiFileFixture';

const FIXTURES = path.join(__dirname, '../../../../../test/server/diagnostics/workspace/fixtures');

describe('cross-file diagnostics fixtures', () => {
  for (const name of fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    it(name, () => {
      const [actual, expected] = checkMultiFileFixtureFile(path.join(FIXTURES, name));
      assert.equal(actual, expected);
    });
  }
});
