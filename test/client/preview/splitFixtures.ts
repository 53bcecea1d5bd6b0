// Traffic-split models shaped like the reference scenarios (test/fixtures/scenarios), as the
// language server answers `istioCanary/trafficSplit` for them. Ranges are computed from the
// scenario text, so weight edits can be checked against the real files.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  type Range,
  type SplitDestination,
  type SplitResource,
  type SplitRoute,
} from '../../../protocol/src/protocol';

export const SCENARIOS = path.resolve(__dirname, '../../../../test/fixtures/scenarios');

export function readScenario(relative: string): string {
  return readFileSync(path.join(SCENARIOS, relative), 'utf8');
}

/** The range of the n-th (0-based) match of `pattern`'s first group in `text`. */
export function rangeOf(text: string, pattern: RegExp, nth = 0): Range {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g',
  );
  let match: RegExpExecArray | null;
  let seen = 0;
  while ((match = global.exec(text))) {
    if (seen++ < nth) continue;
    const group = match[1] ?? match[0];
    const start = match.index + match[0].indexOf(group);
    return { start: positionAt(text, start), end: positionAt(text, start + group.length) };
  }
  throw new Error(`pattern ${pattern} (#${nth}) not found`);
}

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

const anyRange: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function destination(
  host: string,
  subset: string | undefined,
  percent: number,
  weight?: number,
  weightRange?: Range,
): SplitDestination {
  return {
    host,
    ...(subset !== undefined ? { subset } : {}),
    percent,
    ...(weight !== undefined ? { weight } : {}),
    range: anyRange,
    ...(weightRange ? { weightRange } : {}),
  };
}

function route(partial: Partial<SplitRoute> & Pick<SplitRoute, 'destinations'>): SplitRoute {
  const total = partial.destinations.reduce((sum, d) => sum + (d.weight ?? 0), 0);
  return {
    protocol: 'http',
    index: 0,
    match: [],
    matchText: [],
    total,
    problems: [],
    range: anyRange,
    ...partial,
  };
}

export const CANARY_VIRTUAL = readScenario('canary-90-10/virtual.yaml');

/** canary-90-10/virtual.yaml: 90 % to subset v1, 10 % to subset v2. */
export function canary9010(text = CANARY_VIRTUAL, weights: [number, number] = [90, 10]): SplitResource {
  const host = 'canary.default.svc.cluster.local';
  return {
    uri: 'file:///work/canary-90-10/virtual.yaml',
    kind: 'VirtualService',
    apiVersion: 'networking.istio.io/v1beta1',
    namespace: 'default',
    name: 'canary',
    hosts: ['*'],
    gateways: ['canary-gateway'],
    range: { start: { line: 0, character: 0 }, end: { line: 19, character: 0 } },
    routes: [
      route({
        range: { start: { line: 9, character: 2 }, end: { line: 18, character: 16 } },
        destinations: [
          destination(host, 'v1', weights[0], weights[0], rangeOf(text, /weight: (\d+)/, 0)),
          destination(host, 'v2', weights[1], weights[1], rangeOf(text, /weight: (\d+)/, 1)),
        ],
      }),
    ],
  };
}

/** reviews-header-match.yaml, first document: header end-user = jason to v2, everything else to v3. */
export function reviewsHeaderMatch(): SplitResource {
  return {
    uri: 'file:///work/canary-90-10/reviews-header-match.yaml',
    kind: 'VirtualService',
    apiVersion: 'networking.istio.io/v1alpha3',
    namespace: 'default',
    name: 'reviews',
    hosts: ['reviews'],
    gateways: [],
    range: anyRange,
    routes: [
      route({
        index: 0,
        match: [{ headers: { 'end-user': { exact: 'jason' } } }],
        matchText: ['header end-user = jason'],
        destinations: [destination('reviews', 'v2', 100)],
      }),
      route({ index: 1, destinations: [destination('reviews', 'v3', 100)] }),
    ],
  };
}

/** reviews-header-match.yaml, third document: bookinfo.com routed by URI prefix. */
export function bookinfoUriPrefixes(): SplitResource {
  return {
    uri: 'file:///work/canary-90-10/reviews-header-match.yaml',
    kind: 'VirtualService',
    apiVersion: 'networking.istio.io/v1alpha3',
    namespace: 'default',
    name: 'bookinfo',
    hosts: ['bookinfo.com'],
    gateways: [],
    range: anyRange,
    routes: [
      route({
        index: 0,
        match: [{ uri: { prefix: '/reviews' } }],
        matchText: ['uri prefix /reviews'],
        destinations: [destination('reviews', undefined, 100)],
      }),
      route({
        index: 1,
        match: [{ uri: { prefix: '/ratings' } }],
        matchText: ['uri prefix /ratings'],
        destinations: [destination('ratings', undefined, 100)],
      }),
    ],
  };
}

/** canary-90-10/virtual.yaml with the canary's 10 changed to 20: weights total 110, plus a missing subset. */
export function broken9020(): SplitResource {
  const text = CANARY_VIRTUAL.replace('weight: 10', 'weight: 20').replace('subset: v2', 'subset: v3');
  const resource = canary9010(text, [90, 20]);
  const [only] = resource.routes;
  if (!only) throw new Error('fixture has one route');
  resource.routes = [
    {
      ...only,
      total: 110,
      destinations: only.destinations.map((d, i) => ({
        ...d,
        subset: i === 1 ? 'v3' : d.subset,
        percent: i === 0 ? 81.8 : 18.2,
      })),
      problems: [
        'The weights of this route sum to 110, not 100.',
        'Subset "v3" is not defined by DestinationRule canary.',
      ],
    },
  ];
  return resource;
}

/** A Kiali-style three-way shift, 30/70/0, for rescaling and rendering of larger splits. */
export function threeWay(): SplitResource {
  return {
    uri: 'file:///work/kiali.yaml',
    kind: 'VirtualService',
    apiVersion: 'networking.istio.io/v1',
    namespace: 'shop',
    name: 'cart',
    hosts: ['cart'],
    gateways: [],
    range: anyRange,
    routes: [
      route({
        name: 'shift',
        destinations: [
          destination('cart', 'v1', 30, 30, anyRange),
          destination('cart', 'v2', 70, 70, anyRange),
          destination('cart', 'v3', 0, 0, anyRange),
        ],
      }),
    ],
  };
}
