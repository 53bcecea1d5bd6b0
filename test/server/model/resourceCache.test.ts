// Re-reading after an edit reuses the resource views of unchanged documents (moved and
// re-indexed as needed). Whatever the edit, the result must equal reading the new text afresh.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/languageService';
import { shiftSpans } from '../../../server/src/model/resourceCache';

const ROOT = path.join(__dirname, '../../../..');
const SCENARIO = [
  'virtual.yaml',
  'gateway.yaml',
  'reviews-header-match.yaml',
  'deployment.yaml',
  'service.yaml',
]
  .map((f) => fs.readFileSync(path.join(ROOT, 'test/fixtures/scenarios/canary-90-10', f), 'utf8').trimEnd())
  .join('\n---\n');

describe('resource views reused across edits', () => {
  it('equal a fresh read after edits that shift, change, add and remove documents', () => {
    const edits: ((t: string) => string)[] = [
      (t) => t.replace('weight: 10', 'weight: 20'), // same length: nothing moves
      (t) => t.replace('name: canary\n', 'name: canary-renamed\n'), // later documents move
      (t) => `# a comment that moves everything\n${t}`,
      (t) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: first\nspec: {}\n---\n${t}`, // indexes change
      (t) => t.replace(/---\napiVersion: v1\nkind: Service\nmetadata:\n {2}name: canary[\s\S]*$/, ''), // drops the last
      (t) => t.replace('exact: jason', 'exact: "jason"'),
      (t) =>
        `${t}\n---\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: tp\nspec:\n  host: tp\n  trafficPolicy:\n    tls:\n      mode: ISTIO_MUTUAL\n`,
      (t) => `# moves the DestinationRule with its trafficPolicy\n${t}`,
    ];
    const incremental = createLanguageService();
    let text = SCENARIO;
    let previous = incremental.parse(TextDocument.create('file:///s.yaml', 'yaml', 1, text));
    edits.forEach((edit, i) => {
      text = edit(text);
      const next = incremental.parse(TextDocument.create('file:///s.yaml', 'yaml', i + 2, text), previous);
      const fresh = createLanguageService().parse(TextDocument.create('file:///s.yaml', 'yaml', 1, text));
      assert.deepEqual(next.resources, fresh.resources, `after edit ${i + 1}`);
      previous = next;
    });
  });

  it('moves every span, and leaves the user JSON of match conditions alone', () => {
    const resource = {
      span: { start: 10, end: 20 },
      kindSpan: { start: 12, end: 14 },
      name: { value: 'x', span: { start: 15, end: 16 } },
      routes: [
        {
          match: [{ span: { start: 1, end: 2 } }],
          destinationsSpan: { start: 17, end: 19 },
          labels: { span: 'text' },
        },
      ],
      // A span under another name (a DestinationRule's trafficPolicy).
      trafficPolicy: { start: 18, end: 19 },
    };
    assert.deepEqual(shiftSpans(resource, 5), {
      span: { start: 15, end: 25 },
      kindSpan: { start: 17, end: 19 },
      name: { value: 'x', span: { start: 20, end: 21 } },
      routes: [
        {
          match: [{ span: { start: 1, end: 2 } }],
          destinationsSpan: { start: 22, end: 24 },
          labels: { span: 'text' },
        },
      ],
      trafficPolicy: { start: 23, end: 24 },
    });
  });
});
