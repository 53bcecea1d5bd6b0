// Which resources make up "the canary" at a position: the VirtualService there, plus the
// DestinationRules for the hosts it routes to and the Gateways it binds to, from any indexed
// file. Without a position (or outside any VirtualService): every resource of the file.
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver-types';
import type { CanaryResourceRef, CanaryResourcesResult } from '../../../protocol/src/protocol';
import type { SourceFile } from '../sourceFile';
import type { Settings } from '../settings';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { isVirtualService, type Resource } from '../model/resources';
import { namespaceOf } from '../model/namespaces';
import { destinationRulesForHost, resolveGatewayRef, resourceIdentity } from '../workspace/resolve';
import { toRange } from './diagnostics/diagnose';

export function findCanaryResources(
  file: SourceFile,
  position: Position | undefined,
  workspace: WorkspaceIndex,
  settings: Settings,
  diagnostics: readonly Diagnostic[],
): CanaryResourcesResult {
  const offset = position ? file.document.offsetAt(position) : undefined;
  const vs =
    offset === undefined
      ? undefined
      : file.resources.find((r) => isVirtualService(r) && offset >= r.span.start && offset <= r.span.end);
  const selected: Resource[] = [];
  if (vs && isVirtualService(vs)) {
    const ns = namespaceOf(vs, settings.defaultNamespace);
    const hosts = vs.routes.flatMap((r) => r.destinations.flatMap((d) => (d.host ? [d.host.value] : [])));
    const lookup = workspace.lookup(settings.defaultNamespace);
    // The DestinationRules first and the Gateways next, so a route never points at a subset that
    // does not exist yet; the VirtualService last. Only the newest version of a resource seen in
    // the index is taken per (kind, namespace, name): the file under the cursor wins over others.
    for (const host of new Set(hosts)) selected.push(...destinationRulesForHost(lookup, host, ns));
    for (const ref of vs.gateways) {
      const resolved = resolveGatewayRef(lookup, ref.value, ns);
      if (resolved.kind !== 'mesh') selected.push(...resolved.gateways);
    }
    selected.push(vs);
  } else {
    selected.push(...file.resources.filter((r) => r.name));
  }
  const unique = dedupe(selected, file.uri, settings.defaultNamespace);
  const resources: CanaryResourceRef[] = unique.map((r) => ({
    uri: r.uri,
    kind: r.kind,
    apiVersion: r.apiVersion,
    name: r.name?.value ?? '',
    ...(r.namespace ? { namespace: r.namespace.value } : {}),
    range:
      r.uri === file.uri
        ? toRange(file, r.span)
        : { start: workspace.positionAt(r.uri, r.span.start), end: workspace.positionAt(r.uri, r.span.end) },
  }));
  const errors = diagnostics
    .filter((d) => d.severity === DiagnosticSeverity.Error)
    .filter((d) => unique.some((r) => r.uri === file.uri && inSpan(file, d, r)))
    .map((d) => ({
      uri: file.uri,
      range: d.range,
      code: String(d.code ?? ''),
      message: typeof d.message === 'string' ? d.message : d.message.value,
    }));
  return { resources, errors };
}

function inSpan(file: SourceFile, d: Diagnostic, r: Resource): boolean {
  const start = file.document.offsetAt(d.range.start);
  return start >= r.span.start && start <= r.span.end;
}

function dedupe(resources: Resource[], preferUri: string, defaultNamespace: string): Resource[] {
  const byKey = new Map<string, Resource>();
  for (const r of resources) {
    // Unnamed resources (being typed) are kept apart from named ones, one per kind and namespace.
    const key =
      resourceIdentity(r, defaultNamespace) ?? `unnamed|${r.kind}|${namespaceOf(r, defaultNamespace)}`;
    const existing = byKey.get(key);
    if (!existing || (r.uri === preferUri && existing.uri !== preferUri)) byKey.set(key, r);
  }
  const keep = new Set(byKey.values());
  return resources.filter((r) => keep.has(r)).filter((r, i, all) => all.indexOf(r) === i);
}
