// Host names as Istio and Kubernetes DNS see them: a short name resolves in the namespace of the
// resource that names it, and `name.ns`, `name.ns.svc` and `name.ns.svc.cluster.local` are the
// same service.

export const CLUSTER_DOMAIN = 'svc.cluster.local';

/**
 * The fully qualified forms a host may stand for, for comparison. `a.b` could be a service in
 * namespace `b` or an external name, so it yields both readings.
 */
export function hostForms(host: string, namespace: string): string[] {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (h === '' || h.includes('*')) return [h];
  const parts = h.split('.');
  if (parts.length === 1) return [`${h}.${namespace}.${CLUSTER_DOMAIN}`];
  if (parts.length === 2) return [`${h}.${CLUSTER_DOMAIN}`, h];
  if (parts.length === 3 && parts[2] === 'svc') return [`${h}.cluster.local`];
  return [h];
}

/** Whether two hosts, each read in its own resource's namespace, name the same service. */
export function sameHost(a: string, aNamespace: string, b: string, bNamespace: string): boolean {
  const forms = new Set(hostForms(a, aNamespace));
  return hostForms(b, bNamespace).some((f) => forms.has(f));
}

/** The service name and namespace of an in-cluster host, if it is one. */
export function serviceOfHost(
  host: string,
  namespace: string,
): { name: string; namespace: string } | undefined {
  for (const form of hostForms(host, namespace)) {
    if (!form.endsWith(`.${CLUSTER_DOMAIN}`)) continue;
    const [name, ns] = form.slice(0, -CLUSTER_DOMAIN.length - 1).split('.');
    if (name && ns) return { name, namespace: ns };
  }
  return undefined;
}
