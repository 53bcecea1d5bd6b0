import { namespaceOf } from '../../../model/namespaces';
import { expandHost } from '../../../istio/hosts';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';
import { firstInMerge, mergeGroupsOf } from './destinationRuleConflict';

export const ignoredTrafficPolicy: Rule = {
  code: 'ignored-traffic-policy',
  defaultSeverity: 'warning',
  summary:
    'A top-level trafficPolicy in a DestinationRule that Istio merges with an earlier one that has its own: Istio keeps only the first rule’s trafficPolicy, whole, and ignores this one (fields included that the first does not set). Subset policies are not affected.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const group of mergeGroupsOf(context)) {
      const applies = group.find((r) => r.trafficPolicy !== undefined);
      if (!applies) continue;
      for (const rule of group) {
        if (rule === applies || !rule.trafficPolicy || rule.uri !== context.file.uri) continue;
        if (!context.file.resources.includes(rule)) continue;
        const ns = namespaceOf(rule, lookup.defaultNamespace);
        report({
          span: rule.trafficPolicy,
          message: `This trafficPolicy is ignored: Istio merges this DestinationRule with ${applies.name?.value ?? '(unnamed)'} (host \`${expandHost(rule.host!.value, ns)}\`, namespace ${ns}) and keeps only the trafficPolicy of ${firstInMerge(applies)}. Move these settings into ${applies.name?.value ?? 'that rule'}’s trafficPolicy, or into a subset.`,
          related: [
            {
              uri: applies.uri,
              span: applies.trafficPolicy!,
              message: `the trafficPolicy that applies (DestinationRule ${applies.name?.value ?? ''})`,
            },
          ],
        });
      }
    }
  },
};
