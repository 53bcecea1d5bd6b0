// Values that come from the rest of the workspace: subset names of the destination's host,
// gateway names (`namespace/name` outside the VirtualService's namespace) and `mesh`, hosts of
// Services and ServiceEntries (short name in the same namespace, FQDN otherwise), and label keys
// and values of the host's workloads inside a DestinationRule subset. Works from the text around
// the cursor, since the YAML is usually broken while a value is being typed.
import { lineStartAt } from '../../text/lines';
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type Position,
} from 'vscode-languageserver-types';
import type { SourceFile } from '../../sourceFile';
import type { Settings } from '../../settings';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { isDestinationRule, isVirtualService, type Resource, type Workload } from '../../model/resources';
import { namespaceOf } from '../../model/namespaces';
import { CLUSTER_DOMAIN } from '../../istio/hosts';
import {
  distinctResources,
  servicesForHost,
  subsetsForHost,
  workloadsOfServices,
  type WorkspaceLookup,
} from '../../workspace/resolve';
import { cursorContext, type CursorContext } from './cursorContext';
import { gatewayApiValueCompletions } from './gatewayApiValues';

type Range = { start: Position; end: Position };

export function workspaceValueCompletions(
  file: SourceFile,
  context: CursorContext,
  offset: number,
  workspace: WorkspaceIndex,
  settings: Settings,
  range: Range,
): CompletionItem[] {
  const text = file.document.getText();
  const kind = documentKind(text, context.documentStart);
  const path = context.path;
  const last = path[path.length - 1];
  const beforeLast = path[path.length - 2];
  if (kind !== 'VirtualService' && kind !== 'DestinationRule' && kind !== 'HTTPRoute' && kind !== 'GRPCRoute')
    return [];
  const lookup = workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace);
  const namespace = namespaceAt(file, text, context.documentStart, offset, settings.defaultNamespace);
  if (kind === 'HTTPRoute' || kind === 'GRPCRoute')
    return gatewayApiValueCompletions(
      context,
      lookup,
      namespace,
      (key) => siblingValue(text, offset, key),
      range,
    );
  if (kind === 'VirtualService') {
    if (last === 'subset' && beforeLast === 'destination') {
      const host = siblingValue(text, offset, 'host');
      return host ? subsetItems(lookup, host, namespace, range) : [];
    }
    if (last === 'host' && beforeLast === 'destination') return hostItems(lookup, namespace, range);
    if (typeof last === 'number' && beforeLast === 'hosts' && path.length === 3)
      return hostItems(lookup, namespace, range);
    if (typeof last === 'number' && beforeLast === 'gateways') return gatewayItems(lookup, namespace, range);
    return [];
  }
  if (path.length === 2 && last === 'host') return hostItems(lookup, namespace, range);
  if (path.length === 5 && path[1] === 'subsets' && beforeLast === 'labels' && typeof last === 'string') {
    const host = ruleHost(file, text, context.documentStart, offset);
    return host ? labelValueItems(workloadsFor(lookup, host, namespace), last, range) : [];
  }
  return [];
}

/**
 * Label keys of the host's workloads while a key is typed under a DestinationRule subset's
 * `labels:` (schema key completion has nothing to offer in a free-form map).
 */
export function workspaceKeyCompletions(
  file: SourceFile,
  position: Position,
  workspace: WorkspaceIndex,
  settings: Settings,
): CompletionItem[] {
  const text = file.document.getText();
  const offset = file.document.offsetAt(position);
  const context = cursorContext(text, offset);
  if (!context || context.mode !== 'key') return [];
  const path = context.path;
  if (path.length !== 4 || path[1] !== 'subsets' || path[3] !== 'labels') return [];
  if (documentKind(text, context.documentStart) !== 'DestinationRule') return [];
  const host = ruleHost(file, text, context.documentStart, offset);
  if (!host) return [];
  const lookup = workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace);
  const namespace = namespaceAt(file, text, context.documentStart, offset, settings.defaultNamespace);
  const range = { start: file.document.positionAt(context.replaceStart), end: position };
  const values = new Map<string, Set<string>>();
  for (const w of workloadsFor(lookup, host, namespace)) {
    for (const [key, value] of Object.entries(w.podLabels))
      (values.get(key) ?? values.set(key, new Set()).get(key)!).add(value);
  }
  return [...values]
    .filter(([key]) => !context.siblings.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, seen]) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: `pod label: ${[...seen].sort().join(', ')}`,
      textEdit: { range, newText: `${key}: ` },
    }));
}

