// The editor publishes a file's own findings before the workspace index is complete
// (`diagnose(file, _, { scope: 'local' })`), so the rules without `crossFile` must not read the
// workspace at all: on every multi-file fixture, each file checked alone in an empty workspace
// with the local scope gives exactly the non-cross-file part of its full diagnostics. The CLI
// checks in two phases (`diagnoseInPhases`: own findings at parse time, cross-file ones from a
// parse without its syntax tree once all is indexed): together they give the full diagnostics.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type PhasedDiagnostics } from '../../../../server/src/languageService';
import { findRule } from '../../../../server/src/features/diagnostics/ruleCatalog';
import { stripExpectations } from '../../../support/fixture';
import { fixtureUri, parseMultiFileFixture, workspaceOf } from '../../../support/multiFileFixture';

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

describe('diagnostics in two phases', () => {
  const order = (ds: readonly Diagnostic[]) =>
    [...ds].sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        String(a.code).localeCompare(String(b.code)) ||
        JSON.stringify(a.message).localeCompare(JSON.stringify(b.message)),
    );
  for (const name of fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    it(name, () => {
      const fixture = parseMultiFileFixture(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
      const expected = workspaceOf(fixture);
      const service = createLanguageService({ settings: fixture.settings });
      const phased = new Map<string, PhasedDiagnostics>();
      for (const f of fixture.files) {
        const file = service.parse(
          TextDocument.create(fixtureUri(f.path), 'yaml', 1, stripExpectations(f.text)),
        );
        service.setWorkspaceFile(file);
        phased.set(f.path, service.diagnoseInPhases(file));
      }
      for (const [fixturePath, p] of phased) {
        assert.equal(p.file.yaml.documents.length, 0, 'no syntax tree is kept');
        assert.deepEqual(
          order([...p.local, ...p.crossFile()]),
          order(expected.service.diagnose(expected.files.get(fixturePath)!)),
          fixturePath,
        );
      }
    });
  }
});
