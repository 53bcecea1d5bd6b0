// Workspace values in HTTPRoute and GRPCRoute documents: Service names and their ports in
// `backendRefs`, Gateways (or Services, for mesh routes) in `parentRefs`, and the listener names
// and ports of the Gateway a parentRef names. Read from the text around the cursor, like
// workspaceValues.ts, since the YAML is usually broken while a value is typed.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { namespaceOf } from '../../model/namespaces';
import { distinctResources, type WorkspaceLookup } from '../../workspace/resolve';
import type { CursorContext } from './cursorContext';

type Range = { start: Position; end: Position };

/** `sibling(key)` reads a value of the same YAML mapping as the cursor. */
export function gatewayApiValueCompletions(
  context: CursorContext,
  lookup: WorkspaceLookup,
  routeNamespace: string,
  sibling: (key: string) => string | undefined,
  range: Range,
): CompletionItem[] {
  const path = context.path;
  const last = path[path.length - 1];
  const list = path[path.length - 3];
  const inBackend = list === 'backendRefs';
  const inParent = list === 'parentRefs' && path.length === 4;
  if (!inBackend && !inParent) return [];
  const namespace = sibling('namespace') ?? routeNamespace;
  const kind = sibling('kind');
  const serviceRef = inBackend ? (kind ?? 'Service') === 'Service' : kind === 'Service';
  if (last === 'name')
    return serviceRef ? serviceItems(lookup, namespace, range) : gatewayItems(lookup, namespace, range);
  const name = sibling('name');
  if (!name) return [];
  if (last === 'port')
    return serviceRef
      ? servicePortItems(lookup, namespace, name, range)
      : listenerItems(lookup, namespace, name, 'port', range);
  if (last === 'sectionName' && inParent && !serviceRef)
    return listenerItems(lookup, namespace, name, 'name', range);
  return [];
}

function serviceItems(lookup: WorkspaceLookup, namespace: string, range: Range): CompletionItem[] {
  const services = distinctResources(
    lookup.servicesByNamespace.get(namespace) ?? [],
    lookup.defaultNamespace,
  );
  return services.flatMap((s) => {
    if (!s.name) return [];
    const ports = s.ports.flatMap((p) => (p.number !== undefined ? [String(p.number)] : []));
    return [
      {
        label: s.name.value,
        kind: CompletionItemKind.Module,
        detail: `Service in ${namespace}${ports.length ? ` · port ${ports.join(', ')}` : ''}`,
        textEdit: { range, newText: s.name.value },
      },
    ];
  });
}

function servicePortItems(
  lookup: WorkspaceLookup,
  namespace: string,
  name: string,
  range: Range,
): CompletionItem[] {
  const ports = new Map<number, string>();
  for (const s of lookup.servicesByNamespace.get(namespace) ?? [])
    if (s.name?.value === name)
      for (const p of s.ports) if (p.number !== undefined) ports.set(p.number, p.name ?? '');
  return [...ports].map(([port, portName]) => ({
    label: String(port),
    kind: CompletionItemKind.Value,
    detail: `port of Service ${name}${portName ? ` (${portName})` : ''}`,
    textEdit: { range, newText: String(port) },
  }));
}

function gatewayItems(lookup: WorkspaceLookup, namespace: string, range: Range): CompletionItem[] {
  return distinctResources(lookup.kubeGateways, lookup.defaultNamespace).flatMap((g) => {
    if (!g.name) return [];
    const ns = namespaceOf(g, lookup.defaultNamespace);
    const listeners = g.listeners.map((l) => `${l.name?.value ?? '?'}:${l.port ?? '?'}`);
    return [
      {
        label: g.name.value,
        kind: CompletionItemKind.Reference,
        detail: `Gateway in ${ns}${listeners.length ? ` · ${listeners.join(', ')}` : ''}${ns === namespace ? '' : ` (add namespace: ${ns})`}`,
        textEdit: { range, newText: g.name.value },
        sortText: `${ns === namespace ? '0' : '1'}${g.name.value}`,
      },
    ];
  });
}

function listenerItems(
  lookup: WorkspaceLookup,
  namespace: string,
  name: string,
  field: 'name' | 'port',
  range: Range,
): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const g of lookup.kubeGatewaysByRef.get(`${namespace}/${name}`) ?? [])
    for (const l of g.listeners) {
      const value = field === 'name' ? l.name?.value : l.port !== undefined ? String(l.port) : undefined;
      if (value === undefined || items.has(value)) continue;
      items.set(value, {
        label: value,
        kind: CompletionItemKind.EnumMember,
        detail: `listener ${l.name?.value ?? ''} · ${l.protocol ?? '?'} ${l.port ?? '?'}${l.hostname ? ` · ${l.hostname.value}` : ''}`,
        textEdit: { range, newText: value },
      });
    }
  return [...items.values()];
}
