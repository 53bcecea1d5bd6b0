// The workspace index records how each file's text moved between parses (parseYaml's `moves`),
// so that spans kept from before (findings kept per document, and what they relate to) are moved
// along; a span kept from further back than the moves it remembers is not placed at all, and the
// finding holding it is computed again.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/languageService';
import { movedOffset } from '../../../server/src/syntax/parseYaml';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';

describe('text moves kept by the workspace index', () => {
  it('moves a span through every move of its file since it was kept, and leaves other files alone', () => {
    const index = new WorkspaceIndex();
    const kept = index.moveStamp;
    index.recordMoves('file:///a.yaml', [{ start: 100, end: 200, delta: 5 }]);
    index.recordMoves('file:///b.yaml', [{ start: 0, end: 50, delta: 1 }]);
    index.recordMoves('file:///a.yaml', [
      { start: 50, end: 90, delta: -2 },
      { start: 105, end: 300, delta: 10 },
    ]);
    assert.deepEqual(index.moveSpan('file:///a.yaml', { start: 120, end: 130 }, kept), {
      start: 135,
      end: 145,
    });
    // Before the first move's stretch: only the second move applies (offset 60 is in [50, 90)).
    assert.deepEqual(index.moveSpan('file:///a.yaml', { start: 60, end: 70 }, kept), { start: 58, end: 68 });
    // An end offset moves with the text before it: 200 ends the first stretch, then 205 is inside.
    assert.deepEqual(index.moveSpan('file:///a.yaml', { start: 150, end: 200 }, kept), {
      start: 165,
      end: 215,
    });
    assert.deepEqual(index.moveSpan('file:///c.yaml', { start: 1, end: 2 }, kept), { start: 1, end: 2 });
    // Kept after the first move of a.yaml: only the later one applies.
    assert.deepEqual(index.moveSpan('file:///a.yaml', { start: 120, end: 130 }, kept + 1), {
      start: 130,
      end: 140,
    });
  });

  it('does not place a span kept before the moves it forgot', () => {
    const index = new WorkspaceIndex();
    const kept = index.moveStamp;
    for (let i = 0; i < 40; i++) index.recordMoves('file:///a.yaml', [{ start: 0, end: 10_000, delta: 1 }]);
    assert.equal(index.moveSpan('file:///a.yaml', { start: 5, end: 6 }, kept), undefined);
    const recent = index.moveStamp - 3;
    assert.deepEqual(index.moveSpan('file:///a.yaml', { start: 5, end: 6 }, recent), { start: 8, end: 9 });
  });

  it('an offset at a stretch boundary moves as the start or the end of a span', () => {
    const moves = [{ start: 10, end: 20, delta: 3 }];
    assert.equal(movedOffset(moves, 10, false), 13);
    assert.equal(movedOffset(moves, 10, true), 10);
    assert.equal(movedOffset(moves, 20, false), 20);
    assert.equal(movedOffset(moves, 20, true), 23);
  });

  it('findings kept over more edits than the index remembers are computed again, and still right', () => {
    // A VirtualService in one file routes to a subset its DestinationRule in the other lacks: the
    // finding relates to the DestinationRule's host, whose file keeps moving.
    const vs = [
      'apiVersion: networking.istio.io/v1',
      'kind: VirtualService',
      'metadata:',
      '  name: reviews',
      'spec:',
      '  hosts: [reviews]',
      '  http:',
      '    - route:',
      '        - destination:',
      '            host: reviews',
      '            subset: v3',
      '',
    ].join('\n');
    const dr = (comments: number) =>
      [
        ...Array.from({ length: comments }, (_, i) => `# note ${i}`),
        'apiVersion: networking.istio.io/v1',
        'kind: DestinationRule',
        'metadata:',
        '  name: reviews',
        'spec:',
        '  host: reviews',
        '  subsets:',
        '    - name: v1',
        '      labels: { version: v1 }',
        '',
      ].join('\n');
    const service = createLanguageService();
    const vsFile = service.parse(TextDocument.create('file:///vs.yaml', 'yaml', 1, vs));
    service.setWorkspaceFile(vsFile);
    let drDocument = TextDocument.create('file:///dr.yaml', 'yaml', 1, `---\n${dr(0)}`);
    let drFile = service.parse(drDocument);
    service.setWorkspaceFile(drFile);
    const relatedLine = () =>
      service
        .diagnose(vsFile)
        .find((d) => d.code === 'subset-not-found')
        ?.relatedInformation?.find((r) => r.location.uri === 'file:///dr.yaml')?.location.range.start.line;
    assert.equal(relatedLine(), 6);
    // Each edit adds a comment line above the DestinationRule's document: it moves, its views
    // are kept, and the VirtualService's finding is kept with its related span moved.
    for (let i = 1; i <= 45; i++) {
      drDocument = TextDocument.update(
        drDocument,
        [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            text: `# top ${i}\n`,
          },
        ],
        i + 1,
      );
      drFile = service.parse(drDocument, drFile);
      service.setWorkspaceFile(drFile);
      // Checked after 5 moves, then after 40 more: more than the index remembers per file.
      if (i === 5 || i === 45) assert.equal(relatedLine(), 6 + i, `after ${i} lines`);
    }
  });
});
