// Re-reading after an edit reuses the resource views of unchanged documents (moved and
// re-indexed as needed). Whatever the edit, the result must equal reading the new text afresh.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/languageService';
import { shiftSpansInPlace } from '../../../server/src/model/resourceCache';
import type { SourceFile } from '../../../server/src/languageService';
import { collectCorpus } from '../../robustness/fuzzEngine';
import { stripExpectations } from '../../support/fixture';

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
      // The views of documents that only moved are the very same objects, moved in place, and
      // so are those of a document whose only change is a comment; a changed weight is a new view.
      const kept = next.resources.filter((r) => previous.resources.includes(r));
      if (i === 2 || i === 7) assert.equal(kept.length, next.resources.length, `after edit ${i + 1}`);
      if (i === 0) assert.equal(kept.length, next.resources.length - 1, `after edit ${i + 1}`);
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
    shiftSpansInPlace(resource, 5);
    assert.deepEqual(resource, {
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

  it('are trees: no object is reachable twice, so moving in place moves each span once', () => {
    let views = 0;
    for (const { name, text } of collectCorpus()) {
      const file: SourceFile = createLanguageService().parse(
        TextDocument.create(`file:///${name}`, 'yaml', 1, stripExpectations(text)),
      );
      for (const resource of file.resources) {
        const seen = new Set<object>();
        const walk = (value: unknown, path: string): void => {
          if (value === null || typeof value !== 'object') return;
          assert.ok(!seen.has(value), `${name}: ${resource.kind} reaches ${path} twice`);
          seen.add(value);
          for (const [key, v] of Object.entries(value))
            if (key !== 'match' && key !== 'value' && key !== 'kustomized') walk(v, `${path}.${key}`);
        };
        walk(resource, resource.kind);
        views++;
      }
    }
    assert.ok(views > 300, `${views} views walked`);
  });
});
