import { rootOf } from '../../../model/resourceRoots';
import { isVirtualService } from '../../../model/resources';
import { asMap, asSeq, getValue, spanOf } from '../../../syntax/yamlAst';
import type { Span } from '../../../syntax/parseYaml';
import type { SourceFile } from '../../../sourceFile';
import type { Rule } from '../ruleTypes';
import { firstLine } from './crossFile';

/** JSON with sorted keys, so that equal matches written in a different key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Where `spec.http[route].match[entry]` is written. */
function matchEntrySpan(
  file: SourceFile,
  docIndex: number,
  itemIndex: number | undefined,
  route: number,
  entry: number,
): Span | undefined {
  const document = file.yaml.documents.find((d) => d.index === docIndex);
  if (!document) return undefined;
  const { doc } = document;
  const spec = asMap(getValue(rootOf(document, itemIndex), 'spec'), doc);
  const routeMap = asMap(asSeq(getValue(spec, 'http'), doc)?.items[route], doc);
  const item = asSeq(getValue(routeMap, 'match'), doc)?.items[entry];
  const span = spanOf(item);
  return span ? firstLine(span, file.document.getText()) : undefined;
}

export const ineffectiveMatch: Rule = {
  code: 'ineffective-match',
  defaultSeverity: 'info',
  summary:
    'An http match condition identical to one of an earlier route (or earlier in the same route): requests it describes are already taken, so it never applies (istioctl IST0131).',
  istioctl: ['IST0131'],
  check({ file }, report) {
    for (const vs of file.resources) {
      if (!isVirtualService(vs)) continue;
      const seen = new Map<string, { route: number; entry: number }>();
      for (const route of vs.routes) {
        if (route.protocol !== 'http') continue;
        // After a catch-all route everything is unreachable; unreachable-route says so.
        if (!route.hasMatch) break;
        route.match.forEach((match, entry) => {
          if (match === null || typeof match !== 'object' || Object.keys(match).length === 0) return;
          const key = canonical(match);
          const first = seen.get(key);
          if (!first) {
            seen.set(key, { route: route.index, entry });
            return;
          }
          const span = matchEntrySpan(file, vs.docIndex, vs.itemIndex, route.index, entry);
          if (!span) return;
          const where =
            first.route === route.index
              ? `match ${first.entry + 1} of this route`
              : `match ${first.entry + 1} of route ${first.route + 1}`;
          const firstSpan = matchEntrySpan(file, vs.docIndex, vs.itemIndex, first.route, first.entry);
          report({
            span,
            message: `This match never applies: it repeats ${where}, which takes the same requests first. Remove it or make it more specific.`,
            tag: 'unnecessary',
            ...(firstSpan
              ? { related: [{ uri: file.uri, span: firstSpan, message: 'the earlier, identical match' }] }
              : {}),
          });
        });
      }
    }
  },
};
