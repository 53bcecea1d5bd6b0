// Code actions as data: a workspace fixture with `$0`, the action chosen by title, and the files
// after applying its edit. Every case also checks that the lines the action has no business with
// are byte-identical.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import {
  applyWorkspaceEdit,
  changedLines,
  cursorOf,
  workspace,
  type Workspace,
} from '../navigation/workspaceFixture';

function actionsAt(
  ws: Workspace,
  options: { diagnostics?: Diagnostic[]; only?: string[]; openTexts?: boolean } = {},
): CodeAction[] {
  const cursor = cursorOf(ws);
  const textOf =
    options.openTexts === false ? undefined : (uri: string) => ws.texts.get(uri.replace('file://', ''));
  return ws.service.codeActions(
    cursor.file,
    { start: cursor.position, end: cursor.position },
    options.diagnostics ?? [],
    options.only,
    textOf,
  );
}

function pick(actions: CodeAction[], title: RegExp): CodeAction {
  const found = actions.filter((a) => title.test(a.title));
  assert.equal(
    found.length,
    1,
    `one action matching ${title}; got ${JSON.stringify(actions.map((a) => a.title))}`,
  );
  return found[0]!;
}

function applied(ws: Workspace, action: CodeAction): Map<string, string> {
  assert.ok(action.edit, `${action.title} has an edit`);
  return applyWorkspaceEdit(ws, action.edit);
}

/** Lines that differ, as `old => new` pairs, for edits that keep the line count. */
function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(b.length, a.length, 'line count unchanged');
  return a.flatMap((line, i) => (line === b[i] ? [] : [`${line} => ${b[i]}`]));
}

const VS_90_20 = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews   # the bookinfo reviews service
spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 90    # stable
    - destination:
        host: reviews
        subset: v2
      weight: 2$00
`;

void describe('weight quick fixes', () => {
  void it('rescales 90/20 to 82/18 (largest remainder), touching only the weight values', () => {
    const ws = workspace(VS_90_20);
    const diagnostics = ws.service.diagnose(cursorOf(ws).file).filter((d) => d.code === 'weight-sum');
    assert.equal(diagnostics.length, 1);
    const action = pick(actionsAt(ws, { diagnostics }), /^Rescale weights/);
    assert.equal(action.title, 'Rescale weights to total 100 (v1 82, v2 18)');
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, true);
    assert.deepEqual(action.diagnostics, diagnostics);
    const after = applied(ws, action).get('/test.yaml')!;
    assert.deepEqual(lineDiff(ws.texts.get('/test.yaml')!, after), [
      '      weight: 90    # stable =>       weight: 82    # stable',
      '      weight: 20 =>       weight: 18',
    ]);
    // The result passes the weight rules.
    const again = workspace(after.replace('weight: 18', 'weight: 1$08'));
    assert.deepEqual(
      again.service.diagnose(cursorOf(again).file).filter((d) => String(d.code).startsWith('weight')),
      [],
    );
  });

  void it('rescales a three-way split and keeps CRLF line endings', () => {
    const text = VS_90_20.replace(
      '      weight: 2$00\n',
      '      weight: 30\n    - destination:\n        host: reviews\n        subset: v3\n      weight: 3$00\n',
    )
      .replace('weight: 90    # stable', 'weight: 30    # stable')
      .replace(/\n/g, '\r\n');
    const ws = workspace(text);
    const action = pick(actionsAt(ws), /^Rescale/);
    assert.equal(action.title, 'Rescale weights to total 100 (v1 34, v2 33, v3 33)');
    const after = applied(ws, action).get('/test.yaml')!;
    assert.equal(
      after,
      ws.texts
        .get('/test.yaml')!
        .replace('weight: 30    #', 'weight: 34    #')
        .replace(/weight: 30\r\n/g, 'weight: 33\r\n'),
    );
  });

  void it('offers nothing for weights on a route that already totals 100, or with a weight that is not a number', () => {
    for (const fixture of [
      VS_90_20.replace('weight: 2$00', 'weight: 1$00'),
      VS_90_20.replace('weight: 2$00', 'weight: "2$00%"'),
    ]) {
      const ws = workspace(fixture);
      assert.deepEqual(
        actionsAt(ws, { only: ['quickfix'] }).map((a) => a.title),
        [],
      );
    }
  });

  void it('gives the remaining percentage to the chosen destination', () => {
    const ws = workspace(VS_90_20.replace('weight: 90', 'weight: 70'));
    const actions = actionsAt(ws);
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Give')).map((a) => a.title),
      ['Give the remaining 10% to v1 (weight 70 → 80)', 'Give the remaining 10% to v2 (weight 20 → 30)'],
    );
    const after = applied(ws, pick(actions, /to v2/)).get('/test.yaml')!;
    assert.deepEqual(lineDiff(ws.texts.get('/test.yaml')!, after), ['      weight: 20 =>       weight: 30']);
  });

  void it('gives the remainder to a destination without a weight by adding a weight line under it', () => {
    const ws = workspace(
      VS_90_20.replace('      weight: 2$00\n', '    # canary\n').replace('subset: v2', 'subset: v$02'),
    );
    const action = pick(actionsAt(ws), /to v2/);
    assert.equal(action.title, 'Give the remaining 10% to v2 (weight 0 → 10)');
    const after = applied(ws, action).get('/test.yaml')!;
    assert.deepEqual(changedLines(ws.texts.get('/test.yaml')!, after), {
      removed: [],
      added: ['      weight: 10'],
      at: 17,
    });
  });
});

void describe('unknown field quick fix', () => {
  void it('replaces only the misspelt key with the suggestion', () => {
    const ws = workspace(
      VS_90_20.replace('weight: 2$00', 'weigth: 1$00').replace('weight: 90', 'weight: 100'),
    );
    const diagnostics = ws.service.diagnose(cursorOf(ws).file).filter((d) => d.code === 'unknown-field');
    assert.equal(diagnostics.length, 1);
    const action = pick(actionsAt(ws, { diagnostics }), /^Change/);
    assert.equal(action.title, 'Change `weigth` to `weight`');
    assert.deepEqual(action.diagnostics, diagnostics);
    const after = applied(ws, action).get('/test.yaml')!;
    assert.deepEqual(lineDiff(ws.texts.get('/test.yaml')!, after), ['      weigth: 10 =>       weight: 10']);
  });

  void it('is offered with the cursor on the key even without the diagnostic, and not elsewhere', () => {
    const onKey = workspace(
      VS_90_20.replace('weight: 2$00', 'wei$0gth: 10').replace('weight: 90', 'weight: 100'),
    );
    assert.deepEqual(
      actionsAt(onKey).map((a) => a.title),
      ['Change `weigth` to `weight`'],
    );
    const elsewhere = workspace(
      VS_90_20.replace('weight: 2$00', 'weigth: 10').replace('weight: 90', 'weight: 1$000'),
    );
    assert.deepEqual(
      actionsAt(elsewhere).map((a) => a.title),
      [],
    );
  });
});

const REVIEWS_WORKLOADS = `#- /reviews/workloads.yaml
apiVersion: v1
kind: Service
metadata:
  name: reviews
