import { isVirtualService } from '../../../model/resources';
import type { Rule } from '../ruleTypes';

export const unreachableRoute: Rule = {
  code: 'unreachable-route',
  defaultSeverity: 'warning',
  summary: 'An http route without `match` catches every request, so the routes after it never match.',
  istioctl: ['IST0130'],
  check({ file }, report) {
    for (const resource of file.resources) {
      if (!isVirtualService(resource)) continue;
      const http = resource.routes.filter((r) => r.protocol === 'http');
      const catchAll = http.find((r) => !r.hasMatch);
      if (!catchAll) continue;
      for (const route of http) {
        if (route.index <= catchAll.index) continue;
        const label = route.name ? `Route \`${route.name}\`` : `Route ${route.index + 1}`;
        report({
          span: firstLineOf(route.span, file.document.getText()),
          message: `${label} is never used: route ${catchAll.index + 1} above has no \`match\` and takes every request first. Move the catch-all route last.`,
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
  },
};

function firstLineOf(span: { start: number; end: number }, text: string): { start: number; end: number } {
  const newline = text.indexOf('\n', span.start);
  const end = newline === -1 || newline > span.end ? span.end : newline;
  return { start: span.start, end: text.charAt(end - 1) === '\r' ? end - 1 : end };
}
