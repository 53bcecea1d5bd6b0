// The outline of a file (resource › route › destination, DestinationRule › subset, Gateway ›
// server) and workspace symbols (every named resource, subset and gateway in the index).
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { SourceFile } from '../../sourceFile';
import type { Span } from '../../syntax/parseYaml';
import {
  isAppDeployment,
  isDestinationRule,
  isGateway,
  isVirtualService,
  type Resource,
} from '../../model/resources';
import { givenNamespaceOf, namespaceOf } from '../../model/namespaces';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { computeVirtualServiceSplit, computeAppDeploymentSplit, type RouteSplit } from '../trafficSplit';

export function documentSymbols(file: SourceFile): DocumentSymbol[] {
  const range = (span: Span) => ({
    start: file.document.positionAt(span.start),
    end: file.document.positionAt(span.end),
  });
  const symbol = (
    name: string,
    kind: SymbolKind,
    span: Span,
    selection: Span,
    detail?: string,
    children?: DocumentSymbol[],
  ): DocumentSymbol => ({
    name: name || '(unnamed)',
    kind,
    range: range(span),
    // The selection must lie inside the range; anything else is clipped to the range's start.
    selectionRange: range(
      selection.start >= span.start && selection.end <= span.end
        ? selection
        : { start: span.start, end: span.start },
    ),
    ...(detail ? { detail } : {}),
    ...(children ? { children } : {}),
  });
  return file.resources.map((resource) => {
    const name = resource.name?.value ?? '';
    const selection = resource.name?.span ?? resource.kindSpan;
    const namespace = givenNamespaceOf(resource);
    const detail = namespace ? `${resource.kind} · ${namespace}` : resource.kind;
    let children: DocumentSymbol[] | undefined;
    if (isVirtualService(resource) || isAppDeployment(resource)) {
      const split = isVirtualService(resource)
        ? computeVirtualServiceSplit(resource)
        : computeAppDeploymentSplit(resource);
      children = split.routes.map((route) =>
        symbol(
          routeName(route),
          SymbolKind.Event,
          route.span,
          route.span,
          route.matchText.join('; ') || (route.terminal ?? 'all requests'),
          route.entries.map((entry) =>
            symbol(
              [entry.host?.value, entry.subset?.value].filter(Boolean).join(' › ') ||
                `destination ${entry.index + 1}`,
              SymbolKind.Field,
              entry.span,
              entry.subset?.span ?? entry.host?.span ?? entry.span,
              `${entry.percent}%`,
            ),
          ),
        ),
      );
    } else if (isDestinationRule(resource)) {
      children = resource.subsets.map((subset) =>
        symbol(
          subset.name.value,
          SymbolKind.Struct,
          subset.span,
          subset.name.span,
          Object.entries(subset.labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(', '),
        ),
      );
    } else if (isGateway(resource)) {
      children = resource.servers.map((server, i) =>
        symbol(
          server.port?.name ?? `server ${i + 1}`,
          SymbolKind.Interface,
          server.span,
          server.span,
          [server.port?.protocol, server.port?.number, server.hosts.map((h) => h.value).join(', ')]
            .filter((x) => x !== undefined && x !== '')
            .join(' '),
        ),
      );
    }
    return symbol(name, kindOf(resource), resource.span, selection, detail, children);
  });
}

function routeName(route: RouteSplit): string {
  return route.name ?? `${route.protocol}[${route.index}]`;
}

function kindOf(resource: Resource): SymbolKind {
  if (isVirtualService(resource) || isAppDeployment(resource)) return SymbolKind.Module;
  if (isDestinationRule(resource)) return SymbolKind.Class;
  if (isGateway(resource)) return SymbolKind.Interface;
  return SymbolKind.Object;
}

/**
 * Named resources, DestinationRule subsets and gateways whose name matches `query` (case-insensitive,
 * the query's characters in order, as editors filter), at most `limit` of them.
 */
export function workspaceSymbols(
  workspace: WorkspaceIndex,
  query: string,
  defaultNamespace: string,
  limit = 500,
): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const wanted = query.trim().toLowerCase();
  const location = (uri: string, span: Span) => ({
    uri,
    range: { start: workspace.positionAt(uri, span.start), end: workspace.positionAt(uri, span.end) },
  });
  for (const uri of workspace.uris()) {
    for (const resource of workspace.get(uri)?.resources ?? []) {
      if (out.length >= limit) return out;
      if (!resource.name) continue;
      const namespace = namespaceOf(resource, defaultNamespace);
      if (matches(resource.name.value, wanted)) {
        out.push({
          name: resource.name.value,
          kind: kindOf(resource),
          location: location(uri, resource.name.span),
          containerName: `${resource.kind} · ${namespace}`,
        });
      }
      if (isDestinationRule(resource)) {
        for (const subset of resource.subsets) {
          if (!matches(subset.name.value, wanted)) continue;
          out.push({
            name: subset.name.value,
            kind: SymbolKind.Struct,
            location: location(uri, subset.name.span),
            containerName: `DestinationRule ${resource.name.value} · ${resource.host?.value ?? 'no host'}`,
          });
        }
      }
    }
  }
  return out;
}

function matches(name: string, query: string): boolean {
  if (query === '') return true;
  const lower = name.toLowerCase();
  let at = 0;
  for (const c of query) {
    at = lower.indexOf(c, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}
