// The schema walk (schemaCheck.ts) spells a node's path (`spec.subsets[].trafficPolicy`) only
// when it reports something, from a stack of segments kept while it walks. The messages below
// were produced by the walk before that change (which built the path string for every node):
// fields in objects, list items (an index stripped from the field name), map values, a key
// indented one level too deep, and values several levels down in lists of maps.
import * as assert from 'node:assert/strict';
import { it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/languageService';

const TEXT = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  subsets:
  - name: v1
    labels:
      version: [1]
  - name: v2
    trafficPolicy:
      loadBalancer:
        simple: ROUND_ROBIN
        bogus: 1
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts:
  - reviews
  - 42
  http:
  - route:
    - destination:
        host: reviews
        weight: 10
    - destination:
        subset: v2
      weight: x
    timeout: {}
    retries:
      attempts: "three"
  tcp:
  - match:
    - port: 80
      sourceLabels: [a]
    route:
    - destination:
        host: reviews
`;

it('names the field of a schema finding as the walk always has, at any depth', () => {
  const service = createLanguageService();
  const file = service.parse(TextDocument.create('file:///paths.yaml', 'yaml', 1, TEXT));
  const schemaCodes = new Set(['unknown-field', 'type-mismatch', 'missing-required', 'invalid-enum']);
  const found = service
    .diagnose(file, undefined, { scope: 'local' })
    .filter((d) => schemaCodes.has(String(d.code)))
    .map(
      (d) =>
        `${d.range.start.line} ${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`,
    );
  assert.deepEqual(found, [
    '14 unknown-field Unknown field `bogus` in `spec.subsets[].trafficPolicy.loadBalancer`; Istio rejects or ignores it. Remove it or check the spelling.',
    '28 unknown-field `weight` belongs next to `destination`, not inside it: move `weight` left so it lines up with `destination`.',
    '9 type-mismatch `version` must be a string, not a list.',
    '23 type-mismatch `hosts` must be a string; quote the value: "42".',
    '31 type-mismatch `weight` must be a number, not the text "x".',
    '32 type-mismatch `timeout` must be a string, not a mapping.',
    '34 type-mismatch `attempts` must be a number, not the text "three".',
    '38 type-mismatch `sourceLabels` must be a mapping of names to values, not a list.',
  ]);
});
