// @ts-check
// `npm start`: builds the extension, packages it as a .vsix (what users install), installs it into
// a private code-server (VS Code 1.100.3 in the browser) and serves it on 127.0.0.1 with examples/
// open. It also starts the demo cluster (the Kubernetes API stand-in, context `demo`) with the
// examples applied at 100/0 and points the served VS Code's KUBECONFIG at it, with
// `istioCanary.cluster.mode: auto`: the examples' 90/10 canary shows drift and live hover at once,
// and Apply and Diff work without a cluster. Runs until Ctrl+C. State (extensions, settings,
// logs) persists in .vscode-test/start/.
//
// Usage: npm start [-- --port 8080] [-- --check]
//   PORT / --port   port to listen on (default: a free one)
//   --check         start, open the workbench in headless Chromium, wait until the extension is
//                   active, print the result and stop (used to verify this script end to end)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';
import util from 'node:util';
import {
  EXTENSION_ID,
  ROOT,
  codeServerBin,
  extensionHostLog,
  findFiles,
  launchBrowser,
  privateEnv,
  startCodeServer,
  watchCompatibility,
  workbenchUrl,
} from '../test/e2e/support/codeServer.mjs';
import { loadDemoCluster } from './demo-cluster.mjs';

const { values: opts } = util.parseArgs({
  options: { port: { type: 'string' }, check: { type: 'boolean', default: false } },
});
const STATE = path.join(ROOT, '.vscode-test', 'start');
const EXTENSIONS = path.join(STATE, 'extensions');
const VSIX = path.join(STATE, 'istio-canary.vsix');
const EXAMPLES = path.join(ROOT, 'examples');

function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const t0 = Date.now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`✗ ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
  console.log(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

fs.mkdirSync(STATE, { recursive: true });

// The README's screenshots are relative links to files shipped in the .vsix (see .vscodeignore);
// without a public repository URL vsce would refuse to rewrite them, so they stay relative.
const vsceArgs = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', VSIX];
// vsce asks interactively when there is no LICENSE file; never let it wait for an answer.
if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => fs.existsSync(path.join(ROOT, f)))) {
  vsceArgs.push('--skip-license');
}
// vsce runs `vscode:prepublish` first: the production build.
step('build (production bundles) and package the .vsix with vsce', process.execPath, [
  path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'),
  ...vsceArgs,
]);

step(
  'e2e setup (code-server, Chromium; a no-op when done)',
  'bash',
  [path.join(ROOT, 'scripts', 'e2e-setup.sh')],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

// Installing takes a private HOME too: code-server writes its config and logs there.
step(
  'install the .vsix into .vscode-test/start/extensions',
  codeServerBin(),
  [
    '--extensions-dir',
    EXTENSIONS,
    '--user-data-dir',
    path.join(STATE, 'ud'),
    '--install-extension',
    VSIX,
    '--force',
  ],
  { env: { ...process.env, ...privateEnv(STATE) }, stdio: ['ignore', 'inherit', 'inherit'] },
);

fs.mkdirSync(EXAMPLES, { recursive: true });
console.log('\n▶ demo cluster (context demo) with examples/ live at 100/0');
const { startDemoCluster } = await loadDemoCluster();
const demo = await startDemoCluster({
  load: [EXAMPLES],
  stable: true,
  kubeconfigPath: path.join(STATE, 'demo-kubeconfig'),
});
for (const s of demo.skipped) console.log(`  skipped ${s}`);
console.log(`  ${demo.loaded} objects on ${demo.standIn.url}; KUBECONFIG=${demo.kubeconfig}`);
const requestedPort = opts.port ?? process.env.PORT;
const cs = await startCodeServer({
  dir: STATE,
  port: requestedPort ? Number(requestedPort) : undefined,
  extensionsDir: EXTENSIONS,
  folder: EXAMPLES,
  // The extension host, and the kubectl it runs, read this kubeconfig.
  env: { KUBECONFIG: demo.kubeconfig },
  settings: { 'istioCanary.cluster.mode': 'auto' },
});
const url = workbenchUrl(cs, { folder: EXAMPLES });

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await cs.stop();
  await demo.standIn.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (!opts.check) {
  console.log(`\nIstio Canary is running in VS Code (code-server) at:\n\n  ${url}\n`);
  console.log(
    'The demo cluster (context demo) holds examples/ at 100/0: the 90/10 canary in reviews/virtual-service.yaml\n' +
      'shows as drift, hovers say what is live, and Apply Canary / Diff Against Cluster talk to it.\n' +
      `From a shell: export KUBECONFIG=${demo.kubeconfig}`,
  );
  console.log(`Logs: ${cs.logFile}. Press Ctrl+C to stop.`);
  cs.child.on('exit', (code) => {
    if (!stopping) {
      console.error(`code-server exited (${code}); see ${cs.logFile}`);
      process.exit(1);
    }
  });
} else {
  // Check mode: load the workbench like a user, with a YAML example open so that the extension
  // activates, and wait for the activation line in the extension host log.
  console.log(`\n▶ check: ${url}`);
  // examples/ may hold no YAML yet; a reference scenario file then serves to trigger activation.
  const yaml =
    findFiles(EXAMPLES, /\.ya?ml$/).sort()[0] ??
    path.join(ROOT, 'test', 'fixtures', 'scenarios', 'canary-90-10', 'virtual.yaml');
  const browser = await launchBrowser();
  let incompatible;
  const stopWatching = watchCompatibility(cs, (line) => (incompatible = line));
  let ok = false;
  try {
    await browser.page.goto(workbenchUrl(cs, { folder: EXAMPLES, openFile: yaml }));
    await browser.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    console.log('  the workbench is served and renders');
    const activated = new RegExp(`_doActivateExtension ${EXTENSION_ID.replace('.', '\\.')}\\b`);
    const deadline = Date.now() + 60_000;
    while (!incompatible && Date.now() < deadline && !activated.test(extensionHostLog(cs))) await delay(200);
    const logs = path.join(cs.userData, 'logs');
    if (incompatible) {
      console.error(`  ✗ ${incompatible}`);
    } else if (activated.test(extensionHostLog(cs))) {
      console.log(`  the installed extension ${EXTENSION_ID} is active`);
      // auto mode: the extension reads the demo cluster on start-up and says so in its output.
      const read = /Cluster snapshot of context demo: (\d+) objects/;
      const outputLog = () =>
        findFiles(logs, /Istio Canary\.log$/)
          .map((f) => fs.readFileSync(f, 'utf8'))
          .join('\n');
      while (Date.now() < deadline + 30_000 && !read.test(outputLog())) await delay(200);
      const found = read.exec(outputLog());
      if (found) {
        ok = true;
        console.log(`  it read the demo cluster: ${found[1]} live objects (context demo)`);
      } else {
        console.error(
          `  ✗ the extension did not read the demo cluster; see the Istio Canary output in ${logs}`,
        );
      }
    } else {
      console.error(`  ✗ ${EXTENSION_ID} did not activate within 60 s; see ${logs}`);
    }
  } finally {
    stopWatching();
    await browser.close();
  }
  console.log(ok ? 'check passed' : 'check failed');
  await shutdown(ok ? 0 : 1);
}
