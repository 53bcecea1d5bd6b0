// Every view answers from the same model and the same Istio rules: check (diagnostics), split
// (trafficSplit, also the preview's payload), simulate, the hover on a weight and the CodeLens
// run side by side over each fixture and must agree. A route Istio refuses is rejected in all of
// them, with the reason; an accepted route has the same shares everywhere. The four
// contradictions of the "One Istio model" issue are fixtures here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { serviceWith } from '../support/service';

interface Fixture {
  name: string;
  files: Record<string, string>;
  /** The request that reaches the route under test. */
  request: { host: string; uri?: string; headers?: Record<string, string>; gateway?: string };
  /** The reason Istio refuses the route (a fragment), or the shares it accepts. */
  expected: { rejected: RegExp } | { percents: number[] };
}

const vs = (http: string, extra = '') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews}
spec:
  hosts: [reviews]${extra}
  http:
${http}`;

const fixtures: Fixture[] = [
  {
    // Contradiction 1: check was silent, split said 50/50, simulate said Istio rejects it.
    name: 'two destinations without weights',
    files: {
      '/vs.yaml': vs(`  - route:
    - destination: {host: reviews, subset: v1}
    - destination: {host: reviews, subset: v2}
`),
    },
    request: { host: 'reviews' },
    expected: { rejected: /total destination weight is 0/ },
  },
  {
    // Contradiction 2: check exited 0 on a lookahead that RE2 (and Istio) refuses.
    name: 'a lookahead regex',
    files: {
      '/vs.yaml': vs(`  - match:
    - uri: {regex: "/api/(?=v2).*"}
    route:
    - destination: {host: reviews, subset: v2}
      weight: 100
`),
    },
    request: { host: 'reviews', uri: '/api/v2' },
    expected: { rejected: /not valid RE2/ },
  },
  {
    // Contradiction 3: a `kind: List` file was invisible to check and split.
    name: 'a kind: List file',
    files: {
      '/list.yaml': `apiVersion: v1
kind: List
items:
- apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: reviews}
  spec:
    hosts: [reviews]
    http:
    - route:
      - destination: {host: reviews, subset: v1}
        weight: 90
      - destination: {host: reviews, subset: v2}
        weight: 10
`,
    },
    request: { host: 'reviews' },
    expected: { percents: [90, 10] },
  },
  {
    // Contradiction 4: a backtracking regex made simulate run for 37 s (timing: npm run bench).
    name: 'a hostile regex against a 36-character header',
    files: {
      '/vs.yaml': vs(`  - match:
    - headers:
        x-user: {regex: "([a-z]+)+-canary"}
    route:
    - destination: {host: reviews, subset: v2}
  - route:
    - destination: {host: reviews, subset: v1}
      weight: 300
    - destination: {host: reviews, subset: v2}
      weight: 100
`),
    },
    request: { host: 'reviews', headers: { 'x-user': 'a'.repeat(36) } },
    // The header does not match, so the second route answers: relative weights, 75/25.
    expected: { percents: [75, 25] },
  },
  {
    name: 'a negative weight',
    files: {
      '/vs.yaml': vs(`  - route:
    - destination: {host: reviews, subset: v1}
      weight: 110
    - destination: {host: reviews, subset: v2}
      weight: -10
`),
    },
    request: { host: 'reviews' },
    expected: { rejected: /negative/ },
  },
  {
    name: 'a lone destination with any weight',
    files: {
      '/vs.yaml': vs(`  - route:
    - destination: {host: reviews, subset: v1}
      weight: 30
`),
    },
    request: { host: 'reviews' },
    expected: { percents: [100] },
  },
];

/** The reference scenarios of the repository: every route accepted, same shares everywhere. */
function scenarioFixtures(): Fixture[] {
  const root = resolve(__dirname, '../../../test/fixtures/scenarios/canary-90-10');
  const files = Object.fromEntries(
    readdirSync(root)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [`/canary-90-10/${f}`, readFileSync(join(root, f), 'utf8')]),
  );
  return [
    {
      name: 'canary-90-10 through the gateway',
      files,
      request: { host: 'canary.example.com', gateway: 'canary-gateway' },
      expected: { percents: [90, 10] },
    },
  ];
}

void describe('check, split, simulate, hover, CodeLens and the preview agree', () => {
  for (const fixture of [...fixtures, ...scenarioFixtures()]) {
    void test(fixture.name, () => {
      const { service, files } = serviceWith(fixture.files);
      const simulation = service.simulate({ request: fixture.request }).result;
      const winner = simulation.winner;
      // The route under test: the one simulate picked (or would pick, when rejected).
      const routeIndex =
        winner?.index ??
        simulation.routes.find((r) => r.result === 'match')?.index ??
        simulation.routes[simulation.routes.length - 1]?.index;
      assert.ok(routeIndex !== undefined, `simulate found the route: ${simulation.summary}`);
      const selected = simulation.virtualServices.find((v) => v.selected);
      const file = [...files.values()].find((f) => f.uri === selected?.uri);
      assert.ok(file, `the selected VirtualService's file: ${simulation.summary}`);
      const split = service.trafficSplit(file).find((r) => r.kind === 'VirtualService')!;
      const route = split.routes.find((r) => r.protocol === 'http' && r.index === routeIndex)!;
      const diagnostics = [...files.values()].flatMap((f) => service.diagnose(f));
      const lenses = service
        .codeLenses(file)
        .filter((l) => l.command?.command === 'istioCanary.previewTrafficSplit');
      const weightRange = route.destinations.find((d) => d.weightRange)?.weightRange;
      const hover = weightRange ? service.hover(file, weightRange.start) : null;
      const hoverText =
        hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';

      if ('rejected' in fixture.expected) {
        const reason = fixture.expected.rejected;
        // check: an error; split (and the preview payload): rejected with the reason, no shares.
        assert.ok(
          diagnostics.some((d) => d.severity === DiagnosticSeverity.Error),
          JSON.stringify(diagnostics.map((d) => d.message)),
        );
        assert.match(route.rejected ?? '', reason);
        assert.deepEqual(
          route.destinations.map((d) => d.percent),
          route.destinations.map(() => 0),
        );
        // simulate: rejected with the same reason.
        assert.equal(simulation.outcome, 'rejected', simulation.summary);
        assert.match(simulation.rejected ?? '', reason);
        assert.deepEqual(simulation.destinations, []);
        // CodeLens: the reason instead of a split.
        assert.ok(
          lenses.some((l) => /^Rejected by Istio: /.test(l.command!.title) && reason.test(l.command!.title)),
        );
        // Hover on a weight, when the route has one: rejected, no share.
        if (weightRange) assert.match(hoverText, /Rejected by Istio/);
      } else {
        const { percents } = fixture.expected;
        assert.equal(route.rejected, undefined, route.rejected);
        assert.deepEqual(
          route.destinations.map((d) => d.percent),
          percents,
        );
        assert.equal(simulation.outcome, 'route', simulation.summary);
        assert.deepEqual(
          simulation.destinations.map((d) => d.percent),
          percents,
        );
        assert.ok(
          !diagnostics.some(
            (d) => d.severity === DiagnosticSeverity.Error && /weight|regex/.test(String(d.code)),
          ),
          JSON.stringify(diagnostics.map((d) => d.message)),
        );
        if (route.destinations.length > 1) {
          const title = lenses.map((l) => l.command!.title).join(' | ');
          for (const p of percents) assert.ok(title.includes(`${p}%`), title);
        }
        if (weightRange) for (const p of percents) assert.ok(hoverText.includes(`${p}%`), hoverText);
      }
    });
  }
});
