// Hover: our documentation for the key under the cursor, or for the enum value under it; on a
// `weight` value, the route's split with this destination's share; on a destination's `host` or
// `subset` value, the subset's labels, the workloads they select and the route's split; on
// `metadata.name` / `metadata.namespace`, the namespace kustomizations give the resource.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { isScalar } from '../syntax/yamlAst';
import type { SourceFile } from '../sourceFile';
import { readTypeMeta } from '../model/readResources';
import { resourceRoots, rootPath } from '../model/resourceRoots';
import { nodeAtOffset, type PathSegment } from '../syntax/yamlAst';
import {
  describeFieldType,
  docFor,
  enumDoc,
  fieldAt,
  guessKindSchema,
  manifestSchema,
} from '../schema/schemaAt';
import { toRange } from './diagnostics/diagnose';
import { kustomizedNamespaceHover } from './kustomizeHover';
import type { ResourceSplit, RouteSplit, SplitEntry } from './trafficSplit';
import type { Settings } from '../settings';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { isVirtualService, type Resource } from '../model/resources';
import { namespaceOf } from '../model/namespaces';
import {
  findSubset,
  qualifiedName,
  resolveGatewayRef,
  servicesForHost,
  workloadsForSubset,
  workloadsOfServices,
} from '../workspace/resolve';
import { isLive, liveContext } from '../cluster/liveResources';
import { callersOf, subsetVisibility } from '../workspace/destinationRuleScope';

/** What the destination hover needs to look across files; without it, that hover is skipped. */
export interface HoverWorkspace {
  readonly workspace: WorkspaceIndex;
  readonly settings: Settings;
}

export function hover(
  file: SourceFile,
  position: Position,
  splits: readonly ResourceSplit[],
  across?: HoverWorkspace,
): Hover | null {
  const offset = file.document.offsetAt(position);
  const document = file.yaml.documents.find((d) => offset >= d.span.start && offset <= d.span.end);
  if (!document) return null;
  const root = resourceRoots(document).find((r) => offset >= r.span.start && offset <= r.span.end);
  const meta = root && readTypeMeta(root, document.doc);
  if (!root || !meta) return null;
  const kustomized = kustomizedNamespaceHover(
    file,
    document,
    root,
    offset,
    across?.settings.defaultNamespace,
  );
  if (kustomized) return kustomized;
  const kindSchema = guessKindSchema(meta.apiVersion.value, meta.kind.value);
  if (!kindSchema) {
    // Kinds without a schema still get the split on a weight value.
    const split = describeSplitAt(splits, offset);
    return split ? { contents: { kind: MarkupKind.Markdown, value: split } } : null;
  }
  const { path, onKey } = nodeAtOffset(document.doc, offset);
  const innermost = path[path.length - 1];
  if (!innermost || innermost.segment === undefined) return null;
  // Inside a list (`kind: List`), the resource starts below `items[n]`.
  const segments: PathSegment[] = path.slice(1 + rootPath(root).length).map((p) => p.segment!);
  if (segments.length === 0) return null;
  const field = fieldAt(manifestSchema(kindSchema), segments);
  if (!field) return null;
  const span = { start: innermost.node.range?.[0] ?? offset, end: innermost.node.range?.[1] ?? offset };
  const range = toRange(file, span);
  const name = String(innermost.segment);
  if (onKey) {
    const doc = docFor(field);
    if (!doc) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: `**${name}** · _${describeFieldType(field)}_\n\n${doc}` },
      range,
    };
  }
  if (isScalar(innermost.node) && typeof innermost.node.value === 'string') {
    const value = innermost.node.value;
    const text = enumDoc(field.type === 'array' && field.items ? field.items : field, value);
    if (text) return { contents: { kind: MarkupKind.Markdown, value: `**${value}**\n\n${text}` }, range };
  }
  if (name === 'weight') {
    const split = describeSplitAt(splits, offset);
    if (split) return { contents: { kind: MarkupKind.Markdown, value: split }, range };
  }
  const parent = path[path.length - 2]?.segment;
  if (across && typeof innermost.segment === 'number' && parent === 'gateways' && isScalar(innermost.node)) {
    const text = describeGatewayAt(file, offset, String(innermost.node.value), across);
    if (text) return { contents: { kind: MarkupKind.Markdown, value: text }, range };
  }
  if (across && parent === 'destination' && (name === 'host' || name === 'subset')) {
    const text = describeDestinationAt(file, splits, offset, across);
    if (text) return { contents: { kind: MarkupKind.Markdown, value: text }, range };
  }
  return null;
}

