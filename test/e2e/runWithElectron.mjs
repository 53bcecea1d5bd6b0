// @ts-check
// Runs the same e2e suite in VS Code desktop via @vscode/test-electron, for machines that can
// download VS Code (update.code.visualstudio.com). Not used by `npm test` here: this machine
// kind cannot reach that host, so runInCodeServer.mjs is the default runner.
//
// Usage: node test/e2e/runWithElectron.mjs [--grep <regexp>] [--summary <file.json>] [--vscode <version>]
// On a Linux machine without a display, wrap it in `xvfb-run -a`.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './support/codeServer.mjs';
import { SUITE_INDEX, checkBuilt, prepareWorkspace, reportCounts, runMain } from './support/workspace.mjs';

const { values: opts } = util.parseArgs({
  options: {
    grep: { type: 'string' },
    summary: { type: 'string' },
    // The same VS Code version code-server 4.100.3 bundles, so both runners see the same API.
    vscode: { type: 'string', default: '1.100.3' },
  },
});

async function main() {
  const t0 = Date.now();
  checkBuilt();
  const ws = prepareWorkspace();
  const resultsFile = path.join(path.dirname(ws.workspace), 'results.json');
  const userData = path.join(path.dirname(ws.workspace), 'ud');
  let code = 0;
  try {
    code = await runTests({
      version: opts.vscode,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE_INDEX,
      extensionTestsEnv: {
        E2E_RESULTS_FILE: resultsFile,
        E2E_WORKSPACE: ws.workspace,
        ...(opts.grep ? { E2E_GREP: opts.grep } : {}),
      },
      launchArgs: [
        ws.workspace,
        // Only the extension under development: installed extensions must not interfere.
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userData}`,
        // Electron refuses to start as root without this (CI containers often run as root).
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
  } catch (e) {
    // runTests rejects when VS Code exits non-zero (failed tests) or cannot be downloaded.
    console.error(e instanceof Error ? e.message : e);
    code = 1;
  }
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    passed = r.passed.length;
    failed = r.failed.length;
    for (const t of r.failed) console.log(`  ✗ ${t.title}\n      ${t.error.split('\n')[0]}`);
  }
  if (code !== 0 && failed === 0) failed = 1;
  if (code === 0 && failed === 0) ws.cleanup();
  console.log(`e2e (electron) wall time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  reportCounts(opts.summary, passed, failed);
  return code === 0 && failed === 0 ? 0 : 1;
}

runMain(main, opts.summary);
