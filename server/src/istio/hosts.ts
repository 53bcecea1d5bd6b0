// Host names as Istio reads them (pilot's ResolveShortnameToFQDN): only a host without a dot is
// a short name, expanded to `name.<namespace>.svc.<domain>` in the namespace of the resource that
// writes it; `*`, IP addresses and every dotted host (`reviews.prod` included) are taken as
// written. Wildcards match by suffix, and the most specific host wins.

export const defaultClusterDomain = 'cluster.local';

/** Splits a Host header into host and port; lower-cases the host and drops a trailing dot. */
export function splitHostPort(hostHeader: string): { host: string; port?: number } {
  const text = hostHeader.trim();
  let host = text;
  let portText: string | undefined;
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end !== -1) {
      host = text.slice(0, end + 1);
      if (text[end + 1] === ':') portText = text.slice(end + 2);
    }
  } else {
    const colon = text.lastIndexOf(':');
    // More than one colon without brackets is a bare IPv6 address, which has no port.
    if (colon !== -1 && text.indexOf(':') === colon) {
      host = text.slice(0, colon);
      portText = text.slice(colon + 1);
    }
  }
  host = host.toLowerCase().replace(/\.$/, '');
  const port = portText !== undefined && /^\d{1,5}$/.test(portText) ? Number(portText) : undefined;
  return port === undefined ? { host } : { host, port };
}

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

/**
 * Expands a host written in a resource the way Istio does: a name without dots is a Kubernetes
 * service in the resource's namespace; anything with a dot, `*`, and IP addresses stay as written.
 */
export function expandHost(host: string, namespace: string, domain = defaultClusterDomain): string {
  const name = host.trim().toLowerCase();
  if (name === '' || name === '*' || name.includes('.') || isIpAddress(name)) return name;
  return `${name}.${namespace}.svc.${domain}`;
}

/**
 * The names a request's host stands for. Inside the mesh the caller's resolver applies the pod's
 * DNS search path (`<ns>.svc.<domain>`, `svc.<domain>`, `<domain>`), so `reviews` from namespace
 * `default` means `reviews.default.svc.cluster.local`. A gateway sees the Host header verbatim.
 */
export function requestHostForms(
  host: string,
  sourceNamespace: string,
  atMesh: boolean,
  domain = defaultClusterDomain,
): string[] {
  if (!atMesh || host === '' || isIpAddress(host)) return [host];
  const forms = [host];
  if (!host.endsWith(`.${domain}`)) {
    for (const suffix of [`${sourceNamespace}.svc.${domain}`, `svc.${domain}`, domain]) {
      forms.push(`${host}.${suffix}`);
    }
  }
  return [...new Set(forms)];
}

export interface HostMatch {
  kind: 'exact' | 'wildcard' | 'any';
  /** Higher is more specific: exact beats any wildcard, a longer wildcard suffix beats a shorter one. */
  specificity: number;
  /** The request host form that matched. */
  form: string;
}

/** Matches one resolved VirtualService host against the request's host forms. */
export function matchHost(virtualServiceHost: string, forms: readonly string[]): HostMatch | undefined {
  if (virtualServiceHost === '*') {
    const form = forms[0];
    return form === undefined ? undefined : { kind: 'any', specificity: 1, form };
  }
  if (virtualServiceHost.startsWith('*.')) {
    const suffix = virtualServiceHost.slice(1);
    const form = forms.find((candidate) => candidate.length > suffix.length && candidate.endsWith(suffix));
    return form === undefined ? undefined : { kind: 'wildcard', specificity: 1 + suffix.length, form };
  }
  const form = forms.find((candidate) => candidate === virtualServiceHost);
  return form === undefined ? undefined : { kind: 'exact', specificity: 100_000 + form.length, form };
}

// Comparing hosts written in resources (DestinationRules, Services, ServiceEntries, Gateways).

export const CLUSTER_DOMAIN = 'svc.cluster.local';

/**
 * The fully qualified forms a host stands for, for comparison: the host as Istio resolves it in
 * `namespace` (`expandHost`). One form since Istio reads a dotted host literally: `reviews.prod`
 * is the name `reviews.prod`, not the Service `reviews` of namespace `prod`. Kept a list for the
 * callers that index by form.
 */
export function hostForms(host: string, namespace: string, domain = defaultClusterDomain): string[] {
  const h = normalizeHost(host);
  if (h === '' || h.includes('*')) return [h];
  return [expandHost(h, namespace, domain)];
}

/** Whether two hosts, each read in its own resource's namespace, name the same service. */
export function sameHost(a: string, aNamespace: string, b: string, bNamespace: string): boolean {
  const forms = new Set(hostForms(a, aNamespace));
  return hostForms(b, bNamespace).some((f) => forms.has(f));
}

/**
 * The Kubernetes Service an in-cluster host names, if it names one: a short name (in
 * `namespace`) or `name.ns.svc.<domain>`. Any other dotted host names no Service, so no
 * namespace is ever read out of a domain (`httpbin.com` is not "httpbin in namespace com").
 */
export function serviceOfHost(
  host: string,
  namespace: string,
  domain = defaultClusterDomain,
): { name: string; namespace: string } | undefined {
  const form = hostForms(host, namespace, domain)[0] ?? '';
  const suffix = `.svc.${domain}`;
  if (!form.endsWith(suffix)) return undefined;
  const parts = form.slice(0, -suffix.length).split('.');
  return parts.length === 2 && parts[0] && parts[1] ? { name: parts[0], namespace: parts[1] } : undefined;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A dotted host that reads like a Service's name cut short: `reviews.prod`, `reviews.prod.svc`,
 * `reviews.prod.svc.cluster`. Istio takes it as written (only a dotless host is expanded), so it
 * names no Kubernetes Service; the answer is the Service it looks like and that Service's FQDN.
 * Whether that Service was meant is for the caller to decide (it must exist): `httpbin.org` has
 * the same shape.
 */
export function truncatedServiceHost(
  host: string,
  domain = defaultClusterDomain,
): { name: string; namespace: string; fqdn: string } | undefined {
  const h = normalizeHost(host);
  if (h.includes('*') || isIpAddress(h)) return undefined;
  const labels = h.split('.');
  if (labels.length < 2 || !labels.every((l) => DNS_LABEL.test(l))) return undefined;
  const [name, namespace, ...rest] = labels as [string, string, ...string[]];
  const tail = ['svc', ...domain.split('.')];
  if (rest.length >= tail.length || rest.some((label, i) => label !== tail[i])) return undefined;
  return { name, namespace, fqdn: `${name}.${namespace}.svc.${domain}` };
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
