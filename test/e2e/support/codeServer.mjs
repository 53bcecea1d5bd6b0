// @ts-check
// Starts and stops a private code-server (VS Code 1.100.3 server + web workbench) and a headless
// Debian Chromium page on it. Shared by the extension-host runner, the UI smoke test and
// `npm start`; it never imports the extension or the test suite.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath, URLSearchParams } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const EXTENSION_ID = 'istio-canary.istio-canary';
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';

/** Where scripts/e2e-setup.sh installs code-server (overridable with CODE_SERVER_BIN). */
export function codeServerBin() {
  if (process.env.CODE_SERVER_BIN) return process.env.CODE_SERVER_BIN;
  const home = process.env.E2E_HOME || path.join(os.homedir(), '.cache', 'vscode-e2e');
  return path.join(home, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

/** Runs scripts/e2e-setup.sh (a fast no-op once everything is installed). */
export function ensureCodeServer() {
  const bin = codeServerBin();
  if (fs.existsSync(bin) && !process.env.CODE_SERVER_BIN) {
    const marker = path.join(path.dirname(bin), '..', '..', '.e2e-complete');
    if (fs.existsSync(marker)) return bin;
  }
  if (process.env.CODE_SERVER_BIN) return bin;
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('scripts/e2e-setup.sh failed');
  return bin;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// A private HOME/XDG/TMPDIR: code-server writes coder-logs, heartbeat and a device id into HOME even
// with --user-data-dir, the extension host leaves vscode-ipc-*.sock files in TMPDIR, and Chromium
// writes crash reports and dconf into HOME. The dir must stay short: Unix socket paths created in
// TMPDIR are limited to about 107 bytes.
export function privateEnv(dir) {
  const home = path.join(dir, 'home');
  for (const d of ['.config', '.cache', '.local/share']) {
    fs.mkdirSync(path.join(home, d), { recursive: true });
  }
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  return {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    TMPDIR: path.join(dir, 'tmp'),
  };
}

function httpStatus(url) {
  return new Promise((resolve) => {
    http
      .get(url, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', () => resolve(0));
  });
}

/** Quiet, deterministic workbench settings for every run. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
  'files.autoSave': 'off',
  'git.enabled': false,
};

/**
 * Starts code-server on 127.0.0.1. Options:
 * - dir: state dir (default: a new temp dir); persistent callers (npm start) pass their own.
 * - port: fixed port (default: a free one).
 * - extensionsDir: where installed extensions live (default: an empty dir inside `dir`).
 * - env: extra environment, which reaches the extension host (E2E_RESULTS_FILE uses this).
 * - folder: workspace folder opened when the URL has no `folder` parameter.
 * - workspaceTrust: leave Workspace Trust on (no --disable-workspace-trust; the settings must
 *   enable it too), so a folder nobody trusted opens in Restricted Mode.
 * @param {{ dir?: string, port?: number, extensionsDir?: string, env?: Record<string, string>,
 *   folder?: string, settings?: Record<string, unknown>, workspaceTrust?: boolean }} [options]
 */
export async function startCodeServer({
  dir,
  port,
  extensionsDir,
  env = {},
  folder,
  settings = {},
  workspaceTrust = false,
} = {}) {
  const bin = ensureCodeServer();
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ic-cs-'));
  fs.mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const userData = path.join(dir, 'ud');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2),
  );
  port ??= await freePort();
  const args = [
    '--config',
    config,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensionsDir ?? path.join(dir, 'ext'),
    '--disable-telemetry',
    '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (folder) args.push(folder);
  const logFile = path.join(dir, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  // EXTENSIONS_GALLERY='{}' switches the unreachable open-vsx marketplace off. `detached` puts
  // code-server and the processes it forks into their own group, so stop() leaves no orphans.
  const child = spawn(bin, args, {
    env: { EXTENSIONS_GALLERY: '{}', ...process.env, ...privateEnv(dir), ...env },
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  fs.closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  while ((await httpStatus(`${url}/healthz`)) !== 200) {
    if (child.exitCode !== null) throw new Error(`code-server exited early; see ${logFile}`);
    if (Date.now() - t0 > 30_000) throw new Error(`code-server did not answer in 30 s; see ${logFile}`);
    await delay(100);
  }
  let stopped = false;
  return {
    port,
    dir,
    url,
    logFile,
    child,
    userData,
    /** The text code-server has logged so far. */
    log: () => fs.readFileSync(logFile, 'utf8'),
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve(undefined);
        else child.once('exit', () => resolve(undefined));
      });
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      await Promise.race([exited, delay(3000)]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The whole group is already gone.
      }
    },
    cleanup() {
      if (!process.env.E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir` whose name matches `re`. */
export function findFiles(dir, re, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, re, out);
    else if (re.test(e.name)) out.push(p);
  }
  return out;
}

/** The extension host log(s) of a code-server state dir, concatenated. */
export function extensionHostLog(cs) {
  return findFiles(path.join(cs.userData, 'logs'), /^(exthost|remoteexthost)\.log$/)
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
}

/** Headless Debian Chromium with its own profile and HOME. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-chromium-'));
  const context = await chromium.launchPersistentContext(path.join(profile, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, ...privateEnv(profile) },
    viewport: { width: 1400, height: 850 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The workbench URL. VS Code web reads `payload` (JSON [key, value] pairs) for
 * extensionDevelopmentPath / extensionTestsPath / openFile; code-server refuses these as CLI
 * flags. Paths must be vscode-remote URIs whose authority is the page's host:port.
 * @param {Awaited<ReturnType<typeof startCodeServer>>} cs the running code-server
 * @param {{ folder: string, devPath?: string, testsPath?: string, openFile?: string }} target
 *   the folder to open, and optionally the extension to load in development, its tests and a file to open
 */
export function workbenchUrl(cs, { folder, devPath, testsPath, openFile }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
  const payload = [];
  if (devPath) payload.push(['extensionDevelopmentPath', remote(devPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${cs.url}/?${q.toString()}`;
}

/**
 * Watches code-server's log for "not compatible" (wrong engines.vscode): the extension is then
 * silently not loaded, and every test would only fail at its own timeout.
 */
export function watchCompatibility(cs, onIncompatible) {
  const timer = setInterval(() => {
    const text = cs.log();
    const line = text.split('\n').find((l) => /not compatible/i.test(l));
    if (line) {
      clearInterval(timer);
      onIncompatible(line.trim());
    }
  }, 250);
  return () => clearInterval(timer);
}
