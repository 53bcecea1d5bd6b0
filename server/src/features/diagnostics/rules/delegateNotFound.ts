// An http route's `delegate` that Istio cannot follow. Pilot merges a root VirtualService with
// its delegates (pilot/pkg/model/virtualservice_controller.go mergeVirtualServices): only a
// VirtualService without `hosts` can be a delegate, and it must be exported to the root's
// namespace; otherwise pilot logs "delegate virtual service … not found" (or "not exported")
// and drops the route, so the requests it matches fall through to the next route. The webhook
// accepts all of this: it sees one resource at a time.
import { isVirtualService, type VirtualService } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { closest } from '../../../text/suggest';
import { closedWorld } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

/** Whether a delegate's `exportTo` lets a root VirtualService of `rootNamespace` use it. */
function exportedTo(delegate: VirtualService, delegateNamespace: string, rootNamespace: string): boolean {
  if (delegate.exportTo.length === 0) return true;
  return delegate.exportTo.some(
    (e) => e === '*' || e === rootNamespace || (e === '.' && delegateNamespace === rootNamespace),
  );
}

export const delegateNotFound: Rule = {
  code: 'delegate-not-found',
  defaultSeverity: 'warning',
  summary:
    'An http route `delegate` naming a VirtualService Istio cannot use as a delegate: one with `hosts` (only a VirtualService without hosts is a delegate), one not exported to the root namespace, or none at all. Pilot drops the route. A missing delegate is an error with a cluster snapshot or `completeWorkspace`, a warning when the workspace keeps other delegates in that namespace (a likely typo), and silent otherwise (it may live in another repository).',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const resource of context.file.resources) {
      // A delegate that delegates again is refused whole (conflicting-route-actions).
      if (!isVirtualService(resource) || resource.hosts.length === 0) continue;
      const rootNamespace = namespaceOf(resource, lookup.defaultNamespace);
      for (const route of resource.routes) {
        const name = route.delegate?.name;
        if (!name || name.value.trim() === '') continue;
        const namespace = route.delegate.namespace?.value.trim() || rootNamespace;
        const key = `${namespace}/${name.value}`;
        const inNamespace = lookup.virtualServices.filter(
          (vs) => namespaceOf(vs, lookup.defaultNamespace) === namespace,
        );
        const named = inNamespace.filter((vs) => vs.name?.value === name.value);
        const dropped = `pilot drops this route (the requests it matches fall through to the next route)`;
        if (named.length > 0) {
          const delegates = named.filter((vs) => vs.hosts.length === 0);
          if (delegates.length === 0) {
            report({
              span: name.span,
              message: `VirtualService ${key} has \`hosts\`, so Istio does not take it as a delegate (a delegate has none) and ${dropped}. Remove its \`hosts\` (and \`gateways\`) or delegate to another VirtualService.`,
              severity: 'error',
              related: named.flatMap((vs) =>
                vs.hosts[0] ? [{ uri: vs.uri, span: vs.hosts[0].span, message: `hosts of ${key}` }] : [],
              ),
            });
          } else if (!delegates.some((vs) => exportedTo(vs, namespace, rootNamespace))) {
            report({
              span: name.span,
              message: `Delegate VirtualService ${key} is not exported to namespace ${rootNamespace} (its \`exportTo\` is ${delegates[0]!.exportTo.map((e) => `\`${e}\``).join(', ')}), so ${dropped}. Add ${rootNamespace} (or \`*\`) to its \`exportTo\`.`,
              severity: 'error',
            });
          }
          continue;
        }
        const closed = closedWorld(lookup, 'networking.istio.io/VirtualService', namespace);
        const candidates = inNamespace
          .filter((vs) => vs.hosts.length === 0)
          .flatMap((vs) => (vs.name ? [vs.name.value] : []));
        if (!closed && candidates.length === 0) continue;
        const near = closest(name.value, candidates);
        report({
          span: name.span,
          message: `No VirtualService ${key}${closed ? ` ${closed.where}` : ' in this workspace'}, so ${dropped}.${near ? ` Did you mean \`${near}\`?` : ` Delegates there: ${candidates.length ? [...new Set(candidates)].sort().join(', ') : 'none'}.`}`,
          ...(closed ? { severity: 'error' as const } : {}),
          ...(near || closed
            ? {
                data: {
                  ...(near ? { replacement: near } : {}),
                  ...(closed ? { source: closed.source } : {}),
                },
              }
            : {}),
        });
      }
    }
  },
};
