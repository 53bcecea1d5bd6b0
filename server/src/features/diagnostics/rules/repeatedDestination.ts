// Kiali's KIA1105 (business/checkers/virtualservices/route_checker.go, trackHttpSubset and
// trackTcpTlsSubset): within one http, tcp or tls route, two destinations with the same host (in
// its fully qualified form) and the same subset (or both without one). Istio accepts it and
// Envoy gives each entry its own share, so the two weights simply add up; it is nearly always a
// copy-paste slip where a new version's subset was meant. Like Kiali, a route in which a
// destination entry has no `destination` is left alone.
import { isVirtualService } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { hostForms } from '../../../istio/hosts';
import type { Rule } from '../ruleTypes';

export const repeatedDestination: Rule = {
  code: 'repeated-destination',
  perDocument: true,
  defaultSeverity: 'warning',
  summary:
    'One route lists the same host and subset as two destinations (Kiali KIA1105); their weights add up, which is rarely what was meant.',
  check({ file, settings }, report) {
    for (const vs of file.resources) {
      if (!isVirtualService(vs)) continue;
      const namespace = namespaceOf(vs, settings.defaultNamespace);
      for (const route of vs.routes) {
        if (route.destinations.some((d) => d.host === undefined)) continue;
        const seen = new Map<string, number[]>();
        route.destinations.forEach((d, i) => {
          const key = `${hostForms(d.host!.value, namespace)[0]}\0${d.subset?.value ?? ''}`;
          seen.set(key, [...(seen.get(key) ?? []), i]);
        });
        for (const indexes of seen.values()) {
          if (indexes.length < 2) continue;
          for (const i of indexes) {
            const d = route.destinations[i]!;
            const others = indexes.filter((j) => j !== i).map((j) => j + 1);
            const what = d.subset
              ? `\`${d.host!.value}\` subset \`${d.subset.value}\``
              : `\`${d.host!.value}\` (no subset)`;
            report({
              span: d.host!.span,
              message: `${what} is also destination ${others.join(', ')} of this route; Istio adds their weights together. Merge them into one destination, or point one at the subset you meant.`,
            });
          }
        }
      }
    }
  },
};
