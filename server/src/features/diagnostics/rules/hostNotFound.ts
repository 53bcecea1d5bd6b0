// One code, two severities: a host close to a Service the workspace defines is most likely a
// typo (warning); any other unknown host may be a Service kept in another repository (info).
// Two catalogue entries share the code, so `rules: {"host-not-found": …}` sets both.
import type { Rule, RuleContext, Finding } from '../ruleTypes';
import { destinationsIn, judgeUnknownHost, lookupOf } from './crossFile';

function unknownDestinationHosts(context: RuleContext, typos: boolean, report: (f: Finding) => void): void {
  const lookup = lookupOf(context);
  for (const { host, namespace } of destinationsIn(context.file.resources, lookup.defaultNamespace)) {
    const judged = judgeUnknownHost(lookup, host, namespace, 'Destination host');
    if (judged && judged.likelyTypo === typos) report(judged.finding);
  }
}

export const hostNotFound: Rule = {
  code: 'host-not-found',
  defaultSeverity: 'warning',
  summary:
    'A route destination host that no Service or ServiceEntry defines, and a Service of a close name exists in its namespace: most likely a typo (istioctl IST0101).',
  istioctl: ['IST0101'],
  crossFile: true,
  check(context, report) {
    unknownDestinationHosts(context, true, report);
  },
};

export const hostNotFoundElsewhere: Rule = {
  code: 'host-not-found',
  defaultSeverity: 'info',
  summary:
    'A route destination host that no Service or ServiceEntry of the workspace defines; it may live in another repository (istioctl IST0101). Quiet when the workspace has no Service or ServiceEntry at all.',
  istioctl: ['IST0101'],
  crossFile: true,
  check(context, report) {
    unknownDestinationHosts(context, false, report);
  },
};