function subsetItems(
  lookup: WorkspaceLookup,
  host: string,
  namespace: string,
  range: Range,
): CompletionItem[] {
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const { subset, rule } of subsetsForHost(lookup, host, namespace)) {
    if (seen.has(subset.name.value)) continue;
    seen.add(subset.name.value);
    const labels = Object.entries(subset.labels).map(([k, v]) => `${k}=${v}`);
    items.push({
      label: subset.name.value,
      kind: CompletionItemKind.EnumMember,
      detail: `subset of DestinationRule ${rule.name?.value ?? rule.host?.value ?? ''}`.trimEnd(),
      ...(labels.length
        ? { documentation: { kind: MarkupKind.Markdown, value: `Labels: \`${labels.join('`, `')}\`` } }
        : {}),
      textEdit: { range, newText: subset.name.value },
    });
  }
  return items;
}

function gatewayItems(lookup: WorkspaceLookup, namespace: string, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [
    {
      label: 'mesh',
      kind: CompletionItemKind.Keyword,
      detail: 'the sidecars of every workload in the mesh',
      textEdit: { range, newText: 'mesh' },
      sortText: '2mesh',
    },
  ];
  for (const gateway of distinctResources(lookup.gateways, lookup.defaultNamespace)) {
    if (!gateway.name) continue;
    const ns = namespaceOf(gateway, lookup.defaultNamespace);
    const ref = ns === namespace ? gateway.name.value : `${ns}/${gateway.name.value}`;
    const hosts = [...new Set(gateway.servers.flatMap((s) => s.hosts.map((h) => h.value)))];
    items.push({
      label: ref,
      kind: CompletionItemKind.Reference,
      detail: `Gateway in ${ns}${hosts.length ? ` · ${hosts.join(', ')}` : ''}`,
      textEdit: { range, newText: ref },
      sortText: `${ns === namespace ? '0' : '1'}${ref}`,
    });
  }
  return items;
}

function hostItems(lookup: WorkspaceLookup, namespace: string, range: Range): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const service of distinctResources(lookup.services, lookup.defaultNamespace)) {
    if (!service.name) continue;
    const ns = namespaceOf(service, lookup.defaultNamespace);
    const host = ns === namespace ? service.name.value : `${service.name.value}.${ns}.${CLUSTER_DOMAIN}`;
    const ports = service.ports.flatMap((p) => (p.number !== undefined ? [String(p.number)] : []));
    items.set(host, {
      label: host,
      kind: CompletionItemKind.Module,
      detail: `Service in ${ns}${ports.length ? ` · port ${ports.join(', ')}` : ''}`,
      textEdit: { range, newText: host },
      sortText: `${ns === namespace ? '0' : '1'}${host}`,
    });
  }
  for (const entry of distinctResources(lookup.serviceEntries, lookup.defaultNamespace)) {
    for (const host of entry.hosts) {
      if (host.value.includes('*') || items.has(host.value)) continue;
      items.set(host.value, {
        label: host.value,
        kind: CompletionItemKind.Module,
        detail: `ServiceEntry ${entry.name?.value ?? ''}`.trimEnd(),
        textEdit: { range, newText: host.value },
        sortText: `2${host.value}`,
      });
    }
  }
  return [...items.values()];
}

