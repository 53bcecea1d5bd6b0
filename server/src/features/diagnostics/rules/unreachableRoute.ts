import { isVirtualService, type Route } from '../../../model/resources';
import type { Rule } from '../ruleTypes';

/**
 * Whether a route takes every request that reaches it: it has no `match`, or one of its match
 * entries sets no condition (only `name:`, which labels the match and does not narrow it).
 */
export function matchesEverything(route: Route): boolean {
  if (!route.hasMatch) return true;
  return route.match.some(
    (m) => m !== null && typeof m === 'object' && Object.keys(m).every((k) => k === 'name'),
  );
}

// IST0130 (VirtualServiceUnreachableRule) for http, tcp and tls routes: after a route that takes
// every request, the later routes of the same protocol never match. Istio's webhook only looks
// for a route without `match`; a match entry with only `name:` catches everything just the same.
export const unreachableRoute: Rule = {
  code: 'unreachable-route',
  defaultSeverity: 'warning',
  perDocument: true,
  summary:
    'A route after one that takes every request (no `match`, or a match with only `name`) never matches.',
  istioctl: ['IST0130'],
  check({ file }, report) {
    for (const resource of file.resources) {
      if (!isVirtualService(resource)) continue;
      for (const protocol of ['http', 'tcp', 'tls'] as const) {
        const routes = resource.routes.filter((r) => r.protocol === protocol);
        const catchAll = routes.find(matchesEverything);
        if (!catchAll) continue;
        const why = catchAll.hasMatch
          ? 'takes every request first (its match has only `name`, which sets no condition)'
          : 'has no `match` and takes every request first';
        for (const route of routes) {
          if (route.index <= catchAll.index) continue;
          const label = route.name ? `Route \`${route.name}\`` : `Route ${route.index + 1}`;
          const prefix = protocol === 'http' ? '' : `${protocol} `;
          report({
            span: firstLineOf(route.span, file.document.getText()),
            message: `${prefix === '' ? label : `${label.replace('Route', `The ${prefix}route`)}`} is never used: ${prefix}route ${catchAll.index + 1} above ${why}. Move the catch-all route last.`,
            tag: 'unnecessary',
            related: [
              {
                uri: file.uri,
                span: firstLineOf(catchAll.span, file.document.getText()),
                message: 'the catch-all route',
              },
            ],
          });
        }
      }
    }
  },
};

function firstLineOf(span: { start: number; end: number }, text: string): { start: number; end: number } {
  const newline = text.indexOf('\n', span.start);
  const end = newline === -1 || newline > span.end ? span.end : newline;
  return { start: span.start, end: text.charAt(end - 1) === '\r' ? end - 1 : end };
}