spec:
  selector:
    app: reviews
  ports:
  - port: 9080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: reviews-v3
spec:
  selector:
    matchLabels: {app: reviews, version: v3}
  template:
    metadata:
      labels: {app: reviews, version: v3}
    spec:
      containers: [{name: reviews, image: reviews:v3}]
`;

const REVIEWS_DR = `#- /reviews/destination-rule.yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  trafficPolicy:
    loadBalancer: {simple: ROUND_ROBIN}
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2   # current canary
    labels:
      version: v2
    trafficPolicy:
      loadBalancer: {simple: LEAST_REQUEST}

# Next: outlier detection.
`;

const REVIEWS_VS = `#- /reviews/virtual-service.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts: [reviews]
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 90
    - destination:
        host: reviews
        subset: v$03
      weight: 10
`;

void describe('missing subset and DestinationRule quick fixes', () => {
  for (const openTexts of [true, false]) {
    void it(`adds the missing subset after the last one, labels from the matching workload (${openTexts ? 'open file text' : 'index only'})`, () => {
      const ws = workspace(REVIEWS_VS + REVIEWS_DR + REVIEWS_WORKLOADS);
      const diagnostics = ws.service.diagnose(cursorOf(ws).file).filter((d) => d.code === 'subset-not-found');
      const action = pick(actionsAt(ws, { diagnostics, openTexts }), /^Add subset/);
      assert.equal(
        action.title,
        'Add subset `v3` (version: v3, from Deployment reviews-v3) to DestinationRule reviews',
      );
      assert.equal(action.isPreferred, true);
      assert.deepEqual(action.diagnostics, diagnostics);
      const after = applied(ws, action);
      assert.deepEqual([...after.keys()], ['/reviews/destination-rule.yaml']);
      assert.deepEqual(
        changedLines(
          ws.texts.get('/reviews/destination-rule.yaml')!,
          after.get('/reviews/destination-rule.yaml')!,
        ),
        {
          removed: [],
          added: ['  - name: v3', '    labels:', '      version: v3'],
          at: 18,
        },
      );
    });
  }

  void it('follows an indented list style and guesses the label the other subsets use when no workload matches', () => {
    const dr = `#- /canary/dr.yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: canary
spec:
  host: canary.default.svc.cluster.local
  subsets:
    - name: v1
      labels:
        app: v1
