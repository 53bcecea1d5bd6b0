// Snapshot tests of the preview panel's pure render() on models shaped like the reference
// scenarios. Snapshots live in __snapshots__/ beside this file (one tag per line for readable
// diffs); refresh them with UPDATE_SNAPSHOTS=1 after an intended change, and review the diff.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { type SplitResource } from '../../../protocol/src/protocol';
import { type PreviewModel } from '../../../protocol/src/webviewProtocol';
import { escapeHtml, render } from '../../../client/src/preview/webview/render';
import { bookinfoUriPrefixes, broken9020, canary9010, reviewsHeaderMatch, threeWay } from './splitFixtures';

const SNAPSHOTS = path.resolve(__dirname, '../../../../test/client/preview/__snapshots__');

function checkSnapshot(name: string, html: string): void {
  const file = path.join(SNAPSHOTS, `${name}.html.snap`);
  const readable = html.replace(/></g, '>\n<') + '\n';
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, readable);
    if (process.env.UPDATE_SNAPSHOTS !== '1') {
      assert.fail(`wrote a new snapshot ${name}.html.snap: review it and run again`);
    }
    return;
  }
  assert.equal(
    readable,
    readFileSync(file, 'utf8'),
    `snapshot ${name}.html.snap differs (UPDATE_SNAPSHOTS=1 refreshes it)`,
  );
}

function model(fileName: string, ...resources: SplitResource[]): PreviewModel {
  return { uri: `file:///work/${fileName}`, fileName, version: 3, resources };
}

