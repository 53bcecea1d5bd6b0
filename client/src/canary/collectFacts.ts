// Reads the wizard's workspace facts out of YAML texts. Pure: file texts in, facts out; broken
// YAML and non-Kubernetes files are skipped, never thrown on. Loaded lazily by the New Canary
// command, so the `yaml` package is not part of the extension's activation.
import { parseAllDocuments } from 'yaml';
import type { WorkspaceFacts } from './workspaceFacts';

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
