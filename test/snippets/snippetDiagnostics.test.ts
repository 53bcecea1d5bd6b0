// Runs our own checker over every expanded snippet. The snippets are checked as a user would have
// them: each in its own file, next to the other snippets and the application they refer to
// (fixtures/bookinfo-app.yaml), so cross-file checks (subsets, gateways, hosts) see real targets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { loadContributedSnippets, repositoryRoot } from './snippetFiles';

const snippets = loadContributedSnippets();
const appFixture = join(repositoryRoot, 'test', 'snippets', 'fixtures', 'bookinfo-app.yaml');

const uriOf = (prefix: string): string => `file:///workspace/snippets/${prefix}.yaml`;
const prefixOf = (name: string): string => snippets.find((s) => s.name === name)?.prefixes[0] ?? name;

function render(diagnostics: readonly Diagnostic[]): string[] {
  const severity = (d: Diagnostic): string =>
    ({ 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' })[d.severity ?? DiagnosticSeverity.Error];
  return diagnostics.map(
    (d) =>
      `${d.range.start.line + 1}:${d.range.start.character + 1} ${severity(d)}[${String(d.code)}] ${typeof d.message === 'string' ? d.message : d.message.value}`,
  );
}

/** A service whose workspace holds every expanded snippet plus the application fixture. */
function workspaceWithAllSnippets() {
  const service = createLanguageService();
  const app = service.parse(
    TextDocument.create('file:///workspace/app.yaml', 'yaml', 1, readFileSync(appFixture, 'utf8')),
  );
  service.setWorkspaceFile(app);
  const files = snippets.map((snippet) => {
    const file = service.parse(
      TextDocument.create(uriOf(prefixOf(snippet.name)), 'yaml', 1, snippet.expanded.text),
    );
    service.setWorkspaceFile(file);
    return { snippet, file };
  });
  return { service, app, files };
}

void test('the application fixture the snippets refer to is itself clean', () => {
  const { service, app } = workspaceWithAllSnippets();
  assert.deepEqual(render(service.diagnose(app)), []);
});

for (const snippet of snippets) {
  void test(`snippet "${snippet.name}" gives no diagnostics in a workspace with the other snippets`, () => {
    const { service, files } = workspaceWithAllSnippets();
    const entry = files.find((f) => f.snippet === snippet);
    assert.ok(entry);
    assert.deepEqual(render(service.diagnose(entry.file)), []);
  });

  void test(`snippet "${snippet.name}" on its own has no errors`, () => {
    const service = createLanguageService();
    const file = service.parse(
      TextDocument.create(uriOf(prefixOf(snippet.name)), 'yaml', 1, snippet.expanded.text),
    );
    service.setWorkspaceFile(file);
    const errors = service.diagnose(file).filter((d) => d.severity === DiagnosticSeverity.Error);
    assert.deepEqual(render(errors), []);
  });
}

void test('the checker reads the weighted canary snippets as a 90/10 split', () => {
  const { service, files } = workspaceWithAllSnippets();
  for (const prefix of ['istio-vs-canary', 'vela-appdeployment']) {
    const entry = files.find((f) => f.snippet.prefixes.includes(prefix));
    assert.ok(entry, prefix);
    const splits = service.trafficSplit(entry.file);
    assert.equal(splits.length, 1, prefix);
    const [route] = splits[0]?.routes ?? [];
    assert.ok(route, prefix);
    assert.equal(route.total, 100, prefix);
    assert.deepEqual(
      route.destinations.map((d) => d.percent),
      [90, 10],
      prefix,
    );
    assert.deepEqual(route.problems, [], prefix);
  }
});

void test('the checker notices when a snippet weight is edited so the split no longer adds up', () => {
  // Guards against the zero-diagnostics tests passing only because nothing is checked at all.
  const snippet = snippets.find((s) => s.prefixes.includes('istio-vs-canary'));
  assert.ok(snippet);
  const edited = snippet.expanded.text.replace('weight: 10', 'weight: 20');
  assert.notEqual(edited, snippet.expanded.text);
  const service = createLanguageService();
  const file = service.parse(TextDocument.create(uriOf('edited'), 'yaml', 1, edited));
  assert.ok(service.diagnose(file).length > 0, 'weights summing to 110 are reported');
});
