// The files laid over a cluster snapshot, through the language service (no kubectl: snapshots
// are plain data): a file resource replaces the live one, live-only resources resolve, live
// pods count for subsets, drift is reported at the first differing field with a Diff action,
// and a snapshot of some namespaces leaves the others open.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClusterSnapshot, LiveObject } from '../../protocol/src/cluster';
import { createLanguageService } from '../../server/src/languageService';

const vs = (weights: [number, number], subsets: [string, string] = ['v1', 'v2']): LiveObject => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: { name: 'reviews', namespace: 'default', resourceVersion: '7', managedFields: [] },
  spec: {
    hosts: ['reviews'],
    http: [
      {
        route: [
          { destination: { host: 'reviews', subset: subsets[0] }, weight: weights[0] },
          { destination: { host: 'reviews', subset: subsets[1] }, weight: weights[1] },
        ],
        // A default the file does not write.
        timeout: '15s',
      },
    ],
  },
  status: {},
});
const service: LiveObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'reviews', namespace: 'default' },
  spec: { selector: { app: 'reviews' }, ports: [{ name: 'http', port: 9080 }], clusterIP: '10.0.0.7' },
};
const dr = (subsets: string[]): LiveObject => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'DestinationRule',
  metadata: { name: 'reviews', namespace: 'default' },
  spec: { host: 'reviews', subsets: subsets.map((name) => ({ name, labels: { version: name } })) },
});
const pod = (name: string, version: string, ready: boolean): LiveObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels: { app: 'reviews', version } },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});
const snapshot = (objects: LiveObject[], extra: Partial<ClusterSnapshot> = {}): ClusterSnapshot => ({
  context: 'dev',
  readAt: 0,
  objects,
  unread: [],
  ...extra,
});

const vsText = (w1: number, w2: number, subset2 = 'v2') => `apiVersion: networking.istio.io/v1
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
      weight: ${w1}
    - destination:
        host: reviews
        subset: ${subset2}
      weight: ${w2}
`;
const drText = (subsets: string[]) => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  subsets:
${subsets.map((s) => `  - name: ${s}\n    labels:\n      version: ${s}\n`).join('')}`;

function check(
  files: Record<string, string>,
  snap: ClusterSnapshot | undefined,
  uri = Object.keys(files)[0]!,
) {
  const ls = createLanguageService();
  ls.setClusterSnapshot(snap);
  const parsed = Object.entries(files).map(([u, text]) => ls.parse(TextDocument.create(u, 'yaml', 1, text)));
  for (const f of parsed) ls.setWorkspaceFile(f);
  const file = parsed.find((f) => f.uri === uri)!;
  const diagnostics = ls.diagnose(file);
  return {
    ls,
    file,
    diagnostics,
    lines: diagnostics.map(
      (d) =>
        `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${(d.data as { source?: string } | undefined)?.source ?? 'file'}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
    ),
  };
}

void describe('files over a cluster snapshot', () => {
  test('drift: the first differing field, with both splits, and an action that opens the diff', () => {
    const { ls, file, diagnostics, lines } = check(
      { 'file:///ws/vs.yaml': vsText(90, 10) },
      snapshot([vs([100, 0]), service, dr(['v1', 'v2']), pod('r1', 'v1', true), pod('r2', 'v2', true)]),
    );
    assert.deepEqual(lines, [
      '12:14 differs-from-cluster cluster:dev: Differs from context dev at `spec.http[0].route[0].weight`: live 100/0, file 90/10. Diff Against Cluster shows everything that would change.',
    ]);
    const actions = ls.codeActions(file, diagnostics[0]!.range, diagnostics);
    assert.deepEqual(
      actions.map((a) => [a.title, a.command?.command, a.command?.arguments]),
      [
        ['Diff against the cluster', 'istioCanary.diffAgainstCluster', ['file:///ws/vs.yaml']],
        // main's suppression comments: the fallback, listed after every fix.
        ['Ignore differs-from-cluster on this line', undefined, undefined],
      ],
    );
  });

  test('no drift when the live object only adds defaults, status and metadata', () => {
    const { lines } = check(
      { 'file:///ws/vs.yaml': vsText(90, 10) },
      snapshot([vs([90, 10]), service, dr(['v1', 'v2'])]),
    );
    assert.deepEqual(lines, []);
  });

  test("a file's resource replaces the live one: its subsets count, the live ones do not", () => {
    // Live has v3, the file's DestinationRule (same name) only v1 and v2.
    const files = { 'file:///ws/vs.yaml': vsText(90, 10, 'v3'), 'file:///ws/dr.yaml': drText(['v1', 'v2']) };
    const { lines } = check(files, snapshot([vs([90, 10], ['v1', 'v3']), service, dr(['v1', 'v3'])]));
    assert.deepEqual(lines, [
      '15:16 subset-not-found file: Subset `v3` is not defined for host `reviews`: DestinationRule reviews defines `v1` and `v2`. Add subset `v3` there or route to an existing one.',
    ]);
    // A live-only DestinationRule resolves the same subset.
    const liveOnly = check(
      { 'file:///ws/vs.yaml': vsText(90, 10, 'v3') },
      snapshot([vs([90, 10], ['v1', 'v3']), service, dr(['v1', 'v3'])]),
    );
    assert.deepEqual(liveOnly.lines, []);
  });

  test('subset-selects-no-workload counts ready pods in the cluster', () => {
    const files = { 'file:///ws/dr.yaml': drText(['v1', 'v2']) };
    const { lines } = check(files, snapshot([service, pod('r1', 'v1', true), pod('r2', 'v2', false)]));
    assert.deepEqual(lines, [
      '10:10 subset-selects-no-workload cluster:dev: Subset `v2` selects no pods: no workload behind Service reviews has version=v2 (their pods have version=v1). Requests routed to it fail with 503; fix the labels or deploy the version.',
    ]);
    const ready = check(files, snapshot([service, pod('r1', 'v1', true), pod('r2', 'v2', true)]));
    assert.deepEqual(ready.lines, []);
  });

  test('a snapshot of some namespaces leaves references into the others open', () => {
    const text = vsText(90, 10).replace('spec:\n', 'spec:\n  gateways:\n  - edge/public\n');
    const some = check(
      { 'file:///ws/vs.yaml': text },
      snapshot([service, dr(['v1', 'v2'])], { namespaces: ['default'] }),
    );
    assert.deepEqual(some.lines, []);
    const all = check({ 'file:///ws/vs.yaml': text }, snapshot([service, dr(['v1', 'v2'])]));
    assert.deepEqual(all.lines, [
      '6:4 gateway-not-found cluster:dev: No Gateway `public` in namespace edge of context dev; there are no Gateways there. Fix the name or add the Gateway.',
    ]);
  });

  test('without a snapshot nothing changes', () => {
    const { lines } = check({ 'file:///ws/vs.yaml': vsText(90, 10, 'v3') }, undefined);
    assert.deepEqual(lines, []);
  });
});
