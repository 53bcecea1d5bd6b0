// The demo cluster: the Kubernetes API stand-in loaded with YAML, for trying the cluster features
// (check --cluster, split --live, Apply Canary, Diff, drift) without a real cluster. Used by
// `npm run demo-cluster` (scripts/demo-cluster.mjs bundles this file) and by `npm start`. It is a
// development tool: nothing here ships in the .vsix. Loopback only; the kubeconfig it writes has
// one context, `demo`, with a token made at start.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KubeApiStandIn, writeKubeconfig, type StoredObject } from './kubeApiStandIn';

export interface DemoClusterOptions {
  /** Folders or files of YAML to store at start. */
  load?: string[];
  /** Route weights of loaded VirtualServices become 100 for the first destination, 0 for the others. */
  stable?: boolean;
  port?: number;
  /** Where to write the kubeconfig. */
  kubeconfigPath: string;
  forbiddenKinds?: string[];
  lifetimeMs?: number;
}

export interface DemoCluster {
  standIn: KubeApiStandIn;
  kubeconfig: string;
  /** Objects stored, and documents skipped with the reason. */
  loaded: number;
  skipped: string[];
}

const DEMO_NAMESPACE = 'default';

export async function startDemoCluster(options: DemoClusterOptions): Promise<DemoCluster> {
  const token = randomBytes(16).toString('hex');
  const standIn = await KubeApiStandIn.start({
    users: [{ name: 'demo', token, canWrite: true }],
    lifetimeMs: options.lifetimeMs ?? 2 ** 31 - 1,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.forbiddenKinds ? { forbiddenKinds: options.forbiddenKinds } : {}),
  });
  const kubeconfig = writeKubeconfig(
    options.kubeconfigPath,
    standIn,
    [{ name: 'demo', user: { token }, namespace: DEMO_NAMESPACE }],
    'demo',
  );
  let loaded = 0;
  const skipped: string[] = [];
  const namespaces = new Set<string>([DEMO_NAMESPACE]);
  const objects = (options.load ?? []).flatMap((p) => yamlObjects(p, skipped));
  for (const obj of objects) {
    namespaces.add(obj.metadata.namespace ?? DEMO_NAMESPACE);
    if (options.stable) stabilise(obj);
  }
  for (const ns of namespaces) standIn.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  for (const { obj, where } of objects.map((o) => ({ obj: o, where: o.metadata.name }))) {
    try {
      standIn.seed(obj);
      loaded++;
      for (const pod of podsOf(obj)) standIn.seed(pod);
    } catch (error) {
      skipped.push(`${obj.kind} ${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { standIn, kubeconfig, loaded, skipped };
}

function yamlObjects(path: string, skipped: string[]): StoredObject[] {
  const stat = statSync(path);
  if (stat.isDirectory())
    return readdirSync(path)
      .sort()
      .flatMap((entry) =>
        entry.startsWith('.') || entry === 'node_modules' ? [] : yamlObjects(join(path, entry), skipped),
      )
      .filter((o) => o !== undefined);
  if (!/\.ya?ml$/.test(path)) return [];
  const out: StoredObject[] = [];
  for (const doc of parseAllDocuments(readFileSync(path, 'utf8'))) {
    if (!('errors' in doc) || doc.errors.length > 0) {
      skipped.push(`${path}: YAML errors`);
      continue;
    }
    const value = doc.toJS() as unknown;
    if (!isObject(value)) continue;
    const metadata = value.metadata;
    if (
      typeof value.apiVersion !== 'string' ||
      typeof value.kind !== 'string' ||
      !isObject(metadata) ||
      typeof metadata.name !== 'string'
    ) {
      skipped.push(`${path}: a document without apiVersion, kind and metadata.name`);
      continue;
    }
    out.push(value as StoredObject);
  }
  return out;
}

/** 100 % to the first destination of each weighted route: the state before a canary starts. */
function stabilise(obj: StoredObject): void {
  if (obj.kind !== 'VirtualService' || !isObject(obj.spec)) return;
  for (const protocol of ['http', 'tcp', 'tls']) {
    const routes = obj.spec[protocol];
    if (!Array.isArray(routes)) continue;
    for (const route of routes) {
      const destinations = isObject(route) && Array.isArray(route.route) ? route.route : [];
      if (destinations.length < 2) continue;
      destinations.forEach((d: unknown, i) => {
        if (isObject(d)) d.weight = i === 0 ? 100 : 0;
      });
    }
  }
}

/** Running, ready pods for a workload (its replicas, default 1), as a controller would make them. */
function podsOf(obj: StoredObject): StoredObject[] {
  if (!['Deployment', 'StatefulSet', 'Rollout'].includes(obj.kind) || !isObject(obj.spec)) return [];
  const template = isObject(obj.spec.template) ? obj.spec.template : {};
  const metadata = isObject(template.metadata) ? template.metadata : {};
  const labels = isObject(metadata.labels) ? metadata.labels : {};
  const replicas = typeof obj.spec.replicas === 'number' ? Math.min(obj.spec.replicas, 20) : 1;
  return Array.from({ length: replicas }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${obj.metadata.name}-${i}`,
      namespace: obj.metadata.namespace ?? DEMO_NAMESPACE,
      labels,
      ownerReferences: [{ apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name }],
    },
    spec: { containers: [{ name: 'app', image: 'demo' }] },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
  }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
