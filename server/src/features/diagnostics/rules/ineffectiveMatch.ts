import { rootOf } from '../../../model/resourceRoots';
import { isVirtualService, type RouteProtocol } from '../../../model/resources';
import { asMap, asSeq, getValue, spanOf } from '../../../syntax/yamlAst';
import type { Span } from '../../../syntax/parseYaml';
import type { SourceFile } from '../../../sourceFile';
import type { Rule } from '../ruleTypes';
import { firstLine } from './crossFile';
import { matchesEverything } from './unreachableRoute';

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

type Match = Record<string, unknown>;

/** A match without the keys that do not select requests (Istio's asJSON drops `name` too). */
function conditions(match: Match): Match {
  const rest: Match = {};
  for (const [key, value] of Object.entries(match))
    if (key !== 'name' && key !== 'statPrefix') rest[key] = value;
  return rest;
}

const MAP_CONDITIONS = new Set(['headers', 'withoutHeaders', 'queryParams', 'sourceLabels']);

function uriPrefix(match: Match): string | undefined {
  const uri = match['uri'];
  if (uri === null || typeof uri !== 'object') return undefined;
  const keys = Object.keys(uri);
  const prefix = (uri as Record<string, unknown>)['prefix'];
  return keys.length === 1 && typeof prefix === 'string' ? prefix : undefined;
}

/**
 * Whether every request `later` selects is already selected by `earlier` because its uri
 * prefix is a prefix of the later one's (`prefix: /` before `prefix: /api`) and each of its other
 * conditions is also a condition of the later match (maps entry by entry). Conservative: a
 * condition it cannot compare means "not covered". Istio's webhook makes the same check
 * (coveredValidation) with fewer fields; this version never calls a narrower match covering.
 */
function prefixCovers(earlier: Match, later: Match): boolean {
  const a = uriPrefix(earlier);
  const b = uriPrefix(later);
  if (a === undefined || b === undefined || !b.startsWith(a) || a === b) return false;
  if (Boolean(earlier['ignoreUriCase']) !== Boolean(later['ignoreUriCase'])) return false;
  for (const [key, value] of Object.entries(earlier)) {
    if (key === 'uri' || key === 'ignoreUriCase') continue;
    const other = later[key];
    if (MAP_CONDITIONS.has(key) && value !== null && typeof value === 'object') {
      if (other === null || typeof other !== 'object') return false;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (canonical(v) !== canonical((other as Record<string, unknown>)[k])) return false;
      }
    } else if (canonical(value) !== canonical(other)) return false;
  }
  return true;
}

/** Where `spec.<protocol>[route].match[entry]` is written. */
function matchEntrySpan(
  file: SourceFile,
  docIndex: number,
  itemIndex: number | undefined,
  protocol: RouteProtocol,
  route: number,
  entry: number,
): Span | undefined {
  const document = file.yaml.documents.find((d) => d.index === docIndex);
  if (!document) return undefined;
  const { doc } = document;
  const spec = asMap(getValue(rootOf(document, itemIndex), 'spec'), doc);
  const routeMap = asMap(asSeq(getValue(spec, protocol), doc)?.items[route], doc);
  const item = asSeq(getValue(routeMap, 'match'), doc)?.items[entry];
  const span = spanOf(item);
  return span ? firstLine(span, file.document.getText()) : undefined;
}

export const ineffectiveMatch: Rule = {
  code: 'ineffective-match',
  defaultSeverity: 'info',
  perDocument: true,
  summary:
    'A match condition already taken by an earlier one (identical, or an earlier uri prefix that covers it): it never applies (istioctl IST0131).',
  istioctl: ['IST0131'],
  check({ file }, report) {
    for (const vs of file.resources) {
      if (!isVirtualService(vs)) continue;
      for (const protocol of ['http', 'tcp', 'tls'] as const) {
        const seen: { route: number; entry: number; match: Match; key: string }[] = [];
        for (const route of vs.routes) {
          if (route.protocol !== protocol) continue;
          // After a catch-all route everything is unreachable; unreachable-route says so.
          if (matchesEverything(route)) break;
          route.match.forEach((raw, entry) => {
            if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
            const match = conditions(raw as Match);
            const key = canonical(match);
            const same = seen.find((s) => s.key === key);
            const covering = same ? undefined : seen.find((s) => prefixCovers(s.match, match));
            const first = same ?? covering;
            if (!first) {
              seen.push({ route: route.index, entry, match, key });
              return;
            }
            const span = matchEntrySpan(file, vs.docIndex, vs.itemIndex, protocol, route.index, entry);
            if (!span) return;
            const where =
              first.route === route.index
                ? `match ${first.entry + 1} of this route`
                : `match ${first.entry + 1} of route ${first.route + 1}`;
            const firstSpan = matchEntrySpan(
              file,
              vs.docIndex,
              vs.itemIndex,
              protocol,
              first.route,
              first.entry,
            );
            const message = same
              ? `This match never applies: it repeats ${where}, which takes the same requests first. Remove it or make it more specific.`
              : `This match never applies: ${where} (\`prefix: ${uriPrefix(first.match) ?? ''}\`) already takes every request with the path prefix \`${uriPrefix(match) ?? ''}\`. Move this route above it.`;
            report({
              span,
              message,
              tag: 'unnecessary',
              ...(firstSpan
                ? {
                    related: [
                      {
                        uri: file.uri,
                        span: firstSpan,
                        message: same ? 'the earlier, identical match' : 'the earlier, wider match',
                      },
                    ],
                  }
                : {}),
            });
          });
        }
      }
    }
  },
};
