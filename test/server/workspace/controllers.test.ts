// The "who owns this route" query (workspace/controllers.ts) as a table: each case is a workspace
// and the owner expected for each VirtualService route, plus the step plans the controllers run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDestinationRule, isVirtualService } from '../../../server/src/model/resources';
import { destinationRuleOwner, routeOwners, stepPlan } from '../../../server/src/workspace/controllers';
import { serviceWith } from '../../support/service';

function rollout(name: string, canary: string, namespace = 'shop'): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  strategy:
    canary:
${canary.replace(/^/gm, '      ')}
`;
}

function virtualService(name: string, routes: string, namespace = 'shop'): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  hosts: [${name}]
${routes}
`;
}

const TWO = `    route:
    - destination: {host: stable}
      weight: 100
    - destination: {host: canary}
      weight: 0`;

/** `protocol[index] → owner label` for every VirtualService of the workspace. */
function owners(files: Record<string, string>): Record<string, string> {
  const { service } = serviceWith(files);
  const lookup = service.workspace.lookup('default');
  const out: Record<string, string> = {};
  for (const vs of lookup.virtualServices.filter(isVirtualService))
    for (const [route, owner] of routeOwners(lookup, vs))
      out[`${vs.namespace?.value ?? 'default'}/${vs.name?.value}.${route}`] = owner.label;
  return out;
}

