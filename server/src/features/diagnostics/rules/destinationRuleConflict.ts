import { isDestinationRule, type DestinationRule } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { expandHost } from '../../../istio/hosts';
import { resourceIdentity } from '../../../workspace/resolve';
import { mergedGroups } from '../../../workspace/destinationRuleScope';
import type { Rule } from '../ruleTypes';
import { fileSetOf, lookupOf } from './crossFile';

/** The merge groups (see destinationRuleScope.ts) this file's rules belong to, per file set. */
export function mergeGroupsOf(context: Parameters<Rule['check']>[0]): DestinationRule[][] {
  const lookup = lookupOf(context);
  const own = context.file.resources.filter(isDestinationRule);
  if (own.length === 0) return [];
  const folder = fileSetOf(context.file.uri);
  const hosts = new Set(
    own.flatMap((r) => (r.host ? [expandHost(r.host.value, namespaceOf(r, lookup.defaultNamespace))] : [])),
  );
  // Only rules applied together (same file or folder) are merged: overlays and staged copies in
  // other folders are alternatives, not companions.
  const together = lookup.destinationRules.filter(
    (r) =>
      r.host !== undefined &&
      fileSetOf(r.uri) === folder &&
      hosts.has(expandHost(r.host.value, namespaceOf(r, lookup.defaultNamespace))),
  );
  return mergedGroups(together, lookup.defaultNamespace, (r) => resourceIdentity(r, lookup.defaultNamespace));
}

/** Who comes first in a merge group, for messages: Istio sorts by creation time, then name. */
export function firstInMerge(first: DestinationRule): string {
  return `the rule created first: ${first.name?.value ?? '(unnamed)'} when both were created in the same second (one \`kubectl apply\`; ties go by name)`;
}

export const destinationRuleConflict: Rule = {
  code: 'destination-rule-conflict',
  defaultSeverity: 'warning',
  summary:
    'A subset name defined by two DestinationRules that Istio merges (same host and namespace, no workloadSelector, compatible exportTo, applied together: same file or folder). Istio keeps the first rule’s subset and ignores the other (Kiali KIA0201). Versions of one DestinationRule (same name) are not merged.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const group of mergeGroupsOf(context)) {
      const seen = new Map<string, DestinationRule>();
      for (const rule of group) {
        for (const subset of rule.subsets) {
          const name = subset.name.value;
          const winner = seen.get(name);
          if (!winner) {
            seen.set(name, rule);
            continue;
          }
          if (rule.uri !== context.file.uri || !context.file.resources.includes(rule)) continue;
          const ns = namespaceOf(rule, lookup.defaultNamespace);
          report({
            span: subset.name.span,
            message: `Subset \`${name}\` is also defined by DestinationRule ${winner.name?.value ?? '(unnamed)'}, and Istio merges the two (host \`${expandHost(rule.host!.value, ns)}\`, namespace ${ns}): it keeps the subset of ${firstInMerge(winner)}, and ignores this definition. Keep subset \`${name}\` in one DestinationRule.`,
            related: [
              {
                uri: winner.uri,
                span: winner.subsets.find((s) => s.name.value === name)!.name.span,
                message: `subset ${name} of DestinationRule ${winner.name?.value ?? ''}`,
              },
            ],
          });
        }
      }
    }
  },
};
