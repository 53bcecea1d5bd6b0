import { isDestinationRule } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { labelsMatch, servicesForHost, workloadsOfServices } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

/**
 * Labels that controllers add to pods at run time, so no manifest shows them: Argo Rollouts'
 * `rollouts-pod-template-hash` (its canary subsets select by it), ReplicaSet and StatefulSet
 * hashes, StatefulSet pod names. A subset is judged on its other labels only.
 */
const RUNTIME_LABELS: ReadonlySet<string> = new Set([
  'rollouts-pod-template-hash',
  'pod-template-hash',
  'controller-revision-hash',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
]);

export const subsetSelectsNoWorkload: Rule = {
  code: 'subset-selects-no-workload',
  defaultSeverity: 'warning',
  summary:
    "A DestinationRule subset whose labels match none of the pod templates (Deployment, StatefulSet, Rollout, …, Pod) behind the host's Service. Judged only when the Service and at least one of its workloads are in the workspace; over a cluster snapshot, the live pods that are running and ready count (istioctl IST0173).",
  istioctl: ['IST0173'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const rule of context.file.resources) {
      if (!isDestinationRule(rule) || !rule.host || rule.subsets.length === 0) continue;
      const { services } = servicesForHost(
        lookup,
        rule.host.value,
        namespaceOf(rule, lookup.defaultNamespace),
      );
      if (services.length === 0) continue;
      const workloads = workloadsOfServices(lookup, services);
      if (workloads.length === 0) continue;
      for (const subset of rule.subsets) {
        const labels = Object.entries(subset.labels).filter(([k]) => !RUNTIME_LABELS.has(k));
        const selector = Object.fromEntries(labels);
        if (labels.length === 0 || workloads.some((w) => labelsMatch(selector, w.podLabels))) continue;
        const wanted = labels.map(([k, v]) => `${k}=${v}`).join(', ');
        const present = [
          ...new Set(
            workloads.flatMap((w) =>
              labels.flatMap(([k]) => (w.podLabels[k] !== undefined ? [`${k}=${w.podLabels[k]}`] : [])),
            ),
          ),
        ].sort();
        report({
          span: subset.name.span,
          message:
            `Subset \`${subset.name.value}\` selects no pods: no workload behind Service ${services[0]!.name?.value ?? ''} has ${wanted}` +
            (present.length ? ` (their pods have ${present.join(', ')})` : '') +
            '. Requests routed to it fail with 503; fix the labels or deploy the version.',
          // Over a cluster snapshot the pods counted are the live, ready ones.
          ...(lookup.world.kind === 'cluster' ? { data: { source: `cluster:${lookup.world.context}` } } : {}),
          related: workloads.flatMap((w) =>
            w.name ? [{ uri: w.uri, span: w.name.span, message: `${w.kind} ${w.name.value}` }] : [],
          ),
        });
      }
    }
  },
};
