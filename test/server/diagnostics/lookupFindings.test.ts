// The cross-file rules' findings are kept per document with what each read from the workspace
// lookup (workspace/lookupDependencies.ts), and re-used until one of those reads changes. That
// must never change an answer. Differential: over every workspace of the fuzz corpus (the
// multi-file fixtures as the workspaces their `#- /path` headers describe, other multi-document
// files alone), seeded random edit sequences (a letter of a name changed in place so that no
// document moves, fuzz mutations, a document moved to another file, a file deleted and
// restored, and edits sent as LSP content changes the way an editor sends them: a line inserted
// so that every later document moves, a change across a `---` marker, several changes in one
// event, in LF and CRLF texts) are applied to a long-lived service; after each, every file's
// diagnostics equal those of a fresh service built from the current texts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import {
  createLanguageService,
  type LanguageService,
  type SourceFile,
  type TextChange,
} from '../../../server/src/languageService';
import { applyContentChanges } from '../../../server/src/lsp/documents';
import { collectCorpus, mutate, prng } from '../../robustness/fuzzEngine';
import { stripExpectations } from '../../support/fixture';
import { fixtureUri, parseMultiFileFixture, snapshotOf } from '../../support/multiFileFixture';
import { buildLookup, LookupFilings, OPEN_WORLD } from '../../../server/src/workspace/resolve';

function canonical(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => JSON.stringify(d)).sort();
}

interface Corpus {
  readonly name: string;
  readonly settings?: unknown;
  readonly cluster?: ReturnType<typeof snapshotOf>;
  readonly texts: Map<string, string>;
}

function workspaces(): Corpus[] {
  const out: Corpus[] = [];
  for (const { name, text } of collectCorpus()) {
    if (/^#- (\/|cluster:)/m.test(text)) {
      const fixture = parseMultiFileFixture(text);
      const cluster = fixture.files.find((f) => f.path.startsWith('cluster:'));
      out.push({
        name,
        ...(fixture.settings !== undefined ? { settings: fixture.settings } : {}),
        ...(cluster ? { cluster: snapshotOf(cluster) } : {}),
        texts: new Map(
          fixture.files
            .filter((f) => f !== cluster)
            .map((f) => [fixtureUri(f.path), stripExpectations(f.text)]),
        ),
      });
    } else if (/^---/m.test(stripExpectations(text)))
      out.push({ name, texts: new Map([[`file:///corpus/${name}`, stripExpectations(text)]]) });
  }
  return out;
}

function serviceFor(corpus: Corpus, onLog: (m: string) => void): LanguageService {
  const service = createLanguageService({ settings: corpus.settings, log: onLog });
  if (corpus.cluster) service.setClusterSnapshot(corpus.cluster);
  return service;
}

/** A letter of a name or value changed in place: nothing moves, references may break or resolve. */
function renameInPlace(text: string, random: () => number): string {
  const words = [...text.matchAll(/(?<=: |- )[a-z][a-z0-9.-]{2,}/g)];
  if (words.length === 0) return text;
  const word = words[Math.floor(random() * words.length)]!;
  const at = word.index + 1 + Math.floor(random() * (word[0].length - 1));
  const letter = 'abcvx12'[Math.floor(random() * 7)]!;
  return text.slice(0, at) + letter + text.slice(at + 1);
}