`;
    const vs = REVIEWS_VS.replace(/host: reviews/g, 'host: canary').replace('subset: v1', 'subset: v1');
    const ws = workspace(vs + dr);
    const action = pick(actionsAt(ws), /^Add subset/);
    assert.equal(action.title, 'Add subset `v3` (app: v3) to DestinationRule canary');
    const after = applied(ws, action).get('/canary/dr.yaml')!;
    assert.equal(
      after,
      ws.texts.get('/canary/dr.yaml')! + '    - name: v3\n      labels:\n        app: v3\n',
    );
  });

  void it('creates a DestinationRule for a host without one, at the end of this file or in a new file', () => {
    const ws = workspace(REVIEWS_VS.replace('subset: v$03', 'subset: v$02') + REVIEWS_WORKLOADS);
    const actions = actionsAt(ws);
    const inFile = pick(actions, /^Create DestinationRule reviews .* end of this file$/);
    assert.equal(
      inFile.title,
      'Create DestinationRule reviews for reviews (subsets v1, v2) at the end of this file',
    );
    const expected = [
      'apiVersion: networking.istio.io/v1',
      'kind: DestinationRule',
      'metadata:',
      '  name: reviews',
      'spec:',
      '  host: reviews',
      '  subsets:',
      '  - name: v1',
      '    labels:',
      '      version: v1',
      '  - name: v2',
      '    labels:',
      '      version: v2',
      '',
    ].join('\n');
    const before = ws.texts.get('/reviews/virtual-service.yaml')!;
    assert.equal(applied(ws, inFile).get('/reviews/virtual-service.yaml'), `${before}---\n${expected}`);
    const newFile = pick(actions, /in a new file/);
    assert.equal(
      newFile.title,
      'Create DestinationRule reviews for reviews (subsets v1, v2) in a new file destination-rule-reviews.yaml',
    );
    const created = applied(ws, newFile);
    assert.deepEqual([...created.keys()], ['/reviews/destination-rule-reviews.yaml']);
    assert.equal(created.get('/reviews/destination-rule-reviews.yaml'), expected);
    // What it writes is clean: the VirtualService's subsets resolve and no rule complains.
    const fixed = workspace(new Map([...ws.texts, ...created]));
    const file = fixed.files.get('/reviews/virtual-service.yaml')!;
    assert.deepEqual(
      fixed.service.diagnose(file).map((d) => d.code),
      [],
    );
  });

  void it('offers no subset fix when the subset exists', () => {
    const ws = workspace(REVIEWS_VS.replace('subset: v$03', 'subset: v$02') + REVIEWS_DR);
    assert.deepEqual(
      actionsAt(ws)
        .map((a) => a.title)
        .filter((t) => /subset|DestinationRule/.test(t)),
      [],
    );
  });
});

void describe('promote and roll back', () => {
  // The client registers these code actions (it knows and names the next promotion step); the
  // server offers them only as CodeLenses, so a lightbulb never lists them twice.
  void it('are not server code actions, on a two-destination weighted route or elsewhere', () => {
    const ws = workspace(VS_90_20.replace('weight: 2$00', 'weight: 1$00'));
    assert.deepEqual(actionsAt(ws, { only: ['refactor'] }), []);
    assert.deepEqual(actionsAt(ws, { only: ['quickfix'] }), []);
  });
});

void describe('code actions on bad input', () => {
  void it('never throw', () => {
    for (const fixture of [
      '$0',
      'kind: VirtualService\nspec:\n  http:\n  - route: [$0',
      '\u0000$0',
      '---\n---\n$0',
    ]) {
      const ws = workspace(fixture);
      assert.doesNotThrow(() => actionsAt(ws));
    }
  });
});

void describe('replacement quick fix (diagnostics with data.replacement)', () => {
  const VS_TIMEOUT = `apiVersion: networking.istio.io/v1
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
    timeout: 1$00
    retries:
      attempts: 3
      perTryTimeout: 2 seconds
`;

  void it('turns a bare-number duration into seconds, touching only the value', () => {
    const ws = workspace(VS_TIMEOUT);
    const diagnostics = ws.service
      .diagnose(cursorOf(ws).file)
      .filter((d) => d.code === 'invalid-duration' && d.range.start.line === 11);
    assert.equal(diagnostics.length, 1);
    const action = pick(actionsAt(ws, { diagnostics }), /^Change/);
    assert.equal(action.title, 'Change `10` to `10s`');
    const after = applied(ws, action).get('/test.yaml')!;
    assert.deepEqual(lineDiff(ws.texts.get('/test.yaml')!, after), ['    timeout: 10 =>     timeout: 10s']);
    const again = workspace(after.replace('timeout: 10s', 'timeout: 10s$0'));
    assert.deepEqual(
      again.service.diagnose(cursorOf(again).file).filter((d) => d.range.start.line === 11),
      [],
    );
  });

  void it('rewrites `2 seconds` as `2s`', () => {
    const ws = workspace(VS_TIMEOUT.replace('1$00', '10').replace('2 seconds', '2 sec$0onds'));
    const diagnostics = ws.service.diagnose(cursorOf(ws).file).filter((d) => d.code === 'invalid-duration');
    const action = pick(actionsAt(ws, { diagnostics }), /2 seconds/);
    const after = applied(ws, action).get('/test.yaml')!;
    assert.ok(after.includes('      perTryTimeout: 2s\n'));
  });
});
