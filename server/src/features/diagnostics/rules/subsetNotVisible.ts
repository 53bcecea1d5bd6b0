import { namespaceOf } from '../../../model/namespaces';
import type { VirtualService } from '../../../model/resources';
import { callersOf, subsetVisibility, type SubsetVisibility } from '../../../workspace/destinationRuleScope';
import type { Rule } from '../ruleTypes';
import { destinationsIn, lookupOf } from './crossFile';

export const subsetNotVisible: Rule = {
  code: 'subset-not-visible',
  defaultSeverity: 'error',
  summary:
    'A route names a subset that only a DestinationRule its callers do not get defines: a caller uses DestinationRules of its own namespace, else the service’s, else the root namespace (`rootNamespace`), stopping at the first that has one for the host, and only those whose exportTo lets it in. The callers are the sidecars of the VirtualService’s namespace (and of namespaces its exportTo names) and, for a gateway route, the namespace of the Gateway’s proxy (where the pods its selector picks run, else the Gateway’s namespace). Requests to the subset fail with 503.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    if (lookup.destinationRules.length === 0) return;
    const root = context.settings.rootNamespace;
    // A VirtualService's callers are the same for each of its destinations: found once per
    // resource; and a host's subset (often written by several routes) is judged once per caller.
    const callers = new Map<VirtualService, ReturnType<typeof callersOf>>();
    const answers = new Map<string, SubsetVisibility>();
    for (const { resource, destination, host, namespace } of destinationsIn(
      context.file.resources,
      lookup.defaultNamespace,
    )) {
      const subset = destination.subset;
      if (!subset || subset.value === '') continue;
      let callersOfResource = callers.get(resource);
      if (!callersOfResource) callers.set(resource, (callersOfResource = callersOf(resource, lookup)));
      for (const { namespace: caller, via } of callersOfResource) {
        const key = `${host.value}\u0000${subset.value}\u0000${namespace}\u0000${caller}`;
        let seen = answers.get(key);
        if (!seen)
          answers.set(
            key,
            (seen = subsetVisibility(lookup, host.value, subset.value, namespace, { caller, root })),
          );
        if (seen.kind !== 'invisible') continue;
        const rule = seen.rule;
        report({
          span: subset.span,
          message: `Subset \`${subset.value}\` of \`${host.value}\` is defined only in DestinationRule ${namespaceOf(rule, lookup.defaultNamespace)}/${rule.name?.value ?? '(unnamed)'}, which ${via} do${via.startsWith('gateway') ? 'es' : ''} not get: ${seen.why}. Requests from there to this subset fail with 503.`,
          related: [
            {
              uri: rule.uri,
              span: rule.subsets.find((s) => s.name.value === subset.value)?.name.span ?? rule.kindSpan,
              message: `subset ${subset.value} of DestinationRule ${rule.name?.value ?? ''}`,
            },
          ],
        });
        break;
      }
    }
  },
};
