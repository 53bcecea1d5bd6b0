// Converts the offset-based traffic split into the protocol's SplitResource (ranges, plain
// words), attaching to each route the problems the diagnostics found inside it.
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { SplitResource, SplitRoute } from '../../../protocol/src/protocol';
import type { SourceFile } from '../sourceFile';
import type { Settings } from '../settings';
import { namespaceOf } from '../model/namespaces';
import { isGatewayRoute, type ParentRef } from '../model/resources';
import { toRange } from './diagnostics/diagnose';
import type { ResourceSplit } from './trafficSplit';

export function toSplitResources(
  file: SourceFile,
  splits: readonly ResourceSplit[],
  diagnostics: readonly Diagnostic[],
  settings: Settings,
): SplitResource[] {
  return splits.map(({ resource, routes }) => ({
    uri: file.uri,
    kind: resource.kind,
    apiVersion: resource.apiVersion,
    namespace: namespaceOf(resource, settings.defaultNamespace),
    name: resource.name?.value ?? '',
    ...(isGatewayRoute(resource)
      ? {
          hosts: resource.hostnames.map((h) => h.value),
          gateways: resource.parentRefs.map((p) => parentRefLabel(p)),
        }
      : {
          hosts: resource.hosts.map((h) => h.value),
          gateways: resource.gateways.map((g) => g.value),
        }),
    range: toRange(file, resource.span),
    routes: routes.map((route): SplitRoute => {
      const range = toRange(file, route.span);
      return {
        protocol: route.protocol,
        index: route.index,
        ...(route.name !== undefined ? { name: route.name } : {}),
        match: [...route.match],
        matchText: [...route.matchText],
        destinations: route.entries.map((e) => ({
          host: e.host?.value ?? '',
          ...(e.subset ? { subset: e.subset.value } : {}),
          ...(e.port !== undefined ? { port: e.port } : {}),
          ...(typeof e.weight?.value === 'number' ? { weight: e.weight.value } : {}),
          percent: e.percent,
          ...(e.unavailable !== undefined ? { unavailable: e.unavailable } : {}),
          range: toRange(file, e.span),
          ...(e.weight ? { weightRange: toRange(file, e.weight.span) } : {}),
        })),
        total: route.total,
        ...(route.rejected !== undefined ? { rejected: route.rejected } : {}),
        problems: diagnostics
          .filter(
            (d) =>
              d.severity !== undefined && d.severity <= DiagnosticSeverity.Warning && within(d.range, range),
          )
          .map((d) => (typeof d.message === 'string' ? d.message : d.message.value)),
        range,
      };
    }),
  }));
}

function within(inner: Diagnostic['range'], outer: Diagnostic['range']): boolean {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** A parentRef in a few words: `shop-gateway`, `istio-system/public:https`, `Service reviews:9080`. */
function parentRefLabel(ref: ParentRef): string {
  const kind = ref.kind?.value ?? 'Gateway';
  const name = (ref.namespace ? `${ref.namespace.value}/` : '') + (ref.name?.value ?? '');
  const section = ref.sectionName ? `:${ref.sectionName.value}` : ref.port ? `:${ref.port.value}` : '';
  return `${kind === 'Gateway' ? '' : `${kind} `}${name}${section}`;
}
