// Converts the offset-based traffic split into the protocol's SplitResource (ranges, plain
// words), attaching to each route the problems the diagnostics found inside it.
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { RouteOwnerInfo, SplitResource, SplitRoute } from '../../../protocol/src/protocol';
import type { SourceFile } from '../sourceFile';
import type { Settings } from '../settings';
import { namespaceOf } from '../model/namespaces';
import { isGatewayRoute, isVirtualService, type ParentRef } from '../model/resources';
import { ownerAdvice, ownerStatement, routeOwner, stepPlan, type RouteOwner } from '../workspace/controllers';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { toRange } from './diagnostics/diagnose';
import type { ResourceSplit, RouteSplit } from './trafficSplit';
import type { LiveRouteFacts } from './liveSplit';

/**
 * The protocol's split of `splits`. With `workspace`, each route a controller steps carries its
 * owner and step plan (workspace/controllers.ts); without it (a file on its own), none does.
 */
export function toSplitResources(
  file: SourceFile,
  splits: readonly ResourceSplit[],
  diagnostics: readonly Diagnostic[],
  settings: Settings,
  workspace?: WorkspaceIndex,
  /** With a cluster snapshot: each route's live split and controller (liveSplit.ts). */
  liveFacts?: (split: ResourceSplit, route: RouteSplit) => LiveRouteFacts,
): SplitResource[] {
  const lookup = workspace?.lookupWith(file.uri, file.resources, settings.defaultNamespace);
  return splits.map((split) => ({
    uri: file.uri,
    kind: split.resource.kind,
    apiVersion: split.resource.apiVersion,
    namespace: namespaceOf(split.resource, settings.defaultNamespace),
    name: split.resource.name?.value ?? '',
    ...(isGatewayRoute(split.resource)
      ? {
          hosts: split.resource.hostnames.map((h) => h.value),
          gateways: split.resource.parentRefs.map((p) => parentRefLabel(p)),
        }
      : {
          hosts: split.resource.hosts.map((h) => h.value),
          gateways: split.resource.gateways.map((g) => g.value),
        }),
    range: toRange(file, split.resource.span),
    routes: split.routes.map((route): SplitRoute => {
      const range = toRange(file, route.span);
      const owner =
        lookup && isVirtualService(split.resource) ? routeOwner(lookup, split.resource, route) : undefined;
      return {
        protocol: route.protocol,
        index: route.index,
        ...(route.name !== undefined ? { name: route.name } : {}),
        match: [...route.match],
        matchText: [...route.matchText],
        ...(route.options.length > 0 ? { options: [...route.options] } : {}),
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
        ...(owner && workspace ? { owner: ownerInfo(owner, file, workspace) } : {}),
        ...liveFacts?.(split, route),
      };
    }),
  }));
}

function ownerInfo(owner: RouteOwner, file: SourceFile, workspace: WorkspaceIndex): RouteOwnerInfo {
  const { resource } = owner;
  const span = resource.name?.span ?? resource.kindSpan;
  const range =
    resource.uri === file.uri
      ? toRange(file, span)
      : {
          start: workspace.positionAt(resource.uri, span.start),
          end: workspace.positionAt(resource.uri, span.end),
        };
  const plan = stepPlan(owner);
  return {
    controller: owner.controller,
    kind: resource.kind,
    namespace: owner.namespace,
    name: resource.name?.value ?? '',
    uri: resource.uri,
    range,
    statement: ownerStatement(owner),
    advice: ownerAdvice(owner),
    plan: {
      steps: plan.steps.map((s) => ({
        kind: s.kind,
        ...(s.weight !== undefined ? { weight: s.weight } : {}),
        text: s.text,
      })),
      ...(plan.interval !== undefined ? { interval: plan.interval } : {}),
      text: plan.text,
    },
  };
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
