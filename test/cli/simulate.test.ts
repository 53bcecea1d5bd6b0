// `istio-canary simulate` run in memory: arguments, output formats and exit codes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { type SimulationResult } from '../../protocol/src/protocol';
import { runCli, type CliFiles, type CliIo } from '../../server/src/cli/main';

const scenarios = resolve(__dirname, '../../../test/fixtures/scenarios');
const cwd = '/memory';

/**
 * A CLI io over a map of files relative to `cwd`: a path lists every file under it; no config
 * file unless the map has one. `simulate` is prepared exactly like `check` (runCli).
 */
function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const absolute = (file: string) => `${cwd}/${file}`;
  const fs: CliFiles = {
    readFile(path) {
      const text = files[path.slice(cwd.length + 1)];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    listYamlFiles(paths) {
      const found = Object.keys(files)
        .filter((file) => /\.ya?ml$/.test(file) && !file.startsWith('.istio-canary'))
        .map(absolute)
        .filter((file) => paths.some((path) => file === path || file.startsWith(`${path}/`)));
      if (found.length === 0 && paths.some((path) => path !== cwd)) {
        throw new Error(`no such file or folder: ${paths.join(', ')}`);
      }
      return found.sort();
    },
    findConfig: () =>
      files['.istio-canary.json'] !== undefined ? absolute('.istio-canary.json') : undefined,
    loadConfig: (path) => JSON.parse(files[path.slice(cwd.length + 1)] ?? '{}') as unknown,
  };
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    isTTY: false,
    cwd,
    files: fs,
  };
  return { io, fs, files, stdout: () => out.join(''), stderr: () => err.join('') };
}

function runSimulate(args: string[], io: CliIo): number {
  const code = runCli(args[0] === 'simulate' ? args : ['simulate', ...args], io);
  // Only --cluster and --live read a cluster (asynchronously); simulate answers at once.
  if (typeof code !== 'number') throw new Error('simulate returned a promise');
  return code;
}

function scenarioFiles(name: string): Record<string, string> {
  const folder = join(scenarios, name);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [`${name}/${file}`, readFileSync(join(folder, file), 'utf8')]),
  );
}

const canary = scenarioFiles('canary-90-10');