/**
 * The destination under the cursor: its subset's labels (or its host's Services) and the
 * workloads they select, then the route's split with this destination marked.
 */
function describeDestinationAt(
  file: SourceFile,
  splits: readonly ResourceSplit[],
  offset: number,
  { workspace, settings }: HoverWorkspace,
): string | undefined {
  for (const split of splits) {
    const vs = split.resource;
    if (!isVirtualService(vs)) continue;
    for (const route of split.routes) {
      const entry = route.entries.find((e) => offset >= e.span.start && offset <= e.span.end);
      if (!entry?.host) continue;
      const lookup = workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace);
      const namespace = namespaceOf(vs, settings.defaultNamespace);
      const host = entry.host.value;
      const services = servicesForHost(lookup, host, namespace).services;
      const context = workspace.cluster?.snapshot.context;
      const lines = [`**${[host, entry.subset?.value].filter(Boolean).join(' › ')}**`, ''];
      if (entry.unavailable !== undefined) lines.push(`**503:** ${entry.unavailable}.`, '');
      if (entry.subset) {
        const definitions = findSubset(lookup, host, entry.subset.value, namespace);
        // The definition the route's first caller gets, when it gets one (see subset-not-visible).
        const caller = callersOf(vs, lookup)[0];
        const seen =
          caller &&
          subsetVisibility(lookup, host, entry.subset.value, namespace, {
            caller: caller.namespace,
            root: settings.rootNamespace,
          });
        const first =
          seen && seen.kind === 'visible' ? { subset: seen.subset, rule: seen.rule } : definitions[0];
        if (!first) {
          lines.push(
            `No DestinationRule in the workspace${context !== undefined ? ` or in context ${context}` : ''} defines subset \`${entry.subset.value}\` for this host.`,
          );
        } else {
          const labels = Object.entries(first.subset.labels).map(([k, v]) => `\`${k}=${v}\``);
          const where = isLive(first.rule)
            ? `live in context ${liveContext(first.rule)}`
            : fileName(first.rule.uri);
          lines.push(
            `Subset of DestinationRule \`${first.rule.name?.value ?? host}\` (${where}), labels ${labels.join(', ') || '(none)'}.`,
          );
          const workloads = workloadsForSubset(lookup, services, first.subset.labels);
          lines.push('', selectedText(workloads, services.length, settings));
          lines.push(...readyPodsText(entry.subset.value, workloads, context));
          // The same verdict as subset-not-visible and the simulator: a caller that does not
          // get the defining DestinationRule has no such subset.
          for (const { namespace: caller, via } of callersOf(vs, lookup)) {
            const seen = subsetVisibility(lookup, host, entry.subset.value, namespace, {
              caller,
              root: settings.rootNamespace,
            });
            if (seen.kind === 'invisible')
              lines.push(
                '',
                `**503 for ${via}:** they do not get DestinationRule ${qualifiedName(seen.rule, settings.defaultNamespace)}, the only one defining this subset: ${seen.why}.`,
              );
          }
        }
      } else if (services.length > 0) {
        const workloads = workloadsOfServices(lookup, services);
        lines.push(selectedText(workloads, services.length, settings));
        lines.push(...readyPodsText(host, workloads, context));
      }
      const liveServices = services.filter(isLive);
      if (liveServices.length > 0 && liveServices.length === services.length)
        lines.push('', `Service \`${host}\`: live in context ${context} (not in any file of the workspace).`);
      lines.push('', ...routeTable(route, entry));
      return lines.join('\n');
    }
  }
  return undefined;
}

