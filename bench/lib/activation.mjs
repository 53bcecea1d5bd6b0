// Extension activation time without VS Code: a fresh Node process loads dist/client/extension.js
// with a stub `vscode` module (a Module._load hook answers `require('vscode')` with a proxy on
// which every property is a callable, constructible stub) and calls activate() with a fake
// ExtensionContext. Measured, per run: module load (require of the bundle), activate() until it
// returns (the language client's start() is not awaited by activate, as in VS Code), and both.
// The stub costs next to nothing, so this is the extension's own share of activation; VS Code's
// own work (reading the manifest, creating the extension host) is not included.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CHILD = String.raw`
const Module = require('node:module');
const { performance } = require('node:perf_hooks');
function stub(name) {
  const target = function () {};
  // Properties live in their own object: a function's own "name" and "length" are read-only.
  const props = Object.create(null);
  return new Proxy(target, {
    get(t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => 0;
      if (key === 'prototype') return t.prototype;
      if (!(key in props)) props[key] = stub(name + '.' + String(key));
      return props[key];
    },
    set(t, key, value) { props[key] = value; return true; },
    apply() { return stub(name + '()'); },
    construct() { return stub('new ' + name); },
  });
}
// esbuild's namespace import copies the module's own keys, so the stub needs the API's names.
const vscode = {};
for (const name of JSON.parse(process.argv[3])) vscode[name] = stub(name);
vscode.version = '1.100.0';
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  return load.call(this, request, ...rest);
};
const bundle = process.argv[1];
const root = process.argv[2];
const c0 = process.cpuUsage();
const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
const context = {
  subscriptions: [],
  extensionPath: root,
  extensionUri: stub('uri'),
  asAbsolutePath: (p) => require('node:path').join(root, p),
  globalState: stub('globalState'),
  workspaceState: stub('workspaceState'),
  environmentVariableCollection: stub('env'),
  storageUri: undefined,
  globalStorageUri: stub('globalStorageUri'),
  logUri: stub('logUri'),
  extensionMode: 1,
};
let error;
try { extension.activate(context); } catch (e) { error = String(e && e.stack || e); }
const t2 = performance.now();
const cpu = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, cpuMs: (cpu.user + cpu.system) / 1000, error }));
process.exit(0);
`;

/** The top-level names of the `vscode` API, from @types/vscode. */
function vscodeApiNames(root) {
  const dts = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = new Set();
  for (const m of dts.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm))
    names.add(m[1]);
  return [...names];
}

/** Median load and activate times of `bundle` (default: dist/client/extension.js) over `runs` fresh processes. */
export async function measureActivation(
  root,
  { bundle = join(root, 'dist', 'client', 'extension.js'), runs = 7 } = {},
) {
  const names = JSON.stringify(vscodeApiNames(root));
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['-e', CHILD, bundle, root, names], { encoding: 'utf8' });
    samples.push(JSON.parse(out));
  }
  const med = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return {
    loadMs: med('loadMs'),
    activateMs: med('activateMs'),
    totalMs: med('totalMs'),
    // CPU time of load + activate (all threads), less sensitive than wall time to a busy machine.
    cpuMs: med('cpuMs'),
    bundleBytes: statSync(bundle).size,
    error: samples.find((s) => s.error)?.error,
    runs,
  };
}