void describe('istio-canary simulate', () => {
  void test('header match, text output, exit 0', () => {
    const run = memoryIo(canary);
    const code = runSimulate(
      ['simulate', 'canary-90-10', '--host', 'reviews', '--uri', '/', '--header', 'end-user=jason'],
      run.io,
    );
    assert.equal(code, 0, run.stderr());
    assert.match(run.stdout(), /^Request: {2}GET http:\/\/reviews\/ via the mesh, from namespace default$/m);
    assert.match(
      run.stdout(),
      /^VirtualService default\/reviews {2}\(canary-90-10\/reviews-header-match\.yaml\)$/m,
    );
    assert.match(run.stdout(), /headers\[end-user\]: exact "jason"; request has "jason" -> match/);
    assert.match(run.stdout(), /^ +100 % {2}reviews subset v2$/m);
    assert.equal(run.stderr(), '');
  });

  void test('JSON output for a gateway request, with --opt=value forms', () => {
    const run = memoryIo(canary);
    const code = runSimulate(
      ['--host=shop.example.com', '--gateway=canary-gateway', '--uri=/cart', '--format=json'],
      run.io,
    );
    assert.equal(code, 0);
    const result = JSON.parse(run.stdout()) as SimulationResult;
    assert.equal(result.outcome, 'route');
    assert.deepEqual(
      result.destinations.map((d) => [d.subset, d.percent]),
      [
        ['v1', 90],
        ['v2', 10],
      ],
    );
    assert.equal(result.request.gateway, 'canary-gateway');
  });

  void test('repeated --header and --query, method and port', () => {
    const run = memoryIo({
      'vs.yaml': `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: shop}
spec:
  hosts: [api]
  http:
  - match: [{method: {exact: POST}, port: 8080, headers: {x-a: {exact: "1"}, x-b: {exact: "2"}}, queryParams: {beta: {exact: "on"}}}]
    route: [{destination: {host: api, subset: beta}}]
`,
    });
    const args = [
      'vs.yaml',
      '--host',
      'api',
      '--namespace',
      'shop',
      '--uri',
      '/orders',
      '--method',
      'post',
      '--port',
      '8080',
      '--header',
      'x-a=1',
      '--header',
      'x-b: 2',
      '--query',
      'beta=on',
    ];
    assert.equal(runSimulate(args, run.io), 0, run.stdout());
    assert.match(run.stdout(), /100 % {2}api subset beta/);
    const without = memoryIo({ 'vs.yaml': run.files['vs.yaml']! });
    assert.equal(runSimulate(args.slice(0, -2), without.io), 1);
    assert.match(without.stdout(), /none of its routes matches/);
  });

  void test('no matching route: exit 1', () => {
    const run = memoryIo(canary);
    assert.equal(runSimulate(['--host', 'bookinfo.com', '--uri', '/details'], run.io), 1);
    assert.match(run.stdout(), /404/);
  });

  void test('no VirtualService for the host: exit 1', () => {
    const run = memoryIo(canary);
    assert.equal(runSimulate(['--host', 'unknown.example.org', '--uri', '/'], run.io), 1);
    assert.match(run.stdout(), /No VirtualService handles host unknown\.example\.org/);
  });

  void test('files without any VirtualService: exit 1 with a warning', () => {
    const run = memoryIo({ 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n' });
    assert.equal(runSimulate(['--host', 'a', '--uri', '/'], run.io), 1);
    assert.match(run.stderr(), /no VirtualService in 1 YAML file/);
  });

  const usageErrors: [args: string[], message: RegExp][] = [
    [['--uri', '/'], /--host is required/],
    [['--host', 'a'], /--uri is required/],
    [['--host', 'a', '--uri', '/', '--format', 'xml'], /--format must be text or json/],
    [['--host', 'a', '--uri', '/', '--header', 'novalue'], /--header expects NAME=VALUE/],
    [['--host', 'a', '--uri', '/', '--port', 'http'], /--port must be a number/],
    [['--host', 'a', '--uri', '/', '--bogus'], /unknown option --bogus/],
    [['--host', 'a', '--uri'], /--uri needs a value/],
    [['--host', 'a', '--host', 'b', '--uri', '/'], /--host is given more than once/],
    [['missing-folder', '--host', 'a', '--uri', '/'], /no such file or folder/],
  ];
  for (const [args, message] of usageErrors) {
    void test(`usage error: ${args.join(' ')}`, () => {
      const run = memoryIo(canary);
      assert.equal(runSimulate(args, run.io), 2);
      assert.match(run.stderr(), message);
      assert.equal(run.stdout(), '');
    });
  }

  void test('unreadable file: exit 2', () => {
    const run = memoryIo(canary);
    run.fs.listYamlFiles = () => [`${cwd}/gone.yaml`];
    assert.equal(runSimulate(['--host', 'a', '--uri', '/'], run.io), 2);
    assert.match(run.stderr(), /cannot read gone\.yaml/);
  });

  void test('--help prints the usage and exits 0', () => {
    const run = memoryIo(canary);
    assert.equal(runSimulate(['--help'], run.io), 0);
    assert.match(run.stdout(), /^Usage: istio-canary simulate/);
  });
});

void describe('istio-canary simulate reads the workspace like check', () => {
  void test('the config file’s defaultNamespace and exclude apply, and --namespace overrides the namespace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'istio-canary-simulate-'));
    try {
      const vs = (subset: string) =>
        `apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: api}\nspec:\n  hosts: [api]\n  http: [{route: [{destination: {host: api, subset: ${subset}}}]}]\n`;
      writeFileSync(
        join(dir, '.istio-canary.json'),
        JSON.stringify({ defaultNamespace: 'shop', exclude: ['old/**'] }),
      );
      writeFileSync(join(dir, 'vs.yaml'), vs('current'));
      mkdirSync(join(dir, 'old'));
      writeFileSync(join(dir, 'old', 'vs.yaml'), vs('previous'));
      const run = (...args: string[]) => {
        const out: string[] = [];
        const code = runCli(['simulate', '--host', 'api', '--uri', '/', '--format', 'json', ...args], {
          stdout: (t) => out.push(t),
          stderr: () => undefined,
          isTTY: false,
          cwd: dir,
        });
        return { code, result: JSON.parse(out.join('')) as SimulationResult };
      };
      const configured = run();
      assert.equal(configured.code, 0);
      assert.deepEqual(
        configured.result.virtualServices.map((v) => `${v.namespace}/${v.name} ${v.uri}`),
        ['shop/api vs.yaml'],
      );
      assert.equal(configured.result.request.sourceNamespace, 'shop');
      assert.deepEqual(
        configured.result.destinations.map((d) => d.subset),
        ['current'],
      );
      const overridden = run('--namespace', 'other');
      assert.equal(overridden.result.virtualServices[0]?.namespace, 'other');
      assert.equal(overridden.result.request.sourceNamespace, 'other');
      const caller = run('--from-namespace', 'elsewhere');
      assert.equal(caller.result.request.sourceNamespace, 'elsewhere');
      assert.equal(caller.result.outcome, 'no-virtual-service');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

void describe('istio-canary simulate on Gateway API HTTPRoutes', () => {
  const gatewayApi = scenarioFiles('gateway-api');
  const cases: { args: string[]; code: number; out: RegExp[] }[] = [
    {
      args: ['--host', 'reviews.example.com', '--uri', '/', '--header', 'end-user=jason'],
      code: 0,
      out: [/^HTTPRoute shop\/reviews rule 1: 100% → reviews-v2:9080$/m],
    },
    {
      args: ['--host', 'reviews.example.com', '--uri', '/', '--gateway', 'shop/shop-gateway'],
      code: 0,
      out: [
        /^HTTPRoute shop\/reviews rule 2: 90% → reviews-v1:9080, 10% → reviews-v2:9080$/m,
        /reviews rule 1 \(path prefix \/, header end-user\): no, header end-user does not match\./,
      ],
    },
    {
      args: ['--host', 'reviews', '--uri', '/', '--gateway', 'mesh'],
      code: 0,
      out: [/^HTTPRoute shop\/reviews-mesh rule 1: 75% → reviews-v1:9080, 25% → reviews-v2:9080$/m],
    },
    {
      args: ['--host', 'shop.example.org', '--uri', '/', '--gateway', 'shop/shop-gateway'],
      code: 1,
      out: [/^HTTP 404: no HTTPRoute rule matches$/m],
    },
  ];
  for (const c of cases) {
    void test(c.args.join(' '), () => {
      const run = memoryIo(gatewayApi);
      assert.equal(runSimulate(['simulate', 'gateway-api', ...c.args], run.io), c.code, run.stderr());
      for (const pattern of c.out) assert.match(run.stdout(), pattern);
    });
  }

  void test('JSON names the route, rule and backends', () => {
    const run = memoryIo(gatewayApi);
    runSimulate(
      ['simulate', 'gateway-api', '--host', 'reviews.example.com', '--uri', '/', '--format', 'json'],
      run.io,
    );
    const result = JSON.parse(run.stdout()) as Record<string, unknown>;
    assert.deepEqual(
      [result.kind, result.namespace, result.name, result.rule, result.backends],
      [
        'HTTPRoute',
        'shop',
        'reviews',
        1,
        [
          { name: 'reviews-v1', port: 9080, percent: 90 },
          { name: 'reviews-v2', port: 9080, percent: 10 },
        ],
      ],
    );
  });
});

void describe('istio-canary exportTo, the caller namespace and the root namespace', () => {
  const files = {
    'mesh/vs.yaml': `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: search, namespace: prod}
spec:
  hosts: [search.prod.svc.cluster.local]
  exportTo: [team-b]
  http: [{route: [{destination: {host: search.prod.svc.cluster.local, subset: v1}}]}]
`,
    'mesh/dr.yaml': `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: search, namespace: mesh-root}
spec:
  host: search.prod.svc.cluster.local
  subsets: [{name: v1, labels: {version: v1}}]
`,
  };
  const simulateJson = (...args: string[]) => {
    const run = memoryIo(files);
    const code = runSimulate(
      ['--host', 'search.prod.svc.cluster.local', '--uri', '/', '--format', 'json', ...args],
      run.io,
    );
    return { code, result: JSON.parse(run.stdout()) as SimulationResult };
  };

  void test('--from-namespace picks the VirtualServices exported to the caller', () => {
    const exported = simulateJson('--from-namespace', 'team-b', '--root-namespace', 'mesh-root');
    assert.equal(exported.code, 0);
    assert.equal(exported.result.outcome, 'route');
    assert.equal(exported.result.destinations[0]?.unavailable, undefined);
    const hidden = simulateJson('--from-namespace', 'prod');
    assert.equal(hidden.code, 1);
    assert.equal(hidden.result.outcome, 'no-virtual-service');
  });

  void test('--root-namespace decides whether the subset is reachable', () => {
    const elsewhere = simulateJson('--from-namespace', 'team-b');
    assert.match(elsewhere.result.destinations[0]?.unavailable ?? '', /mesh-root\/search/);
  });

  void test('check exits 1 on a subset its callers cannot see, 0 once the root namespace is right', () => {
    const check = (...args: string[]) => {
      const run = memoryIo(files);
      const code = runCli(['check', ...args], run.io);
      return { code, out: run.stdout() };
    };
    const wrongRoot = check();
    assert.equal(wrongRoot.code, 1);
    assert.match(wrongRoot.out, /subset-not-visible/);
    assert.equal(check('--root-namespace', 'mesh-root').code, 0);
    const config = memoryIo({ ...files, '.istio-canary.json': '{"rootNamespace": "mesh-root"}' });
    assert.equal(runCli(['check'], config.io), 0);
  });
});
