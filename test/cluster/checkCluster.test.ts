// `istio-canary check --cluster` and `split --live` in-process, with real kubectl against the
// Kubernetes API stand-in: the files laid over the live cluster (a Gateway only the cluster has
// resolves; a misspelt one is an error naming the context), forbidden kinds left open, the
// `source` of each finding, `--complete-workspace` without a cluster, and exit 2 when the
// cluster cannot be read.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { captureCliAsync } from '../cli/captureCli';
import { KubeApiStandIn, writeKubeconfig, type StoredObject } from '../support/kube/kubeApiStandIn';
import { adminUser } from '../support/kube/kubeTestEnv';

interface JsonFinding {
  file: string;
  line: number;
  severity: string;
  code: string;
  message: string;
  source: string;
}

const live: StoredObject[] = [
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'Gateway',
    metadata: { name: 'shop-gateway', namespace: 'shop' },
    spec: {
      selector: { istio: 'ingressgateway' },
      servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'cart', namespace: 'shop' },
    spec: { selector: { app: 'cart' }, ports: [{ name: 'http', port: 8080 }] },
  },
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'DestinationRule',
    metadata: { name: 'cart', namespace: 'shop' },
    spec: {
      host: 'cart',
      subsets: [
        { name: 'v1', labels: { version: 'v1' } },
        { name: 'v2', labels: { version: 'v2' } },
      ],
    },
  },
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: 'cart', namespace: 'shop' },
    spec: {
      hosts: ['cart'],
      gateways: ['shop-gateway'],
      http: [
        {
          route: [
            { destination: { host: 'cart', subset: 'v1' }, weight: 100 },
            { destination: { host: 'cart', subset: 'v2' }, weight: 0 },
          ],
        },
      ],
    },
  },
];

/** The file: the cart canary at 90/10 through the live Gateway. */
const cartCanary = (gateway: string, subset = 'v2', host = 'cart') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: cart
  namespace: shop
spec:
  hosts:
  - cart
  gateways:
  - ${gateway}
  http:
  - route:
    - destination:
        host: ${host}
        subset: v1
      weight: 90
    - destination:
        host: ${host}
        subset: ${subset}
      weight: 10
