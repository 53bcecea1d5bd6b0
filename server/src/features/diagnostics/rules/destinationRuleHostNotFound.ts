// Like host-not-found, for the host of a DestinationRule: a warning when it looks like a typo of
// a Service the workspace defines, info otherwise (the Service may live in another repository).
import { isDestinationRule } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import type { Finding, Rule, RuleContext } from '../ruleTypes';
import { judgeUnknownHost, lookupOf } from './crossFile';

function unknownRuleHosts(context: RuleContext, typos: boolean, report: (f: Finding) => void): void {
  const lookup = lookupOf(context);
  for (const resource of context.file.resources) {
    if (!isDestinationRule(resource) || !resource.host) continue;
    const judged = judgeUnknownHost(
      lookup,
      resource.host,
      namespaceOf(resource, lookup.defaultNamespace),
      'DestinationRule host',
    );
    if (judged && judged.likelyTypo === typos) report(judged.finding);
  }
}

export const destinationRuleHostNotFound: Rule = {
  code: 'destination-rule-host-not-found',
  defaultSeverity: 'warning',
  summary:
    'A DestinationRule host that no Service or ServiceEntry defines, close to a Service that exists: most likely a typo (istioctl IST0174).',
  istioctl: ['IST0174'],
  crossFile: true,
  check(context, report) {
    unknownRuleHosts(context, true, report);
  },
};

export const destinationRuleHostNotFoundElsewhere: Rule = {
  code: 'destination-rule-host-not-found',
  defaultSeverity: 'info',
  summary:
    'A DestinationRule host that no Service or ServiceEntry of the workspace defines; it may live in another repository (istioctl IST0174). Quiet when the workspace has no Service or ServiceEntry at all.',
  istioctl: ['IST0174'],
  crossFile: true,
  check(context, report) {
    unknownRuleHosts(context, false, report);
  },
};
