// The cross-file rules' findings are kept per document with what each read from the workspace
// lookup (workspace/lookupDependencies.ts), and re-used until one of those reads changes. That
// must never change an answer. Differential: over every workspace of the fuzz corpus (the
// multi-file fixtures as the workspaces their `#- /path` headers describe, other multi-document
// files alone), seeded random edit sequences (a letter of a name changed in place so that no
// document moves, fuzz mutations, a document moved to another file, a file deleted and
// restored) are applied to a long-lived service; after each, every file's diagnostics equal those
// of a fresh service built from the current texts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  createLanguageService,
  type LanguageService,
  type SourceFile,
} from '../../../server/src/languageService';
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

/** The text's `---` documents. */
function documentsOf(text: string): string[] {
  return text.split(/^---\s*$/m);
}

describe('cross-file findings kept per document', () => {
  it('random edit sequences: the same diagnostics as a fresh service after every edit', () => {
    const random = prng(20261201);
    let reused = 0;
    let checks = 0;
    for (const corpus of workspaces()) {
      const texts = new Map(corpus.texts);
      const service = serviceFor(corpus, () => undefined);
      const parses = new Map<string, SourceFile>();
      const versions = new Map<string, number>();
      const open = (uri: string) => {
        const version = (versions.get(uri) ?? 0) + 1;
        versions.set(uri, version);
        const file = service.parse(
          TextDocument.create(uri, 'yaml', version, texts.get(uri)!),
          parses.get(uri),
        );
        parses.set(uri, file);
        service.setWorkspaceFile(file);
      };
      for (const uri of texts.keys()) open(uri);
      let runs = 0;
      const onRuleTime = (code: string) => {
        if (code === 'host-not-found') runs++;
      };
      for (const file of parses.values()) service.diagnose(file);
      const uris = [...texts.keys()];
      for (let step = 0; step < 8; step++) {
        const uri = uris[Math.floor(random() * uris.length)]!;
        const kind = random();
        let what: string;
        if (kind < 0.45) {
          what = 'rename in place';
          texts.set(uri, renameInPlace(texts.get(uri)!, random));
          open(uri);
        } else if (kind < 0.7) {
          what = 'fuzz mutation';
          texts.set(uri, mutate(texts.get(uri)!, random).text);
          open(uri);
        } else if (kind < 0.85 && uris.length > 1) {
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
