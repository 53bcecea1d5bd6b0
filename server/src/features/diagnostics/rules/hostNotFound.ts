// One code, two levels: a host close to a Service the workspace defines is most likely a typo
// (warning); any other unknown host may be a Service kept in another repository (info). The
// finding carries its level; a user setting for the code overrides both.
import type { Rule } from '../ruleTypes';
import { destinationsIn, judgeUnknownHost, lookupOf, serviceNamesOf } from './crossFile';

export const hostNotFound: Rule = {
  code: 'host-not-found',
  defaultSeverity: 'warning',
  summary:
    'A route destination or mirror host that no Service or ServiceEntry defines: a warning when a Service of a close name exists in its namespace (likely a typo), info otherwise since it may live in another repository; quiet when the workspace has no Service or ServiceEntry at all. Laid over a cluster snapshot (or with `completeWorkspace`), a host found nowhere is an error (istioctl IST0101).',
  istioctl: ['IST0101'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    const names = serviceNamesOf(context, lookup);
    for (const { host, namespace, subject } of destinationsIn(
      context.file.resources,
      lookup.defaultNamespace,
    )) {
      const judged = judgeUnknownHost(lookup, host, namespace, subject, names, context.file.uri);
      if (judged)
        report({
          ...judged.finding,
          severity: judged.certain ? 'error' : judged.likelyTypo ? 'warning' : 'info',
        });
    }
  },
};
