// Completion and hover for the Gateway API, Argo Rollouts and Flagger kinds, as data: each case
// is a document with a `$0` cursor and what must (and must not) be offered or explained there.
// The two Gateways share a name and must each get their own keys and texts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIELD_DOCS } from '../../../server/src/schema/fieldDocs';
import { completeAt, completionLabels, hoverAt } from '../../support/service';

const KUBE_GATEWAY = (body: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: shop
spec:
${body}`;

const ISTIO_GATEWAY = (body: string) => `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: shop
spec:
${body}`;

const HTTP_ROUTE = (body: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: reviews
spec:
${body}`;

const ROLLOUT = (body: string) => `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: reviews
spec:
${body}`;

const CANARY = (body: string) => `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo
spec:
${body}`;

const completionCases: { name: string; fixture: string; includes: string[]; excludes?: string[] }[] = [
  {
    name: 'Gateway API Gateway spec keys (not Istio servers)',
    fixture: KUBE_GATEWAY('  $0\n'),
    includes: ['gatewayClassName', 'listeners', 'addresses', 'infrastructure'],
    excludes: ['servers', 'selector'],
  },
  {
    name: 'Istio Gateway spec keys (not Gateway API listeners)',
    fixture: ISTIO_GATEWAY('  $0\n'),
    includes: ['servers', 'selector'],
    excludes: ['listeners', 'gatewayClassName'],
  },
  {
    name: 'Gateway API listener keys',
    fixture: KUBE_GATEWAY('  gatewayClassName: istio\n  listeners:\n  - name: http\n    $0\n'),
    includes: ['port', 'protocol', 'hostname', 'allowedRoutes', 'tls'],
    excludes: ['name'],
  },
  {
    name: 'Gateway API listener allowedRoutes namespaces.from values',
    fixture: KUBE_GATEWAY(
      '  listeners:\n  - name: http\n    allowedRoutes:\n      namespaces:\n        from: $0\n',
    ),
    includes: ['All', 'Selector', 'Same'],
  },
  {
    name: 'HTTPRoute backendRef keys',
    fixture: HTTP_ROUTE('  rules:\n  - backendRefs:\n    - name: reviews-v2\n      $0\n'),
    includes: ['port', 'weight', 'namespace', 'filters'],
    excludes: ['name', 'destination'],
  },
  {
    name: 'HTTPRoute path match types',
    fixture: HTTP_ROUTE('  rules:\n  - matches:\n    - path:\n        type: $0\n'),
    includes: ['Exact', 'PathPrefix', 'RegularExpression'],
  },
  {
    name: 'HTTPRoute filter types',
    fixture: HTTP_ROUTE('  rules:\n  - filters:\n    - type: $0\n'),
    includes: ['RequestHeaderModifier', 'RequestMirror', 'URLRewrite', 'CORS'],
  },
  {
    name: 'GRPCRoute method match keys',
    fixture: `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: ratings
spec:
  rules:
  - matches:
    - method:
        $0
`,
    includes: ['service', 'method', 'type'],
  },
  {
    name: 'ReferenceGrant spec keys',
    fixture: `apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: allow
spec:
  $0
`,
    includes: ['from', 'to'],
  },
  {
    name: 'GatewayClass spec keys',
    fixture: `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: istio
spec:
  $0
`,
    includes: ['controllerName', 'parametersRef', 'description'],
  },
  {
    name: 'Rollout canary strategy keys',
    fixture: ROLLOUT('  strategy:\n    canary:\n      $0\n'),
    includes: ['steps', 'trafficRouting', 'canaryService', 'stableService', 'analysis', 'maxSurge'],
  },
  {
    name: 'Rollout step keys',
    fixture: ROLLOUT('  strategy:\n    canary:\n      steps:\n      - $0\n'),
    includes: ['setWeight', 'pause', 'analysis', 'experiment', 'setHeaderRoute'],
  },
  {
    name: 'Rollout Istio traffic routing keys',
    fixture: ROLLOUT('  strategy:\n    canary:\n      trafficRouting:\n        istio:\n          $0\n'),
    includes: ['virtualService', 'virtualServices', 'destinationRule'],
  },
  {
    name: 'Rollout destinationRule keys, required first',
    fixture: ROLLOUT(
      '  strategy:\n    canary:\n      trafficRouting:\n        istio:\n          destinationRule:\n            $0\n',
    ),
    includes: ['name', 'canarySubsetName', 'stableSubsetName', 'additionalSubsetNames'],
  },
  {
    name: 'nothing inside the Rollout pod template (ordinary Kubernetes, left open)',
    fixture: ROLLOUT('  template:\n    spec:\n      $0\n'),
    includes: [],
  },
  {
    name: 'Canary analysis keys',
    fixture: CANARY('  analysis:\n    $0\n'),
    includes: ['interval', 'threshold', 'stepWeight', 'maxWeight', 'stepWeights', 'metrics', 'webhooks'],
  },
  {
    name: 'Canary providers',
    fixture: CANARY('  provider: $0\n'),
    includes: ['istio', 'gatewayapi:v1', 'linkerd'],
  },
  {
    name: 'Canary service traffic policy (the Istio DestinationRule shape)',
    fixture: CANARY('  service:\n    trafficPolicy:\n      loadBalancer:\n        simple: $0\n'),
    includes: ['ROUND_ROBIN', 'LEAST_REQUEST'],
  },
  {
    name: 'kind values for the Gateway API group',
    fixture: 'apiVersion: gateway.networking.k8s.io/v1\nkind: $0\n',
    includes: ['Gateway', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant', 'GatewayClass'],
    excludes: ['VirtualService', 'Rollout'],
  },
  {
    name: 'apiVersion values for a Gateway name both groups',
    fixture: 'apiVersion: $0\nkind: Gateway\n',
    includes: [
      'networking.istio.io/v1',
      'gateway.networking.k8s.io/v1',
      'argoproj.io/v1alpha1',
      'flagger.app/v1beta1',
    ],
  },
];

const hoverCases: { name: string; fixture: string; key: string; matches: RegExp }[] = [
  {
    name: 'Gateway API Gateway listeners',
    fixture: KUBE_GATEWAY('  liste$0ners: []\n'),
    key: 'KubeGateway.listeners',
    matches: /^\*\*listeners\*\* · _list of object_\n\n/,
  },
  {
    name: 'Gateway API Gateway kind says it is not Istio’s',
    fixture: 'apiVersion: gateway.networking.k8s.io/v1\nki$0nd: Gateway\nmetadata:\n  name: shop\n',
    key: 'KubeGateway.kind',
    matches: /Gateway API kind/,
  },
  {
    name: 'Istio Gateway kind keeps Istio’s text',
    fixture: 'apiVersion: networking.istio.io/v1\nki$0nd: Gateway\nmetadata:\n  name: shop\n',
    key: 'Gateway.kind',
    matches: /the Istio one/,
  },
  {
    name: 'HTTPRoute backendRef weight key',
    fixture: HTTP_ROUTE(
      '  rules:\n  - backendRefs:\n    - name: reviews-v2\n      port: 9080\n      wei$0ght: 10\n',
    ),
    key: 'HTTPRoute.rules.backendRefs.weight',
    matches: /^\*\*weight\*\* · _integer/,
  },
  {
    name: 'GRPCRoute parentRefs share the HTTPRoute text',
    fixture: `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: ratings
spec:
  parent$0Refs: []
`,
    key: 'HTTPRoute.parentRefs',
    matches: /^\*\*parentRefs\*\*/,
  },
  {
    name: 'Rollout setWeight',
    fixture: ROLLOUT('  strategy:\n    canary:\n      steps:\n      - setWei$0ght: 10\n'),
    key: 'Rollout.strategy.canary.steps.setWeight',
    matches: /^\*\*setWeight\*\* · _integer/,
  },
  {
    name: 'Rollout canarySubsetName',
    fixture: ROLLOUT(
      '  strategy:\n    canary:\n      trafficRouting:\n        istio:\n          destinationRule:\n            canarySub$0setName: canary\n',
    ),
    key: 'Rollout.strategy.canary.trafficRouting.istio.destinationRule.canarySubsetName',
    matches: /^\*\*canarySubsetName\*\* · _string_/,
  },
  {
    name: 'Rollout pause duration is integer or string',
    fixture: ROLLOUT('  strategy:\n    canary:\n      steps:\n      - pause:\n          dura$0tion: 1h\n'),
    key: 'Rollout.strategy.canary.steps.pause.duration',
    matches: /_integer or string_/,
  },
  {
    name: 'Rollout template is documented as open',
    fixture: ROLLOUT('  temp$0late: {}\n'),
    key: 'Rollout.template',
    matches: /_any value_/,
  },
  {
    name: 'Canary stepWeight',
    fixture: CANARY('  analysis:\n    stepWei$0ght: 10\n'),
    key: 'Canary.analysis.stepWeight',
    matches: /^\*\*stepWeight\*\* · _number_/,
  },
  {
    name: 'Canary service gateways',
    fixture: CANARY('  service:\n    gate$0ways: []\n'),
    key: 'Canary.service.gateways',
    matches: /^\*\*gateways\*\* · _list of string_/,
  },
];

describe('completion for the Gateway API, Rollout and Canary kinds', () => {
  for (const c of completionCases) {
    it(c.name, () => {
      const labels = completionLabels(c.fixture);
      for (const label of c.includes)
        assert.ok(labels.includes(label), `expected ${label} in ${labels.join(', ')}`);
      for (const label of c.excludes ?? [])
        assert.ok(!labels.includes(label), `did not expect ${label} in ${labels.join(', ')}`);
      if (c.includes.length === 0) assert.deepEqual(labels, []);
    });
  }

  it('documents every key it offers and fills required children', () => {
    const items = completeAt(
      ROLLOUT('  strategy:\n    canary:\n      trafficRouting:\n        istio:\n          $0\n'),
    );
    assert.ok(items.length > 0);
    for (const item of items) assert.ok(item.documentation, `${item.label} has documentation`);
    const destinationRule = items.find((i) => i.label === 'destinationRule');
    assert.ok(destinationRule?.textEdit && 'newText' in destinationRule.textEdit);
    assert.equal(
      destinationRule.textEdit.newText,
      'destinationRule:\n  canarySubsetName: ${1}\n  name: ${2}\n  stableSubsetName: ${3}',
    );
  });
});

describe('hover for the Gateway API, Rollout and Canary kinds', () => {
  for (const c of hoverCases) {
    it(c.name, () => {
      const text = hoverAt(c.fixture);
      assert.ok(text, 'a hover');
      assert.match(text, c.matches);
      const doc = FIELD_DOCS[c.key];
      assert.ok(doc, `docs for ${c.key}`);
      assert.ok(text.includes(doc), `the hover shows the ${c.key} text`);
    });
  }

  it('explains enum values of the new kinds', () => {
    const text = hoverAt(HTTP_ROUTE('  rules:\n  - matches:\n    - path:\n        type: PathPre$0fix\n'));
    assert.ok(text);
    assert.match(text, /^\*\*PathPrefix\*\*\n\n/);
  });

  it('still shows the HTTPRoute split on a weight value', () => {
    const text = hoverAt(
      HTTP_ROUTE(
        '  rules:\n  - backendRefs:\n    - name: reviews-v1\n      port: 9080\n      weight: 9$00\n    - name: reviews-v2\n      port: 9080\n      weight: 10\n',
      ),
    );
    assert.ok(text);
    assert.match(text, /90%/);
    assert.match(text, /10%/);
  });

  it('says nothing inside the Rollout pod template', () => {
    assert.equal(hoverAt(ROLLOUT('  template:\n    spec:\n      contai$0ners: []\n')), null);
  });

  it('gives no Istio text to a Gateway of an unknown group', () => {
    assert.equal(
      hoverAt('apiVersion: example.com/v1\nkind: Gateway\nmetadata:\n  name: x\nspec:\n  serv$0ers: []\n'),
      null,
    );
  });
});
