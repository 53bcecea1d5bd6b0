// The demo cluster (`npm run demo-cluster`) with examples/ loaded at 100/0, read by the real CLI
// through kubectl: the examples check clean over it apart from the drift of the reviews canary
// (the file is at 90/10), the loaded Deployments have ready pods, and split --live shows 100/0.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { captureCliAsync } from '../cli/captureCli';
import { startDemoCluster, type DemoCluster } from '../support/kube/demoCluster';

const ROOT = path.join(__dirname, '../../..');

void describe('demo cluster with examples/ at 100/0', () => {
  let dir: string;
  let demo: DemoCluster;
  let env: NodeJS.ProcessEnv;
  const run = (args: string[]) => captureCliAsync(args, { cwd: ROOT, env });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-demo-'));
    demo = await startDemoCluster({
      load: [path.join(ROOT, 'examples')],
      stable: true,
      kubeconfigPath: path.join(dir, 'kubeconfig'),
      lifetimeMs: 900_000,
    });
    env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      KUBECONFIG: demo.kubeconfig,
      KUBECACHEDIR: path.join(dir, 'cache'),
    };
  });
  after(async () => {
    await demo.standIn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('stores every example and runs ready pods for the Deployments', () => {
    assert.deepEqual(demo.skipped, []);
    const pods = demo.standIn
      .objects()
      .filter((o) => o.kind === 'Pod' && o.metadata.namespace === 'bookinfo');
    assert.deepEqual(
      pods
        .map((p) => p.metadata.name)
        .filter((n) => n.startsWith('reviews'))
        .sort(),
      ['reviews-v1-0', 'reviews-v1-1', 'reviews-v1-2', 'reviews-v2-0', 'reviews-v3-0'],
    );
    const vs = demo.standIn.object('VirtualService', 'bookinfo', 'reviews') as unknown as {
      spec: { http: { route: { weight?: number }[] }[] };
    };
    assert.deepEqual(
      vs.spec.http[1]!.route.map((r) => r.weight),
      [100, 0],
    );
  });

  test('check --cluster over the examples: only the drift of the canary; split --live: 100/0', async () => {
    const check = await run(['check', '--cluster', 'examples', '--format', 'json']);
    assert.equal(check.code, 0, check.stderr);
    const findings = (
      JSON.parse(check.stdout) as {
        file: string;
        line: number;
        code: string;
        source: string;
        message: string;
      }[]
    ).map((f) => `${f.file}:${f.line} ${f.code} ${f.source}: ${f.message}`);
    assert.deepEqual(findings, [
      'examples/reviews/virtual-service.yaml:26 differs-from-cluster cluster:demo: Differs from context demo at `spec.http[1].route[0].weight`: live 100/0, file 90/10. Diff Against Cluster shows everything that would change.',
    ]);
    const split = await run(['split', '--live', '--namespace', 'bookinfo']);
    assert.equal(split.code, 0, split.stderr);
    assert.match(split.stdout, /^VirtualService bookinfo\/reviews {2}\(cluster:demo\)$/m);
    assert.match(split.stdout, /100% {2}reviews › v1 {2}\(weight 100\)/);
  });
});
