// The CLI uses the same workspace index as the editor over the paths it is given, so cross-file
// findings appear in CI; `--config` and an auto-discovered .istio-canary.json/.yaml set rule
// severities, excludes and the default namespace with the editor's settings schema.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../../../server/src/cli/main';
import { captureCli, type CliRun } from '../../../cli/captureCli';
import type { ToolResult } from '../../../../server/src/cli/render';

const SCENARIOS = path.join(__dirname, '../../../../../test/fixtures/scenarios');

const VIRTUAL_SERVICE = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 90
    - destination:
        host: reviews
        subset: v3
      weight: 10
`;

const DESTINATION_RULE = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews.shop.svc.cluster.local
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
`;

const roots: string[] = [];
after(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-canary-cli-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

interface Finding {
  file: string;
  line: number;
  severity: string;
  code: string;
  message: string;
}

function run(args: string[], cwd: string): CliRun {
  return captureCli(args, { cwd });
}

function findings(args: string[], cwd: string): { code: number; findings: Finding[] } {
  const result = run([...args, '--format', 'json'], cwd);
  assert.equal(result.stderr, '');
  return { code: result.code, findings: JSON.parse(result.stdout) as Finding[] };
}

describe('CLI over a workspace', () => {
  it('reports a subset that the DestinationRule in another file does not define', () => {
    const root = workspace({ 'vs.yaml': VIRTUAL_SERVICE, 'dr.yaml': DESTINATION_RULE });
    const result = findings(['check', '.', '--namespace', 'shop'], root);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.code}`),
      ['vs.yaml:16 error subset-not-found'],
    );
    assert.match(result.findings[0]!.message, /defines `v1` and `v2`/);
  });

  it('indexes only the paths given: without the DestinationRule there is nothing to judge', () => {
    const root = workspace({ 'vs.yaml': VIRTUAL_SERVICE, 'dr.yaml': DESTINATION_RULE });
    const result = findings(['check', 'vs.yaml', '--namespace', 'shop'], root);
    assert.deepEqual(result, { code: 0, findings: [] });
  });

  it('resolves short hosts in the default namespace: another namespace is another host', () => {
    const root = workspace({ 'vs.yaml': VIRTUAL_SERVICE, 'dr.yaml': DESTINATION_RULE });
    const result = findings(['check', '.'], root);
    assert.deepEqual(
      result.findings.map((f) => `${f.file}:${f.line} ${f.code}`),
      ['vs.yaml:12 subset-not-found', 'vs.yaml:16 subset-not-found'],
    );
  });

  it('--config sets rule severities (same schema as the VS Code settings)', () => {
    const root = workspace({
      'vs.yaml': VIRTUAL_SERVICE,
      'dr.yaml': DESTINATION_RULE,
      'ci/quiet.json': JSON.stringify({ rules: { 'subset-not-found': 'off' }, defaultNamespace: 'shop' }),
      'ci/lenient.yaml': 'defaultNamespace: shop\nrules:\n  subset-not-found: warning\n',
    });
    assert.deepEqual(findings(['check', '.', '--config', 'ci/quiet.json'], root), { code: 0, findings: [] });
    const lenient = findings(['check', '.', '--config', 'ci/lenient.yaml'], root);
    assert.equal(lenient.code, 0);
    assert.deepEqual(
      lenient.findings.map((f) => `${f.severity} ${f.code}`),
      ['warning subset-not-found'],
    );
    const strict = run(['check', '.', '--config', 'ci/lenient.yaml', '--max-warnings', '0'], root);
    assert.equal(strict.code, 1);
  });

  it('auto-discovers .istio-canary.yaml in the working folder, with excludes', () => {
    const root = workspace({
      '.istio-canary.yaml': 'defaultNamespace: shop\nexclude:\n  - "drafts/**"\n',
      'vs.yaml': VIRTUAL_SERVICE,
      'dr.yaml': DESTINATION_RULE,
      'drafts/broken.yaml': VIRTUAL_SERVICE.replace('subset: v1', 'subset: v9'),
    });
    const result = findings(['check'], root);
    assert.deepEqual(
      result.findings.map((f) => `${f.file}:${f.line} ${f.code}`),
      ['vs.yaml:16 subset-not-found'],
    );
  });

  it('auto-discovers .istio-canary.json and refuses invalid settings', () => {
    const root = workspace({
      '.istio-canary.json': JSON.stringify({ rules: { 'subset-not-found': 'loud' } }),
      'vs.yaml': VIRTUAL_SERVICE,
    });
    const result = run(['check'], root);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /rules\.subset-not-found/);
  });

  it('split works over the same index', () => {
    const root = workspace({ 'vs.yaml': VIRTUAL_SERVICE, 'dr.yaml': DESTINATION_RULE });
    const result = run(['split', '.'], root);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /v1/);
    assert.match(result.stdout, /90/);
  });

  it('the reference scenarios have no errors and no warnings, separately and together', () => {
    // gateway-api is its own workspace: its Service `reviews` in namespace shop is not the short
    // host `reviews` (namespace default) of the Istio scenarios, so it is not checked with them;
    // the controller scenarios (kept in test/fixtures/controller-scenarios) are each their own too.
    for (const target of [
      ['canary-90-10'],
      ['weather-forecast'],
      ['gateway-api'],
      ['canary-90-10', 'weather-forecast'],
      ['../controller-scenarios/argo-rollouts'],
      ['../controller-scenarios/flagger'],
      ['../controller-scenarios/kustomize-overlays'],
    ]) {
      const result = findings(['check', ...target, '--max-warnings', '0'], SCENARIOS);
      assert.equal(result.code, 0, target.join(' '));
      const loud = result.findings.filter((f) => f.severity !== 'info');
      assert.deepEqual(loud, [], target.join(' '));
      // Allowed (README): info on the hosts that have no Service in the scenarios (kustomize's
      // `checkout` has none either).
      for (const f of result.findings)
        assert.ok(
          /^(host-not-found|destination-rule-host-not-found)$/.test(f.code) &&
            /`(reviews|ratings|frontend|advertisement|forecast|checkout)`/.test(f.message),
          `unexpected: ${f.file} ${f.code} ${f.message}`,
        );
    }
  });

  it('--report-unused-disables warns about disable comments that silence nothing', () => {
    const root = workspace({
      'vs.yaml': VIRTUAL_SERVICE.replace(
        '    - destination:\n        host: reviews\n        subset: v1',
        '    # istio-canary-disable-next-line subset-not-found, weight-sum\n    - destination:\n        host: reviews\n        subset: v1',
      ).replace(
        '        subset: v3',
        '        # istio-canary-disable-next-line subset-not-found\n        subset: v3',
      ),
      'dr.yaml': DESTINATION_RULE + '# istio-canary-disable no-such-rule\n',
    });
    assert.deepEqual(findings(['check', '.', '--namespace', 'shop'], root), { code: 0, findings: [] });
    const result = findings(['check', '.', '--namespace', 'shop', '--report-unused-disables'], root);
    assert.deepEqual(
      result.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.code}: ${f.message}`),
      [
        'dr.yaml:14 warning unused-disable: Unused disable comment: `no-such-rule` is not a rule code (see `istio-canary` rules in the README).',
        'vs.yaml:10 warning unused-disable: Unused disable comment: nothing reports `subset-not-found`, `weight-sum` here.',
      ],
    );
    assert.equal(run(['split', '.', '--report-unused-disables'], root).code, 2);
  });

  it("a chart's templates are not checked as YAML: one note per file, even when `{{ }}` is only quoted", () => {
    const root = workspace({
      'chart/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
      'chart/templates/vs.yaml': VIRTUAL_SERVICE.replace('name: reviews', 'name: "{{ .Release.Name }}"'),
      'chart/templates/broken.yaml': '{{- range .Values.routes }}\n- {{ . }}: [\n{{- end }}\n',
    });
    const result = findings(['check', '.'], root);
    assert.equal(result.code, 0);
    assert.deepEqual(
      result.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.code}`),
      ['chart/templates/broken.yaml:1 info go-template', 'chart/templates/vs.yaml:4 info go-template'],
    );
  });

  it('renders a Kustomize overlay with kubectl kustomize and maps findings back to the sources', () => {
    const root = workspace({
      'base/kustomization.yaml': 'resources:\n- virtual-service.yaml\n',
      'base/virtual-service.yaml': VIRTUAL_SERVICE,
      'overlays/canary/kustomization.yaml':
        'resources:\n- ../../base\nnamespace: shop\npatches:\n- path: timeout.yaml\n- target:\n    kind: VirtualService\n    name: reviews\n  patch: |-\n    - op: replace\n      path: /spec/http/0/route/0/weight\n      value: 80\n',
      'overlays/canary/timeout.yaml':
        'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: reviews\nspec:\n  http:\n  - timeout: 5\n',
    });
    const calls: string[][] = [];
    const rendered = VIRTUAL_SERVICE.replace('name: reviews', 'name: reviews\n  namespace: shop')
      .replace('weight: 90', 'weight: 80')
      .replace('  - route:', '  - timeout: 5\n    route:');
    let stdout = '';
    const code = runCli(['check', 'overlays/canary', '--format', 'json'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => assert.fail(t),
      isTTY: false,
      cwd: root,
      runTool: (command, args) => {
        calls.push([command, ...args]);
        return { ok: true, stdout: rendered };
      },
    });
    assert.deepEqual(calls, [['kubectl', 'kustomize', path.join(root, 'overlays/canary')]]);
    assert.equal(code, 1);
    const found = (JSON.parse(stdout) as Finding[]).map((f) => `${f.file}:${f.line} ${f.code}`);
    // `timeout: 5` is the patch file's line; the 80/10 split comes from the inline JSON patch
    // (no file has that text), so it lands on the kustomization line listing the patch.
    assert.deepEqual(found, [
      'overlays/canary/kustomization.yaml:6 weight-sum',
      'overlays/canary/timeout.yaml:7 invalid-duration',
    ]);
  });

  it('refuses remote kustomize bases, and says when kubectl or helm cannot render', () => {
    const root = workspace({
      'remote/kustomization.yaml': 'resources:\n- https://github.com/example/deploy//base?ref=v1\n',
      'local/kustomization.yaml': 'resources: []\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
    });
    const runWith = (args: string[], result: ToolResult) => {
      let stderr = '';
      const code = runCli(args, {
        stdout: () => undefined,
        stderr: (t) => (stderr += t),
        isTTY: false,
        cwd: root,
        runTool: () => result,
      });
      return { code, stderr };
    };
    const remote = runWith(['check', 'remote'], { ok: true, stdout: '' });
    assert.equal(remote.code, 2);
    assert.match(remote.stderr, /remote bases are not rendered \(only local ones\): https:\/\/github\.com/);
    const failed = runWith(['check', 'local'], {
      ok: false,
      missing: false,
      message: 'kubectl kustomize failed: boom',
    });
    assert.equal(failed.code, 2);
    assert.match(failed.stderr, /local was not rendered: kubectl kustomize failed: boom/);
    const noHelm = runWith(['check', '--helm', 'chart'], {
      ok: false,
      missing: true,
      message: 'helm was not found',
    });
    assert.equal(noHelm.code, 2);
    assert.match(noHelm.stderr, /--helm needs helm on the PATH, and it is not there: chart was not rendered/);
  });

  it('--helm checks what the chart renders, file by file of its templates', () => {
    const root = workspace({ 'chart/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n' });
    const rendered = `---\n# Source: shop/templates/dr.yaml\n${DESTINATION_RULE}---\n# Source: shop/templates/vs.yaml\n${VIRTUAL_SERVICE}`;
    let stdout = '';
    const code = runCli(['check', '--helm', 'chart', '--namespace', 'shop', '--format', 'json'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => assert.fail(t),
      isTTY: false,
      cwd: root,
      runTool: (command, args) => {
        assert.deepEqual([command, ...args], ['helm', 'template', path.join(root, 'chart')]);
        return { ok: true, stdout: rendered };
      },
    });
    assert.equal(code, 1);
    assert.deepEqual(
      (JSON.parse(stdout) as Finding[]).map((f) => `${f.file}:${f.line} ${f.code}`),
      ['shop/templates/vs.yaml (helm template chart):17 subset-not-found'],
    );
  });
});
