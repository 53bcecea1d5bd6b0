// diagnose.ts converts finding offsets to positions with its own line starts (found with the
// native indexOf) instead of TextDocument.positionAt: the answer must be TextDocument's for every
// offset, including offsets past either end, line ends, CR and CRLF texts, and a document
// updated in place after its line starts were taken.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../../../server/src/features/diagnostics/diagnose';
import type { SourceFile } from '../../../server/src/languageService';

function fileOf(document: TextDocument): SourceFile {
  return { document } as SourceFile;
}

function assertSameAsTextDocument(document: TextDocument): void {
  const length = document.getText().length;
  for (let offset = -2; offset <= length + 2; offset++) {
    const end = Math.min(offset + 3, length + 5);
    assert.deepEqual(
      toRange(fileOf(document), { start: offset, end }),
      { start: document.positionAt(offset), end: document.positionAt(end) },
      `offset ${offset} of ${JSON.stringify(document.getText())}`,
    );
  }
}

describe('toRange', () => {
  for (const text of [
    '',
    'a',
    '\n',
    'kind: Gateway\nmetadata:\n  name: gw\n\n---\nkind: Service\n',
    'no final newline\nx',
    'crlf: 1\r\nnext: 2\r\n\r\n',
    'cr only\rsecond\rthird',
    'mixed\r\nlf\nend',
  ]) {
    it(`is TextDocument.positionAt for ${JSON.stringify(text)}`, () => {
      assertSameAsTextDocument(TextDocument.create('file:///t.yaml', 'yaml', 1, text));
    });
  }

  it('follows a document updated in place after its line starts were taken', () => {
    const document = TextDocument.create('file:///t.yaml', 'yaml', 1, 'a: 1\nb: 2\n');
    assertSameAsTextDocument(document);
    TextDocument.update(
      document,
      [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x: 0\n\n' }],
      2,
    );
    assertSameAsTextDocument(document);
    TextDocument.update(document, [{ text: 'crlf: 1\r\nnow: 2\r\n' }], 3);
    assertSameAsTextDocument(document);
  });
});
