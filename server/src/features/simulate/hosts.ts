// Host names and gateway references as Istio resolves them: short names expand in a namespace,
// wildcards match by suffix with the most specific host winning, gateway names resolve in the
// VirtualService's namespace.

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
export function resolveHostName(host: string, namespace: string, domain = defaultClusterDomain): string {
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

/** A gateway reference resolved to `mesh` or `namespace/name`. */
export function resolveGatewayRef(ref: string, namespace: string): string {
  const text = ref.trim();
  if (text === 'mesh') return 'mesh';
  if (text.includes('/')) return text;
  // The legacy form `name.namespace.svc.cluster.local` names the namespace in its second label.
  const labels = text.split('.');
  if (labels.length > 1 && labels[0] && labels[1]) return `${labels[1]}/${labels[0]}`;
  return `${namespace}/${text}`;
}

/**
 * Whether a resolved gateway reference names the gateway the request comes through. A request
 * gateway given without a namespace matches that name in any namespace.
 */
export function gatewayMatches(requestGateway: string, resolvedRef: string): boolean {
  if (requestGateway === 'mesh' || resolvedRef === 'mesh') return requestGateway === resolvedRef;
  if (requestGateway.includes('/')) return requestGateway === resolvedRef;
  return resolvedRef.slice(resolvedRef.indexOf('/') + 1) === requestGateway;
}
