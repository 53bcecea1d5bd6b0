// The CLI in-process (runCli with captured output) on temporary copies of realistic workspaces.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { captureCli, type CliRun } from './captureCli';

const ROOT = path.join(__dirname, '../../..');
const SCENARIOS = path.join(ROOT, 'test/fixtures/scenarios');

function run(args: string[], cwd: string, isTTY = false): CliRun {
  return captureCli(args, { cwd, isTTY });
}

describe('istio-canary check', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-cli-'));
    fs.cpSync(SCENARIOS, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, 'node_modules/pkg'), { recursive: true });
    // Broken YAML inside node_modules must never be read.
    fs.writeFileSync(
      path.join(dir, 'node_modules/pkg/bad.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: [\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes the reference scenarios with no errors or warnings (exit 0)', () => {
    // Each scenario folder is its own workspace (scenarios/README.md): the gateway-api one
    // defines a Service `reviews` in namespace shop that the others' short host `reviews`
    // (namespace default) would be compared with if they were checked together.
    for (const target of [['canary-90-10', 'weather-forecast'], ['gateway-api']]) {
      const result = run(['check', '--format', 'json', ...target], dir);
      assert.equal(result.code, 0, result.stderr);
      const findings = JSON.parse(result.stdout) as { severity: string }[];
      assert.deepEqual(
        findings.filter((f) => f.severity !== 'info'),
        [],
        target.join(' '),
      );
    }
  });

  it('reports a weight-sum warning in text, JSON and SARIF, and exits 1 with --max-warnings 0', () => {
    const file = path.join(dir, 'canary-90-10/virtual.yaml');
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace('weight: 10', 'weight: 20'));
    try {
      const text = run(['check', 'canary-90-10'], dir);
      assert.equal(text.code, 0);
      assert.match(
        text.stdout,
        /^canary-90-10\/virtual\.yaml:12:5 warning weight-sum Weights of this route add up to 110, not 100/m,
      );
      const json = JSON.parse(run(['check', 'canary-90-10', '--format=json'], dir).stdout) as Record<
        string,
        unknown
      >[];
      assert.deepEqual(
        json
          .filter((f) => f.code === 'weight-sum')
          .map((f) => [f.file, f.line, f.column, f.endLine, f.severity, f.resource]),
        [
          [
            'canary-90-10/virtual.yaml',
            12,
            5,
            19,
            'warning',
            { kind: 'VirtualService', namespace: 'default', name: 'canary' },
          ],
        ],
      );
      const sarif = JSON.parse(run(['check', 'canary-90-10', '--format', 'sarif'], dir).stdout);
      assert.equal(sarif.version, '2.1.0');
      const result = sarif.runs[0].results.find((r: any) => r.ruleId === 'weight-sum');
      assert.equal(result.level, 'warning');
      assert.equal(result.locations[0].physicalLocation.region.startLine, 12);
      assert.ok(sarif.runs[0].tool.driver.rules.some((r: any) => r.id === 'weight-sum'));
      assert.equal(run(['check', 'canary-90-10', '--max-warnings', '0'], dir).code, 1);
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('exits 1 on errors and groups coloured output on a terminal', () => {
    const file = path.join(dir, 'broken.yaml');
    fs.writeFileSync(
      file,
      'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: x\nspec:\n  host: x\n  subsets:\n  - name: v1\n  - name: v1\n',
    );
    try {
      const result = run(['check', 'broken.yaml'], dir, true);
      assert.equal(result.code, 1);
      const ESC = '\u001b';
      const expected = `${ESC}[1mbroken.yaml${ESC}[0m\n  ${ESC}[2m9:11${ESC}[0m  ${ESC}[31merror${ESC}[0m  Subset \`v1\` is defined twice`;
      assert.ok(result.stdout.startsWith(expected), JSON.stringify(result.stdout));
    } finally {
      fs.rmSync(file);
    }
  });

  it('exits 2 with a clear message on bad usage and unreadable paths', () => {
    const missing = run(['check', 'no-such-dir'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*no-such-dir: no such file or folder/);
    assert.equal(run(['check', '--format', 'xml'], dir).code, 2);
    assert.equal(run(['frobnicate'], dir).code, 2);
    assert.equal(run(['check', '--bogus'], dir).code, 2);
  });

  it('applies rule severities and excludes from an auto-discovered .istio-canary.json', () => {
    const file = path.join(dir, 'canary-90-10/virtual.yaml');
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace('weight: 10', 'weight: 20'));
    fs.writeFileSync(
      path.join(dir, '.istio-canary.json'),
      JSON.stringify({ rules: { 'weight-sum': 'error' }, exclude: ['weather-forecast/**'] }),
    );
    try {
      const result = run(['check', '--format', 'json'], dir);
      assert.equal(result.code, 1);
      const findings = JSON.parse(result.stdout) as { file: string; code: string; severity: string }[];
      assert.ok(findings.some((f) => f.code === 'weight-sum' && f.severity === 'error'));
      assert.ok(!findings.some((f) => f.file.startsWith('weather-forecast')));
      fs.writeFileSync(path.join(dir, '.istio-canary.json'), '{"rules": {"weight-sum": "loud"}}');
      const bad = run(['check'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /rules\.weight-sum: expected one of error, warning, info, hint, off/);
    } finally {
      fs.writeFileSync(file, original);
      fs.rmSync(path.join(dir, '.istio-canary.json'));
    }
  });
});

describe('istio-canary split', () => {
  it('prints the split of every VirtualService as JSON with effective percentages', () => {
    const result = run(['split', 'canary-90-10', '--format', 'json'], SCENARIOS);
    assert.equal(result.code, 0);
    const items = JSON.parse(result.stdout) as any[];
    const canary = items.find((i) => i.name === 'canary');
    assert.deepEqual(
      {
        file: canary.file,
        kind: canary.kind,
        namespace: canary.namespace,
        hosts: canary.hosts,
        gateways: canary.gateways,
      },
      {
        file: 'canary-90-10/virtual.yaml',
        kind: 'VirtualService',
        namespace: 'default',
        hosts: ['*'],
        gateways: ['canary-gateway'],
      },
    );
    assert.deepEqual(canary.routes[0].destinations, [
      { host: 'canary.default.svc.cluster.local', subset: 'v1', port: null, weight: 90, percent: 90 },
      { host: 'canary.default.svc.cluster.local', subset: 'v2', port: null, weight: 10, percent: 10 },
    ]);
    const reviews = items.find((i) => i.name === 'reviews');
    assert.deepEqual(reviews.routes[0].match, [{ headers: { 'end-user': { exact: 'jason' } } }]);
    assert.deepEqual(reviews.routes[1].destinations, [
      { host: 'reviews', subset: 'v3', port: null, weight: null, percent: 100 },
    ]);
  });

  it('prints the split of HTTPRoutes in the same JSON shape: backend Service as host, relative weights', () => {
    const result = run(['split', 'gateway-api', '--format', 'json'], SCENARIOS);
    assert.equal(result.code, 0);
    const items = JSON.parse(result.stdout) as any[];
    assert.deepEqual(
      items.map((i) => [i.kind, i.namespace, i.name, i.hosts, i.gateways]),
      [
        ['HTTPRoute', 'shop', 'reviews', ['reviews.example.com'], ['shop-gateway']],
        ['HTTPRoute', 'shop', 'reviews-mesh', [], ['Service reviews:9080']],
      ],
    );
    const [reviews, mesh] = items;
    assert.deepEqual(reviews.routes[0].match, [{ headers: [{ name: 'end-user', value: 'jason' }] }]);
    assert.deepEqual(reviews.routes[0].destinations, [
      { host: 'reviews-v2', subset: null, port: 9080, weight: null, percent: 100 },
    ]);
    assert.deepEqual(reviews.routes[1].destinations, [
      { host: 'reviews-v1', subset: null, port: 9080, weight: 90, percent: 90 },
      { host: 'reviews-v2', subset: null, port: 9080, weight: 10, percent: 10 },
    ]);
    assert.deepEqual(mesh.routes[0].destinations, [
      { host: 'reviews-v1', subset: null, port: 9080, weight: 75, percent: 75 },
      { host: 'reviews-v2', subset: null, port: 9080, weight: 25, percent: 25 },
    ]);
  });

  it('shows the step plan of a route a Rollout steps beside its resting split, in text and JSON', () => {
    const folder = '../controller-scenarios/argo-rollouts';
    const text = run(['split', folder], SCENARIOS);
    assert.equal(text.code, 0);
    assert.match(
      text.stdout,
      / {2}http\[0\] primary: everything else\n {4}Argo Rollout `reviews` steps these weights \(Rollout shop\/reviews\):\n {4}plan: 10 % → pause 10m → 30 % → pause 10m → 60 % → pause until promoted → 100 %\n {4}resting split:\n {4}\[A{40}\]/,
    );
    const [vs] = JSON.parse(run(['split', folder, '--format', 'json'], SCENARIOS).stdout) as any[];
    const { owner } = vs.routes[0];
    assert.deepEqual(
      { ...owner, steps: owner.steps.map((s: any) => `${s.kind}:${s.weight ?? ''}:${s.text}`) },
      {
        controller: 'argo-rollouts',
        kind: 'Rollout',
        namespace: 'shop',
        name: 'reviews',
        interval: null,
        plan: '10 % → pause 10m → 30 % → pause 10m → 60 % → pause until promoted → 100 %',
        steps: [
          'weight:10:10 %',
          'pause::pause 10m',
          'weight:30:30 %',
          'pause::pause 10m',
          'weight:60:60 %',
          'pause::pause until promoted',
          'weight:100:100 %',
        ],
      },
    );
    const plain = JSON.parse(run(['split', 'canary-90-10', '--format', 'json'], SCENARIOS).stdout) as any[];
    assert.ok(plain.every((r) => r.routes.every((route: any) => route.owner === null)));
  });

  it('labels HTTPRoute rules and parents in text', () => {
    const result = run(['split', 'gateway-api/reviews.yaml'], SCENARIOS);
    assert.match(
      result.stdout,
      /hostnames: reviews\.example\.com {3}parents: shop-gateway\n {2}rules\[0\]: header end-user = jason/,
    );
    assert.match(result.stdout, /\[A{30}B{10}\]\n {4}A {5}75% {2}reviews-v1:9080 {2}\(weight 75\)/);
  });

  it("shows a route's timeout and retries under its match, in text and JSON", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-split-options-'));
    fs.writeFileSync(
      path.join(folder, 'vs.yaml'),
      [
        'apiVersion: networking.istio.io/v1',
        'kind: VirtualService',
        'metadata: {name: reviews, namespace: shop}',
        'spec:',
        '  hosts: [reviews]',
        '  http:',
        '  - name: fast',
        '    match: [{headers: {end-user: {exact: jason}}}]',
        '    route: [{destination: {host: reviews, subset: v2}}]',
        '    retries: {attempts: 0}',
        '  - route:',
        '    - destination: {host: reviews, subset: v1}',
        '      weight: 90',
        '    - destination: {host: reviews, subset: v2}',
        '      weight: 10',
        '    timeout: 10s',
        '    retries: {attempts: 3, perTryTimeout: 2s}',
        '',
      ].join('\n'),
    );
    try {
      const text = run(['split', 'vs.yaml'], folder).stdout;
      assert.match(text, /http\[0\] fast: header end-user = jason\n {4}no retries\n/);
      assert.match(
        text,
        /http\[1\]: everything else\n {4}timeout 10s, retries 3, 2s per try\n {4}\[A{36}B{4}\]/,
      );
      const [vs] = JSON.parse(run(['split', 'vs.yaml', '--format', 'json'], folder).stdout) as {
        routes: { options?: string[] }[];
      }[];
      assert.deepEqual(
        vs!.routes.map((r) => r.options),
        [['no retries'], ['timeout 10s', 'retries 3, 2s per try']],
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('draws one bar per route in text', () => {
    const result = run(['split', 'canary-90-10/virtual.yaml'], SCENARIOS);
    assert.match(
      result.stdout,
      /\[A{36}B{4}\]\n {4}A {5}90% {2}canary\.default\.svc\.cluster\.local › v1 {2}\(weight 90\)/,
    );
  });
});

describe('istio-canary check on what the validation webhook refuses', () => {
  const WEBHOOK_RULES = [
    'conflicting-route-actions',
    'duplicate-host',
    'empty-prefix-match',
    'empty-virtual-service',
    'invalid-duration',
    'invalid-export-to',
    'invalid-gateway-server',
    'invalid-header-name',
    'invalid-host',
    'invalid-regex',
    'invalid-route-option',
    'invalid-service-entry',
    'invalid-subset-name',
    'jwt-claim-route-on-mesh',
    'mesh-wildcard-host',
    'missing-route-action',
    'percentage-out-of-range',
    'port-out-of-range',
  ];
  const FIXTURES = path.join(ROOT, 'test/server/diagnostics/fixtures');

  it('exits 0 on valid files of the same shapes, with no error or warning', () => {
    const result = run(['check', '--format', 'json', 'test/fixtures/webhook/valid-shapes.yaml'], ROOT);
    assert.equal(result.code, 0, result.stdout);
    const findings = JSON.parse(result.stdout) as { severity: string }[];
    assert.deepEqual(
      findings.filter((f) => f.severity !== 'info'),
      [],
    );
  });

  for (const code of WEBHOOK_RULES) {
    it(`exits 1 on the ${code} fixture and reports ${code}`, () => {
      const result = run(['check', '--format', 'json', path.join(FIXTURES, `${code}.yaml`)], ROOT);
      assert.equal(result.code, 1);
      const findings = JSON.parse(result.stdout) as { code: string; severity: string }[];
      assert.ok(
        findings.some((f) => f.code === code && f.severity === 'error'),
        JSON.stringify(findings.map((f) => f.code)),
      );
    });
  }
});
