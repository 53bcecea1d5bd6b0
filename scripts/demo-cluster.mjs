// `npm run demo-cluster -- [--load DIR]… [--port P] [--stable] [--forbid KIND]…`: a Kubernetes API
// stand-in on 127.0.0.1 with the given YAML stored (Deployments, StatefulSets and Rollouts get
// running, ready Pods), for trying `istio-canary check --cluster`, `split --live`, Apply and Diff
// without a cluster. Writes a kubeconfig with one context, `demo`, prints the `export KUBECONFIG=`
// line to use it, and runs in the foreground until Ctrl+C. A development tool, not shipped.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import util from 'node:util';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Bundles the stand-in (TypeScript, in test/support/kube) and loads it. */
export async function loadDemoCluster() {
  const outfile = path.join(ROOT, 'out', 'demo-cluster', 'demoCluster.cjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'support', 'kube', 'demoCluster.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

async function main() {
  const { values } = util.parseArgs({
    options: {
      load: { type: 'string', multiple: true, default: [] },
      port: { type: 'string' },
      stable: { type: 'boolean', default: false },
      forbid: { type: 'string', multiple: true, default: [] },
      kubeconfig: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run demo-cluster -- [--load DIR]… [--port P] [--stable] [--forbid KIND]… [--kubeconfig FILE]',
    );
    return;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    console.error(`demo-cluster: --port takes a port number, not "${values.port}"`);
    process.exit(2);
  }
  for (const dir of values.load) {
    if (!fs.existsSync(dir)) {
      console.error(`demo-cluster: --load ${dir}: no such file or folder`);
      process.exit(2);
    }
  }
  const { startDemoCluster } = await loadDemoCluster();
  const stateDir = path.join(ROOT, '.vscode-test', 'demo-cluster');
  fs.mkdirSync(stateDir, { recursive: true });
  const kubeconfigPath = path.resolve(values.kubeconfig ?? path.join(stateDir, 'kubeconfig'));
  const demo = await startDemoCluster({
    load: values.load.map((d) => path.resolve(d)),
    stable: values.stable,
    kubeconfigPath,
    forbiddenKinds: values.forbid,
    ...(port !== undefined ? { port } : {}),
  });
  for (const s of demo.skipped) console.error(`demo-cluster: skipped ${s}`);
  console.log(`Demo cluster on ${demo.standIn.url} with ${demo.loaded} objects (context demo).`);
  console.log(`export KUBECONFIG=${demo.kubeconfig}`);
  console.log('Ctrl+C stops it.');
  const stop = () => void demo.standIn.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(`demo-cluster: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
