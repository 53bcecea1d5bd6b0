import type { Rule } from '../ruleTypes';
import { boundToGatewaysOnly, istioSpecs } from '../specNodes';

// ValidateVirtualService: "wildcard host * is not allowed for virtual services bound to the mesh
// gateway". A VirtualService applies to the mesh when it names no gateways or names `mesh`.
export const meshWildcardHost: Rule = {
  code: 'mesh-wildcard-host',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'The host `*` on a VirtualService that applies to the mesh.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      if (boundToGatewaysOnly(spec)) continue;
      for (const host of spec.get('hosts')?.strings() ?? []) {
        if (host.value !== '*') continue;
        report({
          span: host.node.span,
          message:
            'Istio refuses the host `*` for sidecars in the mesh (no `gateways`, or `mesh` among them). Name the service, or bind the VirtualService to a gateway only.',
        });
      }
    }
  },
};