`;

void describe('check --cluster and split --live', () => {
  let dir: string;
  let standIn: KubeApiStandIn;
  let restricted: KubeApiStandIn;
  let env: NodeJS.ProcessEnv;

  const run = (args: string[]) => captureCliAsync(args, { cwd: dir, env });
  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-cluster-cli-'));
    standIn = await KubeApiStandIn.start({ users: [adminUser], lifetimeMs: 900_000 });
    restricted = await KubeApiStandIn.start({
      users: [adminUser],
      forbiddenKinds: ['networking.istio.io/Gateway'],
      lifetimeMs: 900_000,
    });
    for (const obj of live) {
      standIn.seed(obj);
      restricted.seed(obj);
    }
    const kubeconfig = writeKubeconfig(
      path.join(dir, 'kubeconfig'),
      standIn,
      [
        { name: 'prod-eu', user: adminUser, namespace: 'shop' },
        { name: 'restricted', user: adminUser, namespace: 'shop', server: restricted },
        { name: 'down', user: adminUser, namespace: 'shop', server: 'https://127.0.0.1:1' },
      ],
      'prod-eu',
    );
    env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      KUBECONFIG: kubeconfig,
      KUBECACHEDIR: path.join(dir, 'cache'),
    };
    fs.mkdirSync(path.join(dir, 'ws'));
  });
  after(async () => {
    await Promise.all([standIn.close(), restricted.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('without a cluster, references the files do not define are left alone', async () => {
    write('ws/cart.yaml', cartCanary('shop-gatway'));
    const result = await run(['check', 'ws', '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      (JSON.parse(result.stdout) as JsonFinding[]).filter((f) => f.severity !== 'info'),
      [],
    );
  });

  test('over the cluster, a live-only Gateway, Service and subset resolve; a misspelt Gateway is an error naming the context', async () => {
    write('ws/cart.yaml', cartCanary('shop-gateway'));
    const clean = await run(['check', '--cluster', 'ws', '--format', 'json']);
    assert.equal(clean.code, 0, clean.stderr);
    // Only the drift: the file is at 90/10, the cluster at 100/0.
    assert.deepEqual(
      (JSON.parse(clean.stdout) as JsonFinding[]).map(
        (f) => `${f.line} ${f.severity} ${f.code} ${f.source}: ${f.message}`,
      ),
      [
        '16 info differs-from-cluster cluster:prod-eu: Differs from context prod-eu at `spec.http[0].route[0].weight`: live 100/0, file 90/10. Diff Against Cluster shows everything that would change.',
      ],
    );

    write('ws/cart.yaml', cartCanary('shop-gatway', 'v3', 'carts'));
    const result = await run(['check', '--cluster', '--context', 'prod-eu', 'ws', '--format', 'json']);
    assert.equal(result.code, 1, result.stderr);
    const findings = (JSON.parse(result.stdout) as JsonFinding[]).map(
      (f) => `${f.line} ${f.severity} ${f.code} ${f.source}: ${f.message}`,
    );
    assert.deepEqual(findings, [
      '10 info differs-from-cluster cluster:prod-eu: Differs from context prod-eu at `spec.gateways[0]`: live "shop-gateway", file "shop-gatway". Diff Against Cluster shows everything that would change.',
      '10 error gateway-not-found cluster:prod-eu: No Gateway `shop-gatway` in namespace shop of context prod-eu; Gateways there: shop-gateway. Did you mean `shop-gateway`?',
      '14 error host-not-found cluster:prod-eu: No Service or ServiceEntry defines host `carts` (namespace shop) of context prod-eu; did you mean `cart`?',
      '18 error host-not-found cluster:prod-eu: No Service or ServiceEntry defines host `carts` (namespace shop) of context prod-eu; did you mean `cart`?',
    ]);
  });

  test('in worker threads (--jobs 2) the files are laid over the same snapshot: the same findings', async () => {
    write('ws/cart.yaml', cartCanary('shop-gatway', 'v3', 'carts'));
    write('ws/other.yaml', cartCanary('shop-gateway', 'v3').replace(/cart\b/g, 'cart-b'));
    try {
      const args = ['check', '--cluster', 'ws', '--format', 'json'];
      const here = await run([...args, '--jobs', '1']);
      const workers = await run([...args, '--jobs', '2']);
      assert.equal(here.code, 1, here.stderr);
      assert.ok((JSON.parse(here.stdout) as JsonFinding[]).some((f) => f.source === 'cluster:prod-eu'));
      assert.deepEqual(workers, here);
    } finally {
      fs.rmSync(path.join(dir, 'ws/other.yaml'));
    }
  });

  test('a subset no live or file DestinationRule defines is an error; SARIF carries the source', async () => {
    write('ws/cart.yaml', cartCanary('shop-gateway', 'v3'));
    const result = await run(['check', '--cluster', 'ws', '--format', 'sarif']);
    assert.equal(result.code, 1, result.stderr);
    const sarif = JSON.parse(result.stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; properties: { source: string } }[] }[];
    };
    const results = sarif.runs[0]!.results.map(
      (r) => `${r.ruleId} ${r.properties.source}: ${r.message.text}`,
    );
    assert.deepEqual(results, [
      'differs-from-cluster cluster:prod-eu: Differs from context prod-eu at `spec.http[0].route[0].weight`: live 100/0, file 90/10. Diff Against Cluster shows everything that would change.',
      'subset-not-found cluster:prod-eu: Subset `v3` is not defined for host `cart`: DestinationRule cart (live in prod-eu) defines `v1` and `v2`. Add subset `v3` there or route to an existing one.',
    ]);
  });

  test('a kind the user may not list stays open-world, and the output says so once', async () => {
    write('ws/cart.yaml', cartCanary('shop-gatway'));
    const result = await run(['check', '--cluster', '--context', 'restricted', 'ws']);
    assert.equal(result.code, 0, result.stdout);
    assert.doesNotMatch(result.stdout, /gateway-not-found/);
    assert.equal(
      result.stderr,
      'istio-canary check: context restricted: Gateways (networking.istio.io): not allowed to list (403); references to them stay unchecked.\n',
    );
  });

  test('--complete-workspace: without a cluster, the files are all there is', async () => {
    write('ws/cart.yaml', cartCanary('shop-gateway'));
    const result = await run(['check', '--complete-workspace', 'ws', '--format', 'json']);
    assert.equal(result.code, 1);
    const findings = (JSON.parse(result.stdout) as JsonFinding[]).map(
      (f) => `${f.line} ${f.severity} ${f.code} ${f.source}: ${f.message}`,
    );
    assert.deepEqual(findings, [
      '10 error gateway-not-found file: No Gateway `shop-gateway` in namespace shop in the workspace (completeWorkspace); there are no Gateways there. Fix the name or add the Gateway.',
      '14 error host-not-found file: Destination host `cart` is not defined: no Service or ServiceEntry has it in namespace shop in the workspace (completeWorkspace). Fix the host or add a Service `cart`.',
      '15 error subset-not-found file: Subset `v1` is not defined: no DestinationRule has host `cart` (read as `cart.shop.svc.cluster.local`) in the workspace (completeWorkspace). Add a DestinationRule for it with a subset `v1` (requests to it fail with 503 until then).',
      '18 error host-not-found file: Destination host `cart` is not defined: no Service or ServiceEntry has it in namespace shop in the workspace (completeWorkspace). Fix the host or add a Service `cart`.',
      '19 error subset-not-found file: Subset `v2` is not defined: no DestinationRule has host `cart` (read as `cart.shop.svc.cluster.local`) in the workspace (completeWorkspace). Add a DestinationRule for it with a subset `v2` (requests to it fail with 503 until then).',
    ]);
  });

  test('split --live shows what the cluster routes, named by its source', async () => {
    write('ws/cart.yaml', cartCanary('shop-gateway'));
    const result = await run(['split', '--live', 'ws', '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const splits = JSON.parse(result.stdout) as {
      source: string;
      name: string;
      routes: { destinations: { subset: string; percent: number }[] }[];
    }[];
    assert.deepEqual(
      splits.map((s) => ({
        source: s.source,
        name: s.name,
        split: s.routes[0]!.destinations.map((d) => `${d.subset} ${d.percent}`),
      })),
      [{ source: 'cluster:prod-eu', name: 'cart', split: ['v1 100', 'v2 0'] }],
    );
    const text = await run(['split', '--live', '--namespace', 'shop']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^VirtualService shop\/cart {2}\(cluster:prod-eu\)$/m);
    assert.match(text.stdout, /100% {2}cart › v1/);
  });

  test('exit 2 with a clear message when the cluster cannot be read', async () => {
    const result = await run(['check', '--cluster', '--context', 'down', '--request-timeout', '2', 'ws']);
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^istio-canary check: cannot read the cluster: The cluster of context "down" cannot be read: /,
    );
    assert.equal(result.stdout, '');
    const usage = await run(['check', '--context', 'x', 'ws']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--context and --all-namespaces need --cluster/);
  });
});