/** A position in `document` from an offset. */
function at(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

/**
 * Content changes as an editor sends them, for `document`: a line inserted at a random line
 * start (every later document moves), a stretch across a `---` marker replaced, or both in one
 * event (the second change's positions are in the text after the first).
 */
function contentChanges(
  document: TextDocument,
  random: () => number,
): { what: string; changes: TextDocumentContentChangeEvent[] } {
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const insertLine = (doc: TextDocument): TextDocumentContentChangeEvent => {
    const line = Math.floor(random() * Math.max(1, doc.lineCount - 1));
    const choices = [`# inserted${eol}`, `${eol}`, `---${eol}`, `  # indented note${eol}`];
    const position = { line, character: 0 };
    return {
      range: { start: position, end: position },
      text: choices[Math.floor(random() * choices.length)]!,
    };
  };
  const acrossMarker = (doc: TextDocument): TextDocumentContentChangeEvent | undefined => {
    const current = doc.getText();
    const markers = [...current.matchAll(/^---/gm)].map((m) => m.index);
    if (markers.length === 0) return undefined;
    const marker = markers[Math.floor(random() * markers.length)]!;
    const start = Math.max(0, marker - 1 - Math.floor(random() * 12));
    const end = Math.min(current.length, marker + 3 + Math.floor(random() * 12));
    const replacements = ['', 'x', `${eol}---${eol}`, `${eol}`, `: a${eol}---${eol}kind: Service${eol}`];
    return {
      range: { start: at(doc, start), end: at(doc, end) },
      text: replacements[Math.floor(random() * replacements.length)]!,
    };
  };
  const kind = random();
  if (kind < 0.45) return { what: 'line inserted (later documents move)', changes: [insertLine(document)] };
  if (kind < 0.7) {
    const change = acrossMarker(document);
    if (change) return { what: 'change across a --- marker', changes: [change] };
    return { what: 'line inserted (later documents move)', changes: [insertLine(document)] };
  }
  // Two changes in one event: the second is computed on the text the first gives.
  const first = insertLine(document);
  const after = TextDocument.update(TextDocument.create(document.uri, 'yaml', 0, text), [first], 1);
  const second = acrossMarker(after) ?? insertLine(after);
  return { what: 'two changes in one event', changes: [first, second] };
}

/** The text's `---` documents. */
function documentsOf(text: string): string[] {
  return text.split(/^---\s*$/m);
}

describe('cross-file findings kept per document', () => {
  it('random edit sequences: the same diagnostics as a fresh service after every edit', () => {
    const random = prng(20261201);
    let reused = 0;
    let checks = 0;
    let corpusIndex = 0;
    for (const corpus of workspaces()) {
      // Every third workspace is written with CRLF line ends.
      const crlf = corpusIndex++ % 3 === 2;
      const texts = new Map(
        [...corpus.texts].map(([uri, text]) => [uri, crlf ? text.replace(/\r?\n/g, '\r\n') : text]),
      );
      const service = serviceFor(corpus, () => undefined);
      const parses = new Map<string, SourceFile>();
      const versions = new Map<string, number>();
      const openDocuments = new Map<string, TextDocument>();
      const reparse = (uri: string, document: TextDocument, change?: TextChange) => {
        openDocuments.set(uri, document);
        const file = service.parse(document, parses.get(uri), change);
        parses.set(uri, file);
        service.setWorkspaceFile(file);
      };
      const open = (uri: string) => {
        const version = (versions.get(uri) ?? 0) + 1;
        versions.set(uri, version);
        reparse(uri, TextDocument.create(uri, 'yaml', version, texts.get(uri)!));
      };
      /**
       * Applies content changes to the open document as the LSP shell's document store does,
       * and parses with where they changed the text.
       */
      const change = (uri: string, changes: TextDocumentContentChangeEvent[]) => {
        const version = (versions.get(uri) ?? 0) + 1;
        versions.set(uri, version);
        const applied = applyContentChanges(openDocuments.get(uri)!, changes, version);
        texts.set(uri, applied.document.getText());
        reparse(uri, applied.document, applied.change === 'whole' ? undefined : applied.change);
      };
      for (const uri of texts.keys()) open(uri);
      let runs = 0;
      const onRuleTime = (code: string) => {
        if (code === 'host-not-found') runs++;
      };
      for (const file of parses.values()) service.diagnose(file);
      const uris = [...texts.keys()];
      for (let step = 0; step < 12; step++) {
        const uri = uris[Math.floor(random() * uris.length)]!;
        const kind = random();
        let what: string;
        if (kind < 0.35) {
          const edit = contentChanges(openDocuments.get(uri)!, random);
          what = edit.what;
          change(uri, edit.changes);
        } else if (kind < 0.6) {
          what = 'rename in place';
          texts.set(uri, renameInPlace(texts.get(uri)!, random));
          open(uri);
        } else if (kind < 0.75) {
          what = 'fuzz mutation';
          texts.set(uri, mutate(texts.get(uri)!, random).text);
          open(uri);
        } else if (kind < 0.88 && uris.length > 1) {
          what = 'document moved to another file';
          const other = uris.find((u) => u !== uri)!;
          const documents = documentsOf(texts.get(uri)!);
          const moved = documents.splice(Math.floor(random() * documents.length), 1)[0]!;
          texts.set(uri, documents.join('---\n'));
          texts.set(other, `${texts.get(other)!}\n---\n${moved}`);
          open(uri);
          open(other);
        } else {
          what = 'file deleted and restored';
          service.removeWorkspaceFile(uri);
          for (const [u, file] of parses) if (u !== uri) service.diagnose(file);
          parses.delete(uri);
          open(uri);
        }
        const fresh = serviceFor(corpus, () => undefined);
        // In the order the long-lived index holds the files (a restored file comes last).
        const freshFiles = [...service.workspace.uris()].map((u) => {
          const file = fresh.parse(TextDocument.create(u, 'yaml', 1, texts.get(u)!));
          fresh.setWorkspaceFile(file);
          return file;
        });
        // The lookup rebuilt from kept filings equals the fresh service's, field by field.
        const namespace = service.settings.defaultNamespace;
        assert.deepEqual(
          service.workspace.lookup(namespace),
          fresh.workspace.lookup(namespace),
          `${corpus.name}: lookup after step ${step} (${what})`,
        );
        const documents = [...parses.values()].reduce((n, f) => n + f.yaml.documents.length, 0);
        const before = runs;
        for (const freshFile of freshFiles) {
          const file = parses.get(freshFile.uri)!;
          assert.deepEqual(
            canonical(service.diagnose(file, undefined, { onRuleTime })),
            canonical(fresh.diagnose(freshFile)),
            `${corpus.name}, ${freshFile.uri} after step ${step} (${what})`,
          );
          checks++;
        }
        reused += documents - (runs - before);
      }
    }
    assert.ok(checks > 300, `${checks} checks`);
    // Most documents keep their findings: the cache is really used.
    assert.ok(reused > 1000, `only ${reused} documents kept their host-not-found findings`);
  });
});

describe('lookup filings kept per resource view', () => {
  it('a lookup rebuilt from kept filings equals one built from scratch', () => {
    const filings = new LookupFilings();
    let compared = 0;
    for (const corpus of workspaces()) {
      const service = serviceFor(corpus, () => undefined);
      const resources = [...corpus.texts].flatMap(
        ([uri, text]) => service.parse(TextDocument.create(uri, 'yaml', 1, text)).resources,
      );
      for (const namespace of ['default', 'prod']) {
        const fresh = buildLookup(resources, namespace);
        // Twice: the second build takes every filing from the memo.
        buildLookup(resources, namespace, OPEN_WORLD, filings);
        assert.deepEqual(buildLookup(resources, namespace, OPEN_WORLD, filings), fresh, corpus.name);
        compared++;
      }
    }
    assert.ok(compared > 100, `${compared} lookups compared`);
  });
});
