// Resolves references between resources: gateway names to Gateways (`name`, `namespace/name`,
// the reserved `mesh`), destinations to DestinationRule subsets.
import type { Gateway } from '../model/resources';
import { namespaceOf } from '../model/namespaces';

/** The Gateways a VirtualService's `gateways` entry names; empty for `mesh` or when none exists. */
export function resolveGateway(
  ref: string,
  fromNamespace: string,
  gateways: readonly Gateway[],
  defaultNamespace: string,
): Gateway[] {
  if (ref === 'mesh') return [];
  const slash = ref.indexOf('/');
  const namespace = slash >= 0 ? ref.slice(0, slash) : fromNamespace;
  const name = slash >= 0 ? ref.slice(slash + 1) : ref;
  // Istio also accepts the FQDN form `name.namespace.svc.cluster.local` (deprecated).
  const [short, fqdnNamespace] = name.split('.');
  return gateways.filter(
    (g) =>
      g.name?.value === short &&
      namespaceOf(g, defaultNamespace) === (fqdnNamespace && name.includes('.') ? fqdnNamespace : namespace),
  );
}
