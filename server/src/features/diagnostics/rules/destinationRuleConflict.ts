import { isDestinationRule, type DestinationRule } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { hostForms, isWildcardHost } from '../../../istio/hosts';
import { resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { fileSetOf, lookupOf } from './crossFile';

export const destinationRuleConflict: Rule = {
  code: 'destination-rule-conflict',
  defaultSeverity: 'warning',
  summary:
    'Two different DestinationRules (different names) for the same host in the same namespace, in one file set applied together: the same file or the same folder. Istio then uses one of them unpredictably. Versions of one DestinationRule (same name) and rules with a workloadSelector are not conflicts.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    const folder = fileSetOf(context.file.uri);
    for (const rule of context.file.resources) {
      if (
        !isDestinationRule(rule) ||
        !rule.host ||
        rule.hasWorkloadSelector ||
        isWildcardHost(rule.host.value)
      )
        continue;
      const namespace = namespaceOf(rule, lookup.defaultNamespace);
      const identity = resourceIdentity(rule, lookup.defaultNamespace);
      const others = new Map<string, DestinationRule>();
      for (const form of hostForms(rule.host.value, namespace)) {
        for (const other of lookup.destinationRulesByHost.get(form) ?? []) {
          const otherIdentity = resourceIdentity(other, lookup.defaultNamespace);
          if (
            other === rule ||
            other.hasWorkloadSelector ||
            otherIdentity === identity ||
            otherIdentity === undefined ||
            namespaceOf(other, lookup.defaultNamespace) !== namespace ||
            fileSetOf(other.uri) !== folder
          )
            continue;
          if (!others.has(otherIdentity)) others.set(otherIdentity, other);
        }
      }
      if (others.size === 0) continue;
      const names = [...others.values()].map((o) => o.name!.value);
      report({
        span: rule.host.span,
        message: `DestinationRule ${names.join(', ')} also configures host \`${rule.host.value}\` in namespace ${namespace}, and is applied with this one (same ${[...others.values()].some((o) => o.uri === rule.uri) ? 'file' : 'folder'}). Istio picks one unpredictably: merge their subsets and policies into one DestinationRule.`,
        related: [...others.values()].map((o) => ({
          uri: o.uri,
          span: o.host!.span,
          message: `DestinationRule ${o.name!.value}`,
        })),
      });
    }
  },
};
