// Hover on a resource's `metadata.name` or `metadata.namespace` when kustomizations take its file
// in: the namespace it is resolved in and the kustomization that sets it, or why its own namespace
// stands (the renderings disagree). The namespace itself comes from the workspace index
// (workspace/kustomize.ts), written on the resource view.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { SourceFile } from '../sourceFile';
import type { YamlDocument } from '../syntax/parseYaml';
import { nodeAtOffset } from '../syntax/yamlAst';
import { rootPath, type ResourceRoot } from '../model/resourceRoots';
import type { Resource } from '../model/resources';
import { toRange } from './diagnostics/diagnose';

export function kustomizedNamespaceHover(
  file: SourceFile,
  document: YamlDocument,
  root: ResourceRoot,
  offset: number,
  defaultNamespace: string | undefined,
): Hover | null {
  const resource = file.resources.find(
    (r) => r.docIndex === document.index && r.itemIndex === root.itemIndex && r.kustomized,
  );
  if (!resource) return null;
  const { path, onKey } = nodeAtOffset(document.doc, offset);
  const segments = path.slice(1 + rootPath(root).length).map((p) => p.segment);
  const field = segments[0] === 'metadata' && segments.length === 2 ? segments[1] : undefined;
  if (!(field === 'namespace' || (field === 'name' && !onKey))) return null;
  const text = describeKustomizedNamespace(resource, defaultNamespace);
  if (!text) return null;
  const node = path[path.length - 1]?.node;
  const span = { start: node?.range?.[0] ?? offset, end: node?.range?.[1] ?? offset };
  return { contents: { kind: MarkupKind.Markdown, value: text }, range: toRange(file, span) };
}

/** The hover text for a resource whose file kustomizations take in. */
export function describeKustomizedNamespace(
  resource: Resource,
  defaultNamespace: string | undefined,
): string | undefined {
  const placed = resource.kustomized;
  if (!placed) return undefined;
  const own = resource.namespace?.value || undefined;
  if (placed.namespace !== undefined && placed.setBy !== undefined) {
    const replaced =
      own !== undefined && own !== placed.namespace
        ? ` It replaces the namespace written here (\`${own}\`), as \`kubectl kustomize\` does.`
        : '';
    return (
      `**Namespace ${placed.namespace}**, set by ${link(placed.setBy, resource.uri)} ` +
      `(\`namespace: ${placed.namespace}\`): references from and to this resource are resolved there.${replaced}`
    );
  }
  if (!placed.conflict) return undefined;
  const title =
    own !== undefined
      ? `**Namespace ${own}** (its own)`
      : `**Namespace ${defaultNamespace ?? 'default'}** (the default: it names none)`;
  const { file, renderings } = placed.conflict;
  const where = file === resource.uri ? 'this file' : link(file, resource.uri);
  const which = placed.conflict.resource
    ? `${placed.conflict.resource.replace('/', ' `')}\` (in ${where} and elsewhere)`
    : where;
  const each = renderings
    .map(
      (r) =>
        `${link(r.root, resource.uri)} gives it ${r.namespace !== undefined ? `namespace ${r.namespace}` : 'none'}`,
    )
    .join('; ');
  return (
    `${title}. The kustomizations that render it disagree about ` +
    `${which}: ${each}. No one namespace describes these files, so they are resolved with their own; ` +
    `\`istio-canary check\` on a kustomization folder checks its rendering.`
  );
}

/** A link to `target`, labelled by its path from the folder it shares with `from` (with its folder). */
function link(target: string, from: string): string {
  const a = target.split('/');
  const b = from.split('/');
  let common = 0;
  while (common < a.length - 1 && common < b.length - 1 && a[common] === b[common]) common++;
  const label = a.slice(a.length - common === 1 ? Math.max(common - 1, 0) : common).join('/');
  let decoded = label;
  try {
    decoded = decodeURIComponent(label);
  } catch {
    // A malformed escape stays as written.
  }
  return `[\`${decoded}\`](${target})`;
}
