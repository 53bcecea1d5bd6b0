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

/** The canonical form of a host for comparisons: trimmed, lower case, without a trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export function isWildcardHost(host: string): boolean {
  return host.includes('*');
}

/**
 * Whether `pattern` covers `host`: `*` covers everything, `*.example.com` covers every name
 * ending in `.example.com` (at any depth, but not `example.com` itself) and every narrower
 * wildcard such as `*.api.example.com`; a plain name covers only itself. Both sides are compared
 * as written (normalised), so callers expand short names with `hostForms` first.
 */
export function hostCovers(pattern: string, host: string): boolean {
  const p = normalizeHost(pattern);
  const h = normalizeHost(host);
  if (p === '*') return true;
  if (p.startsWith('*')) {
    const suffix = p.slice(1);
    if (h === '*') return false;
    const rest = h.startsWith('*') ? h.slice(1) : h;
    return h.startsWith('*') ? rest.endsWith(suffix) : h.length > suffix.length && h.endsWith(suffix);
  }
  return !h.includes('*') && p === h;
}

/**
 * Whether two hosts can name the same destination, as Istio's host matching decides between a
 * VirtualService host and a Gateway server host: one covers the other.
 */
export function hostsOverlap(a: string, b: string): boolean {
  return hostCovers(a, b) || hostCovers(b, a);
}
