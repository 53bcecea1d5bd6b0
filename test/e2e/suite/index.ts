// Entry point of the end-to-end suite, loaded by the VS Code extension host as
// `extensionTestsPath` (the @vscode/test-electron `run()` convention, also used by the code-server
// runner). It runs mocha in-process over every `*.test.js` beside it (`*.untrusted.js` in the
// runner's untrusted pass); it imports no product code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface Results {
  passed: string[];
  failed: { title: string; error: string }[];
  summary: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    // Each test waits on events with its own deadline (see helpers.ts); this is the backstop.
    timeout: 60_000,
    ...(process.env.E2E_GREP ? { grep: process.env.E2E_GREP } : {}),
  });
  // The runner's untrusted pass (Workspace Trust on, folder not trusted) runs `*.untrusted.js`;
  // the usual pass runs `*.test.js`.
  const suffix = process.env.E2E_UNTRUSTED ? '.untrusted.js' : '.test.js';
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith(suffix)) mocha.addFile(path.join(__dirname, file));
  }
  const resultsFile = process.env.E2E_RESULTS_FILE;
  const results: Results = { passed: [], failed: [], summary: '' };
  // The code-server runner prints the extension host's output from this marker on.
  console.log(`[e2e] running the suite in VS Code ${vscode.version}`);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      results.summary = `${results.passed.length} passed, ${results.failed.length} failed`;
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
      console.log(results.summary);
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => results.passed.push(test.fullTitle()));
    runner.on('fail', (test, err: unknown) => {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      results.failed.push({ title: test.fullTitle(), error });
    });
  });
}
