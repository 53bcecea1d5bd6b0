// The committed generated files must be exactly what the generator produces from the pinned CRDs,
// and the generator must handle the OpenAPI features the CRDs use (int-or-string, free-form
// objects, deprecation notes, per-version fields), checked here on a modified copy of a CRD.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { parseDocument } from 'yaml';
import type { KindSchema } from '../../../server/src/schema/schemaTypes';
import { CRD_FILE_NAMES, CRDS_DIR, REPO_ROOT } from './crdFiles';

const SCRIPT = join(REPO_ROOT, 'scripts/generate-istio-schemas.mjs');

interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function runGenerator(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** Loads a generated istioSchemas module from disk by transpiling it to CommonJS. */
async function loadGeneratedModule(file: string): Promise<readonly KindSchema[]> {
  const output = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const jsFile = file.replace(/\.ts$/, '.cjs');
  writeFileSync(jsFile, output.outputText);
  const loaded = (await import(pathToFileURL(jsFile).href)) as { ISTIO_SCHEMAS: readonly KindSchema[] };
  return loaded.ISTIO_SCHEMAS;
}

void describe('generate-istio-schemas', () => {
  void it('committed output matches the generator (--check passes)', async () => {
    const result = await runGenerator(['--check']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /4 generated files are up to date/);
  });

  void it('--check fails when the output is missing or different', async () => {
    const outRoot = mkdtempSync(join(tmpdir(), 'istio-schemas-'));
    try {
      const result = await runGenerator(['--check', '--out-root', outRoot]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /istioSchemas\.generated\.ts is out of date/);
      assert.match(result.stderr, /bench\/schemas\/virtualservice\.json is out of date/);
    } finally {
      rmSync(outRoot, { recursive: true, force: true });
    }
  });

  void it('maps int-or-string, free-form objects, deprecation and per-version fields', async () => {
    const crdsDir = mkdtempSync(join(tmpdir(), 'istio-crds-'));
    const outRoot = mkdtempSync(join(tmpdir(), 'istio-out-'));
    try {
      for (const file of CRD_FILE_NAMES) copyFileSync(join(CRDS_DIR, file), join(crdsDir, file));
      // Give the Gateway CRD three extra spec fields in every version and one only in v1.
      const gatewayFile = join(crdsDir, 'gateways.networking.istio.io.yaml');
      const doc = parseDocument(readFileSync(gatewayFile, 'utf8'));
      const versions = doc.getIn(['spec', 'versions']) as { items: unknown[] };
      versions.items.forEach((_, index) => {
        const specPath = [
          'spec',
          'versions',
          index,
          'schema',
          'openAPIV3Schema',
          'properties',
          'spec',
          'properties',
        ];
        doc.setIn([...specPath, 'targetPortOrName'], doc.createNode({ 'x-kubernetes-int-or-string': true }));
        doc.setIn(
          [...specPath, 'extensions'],
          doc.createNode({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true }),
        );
        doc.setIn(
          [...specPath, 'openEnds'],
          doc.createNode({
            type: 'object',
            'x-kubernetes-preserve-unknown-fields': true,
            properties: { known: { type: 'integer' } },
          }),
        );
        doc.setIn(
          [...specPath, 'oldSelector'],
          doc.createNode({ type: 'string', description: 'Selects pods.\n\nDeprecated: use selector.' }),
        );
        if (doc.getIn(['spec', 'versions', index, 'name']) === 'v1') {
          doc.setIn([...specPath, 'onlyInV1'], doc.createNode({ type: 'boolean' }));
        }
      });
      writeFileSync(gatewayFile, doc.toString());

      const result = await runGenerator(['--out-root', outRoot], { ...process.env, ISTIO_CRDS_DIR: crdsDir });
      assert.equal(result.code, 0, result.stderr);
      const schemas = await loadGeneratedModule(join(outRoot, 'server/src/schema/istioSchemas.generated.ts'));
      const gateway = schemas.find(
        (schema) => schema.kind === 'Gateway' && schema.group === 'networking.istio.io',
      );
      const props = gateway?.spec.properties ?? {};
      assert.equal(props['targetPortOrName']?.type, 'int-or-string');
      assert.equal(props['extensions']?.type, 'any');
      // Known fields of an object that keeps unknown ones are still typed; the rest pass.
      assert.equal(props['openEnds']?.type, 'object');
      assert.equal(props['openEnds']?.open, true);
      assert.equal(props['openEnds']?.properties?.['known']?.type, 'integer');
      assert.equal(props['servers']?.open, undefined);
      assert.equal(props['oldSelector']?.deprecated, true);
      assert.deepEqual(props['onlyInV1']?.versions, ['v1']);
      assert.equal(
        props['servers']?.versions,
        undefined,
        'fields served by every version carry no versions list',
      );
      assert.equal(props['servers']?.deprecated, undefined);
    } finally {
      rmSync(crdsDir, { recursive: true, force: true });
      rmSync(outRoot, { recursive: true, force: true });
    }
  });
});
