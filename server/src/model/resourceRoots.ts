// Where the resources of a YAML document are: the document itself, or, for a Kubernetes list
// (`kind: List` as `kubectl get -o yaml` writes it, or a typed list such as
// `VirtualServiceList`), each map of its `items`. Every reader (resource views, schema checks,
// kind and apiVersion rules, hover) walks these roots, so a list is read like the files it holds.
import type { Document, YAMLMap } from '../syntax/yamlAst';
import type { Span, YamlDocument } from '../syntax/parseYaml';
import { asMap, asSeq, getValue, spanOf, stringValue } from '../syntax/yamlAst';

export interface ResourceRoot {
  /** The resource's top-level map. */
  readonly node: YAMLMap;
  /** Position in the list's `items`, for a resource read from a list. */
  readonly itemIndex?: number;
  /** The whole resource: the document, or the list item. */
  readonly span: Span;
}

/** Whether a kind names a Kubernetes list (`List`, `VirtualServiceList`, …). */
export function isListKind(kind: string): boolean {
  return kind === 'List' || (kind.length > 4 && kind.endsWith('List'));
}

/**
 * The resource roots of a document. Each parse makes new YamlDocument objects and never changes
 * them, so the roots are worked out once per parse (the readers and a dozen rules each ask for
 * every document's roots) and kept on the document object, so they go when it goes.
 */
export function resourceRoots(document: YamlDocument): readonly ResourceRoot[] {
  const holder = document as YamlDocument & { [ROOTS]?: readonly ResourceRoot[] };
  let roots = holder[ROOTS];
  if (!roots) {
    roots = findRoots(document);
    Object.defineProperty(holder, ROOTS, { value: roots });
  }
  return roots;
}

/**
 * The roots are kept on the document object (a hidden, non-enumerable property), not in a
 * WeakMap: V8's young-generation GC keeps a WeakMap's young entries alive, so every document's
 * syntax tree was promoted and the index workers spent most of their time in GC.
 */
const ROOTS = Symbol('resource roots');

function findRoots(document: YamlDocument): ResourceRoot[] {
  const { doc } = document;
  const root = asMap(doc.contents, doc);
  if (!root) return [];
  const kind = stringValue(getValue(root, 'kind'), doc);
  const items = kind !== undefined && isListKind(kind) ? asSeq(getValue(root, 'items'), doc) : undefined;
  if (!items) return [{ node: root, span: document.span }];
  const roots: ResourceRoot[] = [];
  items.items.forEach((item, itemIndex) => {
    const node = asMap(item, doc);
    const span = spanOf(item);
    if (node && span) roots.push({ node, itemIndex, span });
  });
  return roots;
}

/** The root of a resource read from `document` (its list item when `itemIndex` is set). */
export function rootOf(document: YamlDocument, itemIndex: number | undefined): YAMLMap | undefined {
  return resourceRoots(document).find((r) => r.itemIndex === itemIndex)?.node;
}

/** The path segments from the document root to a resource root (`items`, n) or none. */
export function rootPath(root: ResourceRoot): (string | number)[] {
  return root.itemIndex === undefined ? [] : ['items', root.itemIndex];
}

export type { Document };
