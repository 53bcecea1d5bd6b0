// Drift: a file resource whose live version (same group, kind, namespace and name in the cluster
// snapshot) says something else. Normalised as `kubectl apply` sees it: only the fields the file
// writes under `spec` are compared, so defaults the API server adds, status, managedFields and
// other metadata never count. Reported once per resource, at the first differing field.
import type { LiveObject } from '../../../../../protocol/src/cluster';
import { resourceIdentity } from '../../../workspace/resolve';
import type { Span } from '../../../syntax/parseYaml';
import {
  asMap,
  deref,
  getValue,
  isMap,
  isPair,
  isScalar,
  isSeq,
  keyName,
  spanOf,
  toPlain,
  type Document,
} from '../../../syntax/yamlAst';
import type { Rule } from '../ruleTypes';

interface Difference {
  readonly path: string;
  readonly span: Span;
  readonly file: unknown;
  readonly live: unknown;
}

export const differsFromCluster: Rule = {
  code: 'differs-from-cluster',
  wholeFile: true,
  defaultSeverity: 'info',
  summary:
    'With a cluster snapshot: a resource whose live version differs from the file in a field the file writes under `spec` (defaults, status and metadata ignored), shown at the first differing field with both values.',
  // Reads the file's syntax tree and the snapshot only, never other files: it runs with the
  // file-local rules, while the tree is at hand (the CLI's cross-file phase no longer has it).
  crossFile: false,
  check(context, report) {
    const cluster = context.workspace.cluster;
    if (!cluster) return;
    const source = `cluster:${cluster.snapshot.context}`;
    for (const resource of context.file.resources) {
      const id = resourceIdentity(resource, context.settings.defaultNamespace);
      const live = id === undefined ? undefined : cluster.objects.get(id);
      const document = context.file.yaml.documents[resource.docIndex];
      if (!live || !document) continue;
      const spec = getValue(asMap(document.doc.contents, document.doc), 'spec');
      if (spec === undefined) continue;
      const difference = firstDifference(spec, live.spec, 'spec', document.doc);
      if (!difference) continue;
      const where = `context ${cluster.snapshot.context}`;
      report({
        span: difference.span,
        message: `Differs from ${where} at \`${difference.path}\`: ${describe(difference, live, { spec: toPlain(spec, document.doc) })}. Diff Against Cluster shows everything that would change.`,
        data: { source, path: difference.path },
      });
    }
  },
};

/**
 * The first field the file writes whose live value is different: maps compare the file's keys
 * only (extra live keys are defaults or other managers' fields), sequences element by element
 * and by length, scalars by value.
 */
function firstDifference(node: unknown, live: unknown, path: string, doc: Document): Difference | undefined {
  const target = deref(node, doc);
  if (isMap(target)) {
    if (!isObject(live)) return leaf(target, live, path, doc);
    for (const pair of target.items) {
      if (!isPair(pair)) continue;
      const key = keyName(pair);
      if (key === undefined) continue;
      const value = deref(pair.value, doc);
      // `key:` with nothing after it is null, which the API server drops.
      if (value === undefined || value === null || (isScalar(value) && value.value === null)) continue;
      const found = firstDifference(pair.value, live[key], `${path}.${key}`, doc);
      if (found)
        return found.span.start === found.span.end
          ? { ...found, span: spanOf(pair.key) ?? found.span }
          : found;
    }
    return undefined;
  }
  if (isSeq(target)) {
    if (!Array.isArray(live) || live.length !== target.items.length) return leaf(target, live, path, doc);
    for (let i = 0; i < target.items.length; i++) {
      const found = firstDifference(target.items[i], live[i], `${path}[${i}]`, doc);
      if (found) return found;
    }
    return undefined;
  }
  const value = toPlain(target, doc);
  return sameScalar(value, live) ? undefined : leaf(target, live, path, doc);
}

function leaf(node: unknown, live: unknown, path: string, doc: Document): Difference {
  const span = spanOf(node) ?? { start: 0, end: 0 };
  return { path, span: { start: span.start, end: span.end }, file: toPlain(node, doc), live };
}

/** `8080` and `"8080"` are the same to the API server for int-or-string fields. */
function sameScalar(file: unknown, live: unknown): boolean {
  if (file === live) return true;
  if (
    (typeof file === 'number' || typeof file === 'string') &&
    (typeof live === 'number' || typeof live === 'string')
  )
    return String(file) === String(live);
  return false;
}

/** "live 100/0, file 90/10" for a route's weights; otherwise both values, shortened. */
function describe(difference: Difference, live: LiveObject, file: unknown): string {
  const weight = /^(spec\.(?:http|tcp|tls)\[\d+\])\.route\[\d+\]\.weight$/.exec(difference.path);
  if (weight) {
    const weights = (obj: unknown) => {
      const route = readPath(obj, weight[1]!);
      const list: unknown[] = isObject(route) && Array.isArray(route.route) ? route.route : [];
      return list.map((d) => show(isObject(d) ? (d.weight ?? 0) : 0)).join('/');
    };
    return `live ${weights(live)}, file ${weights(file)}`;
  }
  return `live ${show(difference.live)}, file ${show(difference.file)}`;
}

function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split(/\.|\[|\]/).filter((p) => p !== '')) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isObject(current)) current = current[part];
    else return undefined;
  }
  return current;
}

function show(value: unknown): string {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
