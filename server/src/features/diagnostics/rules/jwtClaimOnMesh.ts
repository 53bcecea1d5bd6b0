import { isJwtClaimKey } from '../../../istio/webhook';
import type { Rule } from '../ruleTypes';
import { boundToGatewaysOnly, istioSpecs } from '../specNodes';

// ValidateVirtualService: "JWT claim based routing … is only supported for gateway". A header
// match on `@request.auth.claims.…` is refused unless the VirtualService is bound to gateways
// only (gateways set, `mesh` not among them).
export const jwtClaimOnMesh: Rule = {
  code: 'jwt-claim-route-on-mesh',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A JWT-claim match (`@request.auth.claims`) on a VirtualService that applies to the mesh.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      if (boundToGatewaysOnly(spec)) continue;
      for (const http of spec.list('http')) {
        for (const match of http.list('match')) {
          for (const field of ['headers', 'withoutHeaders']) {
            for (const [name, value] of match.get(field)?.entries() ?? []) {
              if (!isJwtClaimKey(name)) continue;
              report({
                span: value.anchor,
                message:
                  'Istio only routes on JWT claims at gateways; this VirtualService applies to sidecars (no `gateways`, or `mesh` among them). Bind it to an ingress gateway only, or match a header instead.',
              });
            }
          }
        }
      }
    }
  },
};
