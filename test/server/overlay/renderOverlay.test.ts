// The editor's overlay split below the client: the server's answer to `istioCanary/renderOverlay`
// with a fake kubectl (what it runs, how failures read, that a remote base runs nothing), the
// rendered text analysed as `check overlays/canary` analyses it, and findings and routes mapped
// back to the patch, resource or kustomization line that produced them.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../../server/src/languageService';
import { renderOverlay } from '../../../server/src/lsp/handlers/overlay';
import type { KustomizeRunner } from '../../../server/src/render/kustomize';

const ROOT = path.join(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'test/fixtures/controller-scenarios/kustomize-overlays');

/** What `kubectl kustomize overlays/canary` prints for the scenario (checked against the real one in test/protocol/overlay.test.ts). */
const RENDERED = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: checkout
  namespace: payments
spec:
  host: checkout
  subsets:
  - labels:
      version: v1
    name: v1
  - labels:
      version: v2
    name: v2
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  labels:
    release: canary
  name: checkout
  namespace: payments
spec:
  hosts:
  - checkout
  http:
  - name: default
    route:
    - destination:
        host: checkout
        subset: v1
      weight: WEIGHT_A
    - destination:
        host: checkout
        subset: v2
      weight: WEIGHT_B
    timeout: 5s
`;

/** A fake kubectl that records its arguments and prints `stdout`. */
function fakeKubectl(stdout: string, exitCode = 0, stderr = ''): KustomizeRunner & { calls: string[][] } {
  const calls: string[][] = [];
  const run = (args: readonly string[]) => {
    calls.push([...args]);
    return Promise.resolve({ stdout, stderr, exitCode });
  };
  return Object.assign(run, { calls });
}

const uriOf = (file: string) => pathToFileURL(file).toString();
const kustomization = path.join(SCENARIO, 'overlays/canary/kustomization.yaml');
const params = { uri: uriOf(kustomization), kubectlPath: 'kubectl' };

describe('renderOverlay', () => {
  let temp: string;
  before(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-overlay-'));
  });
  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  test('renders the folder with `kubectl kustomize DIR` and answers the rendered 80/20 split', async () => {
    const kubectl = fakeKubectl(RENDERED.replace('WEIGHT_A', '80').replace('WEIGHT_B', '20'));
    const result = await renderOverlay(params, createLanguageService(), kubectl);
    assert.deepEqual(kubectl.calls, [['kustomize', path.dirname(kustomization)]]);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.command, `kubectl kustomize ${path.dirname(kustomization)}`);
    assert.deepEqual(
      result.resources.map((r) => [
        r.kind,
        r.namespace,
        r.name,
        r.routes.map((route) => route.destinations.map((d) => d.percent)),
      ]),
      [['VirtualService', 'payments', 'checkout', [[80, 20]]]],
    );
    // The JSON patch's timeout is part of what the preview shows for the route.
    assert.deepEqual(result.resources[0]!.routes[0]!.options, ['timeout 5s']);
    assert.deepEqual(result.findings, []);
    // The route `- name: default` is written in the base's VirtualService.
    const source = result.resources[0]!.routes[0]!.source!;
    assert.equal(source.uri, uriOf(path.join(SCENARIO, 'base/virtual-service.yaml')));
    const baseLines = fs.readFileSync(path.join(SCENARIO, 'base/virtual-service.yaml'), 'utf8').split('\n');
    assert.match(baseLines[source.range.start.line]!, /- name: default/);
    assert.deepEqual(result.watch.sort(), [
      uriOf(path.join(SCENARIO, 'base')),
      uriOf(path.join(SCENARIO, 'overlays/canary')),
    ]);
  });

  test('a finding of the rendered overlay lands on the kustomization line of the inline patch that wrote it', async () => {
    const kubectl = fakeKubectl(RENDERED.replace('WEIGHT_A', '80').replace('WEIGHT_B', '30'));
    const result = await renderOverlay(params, createLanguageService(), kubectl);
    assert.ok(result.ok);
    const weightSum = result.findings.filter((f) => f.code === 'weight-sum');
    assert.equal(weightSum.length, 1, JSON.stringify(result.findings));
    assert.equal(weightSum[0]!.severity, 'warning');
    assert.equal(weightSum[0]!.resource, 'VirtualService payments/checkout');
    assert.equal(weightSum[0]!.at.uri, params.uri);
    const lines = fs.readFileSync(kustomization, 'utf8').split('\n');
    // `- target:` of the JSON patch that sets the weights (the patch entry listing it).
    assert.match(lines[weightSum[0]!.at.range.start.line]!, /^- target:/);
    assert.deepEqual(
      result.resources[0]!.routes[0]!.destinations.map((d) => d.weight),
      [80, 30],
    );
  });

  test('analyses with the editor’s settings (a rule turned off stays off)', async () => {
    const kubectl = fakeKubectl(RENDERED.replace('WEIGHT_A', '80').replace('WEIGHT_B', '30'));
    const service = createLanguageService({ settings: { rules: { 'weight-sum': 'off' } } });
    const result = await renderOverlay(params, service, kubectl);
    assert.ok(result.ok);
    assert.deepEqual(
      result.findings.filter((f) => f.code === 'weight-sum'),
      [],
    );
  });

  test('refuses a remote base without running kubectl', async () => {
    const dir = path.join(temp, 'remote');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'kustomization.yaml'),
      'resources:\n- github.com/example/shop//deploy/base?ref=v1.2.0\n',
    );
    const kubectl = fakeKubectl('');
    const result = await renderOverlay(
      { uri: uriOf(path.join(dir, 'kustomization.yaml')), kubectlPath: 'kubectl' },
      createLanguageService(),
      kubectl,
    );
    assert.deepEqual(kubectl.calls, []);
    assert.ok(!result.ok);
    assert.equal(result.reason, 'remote');
    assert.match(
      result.message,
      /remote bases are not rendered \(only local ones\): github\.com\/example\/shop/,
    );
  });

  test('says when kubectl cannot be started, and when kustomize refuses the overlay', async () => {
    const missing: KustomizeRunner = () =>
      Promise.reject(new Error('kubectl was not found ("/nowhere/kubectl")'));
    const notFound = await renderOverlay(params, createLanguageService(), missing);
    assert.ok(!notFound.ok);
    assert.equal(notFound.reason, 'missing');
    assert.match(notFound.message, /kubectl was not found/);
    // The folders are still watched, so fixing the overlay re-renders.
    assert.equal(notFound.watch.length, 2);

    const refused = fakeKubectl('', 1, 'Error: accumulating resources: missing.yaml: no such file\n');
    const failed = await renderOverlay(params, createLanguageService(), refused);
    assert.ok(!failed.ok);
    assert.equal(failed.reason, 'failed');
    assert.match(
      failed.message,
      /^kubectl kustomize .*overlays\/canary failed: Error: accumulating resources/,
    );
  });

  test('a file outside any kustomization folder, or not a file URI, is answered without running kubectl', async () => {
    const kubectl = fakeKubectl('');
    const loose = await renderOverlay(
      { uri: uriOf(path.join(temp, 'kustomization.yaml')), kubectlPath: 'kubectl' },
      createLanguageService(),
      kubectl,
    );
    assert.ok(!loose.ok);
    assert.equal(loose.reason, 'not-kustomization');
    const untitled = await renderOverlay(
      { uri: 'untitled:Untitled-1', kubectlPath: 'kubectl' },
      createLanguageService(),
      kubectl,
    );
    assert.ok(!untitled.ok);
    assert.deepEqual(kubectl.calls, []);
  });

  test('a hostile render (not YAML) is an answer, not a crash', async () => {
    const kubectl = fakeKubectl('\u0000\u0001 {{{ ]]]: : :\n---\n- [');
    const result = await renderOverlay(params, createLanguageService(), kubectl);
    assert.ok(result.ok);
    assert.deepEqual(result.resources, []);
  });
});
