import { isVirtualService, type VirtualService } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { hostForms, isWildcardHost } from '../../../istio/hosts';
import { isBoundToMesh, qualifiedName, resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

/** A VirtualService exported only to its own namespace is seen by no sidecar elsewhere. */
function visibleOnlyInOwnNamespace(vs: VirtualService): boolean {
  return vs.exportTo.length > 0 && vs.exportTo.every((e) => e === '.');
}

export const conflictingMeshHosts: Rule = {
  code: 'conflicting-mesh-hosts',
  defaultSeverity: 'warning',
  summary:
    'Two different VirtualServices (different names) bound to the mesh define the same host; sidecars then use one of them unpredictably (istioctl IST0109). Versions of one VirtualService in several files are one.',
  istioctl: ['IST0109'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    const defaultNamespace = lookup.defaultNamespace;
    const own = context.file.resources.filter(isVirtualService).filter(isBoundToMesh);
    if (own.length === 0) return;
    for (const vs of own) {
      const ns = namespaceOf(vs, defaultNamespace);
      const identity = resourceIdentity(vs, defaultNamespace);
      for (const host of vs.hosts) {
        if (isWildcardHost(host.value)) continue;
        const others = new Map<string, VirtualService>();
        for (const other of lookup.virtualServicesByHost.get(hostForms(host.value, ns)[0]!) ?? []) {
          if (!isBoundToMesh(other)) continue;
          const otherIdentity = resourceIdentity(other, defaultNamespace);
          if (otherIdentity === undefined || otherIdentity === identity || others.has(otherIdentity))
            continue;
          const otherNs = namespaceOf(other, defaultNamespace);
          if (otherNs !== ns && (visibleOnlyInOwnNamespace(vs) || visibleOnlyInOwnNamespace(other))) continue;
          others.set(otherIdentity, other);
        }
        if (others.size === 0) continue;
        const names = [...others.values()].map((o) => qualifiedName(o, defaultNamespace));
        report({
          span: host.span,
          message: `VirtualService ${names.join(', ')} also defines host \`${host.value}\` for the mesh; sidecars use only one of them, unpredictably. Merge the routes into one VirtualService.`,
          related: [...others.values()].flatMap((o) =>
            o.name ? [{ uri: o.uri, span: o.name.span, message: `VirtualService ${o.name.value}` }] : [],
          ),
        });
      }
    }
  },
};
