// The per-document rules (`perDocument` in ruleTypes.ts) are checked document by document and
// their findings kept per document across edits (documentFindingsCache.ts). That must never
// change an answer: over every YAML file of the fixtures and scenarios (the fuzz corpus), as
// files and as the workspaces their `#- /path` headers describe, the language service's
// diagnostics equal the engine's without any cache (every rule over the whole file at once);
// and after edits that reuse, move, change and remove documents (a line inserted at the top,
// seeded fuzz mutations, the first document deleted), the diagnostics of the edited parse equal
// those of a fresh service.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  createLanguageService,
  type LanguageService,
  type SourceFile,
} from '../../../server/src/languageService';
import { diagnose } from '../../../server/src/features/diagnostics/diagnose';
import { RULES } from '../../../server/src/features/diagnostics/ruleCatalog';
import { collectCorpus, mutate, prng } from '../../robustness/fuzzEngine';
import { stripExpectations } from '../../support/fixture';
import { parseMultiFileFixture, workspaceOf } from '../../support/multiFileFixture';

/** Diagnostics in a canonical order: the per-document path lists a rule's findings by document. */
const PER_DOCUMENT = new Set(RULES.filter((r) => r.perDocument).map((r) => r.code));

function perDocumentFindings(ds: readonly Diagnostic[]): number {
  return ds.filter((d) => PER_DOCUMENT.has(String(d.code))).length;
}

function canonical(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => JSON.stringify(d)).sort();
}

function uncached(service: LanguageService, file: SourceFile): string[] {
  return canonical(diagnose(file, service.workspace, service.settings).diagnostics);
}

function isMultiFile(text: string): boolean {
  return /^#- (\/|cluster:)/m.test(text);
}

const corpus = collectCorpus();

describe('per-document rules', () => {
  it('some rules are per-document, none of them cross-file', () => {
    const perDocument = RULES.filter((r) => r.perDocument);
    assert.ok(perDocument.length >= 30, `${perDocument.length} per-document rules`);
    assert.deepEqual(
      perDocument.filter((r) => r.crossFile).map((r) => r.code),
      [],
    );
  });

  it('every fixture and scenario: the same diagnostics as the engine without caches', () => {
    let findings = 0;
    for (const { name, text } of corpus) {
      if (isMultiFile(text)) {
        const workspace = workspaceOf(parseMultiFileFixture(text));
        for (const [path, file] of workspace.files) {
          const diagnostics = workspace.service.diagnose(file);
          assert.deepEqual(canonical(diagnostics), uncached(workspace.service, file), `${name} ${path}`);
          findings += perDocumentFindings(diagnostics);
        }
        continue;
      }
      const service = createLanguageService();
      const file = service.parse(
        TextDocument.create(`file:///corpus/${name}`, 'yaml', 1, stripExpectations(text)),
      );
      service.setWorkspaceFile(file);
      const diagnostics = service.diagnose(file);
      assert.deepEqual(canonical(diagnostics), uncached(service, file), name);
      findings += perDocumentFindings(diagnostics);
    }
    assert.ok(findings > 100, `the corpus gives ${findings} findings of per-document rules`);
  });

  it('after edits that reuse, move and change documents: the same diagnostics as a fresh parse', () => {
    const random = prng(20261201);
    let reusedDocuments = 0;
    for (const { name, text: raw } of corpus) {
      const text = stripExpectations(raw);
      if (isMultiFile(raw) || !/^---/m.test(text)) continue;
      const uri = `file:///corpus/${name}`;
      const service = createLanguageService();
      let version = 1;
      let file = service.parse(TextDocument.create(uri, 'yaml', version, text));
      service.setWorkspaceFile(file);
      service.diagnose(file);
      const firstDocument = text.search(/^---/m);
      const edits = [
        (t: string) => `# moved down a line\n${t}`,
        (t: string) => mutate(t, random).text,
        (t: string) => mutate(t, random).text,
        (t: string) => t.slice(firstDocument > 0 ? firstDocument : t.indexOf('\n---') + 1),
        (t: string) => mutate(t, random).text,
      ];
      let current = text;
      for (const edit of edits) {
        current = edit(current);
        const before = new Set(file.yaml.documents.map((d) => d.doc));
        file = service.parse(TextDocument.create(uri, 'yaml', ++version, current), file);
        reusedDocuments += file.yaml.documents.filter((d) => before.has(d.doc)).length;
        service.setWorkspaceFile(file);
        const fresh = createLanguageService();
        const freshFile = fresh.parse(TextDocument.create(uri, 'yaml', 1, current));
        fresh.setWorkspaceFile(freshFile);
        assert.deepEqual(
          canonical(service.diagnose(file)),
          canonical(fresh.diagnose(freshFile)),
          `${name} after ${version - 1} edits`,
        );
      }
    }
    assert.ok(reusedDocuments > 200, `only ${reusedDocuments} documents were reused`);
  });
});
