import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceIndex, computeLineStarts } from '../../../server/src/workspace/workspaceIndex';

describe('line starts', () => {
  it('finds every line start for LF, CRLF, lone CR and mixed endings', () => {
    assert.deepEqual(computeLineStarts(''), [0]);
    assert.deepEqual(computeLineStarts('a\nbc\n\nd'), [0, 2, 5, 6]);
    assert.deepEqual(computeLineStarts('a\r\nbc\r\n'), [0, 3, 7]);
    assert.deepEqual(computeLineStarts('a\rb\r\nc\nd'), [0, 2, 5, 7]);
  });

  it('turns offsets of an indexed file into positions', () => {
    const index = new WorkspaceIndex();
    const text = 'kind: A\n  name: b\r\nspec: {}\n';
    index.set({ uri: 'file:///a.yaml', resources: [], lineStarts: computeLineStarts(text) });
    assert.deepEqual(index.positionAt('file:///a.yaml', text.indexOf('name')), { line: 1, character: 2 });
    assert.deepEqual(index.positionAt('file:///a.yaml', text.indexOf('spec')), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt('file:///unknown.yaml', 5), { line: 0, character: 0 });
  });
});
