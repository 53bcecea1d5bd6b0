// Gateway references as Istio reads them (a VirtualService's `gateways`, a match entry's
// `gateways`): the reserved `mesh`; `namespace/name`; the deprecated `name.namespace[.svc…]`
// form; otherwise a Gateway name in the referring resource's own namespace. And whether a Gateway
// server's host (`[namespace/]dnsName`) accepts a VirtualService host.
import { hostCovers, hostForms, isWildcardHost, normalizeHost } from './hosts';

export type GatewayRef =
  | { readonly kind: 'mesh' }
  | {
      readonly kind: 'gateway';
      readonly namespace: string;
      readonly name: string;
      /** Written in the deprecated `name.namespace.svc.cluster.local` form. */
      readonly deprecatedForm: boolean;
    };

/** Reads a gateway reference written in a resource of `fromNamespace`. */
export function parseGatewayRef(ref: string, fromNamespace: string): GatewayRef {
  const text = ref.trim();
  if (text === 'mesh') return { kind: 'mesh' };
  const slash = text.indexOf('/');
  if (slash >= 0)
    return {
      kind: 'gateway',
      namespace: text.slice(0, slash),
      name: text.slice(slash + 1),
      deprecatedForm: false,
    };
  const labels = text.split('.');
  if (labels.length > 1 && labels[0] && labels[1])
    return { kind: 'gateway', namespace: labels[1], name: labels[0], deprecatedForm: true };
  return { kind: 'gateway', namespace: fromNamespace, name: text, deprecatedForm: false };
}

/** `mesh` or `namespace/name`: a reference in its canonical, comparable form. */
export function gatewayRefKey(ref: string, fromNamespace: string): string {
  const parsed = parseGatewayRef(ref, fromNamespace);
  return parsed.kind === 'mesh' ? 'mesh' : `${parsed.namespace}/${parsed.name}`;
}

/**
 * Whether a canonical reference (`gatewayRefKey`) names the gateway a request comes through; a
 * request gateway given without a namespace matches that name in any namespace.
 */
export function gatewayMatches(requestGateway: string, refKey: string): boolean {
  if (requestGateway === 'mesh' || refKey === 'mesh') return requestGateway === refKey;
  if (requestGateway.includes('/')) return requestGateway === refKey;
  return refKey.slice(refKey.indexOf('/') + 1) === requestGateway;
}

/**
 * Whether a Gateway server host (`[namespace/]dnsName`, namespace `*` for any, `.` for the
 * Gateway's own) accepts a VirtualService host of a VirtualService in `vsNamespace`.
 */
export function serverHostAccepts(
  serverHost: string,
  gatewayNamespace: string,
  vsHost: string,
  vsNamespace: string,
): boolean {
  const slash = serverHost.indexOf('/');
  const scope = slash >= 0 ? serverHost.slice(0, slash) : '*';
  const dnsName = slash >= 0 ? serverHost.slice(slash + 1) : serverHost;
  if (scope !== '*' && (scope === '.' ? gatewayNamespace : scope) !== vsNamespace) return false;
  const forms = isWildcardHost(vsHost)
    ? [normalizeHost(vsHost)]
    : [normalizeHost(vsHost), ...hostForms(vsHost, vsNamespace)];
  return forms.some((form) => hostCovers(dnsName, form) || hostCovers(form, dnsName));
}
