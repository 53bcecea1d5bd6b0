// The LSP shell's Validator in-process, over a fake connection: a just-opened file publishes its
// own findings, then its full check; a follow-up full check cut into slices (here as short as
// they get) resumes where it stopped and publishes exactly what one uninterrupted check gives.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  type LanguageService,
  type SourceFile,
} from '../../../server/src/languageService';
import type { DocumentStore } from '../../../server/src/lsp/documents';
import { Validator, WEIGHT_RULES } from '../../../server/src/lsp/handlers/validation';

const FIXTURES = path.join(__dirname, '../../../../test/server/diagnostics/workspace/fixtures');
const URI = 'file:///work/all.yaml';

/** Every multi-file fixture in one file: many documents, file-local and cross-file findings. */
function allFixturesInOneFile(): string {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => fs.readFileSync(path.join(FIXTURES, name), 'utf8').replace(/^#- .*$/gm, '---'))
    .join('\n---\n');
}

function setup(text: string, sliceMs: number) {
  const service = createLanguageService();
  let diagnoseCalls = 0;
  const counting: LanguageService = new Proxy(service, {
    get: (target, key) =>
      key === 'diagnose'
        ? (...args: Parameters<LanguageService['diagnose']>) => {
            diagnoseCalls++;
            return target.diagnose(...args);
          }
        : Reflect.get(target, key),
  });
  const document = TextDocument.create(URI, 'yaml', 1, text);
  let parsed: SourceFile | undefined;
  const documents = {
    get: (uri: string) => (uri === URI ? document : undefined),
    parsed: (uri: string) => (uri === URI ? (parsed ??= service.parse(document)) : undefined),
    all: () => [document],
  } as unknown as DocumentStore;
  const published: { version?: number; diagnostics: Diagnostic[] }[] = [];
  const connection = {
    sendDiagnostics: (p: { version?: number; diagnostics: Diagnostic[] }) => {
      published.push(p);
      return Promise.resolve();
    },
    sendNotification: () => undefined,
  } as unknown as Connection;
  const validator = new Validator(
    connection,
    documents,
    () => counting,
    () => undefined,
    sliceMs,
  );
  return { validator, published, calls: () => diagnoseCalls };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('the validator', () => {
  it('publishes own findings, then the full check, the same whether or not it was cut into slices', async () => {
    const text = allFixturesInOneFile();
    const fresh = createLanguageService();
    const file = fresh.parse(TextDocument.create(URI, 'yaml', 1, text));
    fresh.setWorkspaceFile(file);
    const own = fresh.diagnose(file, undefined, { scope: 'local', alsoRules: WEIGHT_RULES });
    const full = createLanguageService().diagnose(
      createLanguageService().parse(TextDocument.create(URI, 'yaml', 1, text)),
    );
    assert.ok(file.yaml.documents.length > 50);
    assert.ok(full.length > own.length && own.length > 0, 'the file has own and cross-file findings');

    for (const sliceMs of [0, 60_000]) {
      const { validator, published, calls } = setup(text, sliceMs);
      validator.schedule(URI);
      await until(() => published.length >= 2);
      assert.deepEqual(published[0], { uri: URI, version: 1, diagnostics: own }, `own, slice ${sliceMs}`);
      assert.deepEqual(published[1], { uri: URI, version: 1, diagnostics: full }, `full, slice ${sliceMs}`);
      // One check for the own findings, then one per slice of the full check.
      if (sliceMs === 0) assert.ok(calls() > 3, `the full check was cut into slices (${calls()} checks)`);
      else assert.equal(calls(), 2);
    }
  });
});
