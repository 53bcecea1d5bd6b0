// What the New Canary wizard can suggest (request `istioCanary/workspaceFacts`): the workspace's
// Services with the workloads they select, workloads with pod labels, Istio Gateways with their
// hosts and Gateway API Gateways with their listeners. Answered from the workspace lookup, so the
// wizard sees what diagnostics and navigation see (open editors' text, `kind: List` items, the
// default namespace), one entry per resource however many files hold versions of it.
import type {
  GatewayFact,
  KubeGatewayFact,
  WorkloadFact,
  WorkspaceFacts,
} from '../../../../protocol/src/newCanary';
import type { Workload } from '../../model/resources';
import { namespaceOf } from '../../model/namespaces';
import { CLUSTER_DOMAIN } from '../../istio/hosts';
import {
  distinctResources,
  resourceIdentity,
  workloadsSelectedBy,
  type WorkspaceLookup,
} from '../../workspace/resolve';

export function workspaceFacts(lookup: WorkspaceLookup): WorkspaceFacts {
  const ns = lookup.defaultNamespace;
  const byPlace = <T extends { namespace: string; name: string }>(a: T, b: T) =>
    a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
  // One fact per workload identity, so a Service's list holds the very objects of the full list.
  const workloadFacts = new Map<string, WorkloadFact>();
  for (const w of distinctResources(lookup.workloads, ns)) {
    const id = resourceIdentity(w, ns);
    if (!w.name || id === undefined || Object.keys(w.podLabels).length === 0) continue;
    workloadFacts.set(id, {
      kind: w.kind,
      name: w.name.value,
      namespace: namespaceOf(w, ns),
      podLabels: { ...w.podLabels },
    });
  }
  const factOf = (w: Workload): WorkloadFact[] => {
    const fact = workloadFacts.get(resourceIdentity(w, ns) ?? '');
    return fact ? [fact] : [];
  };
  const workloads = [...workloadFacts.values()].sort(byPlace);
  const services = distinctResources(lookup.services, ns)
    .flatMap((s) => (s.name ? [{ s, name: s.name.value }] : []))
    .map(({ s, name }) => {
      const namespace = namespaceOf(s, ns);
      const ports = [...new Set(s.ports.flatMap((p) => (p.number !== undefined ? [p.number] : [])))];
      return {
        name,
        namespace,
        host: `${name.toLowerCase()}.${namespace}.${CLUSTER_DOMAIN}`,
        selector: { ...s.selector },
        ports,
        workloads: [...new Set(workloadsSelectedBy(lookup, s.selector, namespace).flatMap(factOf))].sort(
          byPlace,
        ),
      };
    })
    .sort(byPlace);
  const gateways: GatewayFact[] = distinctResources(lookup.gateways, ns)
    .flatMap((g) => (g.name ? [{ g, name: g.name.value }] : []))
    .map(({ g, name }) => ({
      name,
      namespace: namespaceOf(g, ns),
      hosts: [...new Set(g.servers.flatMap((server) => server.hosts.map((h) => h.value)))],
    }))
    .sort(byPlace);
  const kubeGateways: KubeGatewayFact[] = distinctResources(lookup.kubeGateways, ns)
    .flatMap((g) => (g.name ? [{ g, name: g.name.value }] : []))
    .map(({ g, name }) => ({
      name,
      namespace: namespaceOf(g, ns),
      listeners: g.listeners.flatMap((l) =>
        l.name
          ? [
              {
                name: l.name.value,
                ...(l.hostname ? { hostname: l.hostname.value } : {}),
                ...(l.port !== undefined ? { port: l.port } : {}),
                ...(l.protocol !== undefined ? { protocol: l.protocol } : {}),
              },
            ]
          : [],
      ),
    }))
    .sort(byPlace);
  return { services, workloads, gateways, kubeGateways };
}
