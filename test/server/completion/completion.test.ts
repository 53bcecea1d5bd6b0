// Completion as data: a fixture with `$0`, and the labels expected (and not expected) there.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeAt, completionLabels } from '../../support/service';

const VS = (body: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
${body}`;

const cases: { name: string; fixture: string; includes: string[]; excludes?: string[] }[] = [
  {
    name: 'keys of a route destination entry, without those already present',
    fixture: VS(`  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      $0
`),
    includes: ['weight', 'headers'],
    excludes: ['destination', 'host', 'match'],
  },
  {
    name: 'keys inside destination',
    fixture: VS(`  http:
  - route:
    - destination:
        host: reviews
        $0
`),
    includes: ['subset', 'port'],
    excludes: ['host', 'weight'],
  },
  {
    name: 'keys of an http route, typed after a dash with a prefix',
    fixture: VS(`  http:
  - mat$0
`),
    includes: ['match', 'route', 'retries', 'timeout'],
  },
  {
    name: 'keys of spec, with keys below the cursor counted as present',
    fixture: VS(`  $0
  hosts:
  - reviews
`),
    includes: ['http', 'gateways', 'tcp', 'exportTo'],
    excludes: ['hosts'],
  },
  {
    name: 'enum values of a load-balancer policy',
    fixture: `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  trafficPolicy:
    loadBalancer:
      simple: $0
`,
    includes: ['ROUND_ROBIN', 'LEAST_REQUEST', 'RANDOM'],
  },
  {
    name: 'apiVersion values for the kind of the document',
    fixture: `apiVersion: $0
kind: DestinationRule
`,
    includes: ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3'],
  },
  {
    name: 'kind values',
    fixture: `apiVersion: networking.istio.io/v1
kind: $0
`,
    includes: ['Gateway', 'VirtualService', 'DestinationRule', 'ServiceEntry'],
  },
  {
    name: 'root keys of an empty document',
    fixture: `$0
`,
    includes: ['apiVersion', 'kind', 'metadata', 'spec'],
  },
  {
    name: 'nothing inside free-form labels',
    fixture: `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  subsets:
  - name: v1
    labels:
      $0
`,
    includes: [],
    excludes: ['name', 'labels', 'trafficPolicy'],
  },
  {
    name: 'no Istio keys in other YAML',
    fixture: `name: ci
on:
  push:
    $0
`,
    includes: [],
    excludes: ['apiVersion', 'hosts', 'http'],
  },
];

describe('completion', () => {
  for (const c of cases) {
    it(c.name, () => {
      const labels = completionLabels(c.fixture);
      for (const label of c.includes)
        assert.ok(labels.includes(label), `expected ${label} in ${labels.join(', ')}`);
      for (const label of c.excludes ?? [])
        assert.ok(!labels.includes(label), `did not expect ${label} in ${labels.join(', ')}`);
      if (c.includes.length === 0) assert.deepEqual(labels, []);
    });
  }

  it('suggests the weight that makes the route total 100', () => {
    const items = completeAt(
      VS(`  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 70
    - destination:
        host: reviews
        subset: v2
      weight: 10
    - destination:
        host: reviews
        subset: v3
      weight: $0
`),
    );
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [['20', 'makes this route total 100']],
    );
  });

  it('fills the required children of a key with snippet tab stops', () => {
    const items = completeAt(
      VS(`  http:
  - route:
    - weight: 100
      $0
`),
    );
    const destination = items.find((i) => i.label === 'destination');
    assert.ok(destination?.textEdit && 'newText' in destination.textEdit);
    assert.equal(destination.textEdit.newText, 'destination:\n  host: ${1}');
    const documented = items.filter((i) => i.documentation);
    assert.equal(documented.length, items.length, 'every key completion carries documentation');
  });

  it('offers enum choices in a key snippet', () => {
    const items = completeAt(`apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  trafficPolicy:
    loadBalancer:
      $0
`);
    const simple = items.find((i) => i.label === 'simple');
    assert.ok(simple?.textEdit && 'newText' in simple.textEdit);
    assert.match(
      simple.textEdit.newText,
      /^simple: \$\{1\|UNSPECIFIED,LEAST_CONN,RANDOM,PASSTHROUGH,ROUND_ROBIN,LEAST_REQUEST\|\}$/,
    );
  });
});