describe('routeOwner', () => {
  const cases: { name: string; files: Record<string, string>; expected: Record<string, string> }[] = [
    {
      name: 'named routes: only those listed',
      files: {
        '/r.yaml': rollout(
          'reviews',
          'trafficRouting:\n  istio:\n    virtualService: {name: reviews, routes: [primary]}',
        ),
        '/vs.yaml': virtualService('reviews', `  http:\n  - name: header\n${TWO}\n  - name: primary\n${TWO}`),
      },
      expected: { 'shop/reviews.http[1]': 'Argo Rollout `reviews`' },
    },
    {
      name: 'routes omitted: the only http route, when it has no name',
      files: {
        '/r.yaml': rollout('reviews', 'trafficRouting:\n  istio:\n    virtualServices: [{name: reviews}]'),
        '/vs.yaml': virtualService('reviews', `  http:\n  -${TWO.slice(1)}`),
      },
      expected: { 'shop/reviews.http[0]': 'Argo Rollout `reviews`' },
    },
    {
      name: 'routes omitted with two http routes: Argo refuses, nothing is stepped',
      files: {
        '/r.yaml': rollout('reviews', 'trafficRouting:\n  istio:\n    virtualService: {name: reviews}'),
        '/vs.yaml': virtualService('reviews', `  http:\n  - name: a\n${TWO}\n  -${TWO.slice(1)}`),
      },
      expected: {},
    },
    {
      name: 'routes omitted: managedRoutes do not count against the only route',
      files: {
        '/r.yaml': rollout(
          'reviews',
          'trafficRouting:\n  managedRoutes: [{name: mirror}]\n  istio:\n    virtualService: {name: reviews}',
        ),
        '/vs.yaml': virtualService('reviews', `  http:\n  - name: mirror\n${TWO}\n  -${TWO.slice(1)}`),
      },
      expected: { 'shop/reviews.http[1]': 'Argo Rollout `reviews`' },
    },
    {
      name: '`name.namespace` names a VirtualService of another namespace',
      files: {
        '/r.yaml': rollout(
          'reviews',
          'trafficRouting:\n  istio:\n    virtualService: {name: reviews.edge, routes: [p]}',
        ),
        '/vs.yaml': virtualService('reviews', `  http:\n  - name: p\n${TWO}`, 'edge'),
        '/vs2.yaml': virtualService('reviews', `  http:\n  - name: p\n${TWO}`),
      },
      expected: { 'edge/reviews.http[0]': 'Argo Rollout `reviews`' },
    },
    {
      name: 'tls and tcp routes: selected by port and SNI hosts, else the first',
      files: {
        '/r.yaml': rollout(
          'reviews',
          'trafficRouting:\n  istio:\n    virtualService:\n      name: reviews\n      tlsRoutes: [{port: 443, sniHosts: [a.example.com]}]',
        ),
        '/vs.yaml': virtualService(
          'reviews',
          `  tls:\n  - match: [{port: 443, sniHosts: [b.example.com]}]\n${TWO}\n  - match: [{port: 443, sniHosts: [a.example.com]}]\n${TWO}\n  tcp:\n  -${TWO.slice(1)}`,
        ),
      },
      expected: {
        'shop/reviews.tls[1]': 'Argo Rollout `reviews`',
        'shop/reviews.tcp[0]': 'Argo Rollout `reviews`',
      },
    },
    {
      name: 'tcpRoutes omitted with two tcp routes: Argo refuses, nothing is stepped',
      files: {
        '/r.yaml': rollout('reviews', 'trafficRouting:\n  istio:\n    virtualService: {name: reviews}'),
        '/vs.yaml': virtualService('reviews', `  tcp:\n  -${TWO.slice(1)}\n  -${TWO.slice(1)}`),
      },
      expected: {},
    },
    {
      name: 'routes omitted: the only http route even when it has a name (getHttpRouteIndexesToPatch)',
      files: {
        '/r.yaml': rollout('reviews', 'trafficRouting:\n  istio:\n    virtualService: {name: reviews}'),
        '/vs.yaml': virtualService('reviews', `  http:\n  - name: main\n${TWO}`),
      },
      expected: { 'shop/reviews.http[0]': 'Argo Rollout `reviews`' },
    },
    {
      name: 'a dotted name: the last segment is the namespace, `.cluster.local` dropped (Argo #4709)',
      files: {
        '/r.yaml': rollout(
          'reviews',
          'trafficRouting:\n  istio:\n    virtualServices:\n    - {name: reviews.v2.edge}\n    - {name: ratings.edge.cluster.local}',
        ),
        '/vs.yaml': virtualService('reviews.v2', `  http:\n  -${TWO.slice(1)}`, 'edge'),
        '/vs2.yaml': virtualService('ratings', `  http:\n  -${TWO.slice(1)}`, 'edge'),
      },
      expected: {
        'edge/reviews.v2.http[0]': 'Argo Rollout `reviews`',
        'edge/ratings.http[0]': 'Argo Rollout `reviews`',
      },
    },
    {
      name: 'Flagger: every route of the VirtualService named after the apex',
      files: {
        '/c.yaml': `apiVersion: flagger.app/v1beta1
kind: Canary
metadata: {name: podinfo, namespace: shop}
spec:
  targetRef: {kind: Deployment, name: podinfo}
  service: {name: web, port: 80}
`,
        '/vs.yaml': virtualService('web', `  http:\n  - name: a\n${TWO}\n  -${TWO.slice(1)}`),
        '/vs2.yaml': virtualService('podinfo', `  http:\n  -${TWO.slice(1)}`),
      },
      expected: {
        'shop/web.http[0]': 'Flagger Canary `podinfo`',
        'shop/web.http[1]': 'Flagger Canary `podinfo`',
      },
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(owners(c.files), c.expected));

  it('destinationRuleOwner: the Rollout’s DestinationRule and Flagger’s -canary / -primary ones', () => {
    const { service } = serviceWith({
      '/r.yaml': rollout('reviews', 'trafficRouting:\n  istio:\n    destinationRule: {name: reviews-dr}'),
      '/c.yaml':
        'apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata: {name: podinfo, namespace: shop}\nspec:\n  targetRef: {name: podinfo}\n',
      '/dr.yaml': ['reviews-dr', 'podinfo-canary', 'podinfo-primary', 'other']
        .map(
          (n) =>
            `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: ${n}, namespace: shop}\nspec: {host: x}\n`,
        )
        .join('---\n'),
    });
    const lookup = service.workspace.lookup('default');
    const answer = lookup.destinationRules
      .filter(isDestinationRule)
      .map((d) => `${d.name?.value}: ${destinationRuleOwner(lookup, d)?.label ?? '-'}`);
    assert.deepEqual(answer, [
      'reviews-dr: Argo Rollout `reviews`',
      'podinfo-canary: Flagger Canary `podinfo`',
      'podinfo-primary: Flagger Canary `podinfo`',
      'other: -',
    ]);
  });
});

describe('stepPlan', () => {
  const plan = (files: Record<string, string>) => {
    const { service } = serviceWith(files);
    const lookup = service.workspace.lookup('default');
    const vs = lookup.virtualServices[0]!;
    const owner = routeOwners(lookup, vs).values().next().value;
    assert.ok(owner);
    return stepPlan(owner).text;
  };
  const vs = virtualService('reviews', `  http:\n  -${TWO.slice(1)}`);
  const cases: [string, string, string][] = [
    [
      'Rollout: weights, pauses with and without duration, scale, analysis, promotion at the end',
      rollout(
        'reviews',
        'trafficRouting:\n  istio:\n    virtualService: {name: reviews}\nsteps:\n- setCanaryScale: {replicas: 2}\n- setWeight: 10\n- pause: {duration: 1h}\n- setWeight: 30\n- pause: {duration: 90}\n- analysis: {templates: [{templateName: success-rate}]}\n- pause: {}\n- setWeight: 60',
      ),
      'canary scale 2 replicas → 10 % → pause 1h → 30 % → pause 90s → analysis (success-rate) → pause until promoted → 60 % → 100 % (promoted)',
    ],
    [
      'Rollout without steps: straight to 100 %',
      rollout('reviews', 'trafficRouting:\n  istio:\n    virtualService: {name: reviews}'),
      '100 % (promoted)',
    ],
  ];
  for (const [name, owner, expected] of cases)
    it(name, () => assert.equal(plan({ '/o.yaml': owner, '/vs.yaml': vs }), expected));

  const canary = (analysis: string) => `apiVersion: flagger.app/v1beta1
kind: Canary
metadata: {name: reviews, namespace: shop}
spec:
  targetRef: {kind: Deployment, name: reviews}
  analysis:
${analysis.replace(/^/gm, '    ')}
`;
  const flagger: [string, string, string][] = [
    [
      'stepWeight up to maxWeight',
      'interval: 1m\nstepWeight: 20\nmaxWeight: 50',
      'every 1m: 20 % → 40 % → 50 % → promote',
    ],
    [
      'stepWeights, default interval',
      'stepWeights: [1, 5, 25, 50]',
      'every 60s: 1 % → 5 % → 25 % → 50 % → promote',
    ],
    ['maxWeight defaults to 100', 'stepWeight: 50', 'every 60s: 50 % → 100 % → promote'],
    [
      'A/B testing',
      'iterations: 10\nmatch: [{headers: {x-canary: {exact: insider}}}]',
      'every 60s: A/B test: matching requests to the canary for 10 iterations → promote',
    ],
    [
      'blue/green: all traffic to the canary after the iterations, then promotion',
      'interval: 30s\niterations: 1',
      'every 30s: blue/green: canary tested for 1 iteration → 100 % to the canary → promote',
    ],
    [
      'blue/green with mirroring',
      'interval: 1m\niterations: 5\nmirror: true\nmirrorWeight: 40',
      'every 1m: blue/green: traffic mirrored to the canary (40 %) for 5 iterations → 100 % to the canary → promote',
    ],
    [
      'canary with one mirroring step first',
      'interval: 1m\nstepWeight: 50\nmirror: true',
      'every 1m: traffic mirrored to the canary → 50 % → 100 % → promote',
    ],
    [
      'stepWeightPromotion: the primary takes the traffic back in steps',
      'interval: 1m\nstepWeight: 50\nstepWeightPromotion: 25',
      'every 1m: 50 % → 100 % → promote, primary +25 % per step',
    ],
    [
      'session affinity: every weight step is sticky',
      'interval: 1m\nstepWeights: [10, 60]\nsessionAffinity: {cookieName: flagger-cookie}',
      'every 1m: 10 % (sticky) → 60 % (sticky) → promote',
    ],
  ];
  for (const [name, analysis, expected] of flagger)
    it(`Flagger: ${name}`, () =>
      assert.equal(plan({ '/c.yaml': canary(analysis), '/vs.yaml': vs }), expected));
});