function labelValueItems(workloads: readonly Workload[], key: string, range: Range): CompletionItem[] {
  const byValue = new Map<string, string[]>();
  for (const w of workloads) {
    const value = w.podLabels[key];
    if (value === undefined) continue;
    (byValue.get(value) ?? byValue.set(value, []).get(value)!).push(
      `${w.kind} ${w.name?.value ?? ''}`.trimEnd(),
    );
  }
  return [...byValue].map(([value, owners]) => ({
    label: value,
    kind: CompletionItemKind.Value,
    detail: owners.join(', '),
    textEdit: { range, newText: value },
  }));
}

/** The workloads behind a host's Services; without a Service, every workload of the namespace. */
function workloadsFor(lookup: WorkspaceLookup, host: string, namespace: string): Workload[] {
  const services = servicesForHost(lookup, host, namespace).services;
  if (services.length > 0) return workloadsOfServices(lookup, services);
  return [...(lookup.workloadsByNamespace.get(namespace) ?? [])];
}

function documentKind(text: string, start: number): string | undefined {
  return /^kind:[ \t]*["']?([A-Za-z]+)/m.exec(documentText(text, start))?.[1];
}

function documentText(text: string, start: number): string {
  const next = text.slice(start).search(/^---(\s|$)/m);
  return text.slice(start, next === -1 ? undefined : start + next);
}

function resourceAt(file: SourceFile, offset: number): Resource | undefined {
  return file.resources.find((r) => offset >= r.span.start && offset <= r.span.end);
}

/** The namespace of the resource at the cursor: parsed when possible, else read from the text. */
function namespaceAt(
  file: SourceFile,
  text: string,
  start: number,
  offset: number,
  fallback: string,
): string {
  const resource = resourceAt(file, offset);
  if (resource) return namespaceOf(resource, fallback);
  return /^ {2}namespace:[ \t]*["']?([\w.-]+)/m.exec(documentText(text, start))?.[1] ?? fallback;
}

function ruleHost(file: SourceFile, text: string, start: number, offset: number): string | undefined {
  const resource = resourceAt(file, offset);
  if (resource && isDestinationRule(resource) && resource.host) return resource.host.value;
  if (resource && isVirtualService(resource)) return undefined;
  return /^ {2}host:[ \t]*["']?([^\s"'#]+)/m.exec(documentText(text, start))?.[1];
}

/**
 * The value of `key` in the same mapping as the cursor's line: lines above and below at the
 * cursor line's indentation, up to the first line indented less.
 */
function siblingValue(text: string, offset: number, key: string): string | undefined {
  const lineStart = lineStartAt(text, offset);
  // On a list item's first line (`- name: x`), the item's keys sit two columns further in.
  const lead = /^( *)(- )?/.exec(text.slice(lineStart))!;
  const indent = lead[1]!.length + (lead[2] ? 2 : 0);
  const lines = text.split('\n');
  const cursorLine = text.slice(0, lineStart).split('\n').length - 1;
  const pattern = new RegExp(`^ {${indent}}${key}:[ \\t]*["']?([^\\s"'#]+)`);
  // The item's first key, written after its dash one level up.
  const dashed = new RegExp(`^ {${Math.max(0, indent - 2)}}- ${key}:[ \\t]*["']?([^\\s"'#]+)`);
  for (const step of [-1, 1]) {
    for (let i = cursorLine + step; i >= 0 && i < lines.length; i += step) {
      const line = lines[i]!;
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const lineIndent = /^ */.exec(line)![0].length;
      if (step === -1 && lineIndent === indent - 2 && indent >= 2 && /^ *- /.test(line)) {
        const match = dashed.exec(line);
        if (match) return match[1];
        break;
      }
      if (lineIndent < indent || (lineIndent === indent && /^ *- /.test(line))) break;
      const match = pattern.exec(line);
      if (match) return match[1];
    }
  }
  return undefined;
}
