// @ts-check
// Runs the e2e mocha suite (out/test/e2e/suite/index.js) inside a real VS Code: code-server
// 4.100.3's Node extension host, with headless Chromium as the window. The extension under test is
// this repository in development mode (dist/ must be built). Ends with `N passed, N failed`;
// the exit code is the result.
//
// Usage: node test/e2e/runInCodeServer.mjs [--grep <regexp>] [--summary <file.json>]
// Env: E2E_TIMEOUT_MS (global timeout, default 300000), E2E_KEEP=1 (keep logs and workspace),
//      CODE_SERVER_BIN, E2E_HOME (see scripts/e2e-setup.sh).
import fs from 'node:fs';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import util from 'node:util';
import {
  ROOT,
  ensureCodeServer,
  launchBrowser,
  startCodeServer,
  watchCompatibility,
  workbenchUrl,
} from './support/codeServer.mjs';
import { SUITE_INDEX, checkBuilt, prepareWorkspace, reportCounts, runMain } from './support/workspace.mjs';

const { values: opts } = util.parseArgs({
  options: { grep: { type: 'string' }, summary: { type: 'string' } },
});
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 300_000);
// Printed by test/e2e/suite/index.ts when mocha starts.
const SUITE_START_MARKER = '[e2e] running the suite';

/**
 * One run of the suite in a fresh code-server and workspace. The trusted pass runs every
 * `*.test.js`; the untrusted pass (`untrusted: true`) runs the `*.untrusted.js` files with Workspace
 * Trust enabled and the workspace not trusted, and with a recording kubectl shim as the
 * `istioCanary.kubectlPath` user setting and first on PATH, so the suite can prove kubectl never ran.
 * @param {{ untrusted: boolean }} pass
 */
async function runPass({ untrusted }) {
  const t0 = Date.now();
  const ws = prepareWorkspace();
  const base = path.dirname(ws.workspace);
  const resultsFile = path.join(base, 'results.json');
  /** @type {Record<string, string>} */
  const env = { E2E_RESULTS_FILE: resultsFile, E2E_WORKSPACE: ws.workspace };
  if (opts.grep) env.E2E_GREP = opts.grep;
  /** @type {Record<string, unknown>} */
  let settings = {};
  if (untrusted) {
    const shimDir = path.join(base, 'kubectl-shim');
    const log = path.join(base, 'kubectl-calls.log');
    fs.mkdirSync(shimDir, { recursive: true });
    const shim = path.join(shimDir, 'kubectl');
    fs.writeFileSync(
      shim,
      `#!/bin/sh\necho "$@" >> '${log}'\necho 'recording shim: not a real kubectl' >&2\nexit 1\n`,
    );
    fs.chmodSync(shim, 0o755);
    Object.assign(env, { E2E_UNTRUSTED: '1', E2E_KUBECTL_LOG: log, PATH: `${shimDir}:${process.env.PATH}` });
    settings = {
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never',
      'istioCanary.kubectlPath': shim,
    };
  }
  const cs = await startCodeServer({ env, settings, workspaceTrust: untrusted });
  console.log(
    `code-server ${cs.url} up in ${Date.now() - t0} ms (state: ${cs.dir})${untrusted ? ' [untrusted workspace]' : ''}`,
  );
  const browser = await launchBrowser();
  let outcome;
  let suiteStarted = false;
  const heldBack = [];
  let stopWatching = () => {};
  try {
    outcome = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ error: `global timeout after ${TIMEOUT_MS} ms` }), TIMEOUT_MS);
      const finish = (value) => {
        clearTimeout(timer);
        resolve(value);
      };
      stopWatching = watchCompatibility(cs, (line) => finish({ error: `extension not loaded: ${line}` }));
      // The workbench calls these (VS Code's IAutomatedWindow) when it runs extension tests:
      // the extension host's console output, then the exit code of run().
      // Workbench chatter before the suite starts is held back (and shown only if the suite never
      // starts, or with E2E_VERBOSE=1); from the suite's start marker on, everything is printed.
      void browser.page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = util.format(...(Array.isArray(args) ? args : [args]));
        if (text.includes(SUITE_START_MARKER)) suiteStarted = true;
        if (!suiteStarted && type !== 'error' && !process.env.E2E_VERBOSE) heldBack.push(text);
        else if (type === 'error') process.stderr.write(text + '\n');
        else process.stdout.write(text + '\n');
      });
      void browser.page.exposeFunction('codeAutomationExit', (code) => finish({ code }));
      browser.page.on('pageerror', (e) => console.log(`[workbench page error] ${e.message}`));
      browser.page
        .goto(
          workbenchUrl(cs, {
            folder: ws.workspace,
            devPath: ROOT,
            testsPath: SUITE_INDEX,
          }),
        )
        .catch((e) => finish({ error: `could not open the workbench: ${e.message}` }));
    });
  } finally {
    stopWatching();
    await browser.close();
    await cs.stop();
  }

  if (!suiteStarted && heldBack.length) console.log(heldBack.join('\n'));
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    passed = r.passed.length;
    failed = r.failed.length;
    if (r.failed.length) {
      console.log('\nFailed tests:');
      for (const t of r.failed) console.log(`  ✗ ${t.title}\n      ${t.error.split('\n')[0]}`);
    }
  }
  let code = outcome.code ?? 1;
  if (outcome.error) {
    console.log(`\nERROR: ${outcome.error}`);
    failed = Math.max(failed, 1);
    code = 1;
  } else if (code !== 0 && failed === 0) {
    // run() rejected before mocha reported anything (e.g. the suite failed to load).
    failed = 1;
  }
  const ok = code === 0 && failed === 0;
  if (ok) {
    cs.cleanup();
    ws.cleanup();
  } else {
    console.log(`logs kept in ${cs.dir} (code-server.log, ud/logs/), workspace in ${ws.workspace}`);
  }
  return { passed, failed, ok };
}

async function main() {
  const t0 = Date.now();
  checkBuilt();
  ensureCodeServer();
  const trusted = await runPass({ untrusted: false });
  const untrusted = await runPass({ untrusted: true });
  console.log(`e2e wall time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const passed = trusted.passed + untrusted.passed;
  const failed = trusted.failed + untrusted.failed;
  reportCounts(opts.summary, passed, failed);
  return trusted.ok && untrusted.ok ? 0 : 1;
}

runMain(main, opts.summary);
