// Like host-not-found, for the host of a DestinationRule: a warning when it looks like a typo of
// a Service the workspace defines, info otherwise (the Service may live in another repository).
import { isDestinationRule } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import type { Rule } from '../ruleTypes';
import { judgeUnknownHost, lookupOf, serviceNamesOf } from './crossFile';

export const destinationRuleHostNotFound: Rule = {
  code: 'destination-rule-host-not-found',
  defaultSeverity: 'warning',
  summary:
    'A DestinationRule host that no Service or ServiceEntry defines: a warning when close to a Service that exists (likely a typo), info otherwise; quiet when the workspace has no Service or ServiceEntry at all (istioctl IST0174).',
  istioctl: ['IST0174'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const resource of context.file.resources) {
      if (!isDestinationRule(resource) || !resource.host) continue;
      const judged = judgeUnknownHost(
        lookup,
        resource.host,
        namespaceOf(resource, lookup.defaultNamespace),
        'DestinationRule host',
        serviceNamesOf(context, lookup),
        context.file.uri,
      );
      if (judged) report({ ...judged.finding, severity: judged.likelyTypo ? 'warning' : 'info' });
    }
  },
};
