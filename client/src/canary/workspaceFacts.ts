// What the new-canary wizard can suggest from the workspace's YAML: Services (with their
// selectors and ports), workloads (with their pod labels) and Gateways. Pure: file texts in,
// facts out; broken YAML and non-Kubernetes files are skipped, never thrown on.

import { parseAllDocuments } from 'yaml';

export interface ServiceFact {
  name: string;
  namespace: string;
  selector: Record<string, string>;
  ports: number[];
}

export interface WorkloadFact {
  kind: string;
  name: string;
  namespace: string;
  /** The labels of the pods the workload creates (its pod template's labels). */
  podLabels: Record<string, string>;
}

export interface GatewayFact {
  name: string;
  namespace: string;
  hosts: string[];
}

export interface WorkspaceFacts {
  services: ServiceFact[];
  workloads: WorkloadFact[];
  gateways: GatewayFact[];
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Rollout']);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function stringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value) ?? {})) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') result[k] = String(v);
  }
  return result;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Collects the facts of many files; later duplicates (same kind, namespace, name) are dropped. */
export function collectWorkspaceFacts(
  texts: readonly string[],
  defaultNamespace = 'default',
): WorkspaceFacts {
  const facts: WorkspaceFacts = { services: [], workloads: [], gateways: [] };
  const seen = new Set<string>();
  for (const source of texts) {
    let documents;
    try {
      documents = parseAllDocuments(source);
    } catch {
      continue;
    }
    if (!Array.isArray(documents)) continue;
    for (const document of documents) {
      if (document.errors.length > 0) continue;
      const root = record(document.toJS({ maxAliasCount: 100 }) as unknown);
      const kind = text(root?.kind);
      const metadata = record(root?.metadata);
      const name = text(metadata?.name);
      if (!root || !kind || !name) continue;
      const namespace = text(metadata?.namespace) ?? defaultNamespace;
      const key = `${kind}/${namespace}/${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const spec = record(root.spec);
      const apiVersion = text(root.apiVersion) ?? '';
      if (kind === 'Service' && !apiVersion.includes('/')) {
        const ports = Array.isArray(spec?.ports)
          ? spec.ports.map((p) => record(p)?.port).filter((p): p is number => typeof p === 'number')
          : [];
        facts.services.push({ name, namespace, selector: stringMap(spec?.selector), ports });
      } else if (WORKLOAD_KINDS.has(kind)) {
        const template = record(spec?.template);
        const podLabels = stringMap(record(template?.metadata)?.labels);
        if (Object.keys(podLabels).length > 0) facts.workloads.push({ kind, name, namespace, podLabels });
      } else if (kind === 'Gateway' && apiVersion.startsWith('networking.istio.io/')) {
        const servers = Array.isArray(spec?.servers) ? spec.servers : [];
        const hosts = servers.flatMap((s) => {
          const list = record(s)?.hosts;
          return Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : [];
        });
        facts.gateways.push({ name, namespace, hosts: [...new Set(hosts)] });
      }
    }
  }
  return facts;
}

/** Whether a workload's pods carry every label of the selector (and so belong to the Service). */
export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

/** The workloads behind a Service: same namespace, pods selected by its selector. */
export function workloadsOf(service: ServiceFact, workloads: readonly WorkloadFact[]): WorkloadFact[] {
  return workloads.filter((w) => w.namespace === service.namespace && selects(service.selector, w.podLabels));
}

/**
 * The labels that tell one workload's pods from the Service's other pods: its pod labels minus
 * the Service selector's. Falls back to all pod labels when nothing is left.
 */
export function distinguishingLabels(
  podLabels: Record<string, string>,
  selector: Record<string, string>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(podLabels)) if (selector[k] !== v) result[k] = v;
  return Object.keys(result).length > 0 ? result : { ...podLabels };
}

/** A subset name suggested by labels: the `version` label, else a label value that is a DNS label. */
export function suggestSubsetName(labels: Record<string, string>, fallback: string): string {
  const candidates = [labels.version, labels['app.kubernetes.io/version'], ...Object.values(labels)];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const name = candidate
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (name.length > 0 && name.length <= 63) return name;
  }
  return fallback;
}
