// Kiali's KIA0209 (business/checkers/destinationrules/no_dest_checker.go): a DestinationRule
// subset without labels. Istio accepts it and the subset then selects every endpoint of the host,
// so traffic "to v2" also reaches v1. Like Kiali: judged only when the host is a wildcard or is
// defined in the workspace (otherwise destination-rule-host-not-found speaks), and only a hint
// when another subset of the same DestinationRule has labels that select a workload. Our own
// exemptions, for subsets a controller fills in at run time: the canary and stable subsets an
// Argo Rollout names in `trafficRouting.istio.destinationRule` (Argo adds
// `rollouts-pod-template-hash`), and DestinationRules owned by a Flagger Canary.
import { isDestinationRule, type DestinationRule } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { isWildcardHost } from '../../../istio/hosts';
import { asMap, asSeq, getValue, stringValue } from '../../../syntax/yamlAst';
import { resourceDocument } from '../../../syntax/resourceDocument';
import { controllerFilledSubsets } from '../../../workspace/lookupIndexes';
import { servicesForHost, workloadsForSubset } from '../../../workspace/resolve';
import type { SourceFile } from '../../../sourceFile';
import type { Rule } from '../ruleTypes';
import { derivedIndex, lookupOf } from './crossFile';

/** Whether `metadata.ownerReferences` names a Flagger Canary (Flagger generated the rule). */
function ownedByFlagger(file: SourceFile, rule: DestinationRule): boolean {
  const doc = resourceDocument(file.yaml, file.document.getText(), rule);
  if (!doc) return false;
  const metadata = asMap(getValue(asMap(doc.contents, doc), 'metadata'), doc);
  return (asSeq(getValue(metadata, 'ownerReferences'), doc)?.items ?? []).some((item) => {
    const owner = asMap(item, doc);
    return (
      stringValue(getValue(owner, 'kind'), doc) === 'Canary' &&
      (stringValue(getValue(owner, 'apiVersion'), doc) ?? '').startsWith('flagger.app/')
    );
  });
}

export const subsetWithoutLabels: Rule = {
  code: 'subset-without-labels',
  defaultSeverity: 'warning',
  summary:
    "A DestinationRule subset without labels selects every pod of the host (Kiali KIA0209). Subsets an Argo Rollout or Flagger fills in are exempt; a hint when another subset's labels select a workload.",
  crossFile: true,
  check(context, report) {
    const rules = context.file.resources.filter(isDestinationRule);
    if (!rules.some((r) => r.subsets.some((s) => Object.keys(s.labels).length === 0))) return;
    const lookup = lookupOf(context);
    const filled = derivedIndex(context, lookup, controllerFilledSubsets);
    for (const rule of rules) {
      if (!rule.host) continue;
      const unlabelled = rule.subsets.filter((s) => Object.keys(s.labels).length === 0);
      if (unlabelled.length === 0) continue;
      const namespace = namespaceOf(rule, lookup.defaultNamespace);
      const found = servicesForHost(lookup, rule.host.value, namespace);
      const known = found.services.length > 0 || found.serviceEntries.length > 0;
      if (!isWildcardHost(rule.host.value) && !known) continue;
      if (ownedByFlagger(context.file, rule)) continue;
      const byController = rule.name ? filled.get(`${namespace}/${rule.name.value}`) : undefined;
      const labelledSelects = rule.subsets.some(
        (s) =>
          Object.keys(s.labels).length > 0 && workloadsForSubset(lookup, found.services, s.labels).length > 0,
      );
      for (const subset of unlabelled) {
        if (byController?.has(subset.name.value)) continue;
        report({
          span: subset.name.span,
          message: `Subset \`${subset.name.value}\` has no labels, so it selects every pod of \`${rule.host.value}\`, whatever its version. Add the labels of the version it stands for (for example \`version: ${subset.name.value}\`).`,
          ...(labelledSelects ? { severity: 'hint' as const } : {}),
        });
      }
    }
  },
};