/** A gateway reference: where its Gateway is defined (a file, or live in the cluster's context). */
function describeGatewayAt(
  file: SourceFile,
  offset: number,
  ref: string,
  { workspace, settings }: HoverWorkspace,
): string | undefined {
  const resource = file.resources.find((r) => offset >= r.span.start && offset <= r.span.end);
  if (!resource || !isVirtualService(resource)) return undefined;
  const lookup = workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace);
  const resolved = resolveGatewayRef(lookup, ref, namespaceOf(resource, settings.defaultNamespace));
  if (resolved.kind === 'mesh') return undefined;
  const first = resolved.gateways[0];
  const title = `**Gateway ${resolved.namespace}/${resolved.name}**`;
  if (!first)
    return `${title}\n\nNot defined in the workspace${workspace.cluster ? ` nor live in context ${workspace.cluster.snapshot.context}` : ''}.`;
  return `${title}\n\n${whereDefined(first)}.`;
}

/** "Live in context dev (not in any file)" or "Defined in gateway.yaml". */
function whereDefined(resource: Resource): string {
  const context = liveContext(resource);
  return context !== undefined
    ? `Live in context ${context} (not in any file of the workspace)`
    : `Defined in ${fileName(resource.uri)}`;
}

/** "v2: 3 pods ready in dev", when the snapshot's running pods are among the selected workloads. */
function readyPodsText(label: string, workloads: readonly Resource[], context: string | undefined): string[] {
  if (context === undefined) return [];
  const pods = workloads.filter((w) => isLive(w) && w.kind === 'Pod').length;
  return ['', `${label}: ${pods} ${pods === 1 ? 'pod' : 'pods'} ready in ${context}`];
}

const MAX_NAMED_WORKLOADS = 10;

function selectedText(workloads: readonly Resource[], services: number, settings: Settings): string {
  if (services === 0)
    return 'The host has no Service in the workspace, so the selected workloads are unknown.';
  if (workloads.length === 0)
    return 'Selects no workload of the workspace: no pod of the host’s Services carries these labels.';
  // A cluster snapshot adds every ready pod: name the first few, count the rest.
  const names = workloads
    .slice(0, MAX_NAMED_WORKLOADS)
    .map(
      (w) => `${w.kind} \`${w.name?.value ?? '(unnamed)'}\` (${namespaceOf(w, settings.defaultNamespace)})`,
    );
  const more = workloads.length - names.length;
  return `Selects ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function routeTable(route: RouteSplit, marked: SplitEntry, relativeWeights = false): string[] {
  const rows = route.entries.map((e) => {
    const label =
      [e.host?.value, e.subset?.value].filter(Boolean).join(' › ') || `destination ${e.index + 1}`;
    const mark = e === marked ? ' ◀' : '';
    const share =
      route.rejected !== undefined ? '—' : `${e.percent}%${e.unavailable !== undefined ? ' (503)' : ''}`;
    return `| ${label} | ${e.weight ? String(e.weight.value) : '—'} | ${share}${mark} |`;
  });
  const note =
    route.rejected !== undefined
      ? ['', `**Rejected by Istio:** ${route.rejected}. This route sends no traffic.`]
      : !relativeWeights && route.entries.length > 1 && route.weighted > 0 && route.total !== 100
        ? ['', `The weights add up to ${route.total}, not 100; Istio reads them as relative shares.`]
        : [];
  const unavailable = route.entries.flatMap((e) =>
    e.unavailable !== undefined && route.rejected === undefined ? ['', `**503:** ${e.unavailable}.`] : [],
  );
  return [
    `**Traffic split** of ${route.protocol} route ${route.index + 1}`,
    '',
    '| destination | weight | share |',
    '|---|---|---|',
    ...rows,
    ...note,
    ...unavailable,
  ];
}

/** Gateway API weights are relative by definition: say so under their table. */
function relativeNote(split: ResourceSplit): string[] {
  return split.relativeWeights
    ? [
        '',
        'Gateway API weights are relative: each backend gets its weight divided by the rule’s total (a backend without a weight counts 1).',
      ]
    : [];
}

function describeSplitAt(splits: readonly ResourceSplit[], offset: number): string | undefined {
  for (const split of splits) {
    for (const route of split.routes) {
      const entry = route.entries.find(
        (e) => e.weight && offset >= e.weight.span.start && offset <= e.weight.span.end,
      );
      if (entry)
        return [...routeTable(route, entry, split.relativeWeights === true), ...relativeNote(split)].join(
          '\n',
        );
    }
  }
  return undefined;
}