/** The visible text of the HTML, roughly as a screen reader would read it. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

void describe('render', () => {
  void it('canary 90/10: hosts, gateway, an "everything else" route and a 90/10 bar', () => {
    const html = render(model('virtual.yaml', canary9010()));
    checkSnapshot('canary-90-10', html);
    assert.match(
      html,
      /aria-label="Traffic split: subset v1 of canary\.default\.svc\.cluster\.local 90 %, subset v2 of canary\.default\.svc\.cluster\.local 10 %"/,
    );
    assert.match(html, /<rect class="segment color-0" x="0" y="0" width="90" height="10">/);
    assert.match(html, /<rect class="segment color-1" x="90" y="0" width="10" height="10">/);
    assert.match(textOf(html), /HTTP route 1 weights total 100 Show everything else/);
    assert.doesNotMatch(html, /broken/);
    assert.doesNotMatch(html, /disabled/);
  });

  void it('reviews header match: the match in plain words, single destinations cannot be steered', () => {
    const html = render(model('reviews-header-match.yaml', reviewsHeaderMatch(), bookinfoUriPrefixes()));
    checkSnapshot('reviews-header-match', html);
    assert.match(html, /<li>header end-user = jason<\/li>/);
    assert.match(html, /<li>uri prefix \/reviews<\/li>/);
    assert.match(html, /<li>uri prefix \/ratings<\/li>/);
    assert.equal(html.match(/<section /g)?.length, 2);
    assert.equal(
      html.match(/ disabled>/g)?.length,
      8,
      'two inputs per destination, four single-destination routes',
    );
    assert.doesNotMatch(html, /weights total/, 'routes without weights show no total');
  });

  void it('broken 90/20 route: marked broken, with the diagnostics and the wrong total', () => {
    const html = render(model('virtual.yaml', broken9020()));
    checkSnapshot('broken-90-20', html);
    assert.match(html, /<li class="route broken"/);
    assert.match(html, /<span class="total total-wrong">weights total 110<\/span>/);
    assert.match(html, /Broken route:/);
    assert.match(html, /The weights of this route sum to 110, not 100\./);
    assert.match(html, /Subset &quot;v3&quot; is not defined by DestinationRule canary\./);
    // The bar is scaled to fit even though the percents add up to 100 here.
    assert.match(html, /width="81\.8"/);
  });

  void it('three-way split with a zero weight and a named route', () => {
    const html = render(model('kiali.yaml', threeWay()));
    checkSnapshot('three-way', html);
    assert.match(html, /<span class="route-name">shift<\/span>/);
    assert.match(html, /width="0" height="10"/);
    assert.match(html, /<h2 id="resource-0"><span class="kind">VirtualService<\/span> shop\/cart<\/h2>/);
  });

  void it('labels every input and gives every bar a text alternative', () => {
    const html = render(model('virtual.yaml', canary9010(), broken9020(), threeWay()));
    const inputs = html.match(/<input [^>]*>/g) ?? [];
    assert.ok(inputs.length > 0);
    for (const input of inputs) assert.match(input, /aria-label="Weight of [^"]+"/);
    const ids = inputs.map((input) => /id="([^"]+)"/.exec(input)?.[1]);
    assert.equal(new Set(ids).size, ids.length, 'input ids are unique');
    const bars = html.match(/<svg class="bar"[^>]*>/g) ?? [];
    assert.equal(bars.length, 3);
    for (const bar of bars) assert.match(bar, /role="img" aria-label="Traffic split: [^"]*\d+ %/);
  });

  void it('escapes everything taken from the file', () => {
    const resource = canary9010();
    resource.name = '<script>alert(1)</script>';
    resource.hosts = ['"quoted" & <b>'];
    const html = render(model('x.yaml', resource));
    assert.doesNotMatch(html, /<script>|<b>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  void it('HTTPRoute: rules, hostnames and parents, relative weights without a "wrong total" mark', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const backend = (host: string, weight: number, percent: number) => ({
      host,
      port: 9080,
      weight,
      percent,
      range,
      weightRange: range,
    });
    const route: SplitResource = {
      uri: 'file:///work/reviews.yaml',
      kind: 'HTTPRoute',
      apiVersion: 'gateway.networking.k8s.io/v1',
      namespace: 'shop',
      name: 'reviews',
      hosts: ['reviews.example.com'],
      gateways: ['shop-gateway'],
      routes: [
        {
          protocol: 'http',
          index: 0,
          match: [],
          matchText: ['everything else'],
          destinations: [backend('reviews-v1', 1, 25), backend('reviews-v2', 3, 75)],
          total: 4,
          problems: [],
          range,
        },
      ],
      range,
    };
    const html = render(model('reviews.yaml', route));
    const text = textOf(html);
    assert.match(
      text,
      /HTTPRoute shop\/reviews Hostnames reviews\.example\.com Parents shop-gateway Rule 1 relative weights, total 4/,
    );
    assert.match(
      html,
      /aria-label="Traffic split: reviews-v1 of reviews-v1:9080 25 %, reviews-v2 of reviews-v2:9080 75 %"/,
    );
    assert.doesNotMatch(html, /total-wrong/);
  });

  void it('a route Argo Rollouts steps: the step plan beside the resting split, sliders disabled', () => {
    const base = canary9010();
    const owned: SplitResource = {
      ...base,
      routes: base.routes.map((route) => ({
        ...route,
        owner: {
          controller: 'argo-rollouts',
          kind: 'Rollout',
          namespace: 'default',
          name: 'canary',
          uri: 'file:///work/rollout.yaml',
          range: { start: { line: 4, character: 8 }, end: { line: 4, character: 14 } },
          statement: 'Argo Rollout `canary` steps these weights',
          advice: 'promote with `kubectl argo rollouts promote canary -n default`',
          plan: {
            steps: [
              { kind: 'weight', weight: 10, text: '10 %' },
              { kind: 'pause', text: 'pause 1h' },
              { kind: 'weight', weight: 30, text: '30 %' },
              { kind: 'pause', text: 'pause until promoted' },
              { kind: 'promote', weight: 100, text: '100 % (promoted)' },
            ],
            text: '10 % → pause 1h → 30 % → pause until promoted → 100 % (promoted)',
          },
        },
      })),
    };
    const html = render(model('virtual.yaml', owned));
    checkSnapshot('argo-rollout-owned', html);
    assert.match(
      textOf(html),
      /Argo Rollout canary steps these weights; the split below is its resting state\. 10 % pause 1h 30 % pause until promoted 100 % \(promoted\)/,
    );
    assert.match(html, /<ol class="plan" aria-label="Step plan of Rollout default\/canary">/);
    assert.match(html, /<li class="plan-pause">pause 1h<\/li>/);
    assert.match(html, /disabled/);
    assert.match(textOf(html), /promote with kubectl argo rollouts promote canary -n default/);
  });

  void it('a rendered overlay: titled by its folder and command, weights read-only, findings with where they are written', () => {
    const rendered: PreviewModel = {
      ...model('overlays/canary (kubectl kustomize)', canary9010(undefined, [80, 20])),
      version: null,
      rendered: {
        folder: 'overlays/canary',
        command: 'kubectl kustomize overlays/canary',
        findings: [
          {
            severity: 'warning',
            code: 'weight-sum',
            message: 'VirtualService payments/checkout: weights add up to `110`',
            where: 'overlays/canary/kustomization.yaml:9',
          },
        ],
      },
    };
    const html = render(rendered);
    checkSnapshot('overlay-rendered', html);
    assert.match(
      textOf(html),
      /^Traffic split overlays\/canary Rendered from overlay overlays\/canary by kubectl kustomize overlays\/canary \(saved files\)\./,
    );
    assert.match(html, /width="80" height="10"/);
    assert.match(
      html,
      /value="80" aria-label="Weight of subset v1 \(canary\.default\.svc\.cluster\.local\) \(number\)"[^>]* disabled>/,
    );
    assert.match(
      textOf(html),
      /Rendered by kubectl kustomize: change the weights in the overlay’s patches or bases\./,
    );
    assert.match(
      textOf(html),
      /Findings in the rendered overlay warning\[weight-sum\] VirtualService payments\/checkout: weights add up to 110 \(overlays\/canary\/kustomization\.yaml:9\)/,
    );
    // A route's timeout and retries are shown under its match.
    const [resource] = rendered.resources;
    const withOptions = render({
      ...rendered,
      resources: [
        {
          ...resource!,
          routes: resource!.routes.map((r) => ({ ...r, options: ['timeout 5s', 'retries 3, 2s per try'] })),
        },
      ],
    });
    assert.match(textOf(withOptions), /everything else timeout 5s · retries 3, 2s per try/);
    assert.doesNotMatch(textOf(html), /timeout/);
    const clean = render({ ...rendered, rendered: { ...rendered.rendered!, findings: [] } });
    assert.match(textOf(clean), /No findings in the rendered overlay\./);
    const empty = render({ ...rendered, resources: [] });
    assert.match(empty, /The rendered overlay has no VirtualService or AppDeployment\./);
  });

  void it('says why there is nothing to show', () => {
    assert.match(render(model('empty.yaml')), /No VirtualService or AppDeployment in this file\./);
    const failed = { ...model('x.yaml'), error: 'The server is starting.' };
    assert.match(render(failed), /role="status">The server is starting\.</);
  });

  void it('is pure: the same model renders the same HTML', () => {
    assert.equal(render(model('virtual.yaml', canary9010())), render(model('virtual.yaml', canary9010())));
  });
});
