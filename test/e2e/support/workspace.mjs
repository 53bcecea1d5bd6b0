// @ts-check
// Builds the throwaway workspace every e2e run opens: a fresh copy of the reference scenarios
// and examples, so tests may edit and save files without touching the repository.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './codeServer.mjs';

/**
 * Copies test/fixtures/scenarios/ to <tmp>/workspace/scenarios/ and examples/ to
 * <tmp>/workspace/examples/. Tests address files relative to the workspace root, e.g.
 * `scenarios/canary-90-10/virtual.yaml`.
 */
export function prepareWorkspace(parent) {
  const base = parent ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ic-ws-'));
  const workspace = path.join(base, 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(workspace, { recursive: true });
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'scenarios'), path.join(workspace, 'scenarios'), {
    recursive: true,
  });
  // Argo Rollouts, Flagger and Kustomize scenarios (kept apart from the Istio ones, see their README).
  fs.cpSync(
    path.join(ROOT, 'test', 'fixtures', 'controller-scenarios'),
    path.join(workspace, 'controller-scenarios'),
    { recursive: true },
  );
  const examples = path.join(ROOT, 'examples');
  if (fs.existsSync(examples)) fs.cpSync(examples, path.join(workspace, 'examples'), { recursive: true });
  return {
    workspace,
    cleanup() {
      if (!process.env.E2E_KEEP) fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

/** The compiled suite entry (`run()`), emitted by `tsc -b` from test/e2e/suite/index.ts. */
export const SUITE_INDEX = path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');

/** Fails early, with a hint, when the extension bundle or the compiled suite is missing. */
export function checkBuilt() {
  const missing = [path.join(ROOT, 'dist', 'client', 'extension.js'), SUITE_INDEX].filter(
    (f) => !fs.existsSync(f),
  );
  if (missing.length) {
    throw new Error(
      `missing ${missing.map((f) => path.relative(ROOT, f)).join(', ')}: run 'npm run build && npx tsc -b' first`,
    );
  }
}

/** Writes the `{ passed, failed }` summary that scripts/test.mjs adds up. */
export function writeSummary(file, passed, failed) {
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ passed, failed }) + '\n');
}

/** A runner's last words: the summary file and the `N passed, N failed` line CI reads. */
export function reportCounts(file, passed, failed) {
  writeSummary(file, passed, failed);
  console.log(`${passed} passed, ${failed} failed`);
}

/** Runs a runner's `main()` and exits with its code; a crash counts as one failed test. */
export function runMain(main, summaryFile) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      reportCounts(summaryFile, 0, 1);
      process.exit(1);
    },
  );
}
