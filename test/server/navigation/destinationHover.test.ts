// Hover on a destination: the subset's labels, the workloads they select and the route's split.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cursorOf, workspace } from './workspaceFixture';

const FILES = `#- /reviews/workloads.yaml
apiVersion: v1
kind: Service
metadata: {name: reviews}
spec:
  selector: {app: reviews}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: reviews-v2}
spec:
  selector: {matchLabels: {app: reviews, version: v2}}
  template:
    metadata: {labels: {app: reviews, version: v2}}
    spec: {containers: [{name: r, image: r}]}
#- /reviews/dr.yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: reviews}
spec:
  host: reviews
  subsets:
  - name: v1
    labels: {version: v1}
  - name: v2
    labels: {version: v2}
#- /reviews/vs.yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews}
spec:
  hosts: [reviews]
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 75
    - destination:
        host: reviews
        subset: v2
      weight: 25
`;

function hoverAt(fixture: string): string | null {
  const ws = workspace(fixture);
  const cursor = cursorOf(ws);
  const hover = ws.service.hover(cursor.file, cursor.position);
  if (!hover) return null;
  const contents = hover.contents;
  return typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
}

void describe('destination hover', () => {
  void it('shows the subset labels, the selected workloads and the split with this destination marked', () => {
    assert.equal(
      hoverAt(FILES.replace('        subset: v2', '        subset: v$02')),
      [
        '**reviews › v2**',
        '',
        'Subset of DestinationRule `reviews` (dr.yaml), labels `version=v2`.',
        '',
        'Selects Deployment `reviews-v2` (default).',
        '',
        '**Traffic split** of http route 1',
        '',
        '| destination | weight | share |',
        '|---|---|---|',
        '| reviews › v1 | 75 | 75% |',
        '| reviews › v2 | 25 | 25% ◀ |',
      ].join('\n'),
    );
  });

  void it('says when a subset selects no workload, and when a subset is not defined', () => {
    const v1 = hoverAt(FILES.replace('        subset: v1', '        subset: v$01'))!;
    assert.match(v1, /Selects no workload of the workspace/);
    const v3 = hoverAt(FILES.replace('        subset: v2', '        subset: v$03'))!;
    assert.match(v3, /No DestinationRule in the workspace defines subset `v3` for this host\./);
  });

  void it('on the host value as well', () => {
    const text = hoverAt(
      FILES.replace(
        '        host: reviews\n        subset: v2',
        '        host: rev$0iews\n        subset: v2',
      ),
    )!;
    assert.match(text, /^\*\*reviews › v2\*\*/);
  });
});
