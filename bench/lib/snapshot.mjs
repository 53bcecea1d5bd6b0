// Bundles test/support/cluster/snapshotBench.ts (server code, TypeScript) with esbuild and runs it in this
// process: the cluster snapshot stage of `npm run bench`.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function measureSnapshot(root, workDir, { objects, runs }) {
  const outfile = join(workDir, 'snapshotBench.cjs');
  esbuild.buildSync({
    entryPoints: [join(root, 'test', 'support', 'cluster', 'snapshotBench.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const { measure } = createRequire(import.meta.url)(outfile);
  return measure(objects, runs);
}
