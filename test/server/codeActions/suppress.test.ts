// "Ignore <code> on this line": the inserted comment silences exactly that finding, keeps the
// other lines byte-identical, and a second ignore on the same line extends the comment.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyWorkspaceEdit, cursorOf, workspace } from '../navigation/workspaceFixture';

const VS = `apiVersion: networking.istio.io/v1
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
      weight: 90
    - destination:
        host: ratings
      weight: 20
  - rou$0te:
    - destination:
        host: reviews
`;

function ignoreActions(text: string) {
  const ws = workspace(text);
  const cursor = cursorOf(ws);
  const diagnostics = ws.service.diagnose(cursor.file);
  const actions = ws.service
    .codeActions(cursor.file, { start: cursor.position, end: cursor.position }, diagnostics)
    .filter((a) => a.title.startsWith('Ignore '));
  return { ws, actions, diagnostics };
}

void describe('ignore quick fix', () => {
  void it('inserts a disable-next-line comment above the finding, indented like it', () => {
    const { ws, actions } = ignoreActions(VS);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Ignore unreachable-route on this line'],
    );
    const after = applyWorkspaceEdit(ws, actions[0]!.edit!).get('/test.yaml')!;
    const before = ws.texts.get('/test.yaml')!;
    assert.equal(
      after,
      before.replace(
        / {2}- route:\n( {4}- destination:\n {8}host: reviews\n)$/,
        '  # istio-canary-disable-next-line unreachable-route\n  - route:\n$1',
      ),
    );
    const again = workspace(after);
    assert.deepEqual(
      again.service.diagnose(again.files.get('/test.yaml')!).map((d) => d.code),
      ['weight-sum'],
    );
  });

  void it('adds the code to an existing comment instead of stacking another', () => {
    const source = VS.replace('rou$0te', 'route').replace(
      '    - destination:\n        host: reviews\n      weight: 90',
      '    # istio-canary-disable-next-line unknown-field\n    - desti$0nation:\n        host: reviews\n      weight: 90',
    );
    const { ws, actions } = ignoreActions(source);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Ignore weight-sum on this line'],
    );
    const after = applyWorkspaceEdit(ws, actions[0]!.edit!).get('/test.yaml')!;
    assert.match(
      after,
      /\n {4}# istio-canary-disable-next-line unknown-field, weight-sum\n {4}- destination:\n/,
    );
    const again = workspace(after);
    assert.deepEqual(
      again.service.diagnose(again.files.get('/test.yaml')!).map((d) => d.code),
      ['unreachable-route'],
    );
  });
});
